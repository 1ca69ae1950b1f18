// Grader for exercise 01: two processes talking over pipes. The grader plays the parent of
// the student's child (it writes the child's stdin and reads its stdout), and the reference
// child plays against the student's parent.
import type { CheckContext, CheckDefinition } from "../harness/check.ts";
import { CheckFailure } from "../harness/check.ts";
import { DeadlineExceeded } from "../harness/deadline.ts";
import type { ExitStatus, StudentProcess } from "../harness/launch.ts";
import { closeStdin, startParentWith, stdoutLines, waitForReplies, writeInPieces } from "../peers/pipes.ts";
import { expectCleanFailure } from "./expect.ts";

// lines.ts first: the "not started" message names the file of the first unwritten export.
const CHILD_NEEDS = ["splitLines", "readLines", "answer", "serve"];
const PARENT_NEEDS = ["splitLines", "readLines", "talkToChild"];

/** A child that ends by itself after its input ends, or after `exit CODE`, does so at once; 5 s is room for a busy machine. */
const CHILD_EXIT_MS = 5_000;

/** What the student's parent prints when its child answers normally and exits with `code`. */
function parentOutput(code: number): string {
  return `ping 1 -> pong 1\nping 2 -> pong 2\ncount -> count 3\nchild exited with code ${code}\n`;
}

function describeExit(status: ExitStatus): string {
  return status.signal ? `was killed by ${status.signal}` : `exited with code ${status.code}`;
}

function asLines(lines: readonly string[]): string {
  return lines.map((line) => `${line}\n`).join("");
}

async function startChild(check: CheckContext, what = "your child.ts"): Promise<StudentProcess> {
  return check.act(`start ${what}`, () => check.launch("child.ts"));
}

/**
 * Writes `pieces` to the child's stdin (each piece its own write), then expects the next lines
 * it prints on stdout to be exactly `expected`.
 */
