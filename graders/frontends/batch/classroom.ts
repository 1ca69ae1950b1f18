// npm run grade:classroom -- [--exercises LIST] [--out FILE]
//
// For GitHub Classroom (.github/workflows/classroom.yml): grades exercises/ (in the workflow,
// the student's, named by LAB_TARGET) with this kit's graders and writes the autograding result,
// version 1, to FILE (default report/autograding.json). On GitHub Actions it also sets the step
// output `result` to that JSON in base64, which the autograding reporter reads. The log shows
// each check and the whole feedback of every failure; the result is bounded (autograding.ts),
// and a message cut to fit says that the whole of it is in this log.
//
// Exit code: 0 when the result was written, whatever the grade (the reporter fails the run when
// a check fails), 2 for a mistake in the command.
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { checksFor } from "../../checks/index.ts";
import { failEveryCheck, gradeAll } from "../../harness/grade.ts";
import { shownPath } from "../../harness/static.ts";
import { targetRoot } from "../../harness/target.ts";
import { t } from "../../i18n/index.ts";
import type { ExerciseSpec } from "../../manifest.ts";
import { isEntryPoint } from "../entry.ts";
import { formatFeedback } from "../feedback.ts";
import { autogradingResult, autogradingTests, boundForReporter, encodeForReporter, type AutogradingResult, type AutogradingTest } from "./autograding.ts";
import { selectExercises } from "./exercises.ts";
import { BatchInputError } from "./types.ts";

const USAGE = `Usage: npm run grade:classroom -- [--exercises LIST] [--out FILE]

Grades exercises/ (or the folder LAB_TARGET names) and writes GitHub Classroom's autograding
result to FILE (default: report/autograding.json); on GitHub Actions also the step output "result".
  --exercises LIST   which exercises, e.g. 03 or 01,03-05 (default: every exercise with a grader)`;

/** The workflow's grading step: its id is the reporter's runner id, letters and digits only (the reporter's own check). */
export const CLASSROOM_STEP = { id: "applayerlab", name: "Grade exercises/" } as const;

/** Where a message cut to fit says the whole feedback is. */
export function wholeFeedbackIsIn(): string {
  return t("(cut to fit GitHub's size limit: the whole feedback is in the log of this run, in the step \"{step}\"; npm test exercises/NN on your own machine shows it too)", { step: CLASSROOM_STEP.name });
}

/** Grades `exercises` in the tree `root` and returns the autograding result. */
export async function gradeForClassroom(exercises: ExerciseSpec[], root: string): Promise<AutogradingResult> {
  const tests: AutogradingTest[] = [];
  for (const exercise of exercises) {
    const directory = join(root, exercise.slug);
    const results = existsSync(directory) ? await gradeAll(exercise, checksFor(exercise.number), directory) : failEveryCheck(exercise, checksFor(exercise.number), t("The folder {folder} is missing, so none of its checks could run. Restore it (git checkout).", { folder: shownPath(directory) }));
    tests.push(...autogradingTests(exercise, results));
    for (const result of results) {
      process.stdout.write(`${result.status === "passed" ? "✓" : "✗"} ${exercise.number} ${result.title} (${result.status === "passed" ? result.points : 0}/${result.points})\n`);
      if (result.status === "failed" || result.status === "error") process.stdout.write(`${formatFeedback(result).replace(/^/gm, "    ")}\n`);
    }
  }
  return autogradingResult(tests);
}

async function main(): Promise<void> {
  let values: { exercises?: string; out: string; help: boolean };
  try {
    ({ values } = parseArgs({
      options: { exercises: { type: "string" }, out: { type: "string", default: join("report", "autograding.json") }, help: { type: "boolean", short: "h", default: false } },
    }));
  } catch (error) {
    process.stderr.write(`error: ${(error as Error).message}\n\n${USAGE}\n`);
    process.exit(2);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  let exercises: ExerciseSpec[];
  try {
    ({ exercises } = selectExercises(values.exercises === undefined ? undefined : [values.exercises]));
  } catch (error) {
    if (!(error instanceof BatchInputError)) throw error;
    process.stderr.write(`error: ${error.message}\n`);
    process.exit(2);
  }
  let result: AutogradingResult;
  try {
    result = await gradeForClassroom(exercises, targetRoot());
  } catch (error) {
    // Still hand the reporter a result, so the student sees why instead of an empty run.
    const message = t("The grader itself failed; please tell your teacher: {error}", { error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    result = autogradingResult([{ name: "grading", status: "error", score: 0, max_score: 0, message, test_code: "npm run grade:classroom", filename: "", line_no: 0, execution_time: "0.00s" }]);
  }
  result = boundForReporter(result, wholeFeedbackIsIn());
  const out = resolve(process.env.INIT_CWD ?? process.cwd(), values.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `result=${encodeForReporter(result)}\n`);
  const score = result.tests.reduce((sum, test) => sum + test.score, 0);
  process.stdout.write(`\n${t("Points {score}/{max}.", { score, max: result.max_score })} (${result.status}: ${values.out})\n`);
}

if (isEntryPoint(import.meta.url)) await main();
