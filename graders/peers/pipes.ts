// The peers of exercise 01, where the "wire" is a pair of pipes: the grader acting as the
// parent of the student's child (writing its stdin, reading its stdout), and a reference child
// (pipes-child.ts) that the student's parent starts and talks to.
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { buildProbe } from "../harness/build.ts";
import type { CheckContext } from "../harness/check.ts";
import type { StudentProcess } from "../harness/launch.ts";
import { t } from "../i18n/index.ts";
import type { ChildBehaviour } from "./pipes-child.ts";

export type { ChildBehaviour } from "./pipes-child.ts";

const REFERENCE_CHILD = fileURLToPath(new URL("pipes-child.ts", import.meta.url));

/** Writes `text` into the student's program's stdin, and records it as the grader's bytes. */
export function writeToStdin(check: CheckContext, program: StudentProcess, text: string): void {
  check.transcript.record({ from: "grader", to: "student", kind: "data", bytes: Buffer.from(text, "utf8") });
  program.writeStdin(text);
}

/**
 * Writes each piece with its own write, and each reaches the program as a read of its own: before
 * the next piece, the program must have answered every whole request sent so far. A pipe hands a
 * small write to the reader whole, so those answers prove it read the piece before; the split does
 * not depend on timing. (A piece that completes no request falls back to Transcript.settle.)
 */
export async function writeInPieces(check: CheckContext, program: StudentProcess, pieces: readonly string[]): Promise<void> {
  const before = stdoutLines(program).length;
  let requests = 0;
  let answeredBefore = -1;
  for (const [index, piece] of pieces.entries()) {
    if (index > 0 && requests > answeredBefore) {
      const wanted = requests;
      await program
        .waitForStdoutLines((lines) => lines.length - before >= wanted, t("your program to answer the requests so far"))
        .catch(() => undefined); // a program that does not answer fails the check's own expectation
      answeredBefore = requests;
    } else if (index > 0) {
      await check.transcript.settle();
    }
    writeToStdin(check, program, piece);
    requests += piece.split("\n").length - 1;
  }
}

/** Closes the program's stdin, as a parent does when it has nothing more to ask, or exits. */
export function closeStdin(check: CheckContext, program: StudentProcess): void {
  check.transcript.record({ from: "grader", to: "student", kind: "fin", text: t("closed your program's stdin: no more requests") });
  program.endStdin();
}

/** The lines the program printed on stdout so far. */
export function stdoutLines(program: StudentProcess): string[] {
  return program.lines.filter((line) => line.stream === "stdout").map((line) => line.text);
}

/**
 * Waits for the replies to requests just written: the stdout lines after the first `from`.
 * It stops as soon as there are `expected.length` of them, one of them differs from what is
 * expected (so a wrong reply shows at once, not after a timeout), or the program exits.
 */
export async function waitForReplies(program: StudentProcess, from: number, expected: readonly string[]): Promise<string[]> {
  const what = expected.length === 1 ? t("your child's reply") : t("your child's {count} replies", { count: expected.length });
  const lines = await program.waitForStdoutLines((printed) => {
    const replies = printed.slice(from);
    return replies.length >= expected.length || replies.some((reply, index) => reply !== expected[index]);
  }, what);
  return lines.slice(from);
}

/** Functions, so each note is in the learner's language when the check runs. */
const BEHAVIOUR_TEXT: Record<ChildBehaviour, () => string> = {
  "answer-normally": () => t("the reference child answers each request in one write and exits with 0 when its stdin ends"),
  "answer-one-byte-at-a-time": () => t("the reference child writes each reply one byte at a time"),
  "crash-after-the-first-request": () => t("the reference child answers the first request, then exits with code 3 on the second without answering"),
  "stay-silent": () => t("the reference child never answers and never ends by itself"),
  "exit-with-5-at-the-end": () => t("the reference child answers each request, then exits with code 5 when its stdin ends"),
};

/** Starts the student's parent.ts with `--child` pointing at the reference child, set to `behaviour`. */
export async function startParentWith(check: CheckContext, behaviour: ChildBehaviour, extraArgs: string[] = []): Promise<StudentProcess> {
  // Built once (the peers folder does not change during a run) and run with plain node.
  const childProgram = await buildProbe(REFERENCE_CHILD, dirname(REFERENCE_CHILD));
  check.transcript.note(BEHAVIOUR_TEXT[behaviour]());
  return check.launch("parent.ts", ["--child", childProgram, ...extraArgs], { LAB_REFERENCE_CHILD: behaviour });
}
