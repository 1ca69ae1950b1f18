// Figures, not tests: how long grading takes. Tests assert behaviour; this prints numbers.
//
//   npm run bench                 grading time per exercise, and `npm test exercises/05` end to end
//   npm run bench -- --runs 9     more runs per figure (the median is reported)
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
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

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const vitest = join(KIT_ROOT, "node_modules", "vitest", "vitest.mjs");

/** Median wall time of a command, after one unmeasured run that warms the caches. */
async function timeCommand(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ median: number; min: number }> {
  const once = () => spawnSync(command, args, { cwd, env, stdio: "ignore", shell: command === npm && process.platform === "win32" });
  once();
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    samples.push(
      await timeIt(() => {
        if (once().status !== 0) console.log(`  warning: ${command} ${args.join(" ")} did not pass`);
      }),
    );
  }
  return { median: median(samples), min: Math.min(...samples) };
}

console.log("\nWhole process: LAB_TARGET=solutions npm test exercises/05 (a single run, as in CI):");
const env = { ...process.env, LAB_TARGET: "solutions", CI: "true" };
const whole = await timeCommand(npm, ["test", "exercises/05"], KIT_ROOT, env);
const verdict = whole.median <= TARGET_EXERCISE_05_SECONDS ? "within" : "OVER";
console.log(`  ${whole.median.toFixed(2)} s (min ${whole.min.toFixed(2)} s) — ${verdict} the ${TARGET_EXERCISE_05_SECONDS} s target`);

// Where that time goes: npm itself, Vitest with one empty test, and the grading on top.
const direct = await timeCommand(process.execPath, [vitest, "run", "--project", "exercises", "exercises/05"], KIT_ROOT, env);
const empty = mkdtempSync(join(tmpdir(), "app-layer-lab-bench-"));
try {
  writeFileSync(join(empty, "empty.test.mjs"), 'import { test } from "vitest";\ntest("nothing", () => {});\n');
  const floor = await timeCommand(process.execPath, [vitest, "run", "--root", empty], empty, { ...process.env, CI: "true" });
  console.log(`  npm's own start ${(whole.median - direct.median).toFixed(2)} s + Vitest with one empty test ${floor.median.toFixed(2)} s + grading exercise 05 ${(direct.median - floor.median).toFixed(2)} s`);
} finally {
  rmSync(empty, { recursive: true, force: true });
}
if (process.env.NODE_EXTRA_CA_CERTS) {
  console.log("  note: NODE_EXTRA_CA_CERTS is set here, so every Node start also reads that file (npm, Vitest and its worker start one after another)");
}
