// The student's front-end: one Vitest test per check. Grading starts when the test file loads
// and the checks run side by side; each test then waits for its own check's result.
import { afterAll, describe, test } from "vitest";
import { checksFor } from "../checks/index.ts";
import { startGrading } from "../harness/grade.ts";
import { stopStudentProcessesWhenThisProcessEnds } from "../harness/launch.ts";
import { targetDirectory } from "../harness/target.ts";
import { findExercise, lessonPath } from "../manifest.ts";
import { localLesson, t, translateManifestText } from "../i18n/index.ts";
import { svgOfFailure } from "./diagram/index.ts";
import { formatFeedback } from "./feedback.ts";

/** Registers the tests of exercise `number` against the tree LAB_TARGET chooses. */
export function gradeInVitest(number: string): void {
  // Ctrl-C, or Vitest stopping this worker mid-check (watch mode, the UI), must not leave a
  // student's server running.
  stopStudentProcessesWhenThisProcessEnds();
  const exercise = findExercise(number);
  const checks = checksFor(exercise.number);
  const directory = targetDirectory(exercise);
  const results = startGrading(exercise, checks, directory);

  describe(`${exercise.number} ${translateManifestText(exercise.title)} (${localLesson(lessonPath(exercise))})`, () => {
    afterAll(async () => {
      const all = await Promise.all(results.values());
      await results.finished;
      if (all.every((result) => result.status === "passed")) {
        console.log(
          t("Every check of exercise {number} passes. Well done!\nCompare your work with the reference in solutions/{slug}/: npm run compare -- {number}", {
            number: exercise.number,
            slug: exercise.slug,
          }),
        );
      }
    });

    for (const check of checks) {
      test(check.title, async ({ annotate }) => {
        const result = await results.get(check.id)!;
        if (result.status === "passed") return;
        // The browser UI shows an image attachment inline: the conversation, drawn. The terminal
        // keeps the text transcript alone.
        const picture = process.env.LAB_UI === "1" && result.status === "failed" ? svgOfFailure(result, exercise) : undefined;
        if (picture) await annotate(t("the conversation, drawn"), { contentType: "image/svg+xml", body: picture, bodyEncoding: "utf-8" });
        throw new StudentFeedback(formatFeedback(result));
      });
    }
  });
}

/** A failure whose message is the whole story; Vitest shows it without a grader stack trace. */
class StudentFeedback extends Error {
  override name = "Feedback";
  constructor(message: string) {
    super(message);
    this.stack = `${this.name}: ${message}`;
  }
}
