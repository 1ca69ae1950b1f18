// Line framing, shared by the child and the parent. A pipe, like a TCP connection, carries a
// stream of bytes, not messages: one read may hold half a line, or several lines. A newline
// marks where each message ends, and these two functions turn the stream back into lines.
import type { Readable } from "node:stream";

export interface SplitText {
  /** The complete lines, without their "\n" (or "\r\n"). */
  lines: string[];
  /** What comes after the last "\n": the start of a line that has not fully arrived yet. */
  rest: string;
}

/**
 * Splits `buffered` text at each "\n". Complete lines come back in `lines`; the unfinished end
 * comes back in `rest`, to be put in front of the next chunk that arrives.
 *
 * splitLines("ping 1\nping 2\npi") → { lines: ["ping 1", "ping 2"], rest: "pi" }
 *
 * @exercise
 * 1. `buffered.split("\n")` cuts the text at every newline. The last piece is what follows the
 *    last newline: "" when the text ended with "\n", or the start of an unfinished line.
 * 2. Take that last piece off with `.pop()`: it is `rest`. Every other piece is a whole line.
 * 3. Someone typing in a Windows terminal ends lines with "\r\n": remove a "\r" at the end of
 *    each line (`line.endsWith("\r")`, then `line.slice(0, -1)`).
 */
export function splitLines(buffered: string): SplitText {
  const pieces = buffered.split("\n");
  const rest = pieces.pop() ?? "";
  const lines = pieces.map((line) => (line.endsWith("\r") ? line.slice(0, -1) : line));
  return { lines, rest };
}

/**
 * Yields each line that arrives on `stream`, one at a time, as soon as it is complete. Ends
 * when the stream ends (after yielding a last line that had no "\n", if there is one).
 *
 * Use it with `for await (const line of readLines(process.stdin)) { … }`.
 *
 * @exercise
 * 1. Call `stream.setEncoding("utf8")`: chunks then arrive as text, and a character whose bytes
 *    are split between two chunks is kept whole.
 * 2. Keep a `buffered` string, "" at first. `for await (const chunk of stream)` gives you each
 *    chunk as it arrives, and the loop ends when the stream ends.
 * 3. For each chunk: `splitLines(buffered + chunk)`; keep its `rest` in `buffered` for the next
 *    chunk, and `yield` each of its `lines` (`yield* lines` yields them all).
 * 4. After the loop, if `buffered` is not "", yield it: the other side ended without a last "\n".
 */
export async function* readLines(stream: Readable): AsyncGenerator<string> {
  stream.setEncoding("utf8");
  let buffered = "";
  for await (const chunk of stream) {
    const { lines, rest } = splitLines(buffered + String(chunk));
    buffered = rest;
    yield* lines;
  }
  if (buffered !== "") yield buffered;
}
