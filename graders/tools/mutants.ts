// Mutation testing of a reference solution against its own grader, with StrykerJS: every
// mutant of solutions/NN-slug/*.ts is graded by the real grader (graders/tools/grade-once.ts,
// through Stryker's command runner), and a mutant that passes every check survived. Each
// survivor is either listed as equivalent in graders/mutants/NN-slug.md, with its reason, or
// must be killed by a check: the command exits non-zero while one remains.
//
//   npm run mutants -- 05                 exercise 05
//   npm run mutants -- 05 --concurrency 1 one mutant at a time (default 2: grading mostly waits)
//   npm run mutants -- 05 --mutate framing.ts:40-60   only these files or lines (comma-separated)
//   npm run mutants -- 05 --report-only   judge the last run again (after editing the list of equivalents)
//   npm run mutants -- --rotate           the exercise CI picks for this commit (see pickForCommit)
//
// Heavy: run it under the lock, `flock /tmp/app-layer-lab-heavy.lock npm run mutants -- 05`.
// The report goes to .lab/mutants/NN-slug.md; Stryker's sandboxes to .lab/stryker-tmp/ (both git-ignored).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { checksFor } from "../checks/index.ts";
import { isEntryPoint } from "../frontends/entry.ts";
import { KIT_ROOT } from "../harness/static.ts";
import { findExercise, type ExerciseSpec } from "../manifest.ts";
import { equivalentsFile, matchEquivalents, parseEquivalents, pickForCommit, shortCode, type Survivor } from "./mutant-list.ts";

const REPORT_FOLDER = join(KIT_ROOT, ".lab", "mutants");
/** StrykerJS is large, so it lives in a package of its own that a student's npm install never fetches. */
const STRYKER_PACKAGE = join(KIT_ROOT, "graders", "tools", "mutation");

/** The part of StrykerJS's API this tool uses. */
type StrykerClass = new (options: Record<string, unknown>) => { runMutationTest(): Promise<unknown> };

/** Loads StrykerJS from its own package, or says how to install it. */
async function loadStryker(): Promise<StrykerClass | undefined> {
  let entry: string;
  try {
    entry = createRequire(join(STRYKER_PACKAGE, "package.json")).resolve("@stryker-mutator/core");
  } catch {
    console.error("mutants: StrykerJS is not installed. It lives apart from the kit's own packages; install it once with\n  npm ci --prefix graders/tools/mutation");
    return undefined;
  }
  return ((await import(pathToFileURL(entry).href)) as { Stryker: StrykerClass }).Stryker;
}

function currentCommit(): string {
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], { cwd: KIT_ROOT, encoding: "utf8" }).trim();
  } catch {
    // No git (an unpacked archive): rotate by the day instead.
    return Math.floor(Date.now() / 86_400_000).toString(16).padStart(8, "0");
  }
}

interface Outcome {
  total: number;
  killed: number;
  timedOut: number;
  survivors: Survivor[];
  /** Mutants Stryker could not run (a runtime or compile error of the mutant itself): they count as killed. */
  invalid: number;
}

/** Stryker's JSON report of one run (mutation-testing-report-schema), the parts this tool reads. */
interface MutationReport {
  files: Record<string, { source: string; mutants: { mutatorName: string; replacement?: string; status: string; location: Location }[] }>;
}
interface Location {
  start: { line: number; column: number };
  end: { line: number; column: number };
}

function jsonReportOf(exercise: ExerciseSpec): string {
  return join(REPORT_FOLDER, `${exercise.slug}.json`);
}

