// Exercise 01, the child: a process that answers requests on its standard input.
//
// A process is a program running with its own memory. This child reads one request per line
// from stdin and writes one reply per line to stdout. Its parent (parent.ts) holds the other
// ends of those two pipes. The protocol:
//
//   ping TEXT   →  pong TEXT
//   count       →  count N     (N = the requests this process has seen, this one included)
//   exit CODE   →  bye CODE    (then the child exits with CODE, a whole number from 0 to 255)
//   anything else → error: unknown request "…"
//
// When stdin ends, the parent has gone away or has nothing more to ask: the child exits with 0.
//
// Run it by hand, and be the parent yourself: type requests, end with Ctrl-D (Ctrl-Z, Enter
// on Windows):
//   npx tsx exercises/01-processes/child.ts
import type { Readable, Writable } from "node:stream";
import { readLines } from "./lines.ts";

/** What this child remembers. It lives in this process's memory, and no other process sees it. */
export interface ChildMemory {
  /** How many requests this process has answered so far. */
  seen: number;
}

export interface Answer {
  /** The reply line, without "\n". */
  reply: string;
  /** Set when the request was `exit CODE`: the child stops after the reply and exits with it. */
  exitCode?: number;
}

/**
 * Answers one request (one line, without its "\n") and counts it in `memory`.
 *
 * answer("ping 3", memory) → { reply: "pong 3" }
 * answer("exit 7", memory) → { reply: "bye 7", exitCode: 7 }
 *
 * @exercise
 * 1. Every request counts, whatever it is: add 1 to `memory.seen` first.
 * 2. "ping" followed by a space and some text: reply "pong" followed by the same space and text
 *    (`request.startsWith("ping ")`, `request.slice(4)`).
 * 3. "count": reply `count ${memory.seen}`.
 * 4. "exit" followed by a space and a whole number from 0 to 255 (`/^exit (\d+)$/` and
 *    `Number(…)`): reply `bye ${code}` and return the code as `exitCode`.
 * 5. Anything else: reply `error: unknown request ${JSON.stringify(request)}`. Do not throw
 *    and do not stay silent: the parent waits for exactly one reply line per request.
 */
export function answer(request: string, memory: ChildMemory): Answer {
  memory.seen += 1;
  if (request.startsWith("ping ")) return { reply: `pong${request.slice(4)}` };
  if (request === "count") return { reply: `count ${memory.seen}` };
  const exit = /^exit (\d+)$/.exec(request);
  if (exit && Number(exit[1]) <= 255) {
    const code = Number(exit[1]);
    return { reply: `bye ${code}`, exitCode: code };
  }
  return { reply: `error: unknown request ${JSON.stringify(request)}` };
}

/**
 * Reads requests from `input`, one per line, and writes one reply line per request to
 * `output`. Resolves with the exit code for the process: CODE after `exit CODE`, or 0 when
 * `input` ends.
 *
 * @exercise
 * 1. Create this process's memory once, before the loop: `{ seen: 0 }`. Everything the child
 *    remembers between requests lives there.
 * 2. `for await (const request of readLines(input))` gives you one whole line at a time, however
 *    the bytes were split or bunched up on the pipe. Skip empty lines.
 * 3. For each request, call `answer`, then `output.write(reply + "\n")`. The "\n" tells the
 *    parent where your reply ends.
 * 4. If the answer has an `exitCode`, return it: leaving the loop stops reading `input`.
 * 5. After the loop, return 0: `input` has ended, so the parent has gone away (or has nothing
 *    more to ask). Returning lets the process end by itself instead of being left behind.
 */
export async function serve(input: Readable, output: Writable): Promise<number> {
  const memory: ChildMemory = { seen: 0 };
  for await (const request of readLines(input)) {
    if (request === "") continue;
    const { reply, exitCode } = answer(request, memory);
    output.write(`${reply}\n`);
    if (exitCode !== undefined) return exitCode;
  }
  return 0;
}

async function main(): Promise<void> {
  // Setting exitCode (rather than calling process.exit) lets Node finish writing every reply
  // before the process ends.
  process.exitCode = await serve(process.stdin, process.stdout);
}

await main();
