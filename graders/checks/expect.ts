// Expectations several graders share: how a program should end, and what it should print.
import type { CheckContext } from "../harness/check.ts";
import { CheckFailure } from "../harness/check.ts";
import { DEADLINES } from "../harness/deadline.ts";
import type { StudentProcess } from "../harness/launch.ts";

/** A stack trace line, as Node prints it: "    at main (file.ts:12:3)". */
const STACK_LINE = /^\s+at .+[:(]/m;

/**
 * The program ends by itself, with a non-zero exit code and a message matching `pattern`,
 * and without a stack trace: it explains the problem instead of crashing.
 */
export async function expectCleanFailure(
  check: CheckContext,
  program: StudentProcess,
  pattern: RegExp,
  what: string,
  ms: number = DEADLINES.exit,
): Promise<void> {
  const status = await check.act("wait for your program to end by itself", () => program.waitForExit(ms));
  await check.expect(`it exits with a non-zero exit code (it failed, and says so to the shell)`, () => {
    if (status.code === 0) throw new CheckFailure(`Your program exited with code 0, as if all went well, after ${what}. Set process.exitCode = 1.`);
  });
  await check.expect(`it prints a message about ${what}, without a stack trace`, () => {
    if (STACK_LINE.test(program.output)) {
      throw new CheckFailure(`Your program crashed with a stack trace after ${what}. Catch the error and print one clear sentence instead.`, {
        trouble: "crash",
      });
    }
    if (!pattern.test(program.output)) {
      throw new CheckFailure(`Your program did not say what went wrong: its output should mention ${pattern.source.replaceAll("|", " or ")}.`);
    }
  });
}

/** The program ends with exit code 0 and printed exactly `expected` on stdout. */
export async function expectPrinted(check: CheckContext, program: StudentProcess, expected: string): Promise<void> {
  const status = await check.act("wait for your program to end by itself", () => program.waitForExit());
  await check.expect(`it prints ${JSON.stringify(expected.trimEnd())}`, () => {
    check.same(program.stdout, expected, "Your program did not print what the server sent.");
  });
  await check.expect("it exits with code 0", () => {
    if (status.code !== 0) throw new CheckFailure(`Your program exited with ${status.signal ?? `code ${status.code}`} instead of 0.`, { trouble: "crash" });
  });
}