/** Runs Stryker on the exercise's solution (or only the `only` files or lines); its JSON report is kept. */
async function mutate(Stryker: StrykerClass, exercise: ExerciseSpec, concurrency: number, only?: string): Promise<void> {
  const solution = `solutions/${exercise.slug}`;
  const stryker = new Stryker({
    testRunner: "command",
    // The sandbox is a copy of the kit, so the grader grades the sandbox's (mutated) solutions/.
    commandRunner: { command: `"${process.execPath}" --import tsx graders/tools/grade-once.ts ${exercise.number}` },
    mutate: only ? only.split(",").map((part) => `${solution}/${part.trim()}`) : [`${solution}/*.ts`],
    // The command runner cannot tell which mutant a check covers: every mutant gets a whole grading.
    coverageAnalysis: "off",
    concurrency,
    // Per mutant: the baseline grading's time × 1.5, plus 60 s (one check's whole budget). Every
    // wait of the grader has its own deadline, so a mutant that hangs is failed by the grader
    // (killed) long before; Stryker's timeout is only a safety net, and a short one would count
    // a survivor as detected whenever a busy machine made its grading slow.
    timeoutFactor: 1.5,
    timeoutMS: 60_000,
    tempDirName: ".lab/stryker-tmp",
    cleanTempDir: "always",
    // Only what grading needs goes into each sandbox.
    ignorePatterns: ["/.lab", "/report", "/lessons", "/exercises", "/.github", "/reports", "/graders/tools/mutation", "/graders/selftest/browser"],
    reporters: ["progress-append-only", "json"],
    jsonReporter: { fileName: relative(process.cwd(), jsonReportOf(exercise)) },
    // The values of Stryker's LogLevel enum.
    logLevel: "warn",
    fileLogLevel: "off",
    plugins: [],
  });
  await stryker.runMutationTest();
}

/** Counts the report's mutants and lists the survivors, with the code each one replaced. */
function readOutcome(exercise: ExerciseSpec): Outcome {
  const report = JSON.parse(readFileSync(jsonReportOf(exercise), "utf8")) as MutationReport;
  const outcome: Outcome = { total: 0, killed: 0, timedOut: 0, survivors: [], invalid: 0 };
  const solution = join(KIT_ROOT, "solutions", exercise.slug);
  for (const [fileName, { source, mutants }] of Object.entries(report.files)) {
    const file = relative(solution, resolve(KIT_ROOT, fileName)).split("\\").join("/");
    for (const mutant of mutants) {
      if (mutant.status === "Ignored") continue;
      outcome.total++;
      if (mutant.status === "Killed") outcome.killed++;
      else if (mutant.status === "Timeout") outcome.timedOut++;
      else if (mutant.status === "RuntimeError" || mutant.status === "CompileError") outcome.invalid++;
      else {
        outcome.survivors.push({
          file,
          line: mutant.location.start.line,
          mutator: mutant.mutatorName,
          original: shortCode(textAt(source, mutant.location)),
          replacement: shortCode(mutant.replacement ?? ""),
        });
      }
    }
  }
  outcome.survivors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return outcome;
}

/** The source text a mutant replaced (the report's lines and columns start at 1). */
function textAt(source: string, location: Location): string {
  const lines = source.split("\n");
  const offset = (position: { line: number; column: number }) =>
    lines.slice(0, position.line - 1).reduce((sum, line) => sum + line.length + 1, 0) + position.column - 1;
  return source.slice(offset(location.start), offset(location.end));
}

