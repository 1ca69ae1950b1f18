// Figures, not tests: how fast `npm run grade` gets through a class. Generates a class of
// submissions (correct, buggy and untouched, in turn) and grades it with --jobs 1 and --jobs 2,
// each from scratch, then checks that both runs wrote the same grade sheet, and times a rerun.
//
//   npx tsx graders/tools/bench-batch.ts                       30 submissions, every exercise with a grader
//   npx tsx graders/tools/bench-batch.ts --count 60 --exercises 03
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { VARIANTS } from "../fixtures/index.ts";
import { gradeBatch } from "../frontends/batch/batch.ts";
import { selectExercises } from "../frontends/batch/exercises.ts";
import { KIT_ROOT } from "../harness/static.ts";
import { materialise } from "../harness/variants.ts";

/** The bar (BRIEF.md, "Bars"): submissions per minute at --jobs 2 on a 2-core machine, for 01–05. */
const TARGET_PER_MINUTE = 60;

const { values } = parseArgs({ options: { count: { type: "string", default: "30" }, exercises: { type: "string" } } });
const count = Number(values.count);
if (!Number.isInteger(count) || count < 3 || count > 1000) {
  console.error(`--count must be a whole number from 3 to 1000, not "${values.count}"`);
  process.exit(2);
}
const { exercises } = selectExercises(values.exercises === undefined ? undefined : [values.exercises]);
const scratch = mkdtempSync(join(tmpdir(), "app-layer-lab-bench-batch-"));
process.once("exit", () => rmSync(scratch, { recursive: true, force: true }));

// A class: one in three correct, one in three untouched, one in three with a bug in every
// exercise (a different known-buggy variant each time).
const submissions = join(scratch, "submissions");
let buggy = 0;
for (let index = 0; index < count; index++) {
  const folder = join(submissions, `student-${String(index + 1).padStart(3, "0")}`);
  const kind = index % 3;
  for (const exercise of exercises) {
    const target = join(folder, exercise.slug);
    if (kind === 1) {
      cpSync(join(KIT_ROOT, "exercises", exercise.slug), target, { recursive: true });
      continue;
    }
    const variants = VARIANTS[exercise.number] ?? [];
    if (kind === 0 || variants.length === 0) {
      cpSync(join(KIT_ROOT, "solutions", exercise.slug), target, { recursive: true });
      continue;
    }
    const { directory, remove } = materialise(variants[buggy % variants.length]!, join(KIT_ROOT, "solutions", exercise.slug));
    cpSync(directory, target, { recursive: true });
    remove();
  }
  if (kind === 2) buggy++;
}

console.log(`app-layer-lab batch bench: ${count} submissions (correct, untouched, buggy in turn), exercises ${exercises.map((exercise) => exercise.number).join(", ")}`);
console.log(`Node ${process.version}, ${process.platform}; each run grades everything from scratch.\n`);
const sheets: string[] = [];
let atTwo = 0;
let firstRunSeconds = 0;
const grade = (out: string, jobs: number) => gradeBatch({ submissions, out, jobs, quiet: true, exercises: exercises.map((exercise) => exercise.number) });
for (const jobs of [1, 2]) {
  const out = join(scratch, `report-jobs-${jobs}`);
  const started = performance.now();
  const outcome = await grade(out, jobs);
  const seconds = (performance.now() - started) / 1000;
  const perMinute = (count * 60) / seconds;
  if (jobs === 2) [atTwo, firstRunSeconds] = [perMinute, seconds];
  sheets.push(readFileSync(join(out, "grades.csv"), "utf8"));
  const trouble = outcome.counts.couldNotGrade > 0 ? `, ${outcome.counts.couldNotGrade} could not be graded` : "";
  console.log(`  --jobs ${jobs}: ${seconds.toFixed(1)} s, ${perMinute.toFixed(1)} submissions/minute${trouble}`);
}
console.log(`\n  --jobs 1 and --jobs 2 wrote ${sheets[0] === sheets[1] ? "the same" : "DIFFERENT"} grades.csv`);
const [one, two] = sheets.map((sheet) => sheet.split("\n"));
for (const [index, row] of one!.entries()) if (row !== two![index]) console.log(`    --jobs 1: ${row}\n    --jobs 2: ${two![index]}`);
console.log(`  ${atTwo >= TARGET_PER_MINUTE ? "within" : "BELOW"} the target of ${TARGET_PER_MINUTE} submissions/minute at --jobs 2 (load average ${loadavg().map((value) => value.toFixed(2)).join(" ")})`);

// A rerun with nothing changed takes every result from the store (the bar: under 10%).
const rerunOut = join(scratch, "report-jobs-2");
const rerunStarted = performance.now();
await grade(rerunOut, 2);
const rerunSeconds = (performance.now() - rerunStarted) / 1000;
const share = (100 * rerunSeconds) / firstRunSeconds;
const unchanged = readFileSync(join(rerunOut, "grades.csv"), "utf8") === sheets[1];
console.log(`\n  a rerun of --jobs 2 with nothing changed: ${rerunSeconds.toFixed(2)} s, ${share.toFixed(1)}% of the first run (${share < 10 ? "under" : "OVER"} 10%), grades.csv ${unchanged ? "unchanged" : "CHANGED"}`);
if (!unchanged) process.exitCode = 1;
if (sheets[0] !== sheets[1]) process.exitCode = 1;
