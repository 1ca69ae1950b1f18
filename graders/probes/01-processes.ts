// Probe for exercise 01: calls the student's splitLines on texts, and readLines on streams whose
// chunks the grader chooses, and reports what came back (or the message of what was thrown).
import { Readable } from "node:stream";
import { splitLines, readLines } from "student:lines.ts";
import { digestLine } from "./01-processes-digest.ts";
import { runProbe, type ProbeOutcome } from "./run-probe.ts";

/** A chunk as the grader sends it: text, byte values (to cut a UTF-8 character in two), or text repeated (a long line does not fit in argv). */
export type Chunk = string | number[] | { repeat: string; times: number };

function bytesOf(chunk: Chunk): Buffer {
  if (typeof chunk === "string") return Buffer.from(chunk, "utf8");
  if (Array.isArray(chunk)) return Buffer.from(chunk);
  return Buffer.from(chunk.repeat.repeat(chunk.times), "utf8");
}

/** What readLines gave for one stream: its lines (long ones by digestLine), and whether it ended when the stream did. */
export interface ReadLinesOutcome {
  lines: string[];
  ended: boolean;
}

/** A stream that hands out each chunk as a read of its own, one after the other, then ends. */
function streamOf(chunks: Chunk[]): Readable {
  let next = 0;
  return new Readable({
    highWaterMark: 1,
    read() {
      const chunk = chunks[next++];
      setImmediate(() => this.push(chunk === undefined ? null : bytesOf(chunk)));
    },
  });
}

/** A readLines that neither yields nor ends for this long is stuck. */
const STUCK_MS = 2_000;

async function linesOf(chunks: Chunk[]): Promise<ReadLinesOutcome> {
  const lines: string[] = [];
  let timer: NodeJS.Timeout | undefined;
  const stuck = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), STUCK_MS);
  });
  const read = (async () => {
    for await (const line of readLines(streamOf(chunks))) {
      lines.push(digestLine(line));
      timer?.refresh();
    }
    return true;
  })();
  const ended = await Promise.race([read, stuck]).finally(() => clearTimeout(timer));
  return { lines, ended };
}

async function each<I>(inputs: I[], call: (input: I) => unknown): Promise<ProbeOutcome[]> {
  const outcomes: ProbeOutcome[] = [];
  for (const input of inputs) {
    try {
      outcomes.push({ returned: await call(input) });
    } catch (error) {
      outcomes.push({ threw: error instanceof Error ? error.message : String(error) });
    }
  }
  return outcomes;
}

await runProbe({
  splitLines: (inputs: string[]) => each(inputs, (text) => {
    const { lines, rest } = splitLines(text);
    return { lines: lines.map(digestLine), rest: digestLine(rest) };
  }),
  readLines: (inputs: Chunk[][]) => each(inputs, linesOf),
});
