// Hints keyed on what went wrong. They come before the check's own hint, because a refused
// connection or a timeout explains a failure better than anything specific to the check.
import { firstDifference, toBytes } from "./bytes.ts";
import { t } from "../i18n/index.ts";
import type { Mismatch } from "./types.ts";

export type Trouble = "refused" | "in-use" | "reset" | "timeout" | "partial" | "crash" | "compile" | "lingers" | "unsettled" | "listening-early";

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
  lingers: () =>
    t("Your program did its work but did not end. A Node program ends by itself once nothing is left to wait for: every socket ended or destroyed, every server closed, every timer cleared. Close what is still open as soon as its work is done."),
  unsettled: () =>
    t("Exit code 13 means your program's top-level await never settled: the promise it awaited never resolved or rejected, and nothing else was left to happen. Find the path (an \"end\", an \"error\", a timeout) on which neither resolve nor reject is called."),
  "listening-early": () =>
    t("Your server printed its port before it was listening: with --port 0 the system picks the port only when listen() succeeds. Print the line inside the listen callback, with server.address().port."),
};

/** A stack trace line, as Node prints it: "    at main (file.ts:12:3)". */
export const STACK_LINE = /^\s+at .+[:(]/m;

/** The exit code Node uses when the program's top-level await never settled. */
export const UNSETTLED_AWAIT_EXIT_CODE = 13;

/** What keeps a program alive, for each resource name process.getActiveResourcesInfo() gives (in t()). */
const RESOURCES: Record<string, () => string> = {
  Timeout: () => t("a timer (setTimeout or setInterval) that was never cleared"),
  Immediate: () => t("a setImmediate that schedules itself again"),
  TCPSocketWrap: () => t("an open TCP connection (a socket never ended or destroyed)"),
  TCPWrap: () => t("an open TCP connection (a socket never ended or destroyed)"),
  TCPConnectWrap: () => t("a TCP connection still being opened"),
  TCPServerWrap: () => t("a server still listening (server.close() was never called)"),
  UDPWrap: () => t("an open UDP socket (socket.close() was never called)"),
  ProcessWrap: () => t("a child process still running"),
  FSReqCallback: () => t("a file operation in progress"),
  FSReqPromise: () => t("a file operation in progress"),
  GetAddrInfoReqWrap: () => t("a host name being looked up"),
};
/** The program's own stdin, stdout, stderr and the grader's pipe: every program has them. */
const ALWAYS_THERE = new Set(["PipeWrap", "TTYWrap", "CloseReq", "WriteWrap", "ShutdownWrap"]);

/**
 * The resources that keep a program alive (StudentProcess.whatKeepsItAlive), as a list a
 * beginner reads: "a timer (…), 2 × an open TCP connection (…)"; undefined when none is known.
 */
export function describeWhatKeepsItAlive(names: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const name of names) {
    if (ALWAYS_THERE.has(name)) continue;
    const text = RESOURCES[name]?.() ?? (/^[A-Za-z]{1,40}$/.test(name) ? name : undefined);
    if (text) counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  if (counts.size === 0) return undefined;
  return [...counts].map(([text, count]) => (count > 1 ? `${count} × ${text}` : text)).join(", ");
}

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
