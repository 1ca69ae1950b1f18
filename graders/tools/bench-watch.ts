// Save to verdict in watch mode, the loop a student lives in: Vitest runs in watch mode (through
// its Node API, with the kit's own config), a graded file is saved with new content, and the
// time until the summary line ("11 passed, 0 failed") is printed is one sample.
//
// The graded tree is a scratch copy of the reference inside the kit (Vitest watches only the
// kit's own folder), so the real solutions/ are never touched.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import { KIT_ROOT } from "../harness/static.ts";
import type { ExerciseSpec } from "../manifest.ts";

/** The end of a run, as the kit's summary reporter prints it. */
const SUMMARY_LINE = /^\d+ passed, \d+ failed/m;
/** A save that takes longer than this is reported as a failure of the bench, not waited for. */
const SAVE_DEADLINE_MS = 60_000;

export interface WatchFigures {
  /** Seconds from each save to its summary line. */
  samples: number[];
  /** The summary line of the last run (shows whether every check passed). */
  lastSummary: string;
}

/** Times `saves` saves of the first graded file of `exercise` in one watch-mode Vitest. */
export async function timeSavesInWatchMode(exercise: ExerciseSpec, saves: number): Promise<WatchFigures> {
  // Not a dot folder: Vitest's rerun triggers (**/solutions/**) do not match dot folders.
  const root = join(KIT_ROOT, "lab-bench-watch");
  const target = join(root, "solutions");
  const folder = join(target, exercise.slug);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(join(KIT_ROOT, "solutions", exercise.slug), folder, { recursive: true });
  const removeScratch = () => rmSync(root, { recursive: true, force: true });
  process.once("exit", removeScratch);

  // The summary reporter writes to process.stdout: watch for its line there, and keep the rest
  // of Vitest's output (its own logger goes to `quiet`) off the bench's report.
  const realWrite = process.stdout.write.bind(process.stdout);
  let printed = "";
  let onSummary: ((line: string) => void) | undefined;
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const text = typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    printed += text;
    const match = SUMMARY_LINE.exec(printed);
    if (match) {
      printed = "";
      onSummary?.(match[0]);
    }
    const callback = rest.find((argument) => typeof argument === "function") as (() => void) | undefined;
    callback?.();
    return true;
  }) as typeof process.stdout.write;
  const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });

  const previousTarget = process.env.LAB_TARGET;
  process.env.LAB_TARGET = target;
  const { createVitest } = await import("vitest/node");
  const vitest = await createVitest("test", { watch: true, project: ["exercises"], root: KIT_ROOT }, {}, { stdout: quiet, stderr: quiet });
  const nextSummary = () =>
    new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no summary line within ${SAVE_DEADLINE_MS / 1000} s of a save`)), SAVE_DEADLINE_MS);
      onSummary = (line) => {
        clearTimeout(timer);
        onSummary = undefined;
        resolve(line);
      };
    });
  const samples: number[] = [];
  let lastSummary = "";
  try {
    const first = nextSummary();
    await vitest.start([`exercises/${exercise.number}`]);
    lastSummary = await first;
    const file = join(folder, Object.keys(exercise.files)[0]!);
    const original = readFileSync(file, "utf8");
    for (let save = 1; save <= saves; save++) {
      const summary = nextSummary();
      const started = performance.now();
      // New content, as a real save has: every cache keyed by content misses.
      writeFileSync(file, `${original}\n// bench save ${save}\n`);
      lastSummary = await summary;
      samples.push((performance.now() - started) / 1000);
    }
  } finally {
    await vitest.close();
    process.stdout.write = realWrite;
    if (previousTarget === undefined) delete process.env.LAB_TARGET;
    else process.env.LAB_TARGET = previousTarget;
    removeScratch();
    process.off("exit", removeScratch);
  }
  return { samples, lastSummary };
}
