// Grades one submission, in this process, with this kit's graders: never with tests found in
// the submission. The worker runs this; each exercise is reported as soon as it is graded.
import { existsSync, lstatSync } from "node:fs";
import { join } from "node:path";
import { checksFor } from "../../checks/index.ts";
import { checkLimit, failEveryCheck, gradeAll } from "../../harness/grade.ts";
import { t } from "../../i18n/index.ts";
import { findExercise, type ExerciseSpec } from "../../manifest.ts";
import { prepareSubmission } from "./prepare.ts";
import { storeCheck } from "./serialise.ts";
import type { ExerciseGrade, StoredCheck, WorkerJob } from "./types.ts";

/** Every check of `exercise` failed for one reason that lies outside the code (a missing folder). */
function failedEverywhere(exercise: ExerciseSpec, message: string, problems: string[]): ExerciseGrade {
  const checks = failEveryCheck(exercise, checksFor(exercise.number), message).map(storeCheck);
  return summarise(exercise, checks, problems);
}

export function summarise(exercise: ExerciseSpec, checks: StoredCheck[], problems: string[]): ExerciseGrade {
  return {
    number: exercise.number,
    slug: exercise.slug,
    points: checks.reduce((sum, check) => sum + check.earned, 0),
    max: checks.reduce((sum, check) => sum + check.points, 0),
    problems,
    checks,
  };
}

/** Files the manifest promises that the submission lacks, as problems to report. */
function missingFiles(exercise: ExerciseSpec, directory: string): string[] {
  return Object.keys(exercise.files)
    .filter((file) => !existsSync(join(directory, file)) || !lstatSync(join(directory, file)).isFile())
    .map((file) => t("The file exercises/{slug}/{file} is missing.", { slug: exercise.slug, file }));
}

export async function gradeSubmission(job: WorkerJob, report: (grade: ExerciseGrade) => void): Promise<void> {
  const exercises = job.exercises.map(findExercise);
  const prepared = prepareSubmission(job, exercises.map((exercise) => exercise.slug));
  // Messages name paths relative to the working folder: exercises/03-tcp-client/client.ts.
  process.chdir(job.workDirectory);
  // Exercises side by side under one limit: as many checks run at once as for one exercise,
  // but a check that waits long in one exercise no longer holds up the others.
  const limit = checkLimit();
  await Promise.all(
    exercises.map(async (exercise) => {
      if (!prepared.root) {
        report(failedEverywhere(exercise, prepared.problems.join(" "), prepared.problems));
        return;
      }
      const directory = join(prepared.root, exercise.slug);
      const problems = prepared.problems.filter((problem) => problem.includes(`exercises/${exercise.slug}/`));
      if (!existsSync(directory)) {
        const message = t("The folder exercises/{slug}/ is missing from this submission, so none of its checks could run.", { slug: exercise.slug });
        report(failedEverywhere(exercise, message, [...problems, message]));
        return;
      }
      const results = await gradeAll(exercise, checksFor(exercise.number), directory, { limit });
      report(summarise(exercise, results.map(storeCheck), [...problems, ...missingFiles(exercise, directory)]));
    }),
  );
}
