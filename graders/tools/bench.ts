// Figures, not tests: how long grading takes, beside the bars of the brief. Tests assert
// behaviour; this prints numbers. Figures that depend on the machine are ratios measured in the
// same run, so the machine's speed and load cancel out.
//
//   npm run bench                          every exercise, then the batch bench
//   npx tsx graders/tools/bench.ts --runs 9 --exercises 05
//   npx tsx graders/tools/bench.ts --skip watch      (whole, watch, grading, turns: figures to skip)
import { spawn, spawnSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { checksFor } from "../checks/index.ts";
import { MEASURES_THREAD_TIME, watchEventLoop } from "../harness/blocking.ts";
import { gradeAll } from "../harness/grade.ts";
import { KIT_ROOT } from "../harness/static.ts";
import { EXERCISES, type ExerciseSpec } from "../manifest.ts";
import { timeSavesInWatchMode } from "./bench-watch.ts";

/** The bars (BRIEF.md, "Bars"). */
const TARGETS = {
  /** `npm test exercises/NN` on the reference against an empty one-test Vitest run. */
  wholeRatio: 1.4,
  /** Save to verdict in watch mode, median: exercise 05, and every exercise. */
  watchSeconds05: 0.8,
  watchSeconds: 1.2,
  /** The longest turn of the grader's event loop while checks are in flight, in its own CPU ms. */
  holdMs: 50,
};

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    saves: { type: "string", default: "9" },
    exercises: { type: "string" },
    skip: { type: "string", multiple: true, default: [] },
  },
});
const runs = Number(values.runs);
const saves = Number(values.saves);
if (![runs, saves].every((count) => Number.isInteger(count) && count >= 1 && count <= 100)) {
  console.error(`--runs and --saves must be whole numbers from 1 to 100, not "${values.runs}" and "${values.saves}"`);
  process.exit(2);
}
const wanted = values.exercises?.split(",").map((number) => number.padStart(2, "0"));
const exercises = EXERCISES.filter((exercise) => (wanted ? wanted.includes(exercise.number) : true) && checksFor(exercise.number).length > 0);
const skip = new Set(values.skip);

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const within = (ok: boolean) => (ok ? "ok  " : "OVER");
const load = () => loadavg().map((value) => value.toFixed(2)).join(" ");

console.log(`app-layer-lab bench (Node ${process.version}, ${process.platform}); load average ${load()}`);
console.log(`${runs} runs per whole-process figure, ${saves} saves per watch-mode figure, medians shown\n`);

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const vitestBin = join(KIT_ROOT, "node_modules", "vitest", "vitest.mjs");
const env = { ...process.env, LAB_TARGET: "solutions", CI: "true" };

/** Wall time of one command, in seconds; warns when it fails. */
function timeCommand(command: string, args: string[], cwd: string, commandEnv: NodeJS.ProcessEnv): number {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, env: commandEnv, stdio: "ignore", shell: process.platform === "win32" });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) console.log(`  warning: ${command} ${args.join(" ")} exited with ${result.status}`);
  return seconds;
}

