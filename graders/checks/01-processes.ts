// Grader for exercise 01: two processes talking over pipes. The grader plays the parent of
// the student's child (it writes the child's stdin and reads its stdout), and the reference
// child plays against the student's parent, reporting to the grader what it reads and writes.
// lines.ts runs in a probe too, so its contracts are checked directly.
import { join } from "node:path";
import type { CheckContext, CheckDefinition } from "../harness/check.ts";
import { CheckFailure } from "../harness/check.ts";
import { DEADLINES, DeadlineExceeded } from "../harness/deadline.ts";
import type { ExitStatus, StudentProcess } from "../harness/launch.ts";
import { KIT_ROOT } from "../harness/static.ts";
import { t } from "../i18n/index.ts";
import { closeStdin, startParentWith, stdoutLines, waitForReplies, writeInPieces, type ChildBehaviour, type Piece, type ReferenceChildReports } from "../peers/pipes.ts";
import { CRASH_NOTE } from "../peers/pipes-child-spec.ts";
import type { Chunk, ReadLinesOutcome } from "../probes/01-processes.ts";
import { digestLine } from "../probes/01-processes-digest.ts";
import type { ProbeOutcome } from "../probes/run-probe.ts";
import { describeExit, expectCleanFailure } from "./expect.ts";

// lines.ts first: the "not started" message names the file of the first unwritten export.
const CHILD_NEEDS = ["splitLines", "readLines", "answer", "serve"];
const PARENT_NEEDS = ["splitLines", "readLines", "talkToChild"];
const PROBE = join(KIT_ROOT, "graders", "probes", "01-processes.ts");

/**
 * A child whose input has ended, or that answered `exit CODE`, has nothing left to do: it ends
 * within milliseconds. 3 s leaves a busy machine room, and still catches a child kept alive
 * by a timer of a few seconds.
 */
const CHILD_ENDS_PROMPTLY_MS = 3_000;
/** The --timeout given to a parent whose child answers: long, so a timer left running shows. */
const PATIENT_TIMEOUT_MS = 20_000;
/**
 * How long a parent may take to end after its child ended: half its --timeout, counted from the
 * moment the child says it exits. A withTimeout timer left running keeps the parent alive for the
 * whole --timeout after its last wait began (just before the child's end), so it fails with half
 * a --timeout to spare; a correct parent ends within milliseconds, which leaves a busy machine room.
 */
const endsWithin = (timeoutMs: number) => Math.round(timeoutMs / 2);
/**
 * The --timeout given to a parent whose child goes silent after its first reply. That reply
 * comes after the child has started, which a busy machine can make slow: when the parent rightly
 * gave up before it, the check tries again with the longer one.
 */
const SILENT_TIMEOUTS_MS = [1_000, 4_000];
/**
 * What giving up may take beyond --timeout: stopping the child, seeing it close, exiting. Below
 * 5000 - 1000: a parent that ignores --timeout 1000 and waits its default 5000 ms cannot end
 * before 5000 ms after the child went silent, so it fails whatever the machine's load.
 */
const GIVING_UP_MS = 3_500;
/** The longest delay setTimeout can wait, 2^31 - 1 ms: the largest valid --timeout. */
const MAX_TIMEOUT_MS = 2_147_483_647;

