// Expectations several graders share: how a program should end, and what it should print.
import type { CheckContext } from "../harness/check.ts";
import { CheckFailure } from "../harness/check.ts";
import { DEADLINES } from "../harness/deadline.ts";
import type { StudentProcess } from "../harness/launch.ts";
import { t } from "../i18n/index.ts";

/** A stack trace line, as Node prints it: "    at main (file.ts:12:3)". */
const STACK_LINE = /^\s+at .+[:(]/m;

/** A fact a message must state: `text` must appear in what the program printed; `what` names it, in t(). */
export interface Mention {
  text: string;
  what: string;
}

/**
 * The program ends by itself, with a non-zero exit code, prints a message, and shows no stack
 * trace: it explains the problem instead of crashing. Wording is the student's (any language);
 * only facts are required, each listed in `mentions` (the port, the exit code). `what` names the
 * situation ("a refused connection"), in the learner's language (pass a t() text); `ms` is how
 * long the program may take to end, derived from its own options where it has one (--timeout).
 */
export async function expectCleanFailure(
  check: CheckContext,
  program: StudentProcess,
  what: string,
  options: { mentions?: Mention[]; ms?: number } = {},
): Promise<void> {
  const { mentions = [], ms = DEADLINES.exit } = options;
  const status = await check.act(t("wait for your program to end by itself"), () => program.waitForExit(ms));
  await check.expect(t("it exits with a non-zero exit code (it failed, and says so to the shell)"), () => {
    if (status.code === 0) throw new CheckFailure(t("Your program exited with code 0, as if all went well, after {what}. Set process.exitCode = 1.", { what }));
  });
  const facts = mentions.map((mention) => mention.what).join(", ");
  const says = facts ? t("it prints a message about {what} that names {facts}, without a stack trace", { what, facts }) : t("it prints a message about {what}, without a stack trace", { what });
  await check.expect(says, () => {
    if (STACK_LINE.test(program.output)) {
      throw new CheckFailure(t("Your program crashed with a stack trace after {what}. Catch the error and print one clear sentence instead.", { what }), {
        trouble: "crash",
      });
    }
    if (program.output.trim() === "") throw new CheckFailure(t("Your program printed nothing after {what}. Print one sentence that says what went wrong.", { what }));
    const missing = mentions.filter((mention) => !program.output.includes(mention.text));
    if (missing.length > 0) {
      throw new CheckFailure(
        t("Your message does not name {facts}: a user needs it to act. Include {texts} in what you print.", {
          facts: missing.map((mention) => mention.what).join(", "),
          texts: missing.map((mention) => JSON.stringify(mention.text)).join(", "),
        }),
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