// 1. Whole process: `npm test exercises/NN` against `npm test` of a package whose one test is
// empty. Both go through npm, and the runs alternate, so drift hits both alike.
if (!skip.has("whole")) {
  const empty = mkdtempSync(join(tmpdir(), "app-layer-lab-bench-empty-"));
  writeFileSync(join(empty, "package.json"), JSON.stringify({ name: "empty", private: true, type: "module", scripts: { test: `node ${JSON.stringify(vitestBin)}` } }));
  writeFileSync(join(empty, "empty.test.mjs"), 'import { test } from "vitest";\ntest("nothing", () => {});\n');
  try {
    const floor: number[] = [];
    const whole = new Map<string, number[]>(exercises.map((exercise) => [exercise.number, []]));
    // One unmeasured round warms the caches (builds, static analysis, Vitest's module cache).
    for (let run = 0; run <= runs; run++) {
      const emptyRun = timeCommand(npm, ["test"], empty, { ...process.env, CI: "true" });
      if (run > 0) floor.push(emptyRun);
      for (const exercise of exercises) {
        const seconds = timeCommand(npm, ["test", `exercises/${exercise.number}`], KIT_ROOT, env);
        if (run > 0) whole.get(exercise.number)!.push(seconds);
      }
    }
    const floorMedian = median(floor);
    console.log(`Whole process: LAB_TARGET=solutions npm test exercises/NN against an empty one-test Vitest run (npm test), target ≤ ${TARGETS.wholeRatio}×`);
    console.log(`  empty one-test run      ${floorMedian.toFixed(2)} s`);
    for (const exercise of exercises) {
      const seconds = median(whole.get(exercise.number)!);
      const ratio = seconds / floorMedian;
      console.log(`  ${exercise.number} ${exercise.slug.padEnd(20)} ${seconds.toFixed(2)} s  ${ratio.toFixed(2)}×  ${within(ratio <= TARGETS.wholeRatio)} (≤ ${TARGETS.wholeRatio}×)`);
    }
    console.log(`  load average afterwards ${load()}\n`);
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
}

// 2. Save to verdict in watch mode.
if (!skip.has("watch")) {
  console.log(`Save to verdict in watch mode: save a graded file of the reference with new content, time until the summary line`);
  for (const exercise of exercises) {
    const target = exercise.number === "05" ? TARGETS.watchSeconds05 : TARGETS.watchSeconds;
    const { samples, lastSummary } = await timeSavesInWatchMode(exercise, saves);
    const seconds = median(samples);
    const spread = `min ${Math.min(...samples).toFixed(2)}, max ${Math.max(...samples).toFixed(2)}`;
    console.log(`  ${exercise.number} ${exercise.slug.padEnd(20)} ${seconds.toFixed(2)} s (${spread})  ${within(seconds <= target)} (≤ ${target} s)  last run: ${lastSummary}`);
  }
  console.log(`  load average afterwards ${load()}\n`);
}

// 3. Grading alone, in this process: where the whole-process figure's time beyond Vitest goes.
if (!skip.has("grading")) {
  console.log("Grading the reference in process (checks side by side), for the breakdown:");
  for (const exercise of exercises) console.log(`  ${exercise.number} ${exercise.slug.padEnd(20)} ${(await timeGrading(exercise)).toFixed(2)} s`);
}

async function timeGrading(exercise: ExerciseSpec): Promise<number> {
  const checks = checksFor(exercise.number);
  const directory = join(KIT_ROOT, "solutions", exercise.slug);
  await gradeAll(exercise, checks, directory); // warm-up: builds and the static-analysis cache
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const results = await gradeAll(exercise, checks, directory);
    samples.push((performance.now() - started) / 1000);
    const failed = results.filter((result) => result.status !== "passed").length;
    if (failed > 0) console.log(`  warning: ${failed} checks of ${exercise.number} did not pass`);
  }
  return median(samples);
}

// 4. The grader's own event loop: while one grading times a conversation, nothing else may hold
// the thread long (the brief's 50 ms). Measured in the thread's own CPU time (Linux), so other
// programs on a busy machine do not count; beside it, what one bare spawn costs this process,
// since the kernel copies the process's page tables for every program it starts.
if (!skip.has("turns") && MEASURES_THREAD_TIME) {
  const pair = ["05", "02"].filter((number) => exercises.some((exercise) => exercise.number === number));
  if (pair.length > 0) {
    const longest: number[] = [];
    for (let run = 0; run < runs; run++) longest.push(await longestTurnWhileGrading(pair));
    const spawnMs = await bareSpawnMs();
    const worst = median(longest);
    console.log(`\nLongest turn of the grader's event loop, ${pair.join(" and ")} graded side by side from fresh content (thread CPU time, median of ${runs}):`);
    console.log(`  ${worst.toFixed(0)} ms  ${within(worst <= TARGETS.holdMs)} (≤ ${TARGETS.holdMs} ms); one bare spawn from this process: ${spawnMs.toFixed(1)} ms`);
  }
}

/** Grades the references of `numbers` side by side, with content no cache has seen, and returns the longest turn. */
async function longestTurnWhileGrading(numbers: string[]): Promise<number> {
  const scratch = mkdtempSync(join(tmpdir(), "app-layer-lab-bench-turns-"));
  try {
    const gradings = numbers.map((number) => {
      const exercise = EXERCISES.find((candidate) => candidate.number === number)!;
      const directory = join(scratch, exercise.slug);
      cpSync(join(KIT_ROOT, "solutions", exercise.slug), directory, { recursive: true });
      for (const file of Object.keys(exercise.files)) appendFileSync(join(directory, file), `\n// ${scratch}\n`);
      return { exercise, directory };
    });
    const stop = watchEventLoop();
    const results = (await Promise.all(gradings.map(({ exercise, directory }) => gradeAll(exercise, checksFor(exercise.number), directory)))).flat();
    const longestMs = stop().longestMs;
    const failed = results.filter((result) => result.status !== "passed").length;
    if (failed > 0) console.log(`  warning: ${failed} checks did not pass`);
    return longestMs;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The median time of spawn() itself (not the program's run) for a trivial program, from this process. */
async function bareSpawnMs(): Promise<number> {
  const samples: number[] = [];
  for (let index = 0; index < 9; index++) {
    const started = performance.now();
    const child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
    samples.push(performance.now() - started);
    await new Promise((resolve) => child.once("exit", resolve));
  }
  return median(samples);
}

if (process.env.NODE_EXTRA_CA_CERTS) {
  console.log("\nnote: NODE_EXTRA_CA_CERTS is set here, so every Node start of npm and Vitest also reads that file");
}
