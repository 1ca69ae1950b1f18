// Figures, not tests: how long grading takes. Tests assert behaviour; this prints numbers.
//
//   npm run bench                 grading time per exercise, and `npm test exercises/05` end to end
//   npm run bench -- --runs 9     more runs per figure (the median is reported)
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { checksFor } from "../checks/index.ts";
import { gradeAll } from "../harness/grade.ts";
import { KIT_ROOT } from "../harness/static.ts";
import { EXERCISES } from "../manifest.ts";

/** The bar from the brief: `npm test exercises/05` on the reference, on a 2-core machine. */
const TARGET_EXERCISE_05_SECONDS = 1.5;

const { values } = parseArgs({ options: { runs: { type: "string", default: "5" } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1 || runs > 100) {
  console.error(`--runs must be a whole number from 1 to 100, not "${values.runs}"`);
  process.exit(2);
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timeIt(task: () => Promise<unknown> | unknown): Promise<number> {
  const started = performance.now();
  await task();
  return (performance.now() - started) / 1000;
}

console.log(`app-layer-lab bench: ${runs} runs per figure, median shown (Node ${process.version}, ${process.platform})\n`);
console.log("Grading the reference solution, in process (checks run side by side):");
for (const exercise of EXERCISES) {
  const checks = checksFor(exercise.number);
  if (checks.length === 0) continue;
  const directory = join(KIT_ROOT, "solutions", exercise.slug);
  await gradeAll(exercise, checks, directory); // warm-up: builds and the static-analysis cache
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    let results: Awaited<ReturnType<typeof gradeAll>> = [];
    samples.push(await timeIt(async () => (results = await gradeAll(exercise, checks, directory))));
    const failed = results.filter((result) => result.status !== "passed").length;
    if (failed > 0) console.log(`  warning: ${failed} checks of ${exercise.number} did not pass`);
  }
  console.log(`  ${exercise.number} ${exercise.slug.padEnd(16)} ${checks.length} checks  ${median(samples).toFixed(2)} s`);
}

console.log("\nWhole process: LAB_TARGET=solutions npm test exercises/05 (a single run, as in CI):");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const env = { ...process.env, LAB_TARGET: "solutions", CI: "true" };
spawnSync(npm, ["test", "exercises/05"], { cwd: KIT_ROOT, env, stdio: "ignore", shell: process.platform === "win32" });
const samples: number[] = [];
for (let run = 0; run < runs; run++) {
  samples.push(
    await timeIt(() => {
      const result = spawnSync(npm, ["test", "exercises/05"], { cwd: KIT_ROOT, env, stdio: "ignore", shell: process.platform === "win32" });
      if (result.status !== 0) console.log("  warning: the run did not pass");
    }),
  );
}
const seconds = median(samples);
const verdict = seconds <= TARGET_EXERCISE_05_SECONDS ? "within" : "OVER";
console.log(`  ${seconds.toFixed(2)} s (min ${Math.min(...samples).toFixed(2)} s) — ${verdict} the ${TARGET_EXERCISE_05_SECONDS} s target`);