const percent = (part: number, whole: number) => (whole === 0 ? "100.0" : ((100 * part) / whole).toFixed(1));
const cell = (text: string) => {
  const fence = "`".repeat(Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length)) + 1);
  return `${fence} ${text.replace(/\|/g, "\\|")} ${fence}`;
};

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      rotate: { type: "boolean", default: false },
      concurrency: { type: "string", default: "2" },
      mutate: { type: "string" },
      "report-only": { type: "boolean", default: false },
    },
  });
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 8) {
    console.error(`--concurrency must be a whole number from 1 to 8, not "${values.concurrency}"`);
    process.exitCode = 2;
    return;
  }
  let exercise: ExerciseSpec | undefined;
  if (values.rotate) {
    const commit = currentCommit();
    exercise = pickForCommit(commit);
    if (!exercise) {
      console.log("mutants: no exercise has a list in graders/mutants/ yet; nothing to do.");
      return;
    }
    console.log(`mutants: commit ${commit.slice(0, 8)} rotates to exercise ${exercise.number}`);
  } else {
    const [number] = positionals;
    if (!number || positionals.length > 1) {
      console.error("usage: npm run mutants -- NN [--concurrency N] [--mutate framing.ts:40-60] [--report-only]   or   npm run mutants -- --rotate");
      process.exitCode = 2;
      return;
    }
    try {
      exercise = findExercise(number);
      checksFor(exercise.number);
    } catch (error) {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 2;
      return;
    }
  }

  const listPath = equivalentsFile(exercise);
  const listed = existsSync(listPath) ? parseEquivalents(readFileSync(listPath, "utf8")) : [];
  const started = performance.now();
  if (!values["report-only"]) {
    const Stryker = await loadStryker();
    if (!Stryker) {
      process.exitCode = 2;
      return;
    }
    await mutate(Stryker, exercise, concurrency, values.mutate);
  } else if (!existsSync(jsonReportOf(exercise))) {
    console.error(`--report-only: there is no report of ${exercise.slug} yet; run npm run mutants -- ${exercise.number} first.`);
    process.exitCode = 2;
    return;
  }
  const outcome = readOutcome(exercise);
  if (outcome.total === 0) {
    console.error(`mutants: nothing was mutated${values.mutate ? ` in ${values.mutate} (lines with code only: comments have no mutants)` : ""}.`);
    process.exitCode = 2;
    return;
  }
  const minutes = ((performance.now() - started) / 60_000).toFixed(1);
  const matched = matchEquivalents(outcome.survivors, listed);
  const { equivalent, mustKill } = matched;
  // A run of some lines only cannot tell which listed mutants are gone.
  const stale = values.mutate ? [] : matched.stale;
  const detected = outcome.killed + outcome.timedOut + outcome.invalid;

  const score =
    `mutants ${exercise.number} ${exercise.slug}${values.mutate ? ` (only ${values.mutate})` : ""}: ${outcome.total} mutants, ${detected} killed` +
    ` (${outcome.timedOut} by timeout), ${outcome.survivors.length} survived` +
    ` (${equivalent.length} equivalent, ${mustKill.length} must be killed);` +
    ` score ${percent(detected, outcome.total)}%, ${percent(detected, outcome.total - equivalent.length)}% of the non-equivalent; ${minutes} min`;
  const row = (survivor: Survivor) =>
    `| ${survivor.file} | ${survivor.line} | ${survivor.mutator} | ${cell(survivor.original)} | ${cell(survivor.replacement)} |`;
  const report = [
    `# Mutants of ${exercise.slug}`,
    "",
    score,
    "",
    `## Must be killed (${mustKill.length})`,
    "",
    "Each passed every check. Write a check (with a buggy variant) that fails it, or, if it behaves exactly",
    `like the reference for every input, add it to graders/mutants/${exercise.slug}.md with the reason.`,
    "",
    "| file | line | mutator | original | mutated |",
    "| --- | --- | --- | --- | --- |",
    ...mustKill.map(row),
    "",
    `## Equivalent, as listed (${equivalent.length})`,
    "",
    "| file | line | mutator | original | mutated |",
    "| --- | --- | --- | --- | --- |",
    ...equivalent.map(row),
    "",
    ...(stale.length > 0
      ? [`## Listed as equivalent, but no longer surviving (${stale.length}): remove them from the list`, "", ...stale.map((entry) => `- ${entry.file}: ${cell(entry.original)} → ${cell(entry.replacement)}`), ""]
      : []),
  ].join("\n");
  mkdirSync(REPORT_FOLDER, { recursive: true });
  const reportPath = join(REPORT_FOLDER, `${exercise.slug}.md`);
  writeFileSync(reportPath, report);

  for (const survivor of mustKill) console.log(`  must be killed: ${survivor.file}:${survivor.line} ${survivor.mutator}: ${survivor.original} -> ${survivor.replacement}`);
  for (const entry of stale) console.log(`  listed but killed now (remove it): ${entry.file}: ${entry.original} -> ${entry.replacement}`);
  console.log(`report: ${relative(process.cwd(), reportPath)}`);
  console.log(score);
  if (mustKill.length > 0) process.exitCode = 1;
}

if (isEntryPoint(import.meta.url)) await main();