async function expectReplies(check: CheckContext, child: StudentProcess, pieces: string[], expected: string[], message: string): Promise<void> {
  const from = stdoutLines(child).length;
  const shown = pieces.map((piece) => JSON.stringify(piece)).join(", then ");
  await check.act(pieces.length === 1 ? `write ${shown} to its stdin` : `write ${shown} to its stdin, each in its own write`, () =>
    writeInPieces(check, child, pieces),
  );
  const replies = await check.act(`wait for ${expected.length === 1 ? "its reply" : `its ${expected.length} replies`}`, () =>
    waitForReplies(child, from, expected),
  );
  await check.expect(`it answers ${expected.map((line) => JSON.stringify(line)).join(", ")}`, () => {
    if (replies.length < expected.length && child.exit) {
      const crashed = /^\s+at .+[:(]/m.test(child.stderr); // a stack trace
      throw new CheckFailure(`${message} Your child ${describeExit(child.exit)} before it answered them all.`, {
        mismatch: { expected: asLines(expected), observed: asLines(replies) },
        trouble: crashed ? "crash" : undefined,
      });
    }
    check.same(asLines(replies), asLines(expected), message);
  });
}

/** Waits for the child to end by itself, with a message that explains what a child left running means. */
async function waitForChildToEnd(check: CheckContext, child: StudentProcess, after: string): Promise<ExitStatus> {
  return check.act(`wait for your child to end by itself (up to ${CHILD_EXIT_MS / 1000} s)`, async () => {
    try {
      return await child.waitForExit(CHILD_EXIT_MS);
    } catch (error) {
      if (!(error instanceof DeadlineExceeded)) throw error;
      throw new CheckFailure(
        `Your child was still running ${CHILD_EXIT_MS / 1000} s ${after}. A child that does not end by itself is left behind ` +
          `(an orphan) when its parent goes away. Is something keeping it alive, such as a timer?`,
      );
    }
  });
}

/** Waits for the student's parent to end by itself. */
function waitForParent(check: CheckContext, parent: StudentProcess): Promise<ExitStatus> {
  return check.act("wait for your parent to end by itself", () => parent.waitForExit());
}

/** The parent's last "error: …" line, if it printed one. */
function errorLine(parent: StudentProcess): string | undefined {
  return parent.lines.filter((line) => line.text.startsWith("error:")).at(-1)?.text;
}

/**
 * With a child that answers everything, the parent ends with the child's exit code and prints
 * the exchanges. The exit code comes first: when the parent gave up, its own error says why.
 */
async function expectParentToFinish(check: CheckContext, parent: StudentProcess, childCode: number, whenWrong: string): Promise<void> {
  const status = await waitForParent(check, parent);
  await check.expect(`it exits with code ${childCode}, like its child`, () => {
    if (status.code === childCode) return;
    const said = errorLine(parent);
    throw new CheckFailure(
      `Your parent ${describeExit(status)}${said ? `, saying ${JSON.stringify(said)}` : ""}, but its child answered every request and exited with code ${childCode}.`,
    );
  });
  await check.expect(`it prints ${JSON.stringify(parentOutput(childCode))}`, () => {
    check.same(parent.stdout, parentOutput(childCode), whenWrong);
  });
}

export const checks: CheckDefinition[] = [
  {
    id: "answers-each-request",
    title: "child: answers each request with one line: ping, and an unknown request too",
    needs: CHILD_NEEDS,
    async run(check) {
      const child = await startChild(check);
      await expectReplies(check, child, ["ping 1\n"], ["pong 1"], 'The reply to "ping 1" must be "pong 1", on its own line.');
      await expectReplies(check, child, ["ping hello there\n"], ["pong hello there"], 'The reply to "ping TEXT" must be "pong TEXT", with the same TEXT.');
      await expectReplies(
        check,
        child,
        ["hello\n", "ping 2\n"],
        ['error: unknown request "hello"', "pong 2"],
        "Every request gets exactly one reply line on stdout, an unknown one too: the parent waits for it. Then the child goes on answering.",
      );
    },
  },
  {
    id: "reads-requests-split-across-writes",
    title: "child: finds each request when requests arrive split and bunched up in the pipe",
    needs: CHILD_NEEDS,
    async run(check) {
      const child = await startChild(check);
      await expectReplies(check, child, ["ping 0\n"], ["pong 0"], 'The reply to "ping 0" must be "pong 0", on its own line.');
      await expectReplies(
        check,
        child,
        ["ping 1\nping 2\npi", "ng 3\np", "ing 4\n"],
        ["pong 1", "pong 2", "pong 3", "pong 4"],
        "A pipe carries bytes, not requests: one read can hold several requests, or part of one. Only a \"\\n\" ends a request.",
      );
    },
  },
  {
    id: "keeps-its-own-memory",
    title: "child: counts the requests it has seen in its own memory, separate from any other process",
    needs: CHILD_NEEDS,
    async run(check) {
      const child = await startChild(check);
      await expectReplies(check, child, ["ping 1\n"], ["pong 1"], 'The reply to "ping 1" must be "pong 1".');
      await expectReplies(check, child, ["ping 2\n"], ["pong 2"], 'The reply to "ping 2" must be "pong 2".');
      await expectReplies(
        check,
        child,
        ["count\n"],
        ["count 3"],
        "count says how many requests this process has seen, this one included: ping 1, ping 2 and count make 3. Keep the number between requests.",
      );
      await expectReplies(check, child, ["count\n"], ["count 4"], "A second count is one more request: 4.");
      const second = await startChild(check, "a second copy of your child.ts");
      await expectReplies(
        check,
        second,
        ["count\n"],
        ["count 1"],
        "The second child is another process with its own memory: it has seen only this one request.",
      );
    },
  },
  {
    id: "exits-with-the-code-it-is-asked-for",
    title: "child: answers exit 7 with bye 7, then exits with code 7",
    needs: CHILD_NEEDS,
    async run(check) {
      const child = await startChild(check);
      await expectReplies(check, child, ["ping 1\n"], ["pong 1"], 'The reply to "ping 1" must be "pong 1".');
      await expectReplies(check, child, ["exit 7\n"], ["bye 7"], 'The reply to "exit 7" must be "bye 7", before the child exits.');
      const status = await waitForChildToEnd(check, child, 'after "exit 7" (its stdin is still open)');
      await check.expect("it exits with code 7", () => {
        if (status.code !== 7) throw new CheckFailure(`Your child ${describeExit(status)}: "exit 7" asks for exit code 7. Return the code from serve, and main sets process.exitCode.`);
      });
    },
  },
  {
    id: "exits-when-the-parent-goes-away",
    title: "child: exits with code 0 by itself when its stdin ends (its parent has gone away)",
    needs: CHILD_NEEDS,
    async run(check) {
      const child = await startChild(check);
      await expectReplies(check, child, ["ping 1\n"], ["pong 1"], 'The reply to "ping 1" must be "pong 1".');
      await check.act("close its stdin, as a parent that exits does", () => closeStdin(check, child));
      const status = await waitForChildToEnd(check, child, "after its stdin ended");
      await check.expect("it exits with code 0", () => {
        if (status.code !== 0) {
          throw new CheckFailure(`Your child ${describeExit(status)} when its stdin ended. The end of the input is the normal way to finish: exit with code 0.`);
        }
      });
    },
  },
  {
    id: "parent-prints-the-childs-replies",
    title: "parent: prints each request with the child's reply, closes the child's stdin and reports its exit",
    needs: PARENT_NEEDS,
    async run(check) {
      const parent = await check.act("run your parent.ts with the reference child", () => startParentWith(check, "answer-normally"));
      await expectParentToFinish(check, parent, 0, 'Your parent should print one line "REQUEST -> REPLY" per request, then "child exited with code N".');
    },
  },
  {
    id: "parent-reads-replies-split-into-bytes",
    title: "parent: reads each whole reply when the child writes it one byte at a time",
    needs: PARENT_NEEDS,
    async run(check) {
      const parent = await check.act("run your parent.ts with a reference child that writes one byte at a time", () =>
        startParentWith(check, "answer-one-byte-at-a-time"),
      );
      await expectParentToFinish(check, parent, 0, 'A reply may arrive in many pieces. Your parent should wait for the "\\n" that ends the reply before printing it.');
    },
  },
  {
    id: "parent-passes-on-the-exit-code",
    title: "parent: exits with its child's exit code (5)",
    needs: PARENT_NEEDS,
    async run(check) {
      const parent = await check.act("run your parent.ts with a reference child that exits with code 5", () =>
        startParentWith(check, "exit-with-5-at-the-end"),
      );
      await expectParentToFinish(check, parent, 5, 'Your parent should say how its child ended: "child exited with code 5".');
    },
  },
  {
    id: "parent-reports-a-crashed-child",
    title: "parent: reports a child that crashed before answering, and exits with an error code",
    needs: PARENT_NEEDS,
    async run(check) {
      const parent = await check.act("run your parent.ts with a reference child that exits with code 3 on the second request", () =>
        startParentWith(check, "crash-after-the-first-request"),
      );
      await expectCleanFailure(check, parent, /code 3/, "a child that exited with code 3 before answering");
      await check.expect('it does not print a reply to "ping 2": the child never sent one', () => {
        const madeUp = parent.stdout.split("\n").find((line) => line.startsWith("ping 2 ->"));
        if (madeUp !== undefined) {
          throw new CheckFailure(`Your parent printed ${JSON.stringify(madeUp)}, but the child exited without answering "ping 2". When the child's output ends, there is no reply: report the crash.`);
        }
      });
    },
  },
  {
    id: "parent-gives-up-on-a-silent-child",
    title: "parent: gives up on a child that never answers (--timeout), and stops it",
    needs: PARENT_NEEDS,
    async run(check) {
      const parent = await check.act("run your parent.ts with --timeout 300 and a reference child that never answers", () =>
        startParentWith(check, "stay-silent", ["--timeout", "300"]),
      );
      // The parent was told to give up after 0.3 s; 5 s leaves a busy machine plenty of room.
      await check.act("wait for your parent to give up (up to 5 s)", async () => {
        try {
          await parent.waitForExit(5_000);
        } catch (error) {
          if (!(error instanceof DeadlineExceeded)) throw error;
          throw new CheckFailure(
            "Your parent was still running 5 s later, though --timeout 300 told it to give up after 0.3 s. " +
              "Does every wait for the child have a timeout? And when it gives up, does it stop the child? A running child keeps its parent waiting.",
          );
        }
      });
      await expectCleanFailure(check, parent, /time(d)? ?out|nothing|silent|no (reply|answer)/i, "a silent child");
    },
  },
];
