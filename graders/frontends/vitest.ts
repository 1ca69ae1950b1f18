// The student's front-end: one Vitest test per check. Grading starts when the test file loads
// and the checks run side by side; each test then waits for its own check's result.
// A check not started yet (or not run, because the code does not compile) is shown as skipped
// with a note, not as a failure; summary-reporter.ts counts it, and the run still exits non-zero.
import { join } from "node:path";
import { afterAll, describe, test, type TestContext } from "vitest";
import { checksFor } from "../checks/index.ts";
import { startGrading } from "../harness/grade.ts";
import { stopStudentProcessesWhenThisProcessEnds } from "../harness/launch.ts";
import { KIT_ROOT } from "../harness/static.ts";
import { targetDirectory, targetRoot } from "../harness/target.ts";
import { typeErrorsIn } from "../harness/typecheck.ts";
import type { CheckResult } from "../harness/types.ts";
import { findExercise, lessonPath } from "../manifest.ts";
import { localLesson, t, translateManifestText } from "../i18n/index.ts";
import { svgOfFailure } from "./diagram/index.ts";
import { formatFeedback } from "./feedback.ts";

/** What summary-reporter.ts reads from a skipped check. */
export type SkippedCheck = "not-started" | "not-run";

declare module "vitest" {
  interface TaskMeta {
    check?: SkippedCheck;
  }
}

/** Registers the tests of exercise `number` against the tree LAB_TARGET chooses. */
export function gradeInVitest(number: string): void {
  // Ctrl-C, or Vitest stopping this worker mid-check (watch mode, the UI), must not leave a
  // student's server running.
  stopStudentProcessesWhenThisProcessEnds();
  const exercise = findExercise(number);
  const checks = checksFor(exercise.number);
  const directory = targetDirectory(exercise);
  const results = startGrading(exercise, checks, directory);
  // Type-checked once, only when a check fails, and only after every check has finished: the
  // type checker holds the CPU for a second, which must not slow a check that is still running.
  let typeErrors: Promise<string[]> | undefined;
  const typeErrorsOnFailure = () =>
    (typeErrors ??= Promise.all(results.values()).then(() => typeErrorsIn(directory, Object.keys(exercise.files)).catch(() => [])));

  describe(`${exercise.number} ${translateManifestText(exercise.title)} (${localLesson(lessonPath(exercise))})`, () => {
    afterAll(async () => {
      const all = await Promise.all(results.values());
      await results.finished;
      // Under LAB_TARGET=solutions the reference is graded: there is nothing to compare.
      if (all.every((result) => result.status === "passed") && targetRoot() !== join(KIT_ROOT, "solutions")) {
        console.log(
          t("Every check of exercise {number} passes. Well done!\nCompare your work with the reference in solutions/{slug}/: npm run compare -- {number}", {
            number: exercise.number,
            slug: exercise.slug,
          }),
        );
      }
    });

    for (const check of checks) {
      test(check.title, async (context) => {
        const result = await results.get(check.id)!;
        if (result.status === "passed") return;
        if (result.status === "not-started") await skip(context, "not-started", result);
        if (result.notRunBecauseOf) await skip(context, "not-run", result);
        // The browser UI shows an image attachment inline: the conversation, drawn. The terminal
        // keeps the text transcript alone.
        const picture = process.env.LAB_UI === "1" && result.status === "failed" ? svgOfFailure(result, exercise) : undefined;
        if (picture) await context.annotate(t("the conversation, drawn"), { contentType: "image/svg+xml", body: picture, bodyEncoding: "utf-8" });
        const extras = result.compileErrors ? {} : { typeErrors: await typeErrorsOnFailure() };
        throw new StudentFeedback(formatFeedback(result, extras));
      });
    }
  });
}

/** Shows the check as skipped, with its message as the note (the terminal) and an annotation (the UI). */
async function skip(context: TestContext, why: SkippedCheck, result: CheckResult): Promise<never> {
  context.task.meta.check = why;
  await context.annotate(result.message, why === "not-started" ? t("not started") : t("not run"));
  return context.skip(result.message);
}

/** A failure whose message is the whole story; Vitest shows it without a grader stack trace. */
class StudentFeedback extends Error {
  // Vitest prints the name before the message, so it is the label a student reads ("피드백:").
  override name = t("Feedback");
  constructor(message: string) {
    super(message);
    this.stack = `${this.name}: ${message}`;
  }
}
