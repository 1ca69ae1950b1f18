// Exercise 01, the parent: a process that starts another process and talks to it over pipes.
//
// The parent starts child.ts as a separate process, with its own memory. It writes requests
// into the child's stdin, reads the replies from the child's stdout, prints each exchange, and
// then closes the child's stdin so the child ends by itself. It exits with the child's exit
// code, and explains what happened when the child crashes, stays silent or never ends.
//
// Run it by hand:
//   npx tsx exercises/01-processes/parent.ts
//   npx tsx exercises/01-processes/parent.ts --child exercises/01-processes/child.ts --timeout 2000
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { readLines } from "./lines.ts";

/** What the parent asks its child, in order. */
export const REQUESTS = ["ping 1", "ping 2", "count"];

export interface ParentOptions {
  /** The child program to start: a .ts file (run by hand with tsx) or a .js/.mjs file. */
  childPath: string;
  /** Give up when the child is silent, or does not end, for this long. */
  timeoutMs: number;
  requests: string[];
}

/** How a child process ended, as Node reports it on "close". */
export interface ChildEnd {
  /** The exit code, or null when a signal killed the child. */
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** "exited with code 3", or "was killed by SIGKILL". */
export function describeEnd(end: ChildEnd): string {
  return end.signal ? `was killed by ${end.signal}` : `exited with code ${end.code}`;
}

/** Resolves like `promise`, or rejects with `message` when `ms` pass first. */
export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  // Clearing the timer matters: a pending timer would keep this process alive for `ms`.
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Prints any further lines the child writes until its output ends, then resolves with how it
 * ended. Reading on matters: a child cannot finish while its output sits unread in the pipe.
 */
export async function restThenEnd(replies: AsyncIterable<string>, ended: Promise<ChildEnd>, print: (line: string) => void): Promise<ChildEnd> {
  for await (const line of replies) print(line);
  return ended;
}

/**
 * Starts the child, sends it each request and prints each exchange as `REQUEST -> REPLY`.
 * Then it closes the child's stdin, waits for the child to exit, prints
 * `child exited with code N`, and resolves with N.
 *
 * Rejects with an Error that says what happened when the child ends before answering
 * (`child exited with code 3 before answering "ping 2"`), is silent for `timeoutMs`, or does
 * not exit within `timeoutMs` after its stdin is closed. A child that is still running then
 * is stopped first: a parent must not leave its child behind.
 *
 * @exercise
 * 1. Start the child: `spawn(process.execPath, [...process.execArgv, childPath],
 *    { stdio: ["pipe", "pipe", "inherit"] })`. process.execPath is the `node` running this
 *    parent; process.execArgv carries tsx's options, so a child.ts runs too. "pipe" gives you
 *    `child.stdin` and `child.stdout`; "inherit" lets the child's errors show in your terminal.
 * 2. Right away, make a promise that resolves with `{ code, signal }` on the child's "close"
 *    event ("close" comes after the child exited and all its output was read). Also add an
 *    "error" listener to `child.stdin`: writing to a child that has died fails, and the
 *    "close" event already tells you why.
 * 3. `const replies = readLines(child.stdout)`. For each request: write it with a "\n", then
 *    `await withTimeout(replies.next(), timeoutMs, "child sent nothing for … after …")`.
 *    When the result is `done`, the child's output ended without a reply: wait for the close
 *    promise and throw `child ${describeEnd(end)} before answering "${request}"`.
 *    Otherwise print `${request} -> ${reply.value}`.
 * 4. `child.stdin.end()`: no more requests. The child sees the end of its input and exits.
 *    `await withTimeout(restThenEnd(replies, ended, print), timeoutMs, "child did not exit …")`
 *    reads whatever else it prints, then gives you how it ended. A signal instead of a code
 *    means the child was killed: throw. Otherwise print `child exited with code ${end.code}` and return it.
 * 5. Wrap steps 3 and 4 in try/catch: on any error, `child.kill()`, wait for the close promise
 *    (so the child is really gone), then throw the error again.
 */
export async function talkToChild(options: ParentOptions, print: (line: string) => void): Promise<number> {
  const { childPath, timeoutMs, requests } = options;
  const child = spawn(process.execPath, [...process.execArgv, childPath], { stdio: ["pipe", "pipe", "inherit"] });
  const ended = new Promise<ChildEnd>((resolve, reject) => {
    child.on("close", (code, signal) => resolve({ code, signal }));
    child.on("error", reject);
  });
  child.stdin.on("error", () => {}); // EPIPE when the child died before reading: `ended` says why
  const replies = readLines(child.stdout);
  try {
    for (const request of requests) {
      child.stdin.write(`${request}\n`);
      const reply = await withTimeout(replies.next(), timeoutMs, `child sent nothing for ${timeoutMs} ms after "${request}"`);
      if (reply.done) throw new Error(`child ${describeEnd(await ended)} before answering "${request}"`);
      print(`${request} -> ${reply.value}`);
    }
    child.stdin.end();
    const end = await withTimeout(restThenEnd(replies, ended, print), timeoutMs, `child did not exit within ${timeoutMs} ms after its stdin was closed`);
    if (end.code === null) throw new Error(`child ${describeEnd(end)}`);
    print(`child exited with code ${end.code}`);
    return end.code;
  } catch (error) {
    child.kill();
    await ended.catch(() => undefined);
    throw error;
  }
}

/** The longest delay setTimeout can wait: 2^31 - 1 ms, about 24.8 days. A longer one fires at once. */
const MAX_TIMEOUT_MS = 2_147_483_647;

/**
 * Reads --child and --timeout. The default child is the child.ts next to this file, and the
 * default timeout 5000 ms. Throws an Error that names the option (--timeout) and the text it was
 * given when --timeout is not a whole number of milliseconds from 1 to 2147483647: setTimeout
 * cannot wait longer, and would give up at once instead.
 */
export function readOptions(args: string[]): ParentOptions {
  const { values } = parseArgs({
    args,
    options: {
      child: { type: "string", default: fileURLToPath(new URL("child.ts", import.meta.url)) },
      timeout: { type: "string", default: "5000" },
    },
  });
  const timeoutMs = Number(values.timeout);
  if (!/^[0-9]+$/.test(values.timeout) || !Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > MAX_TIMEOUT_MS) {
    throw new Error(`--timeout must be a whole number of milliseconds from 1 to ${MAX_TIMEOUT_MS}, not "${values.timeout}"`);
  }
  return { childPath: values.child, timeoutMs, requests: REQUESTS };
}

async function main(): Promise<void> {
  try {
    // Pass the child's exit code on: whoever started this parent learns how the child ended.
    process.exitCode = await talkToChild(readOptions(process.argv.slice(2)), (line) => console.log(line));
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

await main();
