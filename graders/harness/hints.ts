// Hints keyed on what went wrong. They come before the check's own hint, because a refused
// connection or a timeout explains a failure better than anything specific to the check.
import { firstDifference, toBytes } from "./bytes.ts";
import { t } from "../i18n/index.ts";
import type { Mismatch } from "./types.ts";

export type Trouble = "refused" | "in-use" | "reset" | "timeout" | "partial" | "crash" | "compile";

export const TROUBLESHOOTING = "lessons/troubleshooting.md";

/** Functions, so each hint is translated when it is shown, in the learner's language. */
export const TROUBLE_HINTS: Record<Trouble, () => string> = {
  refused: () =>
    t("The connection was refused (ECONNREFUSED): nothing was listening on that port. Is the server started, and is it listening on the port it was given with --port?"),
  "in-use": () =>
    t("The port is already in use (EADDRINUSE): another program is listening on it. Catch the 'error' event of your server, print a clear message and exit with a non-zero code."),
  reset: () =>
    t("The connection was reset (ECONNRESET): the other side aborted it. Handle the socket's 'error' event, so one bad connection cannot crash your program."),
  timeout: () =>
    t("Nothing happened in time. Is your program waiting for something that never comes, for example the whole reply in a single 'data' event, or a close that the other side never sends?"),
  partial: () =>
    t("Only the first part of the message was used. TCP is a byte stream: one 'data' event can hold part of a message, or several. Keep reading until you have it all."),
  crash: () =>
    t("Your program ended with an error. Read its output in the transcript above: the first lines of the stack trace name the file and line."),
  compile: () => t("Your code does not compile. Fix the error at the file and line shown, then save again."),
};

/** The anchor in lessons/troubleshooting.md that explains each trouble. */
export function troubleLink(trouble: Trouble): string {
  return `${TROUBLESHOOTING}#${trouble}`;
}

/** Error codes worth a hint of their own, as they appear in a program's output. */
const CODES: Record<string, Trouble> = { ECONNREFUSED: "refused", EADDRINUSE: "in-use", ECONNRESET: "reset", EPIPE: "reset" };

/**
 * Guesses the trouble: from the error code a socket reported, else from a mismatch where the
 * observed is the start of the expected (a message used before all of it arrived), else from
 * an error code the student's program printed.
 */
export function classifyTrouble(code: string | undefined, mismatch?: Mismatch, programOutput = ""): Trouble | undefined {
  if (code && CODES[code]) return CODES[code];
  if (mismatch) {
    // Printed output ends with a newline that the cut-short message has too: compare without it.
    const withoutNewline = (value: string | Uint8Array) => {
      const bytes = toBytes(value);
      return bytes.at(-1) === 0x0a ? bytes.subarray(0, -1) : bytes;
    };
    const expected = withoutNewline(mismatch.expected);
    const observed = withoutNewline(mismatch.observed);
    if (observed.length > 0 && observed.length < expected.length && firstDifference(expected, observed) === observed.length) {
      return "partial";
    }
  }
  const printed = Object.keys(CODES).find((candidate) => programOutput.includes(candidate));
  return printed ? CODES[printed] : undefined;
}