/** A stack trace line, as Node prints it: "    at main (file.ts:12:3)". */
const STACK_LINE = /^\s+at .+[:(]/m;

/** What the student's parent prints when its child answers normally and exits with `code`. */
function parentOutput(code: number): string {
  return `ping 1 -> pong 1\nping 2 -> pong 2\ncount -> count 3\nchild exited with code ${code}\n`;
}

function asLines(lines: readonly string[]): string {
  return lines.map((line) => `${line}\n`).join("");
}

/** How a piece reads in the narrative: text as a JSON string, raw bytes in hex. */
function showPiece(piece: Piece): string {
  if (typeof piece === "string") return JSON.stringify(piece);
  const bytes = Buffer.from(piece);
  const text = bytes.toString("utf8");
  return Buffer.from(text, "utf8").equals(bytes) ? JSON.stringify(text) : `<${bytes.toString("hex").replace(/(..)(?!$)/g, "$1 ")}>`;
}

/**
 * Waits for `program` to end by itself within `ms` of its work being done (`after` says what, in
 * t()). A program that finished and lingers is kept alive by something: a timer, a child, a pipe.
 * TODO(issue 8): becomes the harness's shared "ends promptly after its work" step once it is on main.
 */
async function expectToEndPromptly(check: CheckContext, program: StudentProcess, ms: number, after: string, who: string, left = ms): Promise<ExitStatus> {
  return check.act(t("wait for {who} to end by itself, at most {seconds} s {after}", { who, seconds: ms / 1000, after }), async () => {
    try {
      return await program.waitForExit(left);
    } catch (error) {
      if (!(error instanceof DeadlineExceeded)) throw error;
      throw new CheckFailure(
        t(
          "{who} was still running {seconds} s {after}, with nothing left to do. Something keeps it alive: a timer that is never cleared (clearTimeout), an interval, or a child process or pipe left open.",
          { who, seconds: ms / 1000, after },
        ),
        { trouble: "timeout" },
      );
    }
  });
}

async function startChild(check: CheckContext, second = false): Promise<StudentProcess> {
  return check.act(second ? t("start a second copy of your child.ts") : t("start your child.ts"), () => check.launch("child.ts"));
}

/** Fails with `message` when the child ended before printing all `expected` replies; names a crash as one. */
function expectStillAnswering(child: StudentProcess, replies: readonly string[], expected: readonly string[], message: string): void {
  if (replies.length < expected.length && child.exit) {
    const crashed = STACK_LINE.test(child.stderr);
    throw new CheckFailure(t("{message} Your child {how} before it answered them all.", { message, how: describeExit(child.exit) }), {
      mismatch: { expected: asLines(expected), observed: asLines(replies) },
      trouble: crashed ? "crash" : undefined,
    });
  }
}

/**
 * Writes `pieces` to the child's stdin (each piece its own write, each read on its own: see
 * writeInPieces), then expects the next lines it prints on stdout to be exactly `expected`.
 */
async function expectReplies(check: CheckContext, child: StudentProcess, pieces: Piece[], expected: string[], message: string): Promise<void> {
  const from = stdoutLines(child).length;
  const shown = pieces.map(showPiece).join(`, ${t("then")} `);
  await check.act(
    pieces.length === 1 ? t("write {pieces} to its stdin", { pieces: shown }) : t("write {pieces} to its stdin, each in its own write", { pieces: shown }),
    () => writeInPieces(check, child, pieces),
  );
  const replies = await check.act(expected.length === 1 ? t("wait for its reply") : t("wait for its {count} replies", { count: expected.length }), () =>
    waitForReplies(child, from, expected),
  );
  await check.expect(t("it answers {replies}", { replies: expected.map((line) => JSON.stringify(line)).join(", ") }), () => {
    expectStillAnswering(child, replies, expected, message);
    check.same(asLines(replies), asLines(expected), message);
  });
}

/** Waits for the child to end by itself after its work (`after` says after what, in t()), explaining what a child left running means. */
async function waitForChildToEnd(check: CheckContext, child: StudentProcess, after: string): Promise<ExitStatus> {
  return expectToEndPromptly(check, child, CHILD_ENDS_PROMPTLY_MS, after, t("Your child"));
}

/** Waits for the student's parent to end by itself. */
function waitForParent(check: CheckContext, parent: StudentProcess, ms: number = DEADLINES.exit): Promise<ExitStatus> {
  return check.act(t("wait for your parent to end by itself"), () => parent.waitForExit(ms));
}

/** The parent's last "error: …" line, if it printed one. */
function errorLine(parent: StudentProcess): string | undefined {
  return parent.lines.filter((line) => line.text.startsWith("error:")).at(-1)?.text;
}

/**
 * Expects the reference child to have been started: the parent ran the program given with
 * --child. Waits for its first report until the parent has ended and a moment more.
 */
async function expectChildStarted(check: CheckContext, parent: StudentProcess, reports: ReferenceChildReports): Promise<void> {
  await check.expect(t("your parent starts the program given with --child"), async () => {
    const started = await reports.waitFor((report) => report.event === "start", t("the reference child to start"), DEADLINES.ready);
    if (started) return;
    const said = parent.exit ? parent.stderr.trim().split("\n").at(-1) : undefined;
    if (said) {
      throw new CheckFailure(t("Your parent ended without starting its child; it said {said}. With --child and no other option, it should start the child and talk to it.", { said: JSON.stringify(said) }), {
        trouble: STACK_LINE.test(parent.output) ? "crash" : undefined,
      });
    }
    throw new CheckFailure(
      t(
        "The reference child given with --child never started. Does your parent start the program named by --child (options.childPath), with process.execPath and process.execArgv, and leave its environment as it is?",
      ),
      { trouble: parent.exit && STACK_LINE.test(parent.output) ? "crash" : undefined },
    );
  });
}

/**
 * With a child that answers everything, the parent ends with the child's exit code and prints
 * the exchanges. The exit code comes first: when the parent gave up, its own error says why.
 */
async function expectParentToFinish(check: CheckContext, parent: StudentProcess, childCode: number, whenWrong: string, status?: ExitStatus): Promise<void> {
  const ended = status ?? (await waitForParent(check, parent));
  await check.expect(t("it exits with code {code}, like its child", { code: childCode }), () => {
    if (ended.code === childCode) return;
    const said = errorLine(parent);
    const how = describeExit(ended);
    throw new CheckFailure(
      said
        ? t("Your parent {how}, saying {said}, but its child answered every request and exited with code {code}.", { how, said: JSON.stringify(said), code: childCode })
        : t("Your parent {how}, but its child answered every request and exited with code {code}.", { how, code: childCode }),
    );
  });
  await check.expect(t("it prints {text}", { text: JSON.stringify(parentOutput(childCode)) }), () => {
    check.same(parent.stdout, parentOutput(childCode), whenWrong);
  });
}

/**
 * Starts the student's parent with `--timeout timeoutMs` (none: its default, 5000) and the
 * reference child set to `behaviour` (`what` says how, in t()).
 */
function runParent(check: CheckContext, behaviour: ChildBehaviour, what: string, timeoutMs?: number): Promise<{ parent: StudentProcess; reports: ReferenceChildReports }> {
  const args = timeoutMs === undefined ? [] : ["--timeout", String(timeoutMs)];
  return check.act(
    args.length === 0 ? t("run your parent.ts without --timeout (5000 ms) and {child}", { child: what }) : t("run your parent.ts with {args} and {child}", { args: args.join(" "), child: what }),
    () => startParentWith(check, behaviour, args),
  );
}

/** Waits for the reference child to end; resolves with the moment it said it exits, undefined when it did not within DEADLINES.exit. */
async function waitForReferenceChildToEnd(check: CheckContext, reports: ReferenceChildReports): Promise<number | undefined> {
  const ended = await check.act(t("wait for the reference child to end"), () =>
    reports.waitFor((report) => report.event === "exit", t("the reference child to end"), DEADLINES.exit),
  );
  return ended?.report.event === "exit" ? ended.report.at : undefined;
}

/** What is left of `ms` counted from `since` (a Date.now() of the reference child's). */
const leftOf = (ms: number, since: number) => Math.max(0, since + ms - Date.now());

/** Waits until the reference child has ended, then for the parent to end promptly after it. */
async function expectParentToEndAfterItsChild(check: CheckContext, parent: StudentProcess, reports: ReferenceChildReports, timeoutMs: number): Promise<ExitStatus> {
  const childEnded = await waitForReferenceChildToEnd(check, reports);
  if (childEnded === undefined) {
    const status = await waitForParent(check, parent, DEADLINES.kill);
    throw new CheckFailure(
      t("Your parent {how}, but its child never ended: it still waits for requests. After the last request, call child.stdin.end(): the child then sees the end of its input and exits.", {
        how: describeExit(status),
      }),
    );
  }
  // A timer of withTimeout left running keeps the parent alive for the whole --timeout.
  return expectToEndPromptly(check, parent, endsWithin(timeoutMs), t("after its child ended"), t("Your parent"), leftOf(endsWithin(timeoutMs), childEnded));
}

/** Runs `name` of the lines.ts probe on every input; one outcome per input, in order. */
async function probeEach<T>(check: CheckContext, name: "splitLines" | "readLines", inputs: unknown[]): Promise<ProbeOutcome<T>[]> {
  const outcome = await check.act(t("call your {name} on {count} inputs", { name, count: inputs.length }), () =>
    check.probe<ProbeOutcome<ProbeOutcome<T>[]>>(PROBE, name, inputs),
  );
  if ("threw" in outcome) throw new CheckFailure(t("The grader could not run your {name}: {error}", { name, error: outcome.threw }), { trouble: "crash" });
  return outcome.returned;
}

/** A chunk for the readLines probe, as shown in the narrative. */
function showChunk(chunk: Chunk): string {
  if (typeof chunk === "string") return JSON.stringify(chunk);
  if (Array.isArray(chunk)) return showPiece(Uint8Array.from(chunk));
  return t("{times} times {text}", { times: chunk.times, text: JSON.stringify(chunk.repeat) });
}

/** 안 is EC 95 88 in UTF-8: the first two bytes, and the last. */
const AN_START = [0xec, 0x95];
const AN_END = [0x88];

export const checks: CheckDefinition[] = [
  {
    id: "splits-text-into-lines",
    title: t("splitLines cuts text at each \"\\n\", drops a \"\\r\" before it, and keeps the unfinished end"),
    needs: ["splitLines"],
    async run(check) {
      const cases: [input: string, lines: string[], rest: string][] = [
        ["ping 1\nping 2\npi", ["ping 1", "ping 2"], "pi"],
        ["", [], ""],
        ["no newline yet", [], "no newline yet"],
        ["\n", [""], ""],
        ["a\n\nb\n", ["a", "", "b"], ""],
        ["ping 1\r\ncount\r\n", ["ping 1", "count"], ""],
        ["\r\n\r\n", ["", ""], ""],
        ["a\rb\n", ["a\rb"], ""],
        ["ping 1\r", [], "ping 1\r"],
        [" ping 1 \n", [" ping 1 "], ""],
        ["안녕\n하세", ["안녕"], "하세"],
      ];
      const outcomes = await probeEach<{ lines: string[]; rest: string }>(check, "splitLines", cases.map(([input]) => input));
      for (const [index, [input, lines, rest]] of cases.entries()) {
        await check.expect(t("splitLines({input}) gives lines {lines} and rest {rest}", { input: JSON.stringify(input), lines: JSON.stringify(lines), rest: JSON.stringify(rest) }), () => {
          const outcome = outcomes[index];
          if (!outcome || "threw" in outcome) {
            throw new CheckFailure(t("splitLines({input}) threw {error}. It should return { lines, rest } for any text.", { input: JSON.stringify(input), error: JSON.stringify(outcome && "threw" in outcome ? outcome.threw : "") }));
          }
          check.sameValue(outcome.returned, { lines: lines.map(digestLine), rest: digestLine(rest) }, t("splitLines({input}) returned the wrong lines or rest. Only a \"\\n\" ends a line; remove one \"\\r\" just before it, keep every other character, and return what follows the last \"\\n\" as rest.", { input: JSON.stringify(input) }));
        });
      }
    },
  },
  {
    id: "reads-lines-from-a-stream",
    title: t("readLines yields each whole line of a stream, whatever its chunks, and ends when the stream ends"),
    needs: ["readLines"],
    async run(check) {
      const cases: [chunks: Chunk[], lines: string[], what: string][] = [
        [["ping 1\nping 2\npi", "ng 3\np", "ing 4\n"], ["ping 1", "ping 2", "ping 3", "ping 4"], t("lines cut between chunks")],
        [[[..."ping ".split("").map((c) => c.charCodeAt(0)), ...AN_START], [...AN_END, 0x0a]], ["ping 안"], t("a character cut between two chunks")],
        [["ping 1\r", "\nping 2\r\n"], ["ping 1", "ping 2"], t("\"\\r\\n\" cut between two chunks")],
        [["last line without newline"], ["last line without newline"], t("a last line without \"\\n\"")],
        [["\n", "\n"], ["", ""], t("empty lines")],
        [[], [], t("an empty stream")],
        [[{ repeat: "x", times: 70_000 }, { repeat: "x", times: 70_000 }, "\n"], ["x".repeat(140_000)], t("a line of 140000 characters in three chunks")],
      ];
      const outcomes = await probeEach<ReadLinesOutcome>(check, "readLines", cases.map(([chunks]) => chunks));
      for (const [index, [chunks, lines, what]] of cases.entries()) {
        await check.expect(t("{what}: chunks {chunks} give the lines {lines}, and then the loop ends", { what, chunks: chunks.map(showChunk).join(", ") || "-", lines: JSON.stringify(lines.map(digestLine)) }), () => {
          const outcome = outcomes[index];
          if (!outcome || "threw" in outcome) {
            throw new CheckFailure(t("readLines threw {error} on {what}.", { what, error: JSON.stringify(outcome && "threw" in outcome ? outcome.threw : "") }), { trouble: "crash" });
          }
          const got = outcome.returned;
          check.sameValue(got.lines, lines.map(digestLine), t("readLines gave the wrong lines for {what}. Keep the unfinished end of each chunk for the next one, let the stream decode UTF-8 (setEncoding), and yield what is left when the stream ends.", { what }));
          if (!got.ended) {
            throw new CheckFailure(t("readLines did not end when the stream ended ({what}): a for await loop over it would wait forever. Return (or let the loop finish) once the stream's own loop ends.", { what }));
          }
        });
      }
    },
  },
  {
    id: "answers-each-request",
    title: t("child: answers each request with one line: ping, and an unknown request too"),
    needs: CHILD_NEEDS,
    async run(check) {
      const child = await startChild(check);
      await expectReplies(check, child, ["ping 1\n"], ["pong 1"], t('The reply to "ping 1" must be "pong 1", on its own line.'));
      await expectReplies(check, child, ["ping hello there\n"], ["pong hello there"], t('The reply to "ping TEXT" must be "pong TEXT", with the same TEXT.'));
      await expectReplies(check, child, ["ping 안녕하세요\n"], ["pong 안녕하세요"], t('The reply to "ping TEXT" must be "pong TEXT", with the same TEXT.'));
      await expectReplies(
        check,
        child,
        ["hello\n", "ping 2\n"],
        ['error: unknown request "hello"', "pong 2"],
        t("Every request gets exactly one reply line on stdout, an unknown one too: the parent waits for it. Then the child goes on answering."),
      );
    },
  },
  {
    id: "reads-requests-split-across-writes",
    title: t("child: finds each request when requests arrive split and bunched up in the pipe"),
    needs: CHILD_NEEDS,
    async run(check) {
      const child = await startChild(check);
      await expectReplies(check, child, ["ping 0\n"], ["pong 0"], t('The reply to "ping 0" must be "pong 0", on its own line.'));
      await expectReplies(
        check,
        child,
        ["ping 1\nping 2\npi", "ng 3\np", "ing 4\n"],
        ["pong 1", "pong 2", "pong 3", "pong 4"],
        t("A pipe carries bytes, not requests: one read can hold several requests, or part of one. Only a \"\\n\" ends a request."),
      );
    },
  },
  {
    id: "reads-a-character-split-across-writes",
    title: t("child: keeps a character whole when its UTF-8 bytes arrive in two writes"),
    needs: CHILD_NEEDS,
    async run(check) {
      const child = await startChild(check);
      // The first write ends inside 안 (EC 95 | 88). "pong 1" proves the child read it before the rest was sent.
      await expectReplies(
        check,
        child,
        [Uint8Array.from([...Buffer.from("ping 1\nping "), ...AN_START]), Uint8Array.from([...AN_END, ...Buffer.from("녕\n")])],
        ["pong 1", "pong 안녕"],
        t("안 is three bytes in UTF-8 (EC 95 88), and here its bytes arrived in two reads. Decoding each chunk on its own breaks it (into �); stream.setEncoding(\"utf8\") keeps a character whole across chunks."),
      );
    },
  },
  {
    id: "ignores-carriage-returns-and-empty-lines",
    title: t("child: reads requests that end with \"\\r\\n\", and skips empty lines without answering"),
    needs: CHILD_NEEDS,
    async run(check) {
      const child = await startChild(check);
      await expectReplies(check, child, ["ping 1\r\n", "\r\n\ncount\r\n"], ["pong 1", "count 2"], t('A Windows terminal ends each line with "\\r\\n": "count\\r\\n" is the request "count". An empty line is no request: no reply, and count does not count it.'));
      await expectReplies(check, child, ["exit 4\r\n"], ["bye 4"], t('"exit 4\\r\\n" is the request "exit 4": remove the "\\r" before reading the code.'));
      const status = await waitForChildToEnd(check, child, t('after "exit 4"'));
      await check.expect(t("it exits with code 4"), () => {
        if (status.code !== 4) throw new CheckFailure(t('Your child {how}: "exit 4" asks for exit code 4.', { how: describeExit(status) }));
      });
    },
  },
  {
    id: "reads-a-very-long-request",
    title: t("child: answers a request of 100000 characters as one request (more than one read of the pipe)"),
    needs: CHILD_NEEDS,
    async run(check) {
      const child = await startChild(check);
      const text = "x".repeat(100_000);
      const from = stdoutLines(child).length;
      // Node reads a pipe at most 64 KiB at a time, so this request reaches the child in several chunks.
      check.transcript.note(t("a request of {count} bytes: more than the 65536 bytes Node reads from a pipe at a time, so it arrives in several chunks", { count: text.length + 6 }));
      await check.act(t("write \"ping \" and 100000 times \"x\", then \"\\n\", and then \"count\\n\""), () => writeInPieces(check, child, [`ping ${text}\ncount\n`]));
      const replies = await check.act(t("wait for its 2 replies"), () =>
        waitForReplies(child, from, [`pong ${text}`, "count 2"], (reply, expected) => (expected.startsWith("pong") ? reply.startsWith(`pong ${text.slice(0, 1_000)}`) : reply === expected)),
      );
      const shortened = replies.map((reply) => (reply.length > 60 ? `${reply.slice(0, 20)}…` : reply));
      await check.expect(t("it answers \"pong xxx…\" (100000 times \"x\"), then \"count 2\""), () => {
        const message = t("A request has no length limit here: the whole line up to its \"\\n\" is one request, however many chunks it takes. Then count says 2.");
        expectStillAnswering(child, replies, ["pong", "count 2"], message);
        const [pong = "", count] = replies;
        if (!pong.startsWith(`pong ${text.slice(0, 1_000)}`) || count !== "count 2") {
          check.same(asLines(shortened), asLines([`pong ${text.slice(0, 14)}…`, "count 2"]), message);
        }
      });
    },
  },
  {
    id: "keeps-its-own-memory",
    title: t("child: counts the requests it has seen in its own memory, separate from any other process"),
    needs: CHILD_NEEDS,
    async run(check) {
      const child = await startChild(check);
      await expectReplies(check, child, ["ping 1\n"], ["pong 1"], t('The reply to "ping 1" must be "pong 1".'));
      await expectReplies(check, child, ["ping 2\n"], ["pong 2"], t('The reply to "ping 2" must be "pong 2".'));
      await expectReplies(
        check,
        child,
        ["count\n"],
        ["count 3"],
        t("count says how many requests this process has seen, this one included: ping 1, ping 2 and count make 3. Keep the number between requests."),
      );
      await expectReplies(check, child, ["count\n"], ["count 4"], t("A second count is one more request: 4."));
      const second = await startChild(check, true);
      await expectReplies(
        check,
        second,
        ["count\n"],
        ["count 1"],
        t("The second child is another process with its own memory: it has seen only this one request."),
      );
    },
  },
  {
    id: "exits-with-the-code-it-is-asked-for",
    title: t("child: answers exit 7 with bye 7, then exits with code 7"),
    needs: CHILD_NEEDS,
    async run(check) {
      const child = await startChild(check);
      await expectReplies(check, child, ["ping 1\n"], ["pong 1"], t('The reply to "ping 1" must be "pong 1".'));
      await expectReplies(check, child, ["exit 7\n"], ["bye 7"], t('The reply to "exit 7" must be "bye 7", before the child exits.'));
      const status = await waitForChildToEnd(check, child, t('after "exit 7" (its stdin is still open)'));
      await check.expect(t("it exits with code 7"), () => {
        if (status.code !== 7) {
          throw new CheckFailure(
            t('Your child {how}: "exit 7" asks for exit code 7. Return the code from serve, and main sets process.exitCode.', { how: describeExit(status) }),
          );
        }
      });
    },
  },
  {
    id: "exits-only-with-codes-from-0-to-255",
    title: t("child: answers exit 256, exit 4294967303, exit -1 and exit 7abc as unknown requests, and exit 255 with code 255"),
    needs: CHILD_NEEDS,
    async run(check) {
      const child = await startChild(check);
      const outOfRange = ["exit 256", "exit 4294967303", "exit 2147483655", "exit -1", "exit 7abc", "exit ", "please exit 7", "exit  7"];
      await expectReplies(
        check,
        child,
        [outOfRange.map((request) => `${request}\n`).join("")],
        outOfRange.map((request) => `error: unknown request ${JSON.stringify(request)}`),
        t("An exit code is one byte, 0 to 255: the system keeps only the lowest 8 bits, so 256 would end as 0 and 4294967303 as 7. \"exit\" with anything but a whole number from 0 to 255 is an unknown request, and the child goes on."),
      );
      await expectReplies(check, child, ["exit 255\n"], ["bye 255"], t('255 is the largest exit code: "exit 255" gets "bye 255".'));
      const status = await waitForChildToEnd(check, child, t('after "exit 255" (its stdin is still open)'));
      await check.expect(t("it exits with code 255"), () => {
        if (status.code !== 255) throw new CheckFailure(t('Your child {how}: "exit 255" asks for exit code 255.', { how: describeExit(status) }));
      });
    },
  },
  {
    id: "exits-when-the-parent-goes-away",
    title: t("child: exits with code 0 by itself when its stdin ends (its parent has gone away)"),
    needs: CHILD_NEEDS,
    async run(check) {
      const child = await startChild(check);
      await expectReplies(check, child, ["ping 1\n"], ["pong 1"], t('The reply to "ping 1" must be "pong 1".'));
      await check.act(t("close its stdin, as a parent that exits does"), () => closeStdin(check, child));
      const status = await waitForChildToEnd(check, child, t("after its stdin ended"));
      await check.expect(t("it exits with code 0"), () => {
        if (status.code !== 0) {
          throw new CheckFailure(
            t("Your child {how} when its stdin ended. The end of the input is the normal way to finish: exit with code 0.", { how: describeExit(status) }),
          );
        }
      });
    },
  },
  {
    id: "answers-a-last-request-without-a-newline",
    title: t("child: answers a last request that has no \"\\n\" when its stdin ends, then exits with 0"),
    needs: CHILD_NEEDS,
    async run(check) {
      const child = await startChild(check);
      await expectReplies(check, child, ["ping 1\n"], ["pong 1"], t('The reply to "ping 1" must be "pong 1".'));
      const from = stdoutLines(child).length;
      await check.act(t("write {pieces} to its stdin", { pieces: JSON.stringify("ping 2") }), () => writeInPieces(check, child, ["ping 2"]));
      await check.act(t("close its stdin, as a parent that exits does"), () => closeStdin(check, child));
      const status = await waitForChildToEnd(check, child, t("after its stdin ended"));
      await check.expect(t("it answers {replies}", { replies: JSON.stringify("pong 2") }), () => {
        check.same(asLines(stdoutLines(child).slice(from)), asLines(["pong 2"]), t('The input ended after "ping 2" without a "\\n": that last line is still a request. readLines yields what is left in its buffer when the stream ends.'));
      });
      await check.expect(t("it exits with code 0"), () => {
        if (status.code !== 0) throw new CheckFailure(t("Your child {how} when its stdin ended. The end of the input is the normal way to finish: exit with code 0.", { how: describeExit(status) }));
      });
    },
  },
  {
    id: "parent-prints-the-childs-replies",
    title: t("parent: prints each request with the child's reply, closes the child's stdin, reports its exit and ends"),
    needs: PARENT_NEEDS,
    async run(check) {
      const { parent, reports } = await runParent(check, "answer-normally", t("the reference child"), PATIENT_TIMEOUT_MS);
      await expectChildStarted(check, parent, reports);
      const status = await expectParentToEndAfterItsChild(check, parent, reports, PATIENT_TIMEOUT_MS);
      await expectParentToFinish(check, parent, 0, t('Your parent should print one line "REQUEST -> REPLY" per request, then "child exited with code N".'), status);
    },
  },
  {
    id: "parent-reads-replies-split-into-bytes",
    title: t("parent: reads each whole reply when the child writes it in pieces, a byte at a time and run into the next reply"),
    needs: PARENT_NEEDS,
    async run(check) {
      const { parent, reports } = await runParent(check, "answer-in-pieces", t("a reference child that writes its replies in pieces"), PATIENT_TIMEOUT_MS);
      const status = await expectParentToEndAfterItsChild(check, parent, reports, PATIENT_TIMEOUT_MS);
      await expectParentToFinish(
        check,
        parent,
        0,
        t('A reply may arrive in many pieces, and with the start of the next one. Your parent should print a reply only when its "\\n" has arrived, and keep what follows for the next reply.'),
        status,
      );
      await reports.waitUntilEnded(DEADLINES.kill);
      // Proof that the split happened: the parent sent each next request only after the write
      // that held the start of its reply, so it had read those bytes, and the rest came later.
      await check.expect(t("the replies really were split: each next request came after the start of its reply had been read"), () => {
        const unproven = unprovenSplits(reports);
        if (unproven.length > 0) {
          // The grader could not provoke what this check is about; the verdict would mean nothing.
          throw new Error(t("The grader could not prove that replies reached your parent split: it sent {requests} before reading the start of their replies. Send each request only after the reply to the one before.", { requests: unproven.join(", ") }));
        }
        check.transcript.note(t("proven: your parent sent \"ping 2\" and \"count\" only after reading the start of their replies (\"po\", \"co\"), so the rest of each reply reached it in later reads"));
      });
    },
  },
  {
    id: "parent-passes-on-the-exit-code",
    title: t("parent: exits with its child's exit code (5)"),
    needs: PARENT_NEEDS,
    async run(check) {
      const { parent, reports } = await runParent(check, "exit-with-5-at-the-end", t("a reference child that exits with code 5"), PATIENT_TIMEOUT_MS);
      const status = await expectParentToEndAfterItsChild(check, parent, reports, PATIENT_TIMEOUT_MS);
      await expectParentToFinish(check, parent, 5, t('Your parent should say how its child ended: "child exited with code 5".'), status);
    },
  },
  {
    id: "parent-reports-a-crashed-child",
    title: t("parent: reports a child that crashed before answering, and exits with an error code"),
    needs: PARENT_NEEDS,
    async run(check) {
      const { parent, reports } = await runParent(check, "crash-after-the-first-request", t("a reference child that exits with code 3 on the second request"), PATIENT_TIMEOUT_MS);
      const ended = await waitForReferenceChildToEnd(check, reports);
      await expectCleanFailure(check, parent, t("a child that exited with code 3 before answering"), {
        mentions: [{ text: "3", what: t("the exit code") }],
        // The child's own farewell passes through the parent's stderr, and names the 3 too.
        passedThrough: [CRASH_NOTE],
        ms: ended === undefined ? DEADLINES.exit : leftOf(endsWithin(PATIENT_TIMEOUT_MS), ended),
      });
      await expectNoMadeUpReply(check, parent, "ping 2");
      await check.expect(t("it lets its child's error output through: {text}", { text: JSON.stringify(CRASH_NOTE) }), () => {
        if (!parent.stderr.includes(CRASH_NOTE) && !parent.stdout.includes(CRASH_NOTE)) {
          throw new CheckFailure(
            t("The child wrote why it stopped on its stderr ({text}), but your parent did not let it through. Start the child with stdio [\"pipe\", \"pipe\", \"inherit\"]: \"inherit\" gives it your own stderr, so its errors show. (A piped stderr that nobody reads also fills up and stalls the child.)", { text: JSON.stringify(CRASH_NOTE) }),
          );
        }
      });
    },
  },
  {
    id: "parent-reports-a-child-that-ends-at-once",
    title: t("parent: reports a child that exited with code 0 without answering, and exits with an error code"),
    needs: PARENT_NEEDS,
    async run(check) {
      // Without --timeout: the child ends before anything is waited for, so the default (5000) is used yet never decides.
      const { parent, reports } = await runParent(check, "end-at-once", t("a reference child that exits with code 0 at once"));
      // A parent that fails before starting its child (its default --timeout refused) proves nothing here.
      await expectChildStarted(check, parent, reports);
      const ended = await waitForReferenceChildToEnd(check, reports);
      await expectCleanFailure(check, parent, t("a child that exited before answering"), { ms: ended === undefined ? DEADLINES.exit : leftOf(DEADLINES.exit, ended) });
      await expectNoMadeUpReply(check, parent, "ping 1");
    },
  },
  {
    id: "parent-reports-a-child-killed-by-a-signal",
    title: t("parent: reports a child killed by a signal (SIGKILL), and exits with an error code"),
    needs: PARENT_NEEDS,
    async run(check) {
      if (process.platform === "win32") {
        check.transcript.note(t("skipped: Windows has no signals, so no child there is killed by one"));
        return;
      }
      const { parent, reports } = await runParent(check, "killed-at-the-end", t("a reference child that is killed by SIGKILL when its stdin ends"), PATIENT_TIMEOUT_MS);
      const ended = await waitForReferenceChildToEnd(check, reports);
      await expectCleanFailure(check, parent, t("a child killed by SIGKILL"), {
        mentions: [{ text: "SIGKILL", what: t("the signal") }],
        ms: ended === undefined ? DEADLINES.exit : leftOf(endsWithin(PATIENT_TIMEOUT_MS), ended),
      });
    },
  },
  {
    id: "parent-gives-up-on-a-silent-child",
    title: t("parent: gives up on a child that stops answering (--timeout), survives writing to it (EPIPE), and stops it"),
    needs: PARENT_NEEDS,
    async run(check) {
      for (const [attempt, timeoutMs] of SILENT_TIMEOUTS_MS.entries()) {
        const args = ["--timeout", String(timeoutMs)];
        const launched = Date.now();
        const { parent, reports } = await check.act(t("run your parent.ts with {args} and a reference child that answers once, then stops reading and answering", { args: args.join(" ") }), () =>
          startParentWith(check, "go-silent-after-the-first-reply", args),
        );
        const silent = await check.act(t("wait for the reference child to answer \"ping 1\" and stop reading"), () =>
          reports.waitFor((report) => report.event === "closed-stdin", t("the reference child to stop reading"), DEADLINES.ready),
        );
        if (!silent || silent.report.event !== "closed-stdin") {
          const status = await waitForParent(check, parent, DEADLINES.kill);
          const waited = Date.now() - launched;
          const gaveUp = status.code !== 0 && !parent.stdout.includes("ping 1 ->");
          // (A child killed before it got to report is slow too: it did not even say it started.)
          if (gaveUp && waited >= timeoutMs) {
            // The child was slow to start on a busy machine, and the parent rightly gave up on "ping 1".
            if (attempt + 1 < SILENT_TIMEOUTS_MS.length) {
              check.transcript.note(t("the reference child did not get to answer within --timeout {timeout}; trying again with more time", { timeout: timeoutMs }));
              continue;
            }
            throw new Error(t("The reference child did not get to answer within --timeout {timeout} on this machine, so the grader could not make it go silent.", { timeout: timeoutMs }));
          }
          if (gaveUp && waited < timeoutMs) {
            throw new CheckFailure(t("Your parent gave up after {ms} ms, before its child could answer, though --timeout {timeout} gives the child {timeout} ms. Use options.timeoutMs for every wait.", { ms: waited, timeout: timeoutMs }));
          }
          if (reports.started === 0) await expectChildStarted(check, parent, reports);
          const said = errorLine(parent);
          throw new CheckFailure(
            said
              ? t("Your parent never sent the child a request (it said {said}). Write \"ping 1\\n\" to child.stdin first.", { said: JSON.stringify(said) })
              : t("Your parent never sent the child a request. Write \"ping 1\\n\" to child.stdin first."),
          );
        }
        // From the moment the child stopped reading, the parent waits --timeout at most for the next
        // reply (writing "ping 2" fails with EPIPE on the way), then stops the child and exits.
        const ms = timeoutMs + GIVING_UP_MS;
        const left = Math.max(0, silent.report.at + ms - Date.now());
        await check.act(t("wait for your parent to give up, at most {seconds} s after the child went silent (--timeout {timeout}, and time to stop the child)", { seconds: ms / 1000, timeout: timeoutMs }), async () => {
          try {
            await parent.waitForExit(left);
          } catch (error) {
            if (!(error instanceof DeadlineExceeded)) throw error;
            if (STACK_LINE.test(parent.output)) {
              // It crashed, and the child it started (which shares its output) is still running.
              throw new CheckFailure(
                t("Your parent crashed with a stack trace after its child went silent, and left the child running. Read the first lines of the trace: writing to a child that stopped reading fails with EPIPE, so give child.stdin an \"error\" listener."),
                { trouble: "crash" },
              );
            }
            throw new CheckFailure(
              t(
                "Your parent was still running {seconds} s after its child went silent, though --timeout {timeout} told it to give up after {timeout} ms. Does every wait for the child have a timeout of --timeout? And when it gives up, does it stop the child (child.kill())? A running child keeps its parent waiting.",
                { seconds: ms / 1000, timeout: timeoutMs },
              ),
              { trouble: "timeout" },
            );
          }
        });
        await expectCleanFailure(check, parent, t("a child that went silent"), { mentions: [{ text: String(timeoutMs), what: t("the timeout (--timeout)") }] });
        return;
      }
    },
  },
  {
    id: "parent-gives-up-on-a-child-that-never-ends",
    title: t("parent: gives up on a child that answers but does not end when its stdin ends (--timeout), and stops it"),
    needs: PARENT_NEEDS,
    async run(check) {
      for (const [attempt, timeoutMs] of SILENT_TIMEOUTS_MS.entries()) {
        const launched = Date.now();
        const { parent, reports } = await runParent(check, "never-end", t("a reference child that does not end when its stdin ends"), timeoutMs);
        const ended = await check.act(t("wait for your parent to close the child's stdin"), () =>
          reports.waitFor((report) => report.event === "stdin-ended", t("the end of the reference child's stdin"), DEADLINES.exit),
        );
        if (!ended || ended.report.event !== "stdin-ended") {
          const status = await waitForParent(check, parent, DEADLINES.kill);
          const gaveUp = status.code !== 0 && !parent.stdout.includes("count -> count 3") && Date.now() - launched >= timeoutMs;
          // The child was slow to start on a busy machine, and the parent rightly gave up on it.
          if (gaveUp && attempt + 1 < SILENT_TIMEOUTS_MS.length) {
            check.transcript.note(t("the reference child did not get to answer within --timeout {timeout}; trying again with more time", { timeout: timeoutMs }));
            continue;
          }
          if (gaveUp) throw new Error(t("The reference child did not get to answer within --timeout {timeout} on this machine, so the grader could not make it go silent.", { timeout: timeoutMs }));
          throw new CheckFailure(t("Your parent never closed its child's stdin. After the last request, call child.stdin.end(): the child then sees the end of its input."));
        }
        const ms = timeoutMs + GIVING_UP_MS;
        const left = Math.max(0, ended.report.at + ms - Date.now());
        await check.act(t("wait for your parent to give up, at most {seconds} s after it closed the child's stdin (--timeout {timeout}, and time to stop the child)", { seconds: ms / 1000, timeout: timeoutMs }), async () => {
          try {
            await parent.waitForExit(left);
          } catch (error) {
            if (!(error instanceof DeadlineExceeded)) throw error;
            throw new CheckFailure(
              t("Your parent was still running {seconds} s after it closed its child's stdin, though the child never ended and --timeout {timeout} told it to give up after {timeout} ms. Wait for the child's end with withTimeout too, and stop the child (child.kill()) when it fires.", { seconds: ms / 1000, timeout: timeoutMs }),
              { trouble: "timeout" },
            );
          }
        });
        await expectCleanFailure(check, parent, t("a child that did not end"), { mentions: [{ text: String(timeoutMs), what: t("the timeout (--timeout)") }] });
        return;
      }
    },
  },
  {
    id: "parent-refuses-a-bad-timeout",
    title: t("parent: refuses --timeout 0, abc, 2147483648, 1e3 and +1000 with a message that names the option and the value, and accepts 2147483647"),
    needs: PARENT_NEEDS,
    async run(check) {
      // The four refusals run at once (none should start a child); each is then judged in turn.
      const values = ["0", "abc", "2147483648", "1e3", "+1000"];
      const refused = values.map((value) => check.act(t("run your parent.ts with --timeout {value}", { value }), () => startParentWith(check, "answer-normally", ["--timeout", value])));
      for (const started of refused) started.catch(() => undefined); // each is awaited below; one failing must not go unhandled meanwhile
      for (const [index, value] of values.entries()) {
        const { parent } = await refused[index]!;
        await expectCleanFailure(check, parent, t("--timeout {value}", { value }), {
          mentions: [
            { text: "--timeout", what: t("the option") },
            { text: value, what: t("the value given") },
          ],
        });
        await check.expect(t("it did not hand {value} to setTimeout (Node warns with TimeoutOverflowWarning)", { value }), () => {
          if (parent.output.includes("TimeoutOverflowWarning")) {
            throw new CheckFailure(
              t(
                "Your parent passed {value} to setTimeout, which cannot wait longer than 2147483647 ms: Node warned (TimeoutOverflowWarning) and made it 1 ms, so your parent gave up at once. Refuse a --timeout above 2147483647 with a clear message instead.",
                { value },
              ),
            );
          }
        });
      }
      // The largest delay setTimeout can wait is a valid --timeout: the conversation goes as usual.
      const largest = await runParent(check, "answer-normally", t("the reference child"), MAX_TIMEOUT_MS);
      await expectParentToFinish(check, largest.parent, 0, t("--timeout 2147483647 is the largest valid value (2^31 - 1 ms): your parent should accept it and talk to its child as usual."));
    },
  },
];

/** The parent must not print a reply the child never sent. */
async function expectNoMadeUpReply(check: CheckContext, parent: StudentProcess, request: string): Promise<void> {
  await check.expect(t('it does not print a reply to "{request}": the child never sent one', { request }), () => {
    const madeUp = parent.stdout.split("\n").find((line) => line.startsWith(`${request} ->`));
    if (madeUp !== undefined) {
      throw new CheckFailure(
        t('Your parent printed {line}, but the child exited without answering "{request}". When the child\'s output ends, there is no reply: report how the child ended.', {
          line: JSON.stringify(madeUp),
          request,
        }),
      );
    }
  });
}

/**
 * The requests ("ping 2", "count") that the reference child of "answer-in-pieces" had already
 * read when it wrote the start of their replies: for those, the split is not proven.
 */
function unprovenSplits(reports: ReferenceChildReports): string[] {
  const unproven: string[] = [];
  let read = "";
  let heads = 0;
  for (const { report } of reports.events) {
    if (report.event === "read") read += Buffer.from(report.bytes, "base64").toString("utf8");
    if (report.event !== "write") continue;
    const written = Buffer.from(report.bytes, "base64").toString("utf8");
    if (!written.startsWith("\n") || written.length === 1) continue;
    // The start of reply number heads + 2 went out: by then the parent must have sent only heads + 1 requests.
    heads += 1;
    const requestsRead = read.split("\n").length - 1;
    if (requestsRead > heads) unproven.push(JSON.stringify(["ping 2", "count"][heads - 1] ?? ""));
  }
  return unproven;
}
