// The kit proves its graders right: the reference passes every check, the untouched skeleton
// is "not started" everywhere, every known-buggy variant is caught by the check it names, and
// every correct alternative (another style, other wording) passes every check.
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { checksFor } from "../checks/index.ts";
import { VARIANTS } from "../fixtures/index.ts";
import { formatFeedback } from "../frontends/feedback.ts";
import { gradeAll } from "../harness/grade.ts";
import { KIT_ROOT } from "../harness/static.ts";
import { alternativesOf, materialise, materialiseAlternative } from "../harness/variants.ts";
import { EXERCISES } from "../manifest.ts";
import { materialiseSkeletons } from "../tools/skeletons.ts";

const GRADED = EXERCISES.filter((exercise) => (VARIANTS[exercise.number] ?? []).length > 0);

describe.each(GRADED)("exercise $number $slug", (exercise) => {
  const checks = checksFor(exercise.number);
  const solution = join(KIT_ROOT, "solutions", exercise.slug);

  test("the reference solution passes every check", async () => {
    const results = await gradeAll(exercise, checks, solution);
    for (const result of results) expect(result.status, `${result.id}\n${formatFeedback(result)}`).toBe("passed");
  });

  // A freshly generated skeleton, not exercises/: that may hold a student's work.
  test("the untouched skeleton is 'not started' on every check", async () => {
    const skeleton = materialiseSkeletons([exercise]);
    try {
      const results = await gradeAll(exercise, checks, join(skeleton.root, exercise.slug));
      for (const result of results) {
        expect(result.status, `${result.id}: ${result.message}`).toBe("not-started");
        expect(result.message).toContain(`lessons/${exercise.slug}.md`);
      }
    } finally {
      skeleton.remove();
    }
  });

  // A correct program in another style must not lose a single point.
  const alternatives = alternativesOf(exercise.slug);
  test.concurrent.each(alternatives)("passes the correct alternative '$name' on every check", async (alternative) => {
    const { directory, remove } = materialiseAlternative(alternative);
    try {
      const results = await gradeAll(exercise, checks, directory);
      for (const result of results) expect(result.status, `${alternative.name}: ${result.id}\n${formatFeedback(result)}`).toBe("passed");
    } finally {
      remove();
    }
  });

  // Variants run side by side: each has its own folder, processes and ports.
  test.concurrent.each(VARIANTS[exercise.number]!)("catches the buggy variant '$name' in check $caughtBy", async (variant) => {
    expect(checks.map((check) => check.id)).toContain(variant.caughtBy);
    const { directory, remove } = materialise(variant, solution);
    try {
      const [result] = await gradeAll(exercise, checks, directory, { only: [variant.caughtBy] });
      expect(result?.status, `${variant.bug}\n${result ? formatFeedback(result) : ""}`).toBe("failed");
      expect(result?.hint?.text).toBeTruthy();
    } finally {
      remove();
    }
  });
});
