// What the probe of exercise 01 expects `student:lines.ts` to export (see probes/01-processes.ts).
declare module "student:lines.ts" {
  import type { Readable } from "node:stream";
  export function splitLines(buffered: string): { lines: string[]; rest: string };
  export function readLines(stream: Readable): AsyncIterable<string>;
}
