// Grader for exercise 01: two processes talking over pipes. The grader plays the parent of
// the student's child (it writes the child's stdin and reads its stdout), and the reference
// child plays against the student's parent.
import type { CheckContext, CheckDefinition } from "../harness/check.ts";
import { CheckFailure } from "../harness/check.ts";
import { DeadlineExceeded } from "../harness/deadline.ts";
import type { ExitStatus, StudentProcess } from "../harness/launch.ts";
import { t } from "../i18n/index.ts";
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
  return status.signal ? t("was killed by {signal}", { signal: status.signal }) : t("exited with code {code}", { code: String(status.code) });
}

function asLines(lines: readonly string[]): string {
  return lines.map((line) => `${line}\n`).join("");
}

async function startChild(check: CheckContext, second = false): Promise<StudentProcess> {
  return check.act(second ? t("start a second copy of your child.ts") : t("start your child.ts"), () => check.launch("child.ts"));
}

/**
 * Writes `pieces` to the child's stdin (each piece its own write), then expects the next lines
 * it prints on stdout to be exactly `expected`.
 */
async function expectReplies(check: CheckContext, child: StudentProcess, pieces: string[], expected: string[], message: string): Promise<void> {
  const from = stdoutLines(child).length;
  const shown = pieces.map((piece) => JSON.stringify(piece)).join(`, ${t("then")} `);
  await check.act(
    pieces.length === 1 ? t("write {pieces} to its stdin", { pieces: shown }) : t("write {pieces} to its stdin, each in its own write", { pieces: shown }),
    () => writeInPieces(check, child, pieces),
  );
  const replies = await check.act(expected.length === 1 ? t("wait for its reply") : t("wait for its {count} replies", { count: expected.length }), () =>
    waitForReplies(child, from, expected),
  );
  await check.expect(t("it answers {replies}", { replies: expected.map((line) => JSON.stringify(line)).join(", ") }), () => {
    if (replies.length < expected.length && child.exit) {
      const crashed = /^\s+at .+[:(]/m.test(child.stderr); // a stack trace
      throw new CheckFailure(t("{message} Your child {how} before it answered them all.", { message, how: describeExit(child.exit) }), {
        mismatch: { expected: asLines(expected), observed: asLines(replies) },
        trouble: crashed ? "crash" : undefined,
      });
    }
    check.same(asLines(replies), asLines(expected), message);
  });
}

/** Waits for the child to end by itself (`after` says after what, in t()), explaining what a child left running means. */
async function waitForChildToEnd(check: CheckContext, child: StudentProcess, after: string): Promise<ExitStatus> {
  return check.act(t("wait for your child to end by itself (up to {seconds} s)", { seconds: CHILD_EXIT_MS / 1000 }), async () => {
    try {
      return await child.waitForExit(CHILD_EXIT_MS);
    } catch (error) {
      if (!(error instanceof DeadlineExceeded)) throw error;
      throw new CheckFailure(
        t(
          "Your child was still running {seconds} s {after}. A child that does not end by itself is left behind (an orphan) when its parent goes away. Is something keeping it alive, such as a timer?",
          { seconds: CHILD_EXIT_MS / 1000, after },
        ),
      );
    }
  });
}

/** Waits for the student's parent to end by itself. */
function waitForParent(check: CheckContext, parent: StudentProcess): Promise<ExitStatus> {
  return check.act(t("wait for your parent to end by itself"), () => parent.waitForExit());
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
  await check.expect(t("it exits with code {code}, like its child", { code: childCode }), () => {
    if (status.code === childCode) return;
    const said = errorLine(parent);
    const how = describeExit(status);
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

export const checks: CheckDefinition[] = [
  {
    id: "answers-each-request",
    title: t("child: answers each request with one line: ping, and an unknown request too"),
    needs: CHILD_NEEDS,
    async run(check) {
      const child = await startChild(check);
      await expectReplies(check, child, ["ping 1\n"], ["pong 1"], t('The reply to "ping 1" must be "pong 1", on its own line.'));
      await expectReplies(check, child, ["ping hello there\n"], ["pong hello there"], t('The reply to "ping TEXT" must be "pong TEXT", with the same TEXT.'));
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
    id: "parent-prints-the-childs-replies",
    title: t("parent: prints each request with the child's reply, closes the child's stdin and reports its exit"),
    needs: PARENT_NEEDS,
    async run(check) {
      const parent = await check.act(t("run your parent.ts with the reference child"), () => startParentWith(check, "answer-normally"));
      await expectParentToFinish(check, parent, 0, t('Your parent should print one line "REQUEST -> REPLY" per request, then "child exited with code N".'));
    },
  },
  {
    id: "parent-reads-replies-split-into-bytes",
    title: t("parent: reads each whole reply when the child writes it one byte at a time"),
    needs: PARENT_NEEDS,
    async run(check) {
      const parent = await check.act(t("run your parent.ts with a reference child that writes one byte at a time"), () =>
        startParentWith(check, "answer-one-byte-at-a-time"),
      );
      await expectParentToFinish(check, parent, 0, t('A reply may arrive in many pieces. Your parent should wait for the "\\n" that ends the reply before printing it.'));
    },
  },
  {
    id: "parent-passes-on-the-exit-code",
    title: t("parent: exits with its child's exit code (5)"),
    needs: PARENT_NEEDS,
    async run(check) {
      const parent = await check.act(t("run your parent.ts with a reference child that exits with code 5"), () =>
        startParentWith(check, "exit-with-5-at-the-end"),
      );
      await expectParentToFinish(check, parent, 5, t('Your parent should say how its child ended: "child exited with code 5".'));
    },
  },
  {
    id: "parent-reports-a-crashed-child",
    title: t("parent: reports a child that crashed before answering, and exits with an error code"),
    needs: PARENT_NEEDS,
    async run(check) {
      const parent = await check.act(t("run your parent.ts with a reference child that exits with code 3 on the second request"), () =>
        startParentWith(check, "crash-after-the-first-request"),
      );
      await expectCleanFailure(check, parent, t("a child that exited with code 3 before answering"), { mentions: [{ text: "3", what: t("the exit code") }] });
      await check.expect(t('it does not print a reply to "ping 2": the child never sent one'), () => {
        const madeUp = parent.stdout.split("\n").find((line) => line.startsWith("ping 2 ->"));
        if (madeUp !== undefined) {
          throw new CheckFailure(
            t('Your parent printed {line}, but the child exited without answering "ping 2". When the child\'s output ends, there is no reply: report the crash.', {
              line: JSON.stringify(madeUp),
            }),
          );
        }
      });
    },
  },
  {
    id: "parent-gives-up-on-a-silent-child",
    title: t("parent: gives up on a child that never answers (--timeout), and stops it"),
    needs: PARENT_NEEDS,
    async run(check) {
      const parent = await check.act(t("run your parent.ts with --timeout 300 and a reference child that never answers"), () =>
        startParentWith(check, "stay-silent", ["--timeout", "300"]),
      );
      // The parent was told to give up after 0.3 s; 5 s leaves a busy machine plenty of room.
      await check.act(t("wait for your parent to give up (up to 5 s)"), async () => {
        try {
          await parent.waitForExit(5_000);
        } catch (error) {
          if (!(error instanceof DeadlineExceeded)) throw error;
          throw new CheckFailure(
            t(
              "Your parent was still running 5 s later, though --timeout 300 told it to give up after 0.3 s. Does every wait for the child have a timeout? And when it gives up, does it stop the child? A running child keeps its parent waiting.",
            ),
          );
        }
      });
      await expectCleanFailure(check, parent, t("a silent child"));
    },
  },
];
