// A compile error is told once per exercise: in the results (the first check that meets it tells
// it, the others are "not run because of" it), in a student's feedback/<id>.md, and in
// summary.md's most common failures, where one student's syntax error once filled the list.
import { appendFileSync, cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { checksFor } from "../checks/index.ts";
import { renderFeedback } from "../frontends/batch/feedback-file.ts";
import { storeCheck } from "../frontends/batch/serialise.ts";
import { renderSummary } from "../frontends/batch/summary.ts";
import type { StudentGrade } from "../frontends/batch/types.ts";
import { gradeAll } from "../harness/grade.ts";
import { KIT_ROOT } from "../harness/static.ts";
import { findExercise } from "../manifest.ts";

const exercise = findExercise("05");
const checks = checksFor(exercise.number);
const scratch = mkdtempSync(join(tmpdir(), "app-layer-lab-compile-error-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test("a syntax error in framing.ts is told by one check; the others are not run because of it, in the feedback file and the summary too", async () => {
  const folder = join(scratch, exercise.slug);
  cpSync(join(KIT_ROOT, "solutions", exercise.slug), folder, { recursive: true });
  appendFileSync(join(folder, "framing.ts"), "\nexport const broken = (;\n");
  const results = await gradeAll(exercise, checks, folder);

  const tellers = results.filter((result) => result.compileErrors && !result.notRunBecauseOf);
  expect(tellers.map((result) => result.id)).toEqual([checks[0]!.id]);
  expect(tellers[0]!.message).toMatch(/framing\.ts:\d+:\d+: /);
  expect(tellers[0]!.hint?.lesson).toContain("troubleshooting.md#compile"); // the compile hint, not the check's own
  const notRun = results.filter((result) => result.notRunBecauseOf);
  expect(notRun).toHaveLength(checks.length - 1);
  for (const result of notRun) {
    expect(result.status).toBe("failed");
    expect(result.notRunBecauseOf).toBe(checks[0]!.id);
    expect(result.message).not.toMatch(/framing\.ts:\d+/);
  }

  const stored = results.map(storeCheck);
  const max = stored.reduce((sum, check) => sum + check.points, 0);
  const student: StudentGrade = {
    id: "kim",
    entry: "kim",
    submissionHash: "0",
    total: 0,
    max,
    problems: [],
    gradingErrors: [],
    exercises: [{ number: exercise.number, slug: exercise.slug, points: 0, max, problems: [], checks: stored }],
    fromCache: false,
  };
  const feedback = renderFeedback(student);
  expect(feedback.match(/framing\.ts:\d+:\d+: /g)).toHaveLength(1);
  expect(feedback).toContain("Not run, because the code does not compile (see above):");
  for (const result of notRun) expect(feedback).toContain(`- ✗ ${result.title}`);

  const summary = renderSummary([exercise], [student, { ...student, id: "lee", entry: "lee" }], []);
  const common = summary.slice(summary.indexOf("## Most common failures"));
  expect(common.match(/^- \*\*/gm)).toHaveLength(1);
  expect(common).toContain(`**05 ${checks[0]!.id}**`);
});
