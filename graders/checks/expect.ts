// Expectations several graders share: how a program should end, and what it should print.
import type { CheckContext } from "../harness/check.ts";
import { CheckFailure } from "../harness/check.ts";
import { DEADLINES } from "../harness/deadline.ts";
import type { StudentProcess } from "../harness/launch.ts";
import { t } from "../i18n/index.ts";

/** A stack trace line, as Node prints it: "    at main (file.ts:12:3)". */
const STACK_LINE = /^\s+at .+[:(]/m;

/**
 * The program ends by itself, with a non-zero exit code and a message matching `pattern`,
 * and without a stack trace: it explains the problem instead of crashing. `what` names the
 * situation ("a refused connection"), in the learner's language (pass a t() text).
 */
export async function expectCleanFailure(
  check: CheckContext,
  program: StudentProcess,
  pattern: RegExp,
  what: string,
  ms: number = DEADLINES.exit,
): Promise<void> {
  const status = await check.act(t("wait for your program to end by itself"), () => program.waitForExit(ms));
  await check.expect(t("it exits with a non-zero exit code (it failed, and says so to the shell)"), () => {
    if (status.code === 0) throw new CheckFailure(t("Your program exited with code 0, as if all went well, after {what}. Set process.exitCode = 1.", { what }));
  });
  await check.expect(t("it prints a message about {what}, without a stack trace", { what }), () => {
    if (STACK_LINE.test(program.output)) {
      throw new CheckFailure(t("Your program crashed with a stack trace after {what}. Catch the error and print one clear sentence instead.", { what }), {
        trouble: "crash",
      });
    }
    if (!pattern.test(program.output)) {
      throw new CheckFailure(
        t("Your program did not say what went wrong: its output should mention {words}.", { words: pattern.source.replaceAll("|", ` ${t("or")} `) }),
      );
    }
  });
}

/** The program ends with exit code 0 and printed exactly `expected` on stdout. */
export async function expectPrinted(check: CheckContext, program: StudentProcess, expected: string): Promise<void> {
  const status = await check.act(t("wait for your program to end by itself"), () => program.waitForExit());
  await check.expect(t("it prints {text}", { text: JSON.stringify(expected.trimEnd()) }), () => {
    check.same(program.stdout, expected, t("Your program did not print what the server sent."));
  });
  await check.expect(t("it exits with code 0"), () => {
    if (status.code !== 0) {
      const how = status.signal ? t("was killed by {signal}", { signal: status.signal }) : t("exited with code {code}", { code: String(status.code) });
      throw new CheckFailure(t("Your program {how} instead of exiting with code 0.", { how }), { trouble: "crash" });
    }
  });
}
