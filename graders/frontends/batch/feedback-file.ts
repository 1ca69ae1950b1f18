// feedback/<id>.md: what one student gets back. Per exercise, what passed, then each check to
// fix with the same story Vitest tells (steps, conversation, hint), so a student can act on it
// without running anything.
import { findExercise } from "../../manifest.ts";
import { t, translateManifestText } from "../../i18n/index.ts";
import { markdownOfFailure } from "../diagram/index.ts";
import { formatFeedback } from "../feedback.ts";
import { loadCheck } from "./serialise.ts";
import type { ExerciseGrade, StoredCheck, StudentGrade } from "./types.ts";

/** A fence longer than any run of backticks inside, so program output cannot break out of it. */
function fenced(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}text\n${text}\n${fence}`;
}

function pointsOf(check: StoredCheck): string {
  return check.points === 1 ? t("1 point") : t("{points} points", { points: check.points });
}

function exerciseSection(grade: ExerciseGrade): string[] {
  const exercise = findExercise(grade.number);
  const lines = [`## ${grade.number} ${translateManifestText(exercise.title)}: ${grade.points} / ${grade.max}`, ""];
  for (const problem of grade.problems) lines.push(`> ${problem}`, "");
  const passed = grade.checks.filter((check) => check.status === "passed");
  const notStarted = grade.checks.filter((check) => check.status === "not-started");
  const notRun = grade.checks.filter((check) => check.notRunBecauseOf);
  const toFix = grade.checks.filter((check) => (check.status === "failed" || check.status === "error") && !check.notRunBecauseOf);
  if (passed.length > 0) {
    lines.push(t("What passed:"), "");
    for (const check of passed) lines.push(`- ✓ ${check.title} (${pointsOf(check)})`);
    lines.push("");
  }
  // Checks that failed the same way (a missing file fails them all) are told once.
  const stories = new Map<string, StoredCheck[]>();
  for (const check of toFix) {
    const story = formatFeedback(loadCheck(check));
    stories.set(story, [...(stories.get(story) ?? []), check]);
  }
  for (const [story, checks] of stories) {
    for (const check of checks) lines.push(`### ✗ ${check.title} (0 / ${pointsOf(check)})`, "");
    lines.push(fenced(story), "", ...markdownOfFailure(loadCheck(checks[0]!), exercise));
  }
  // Not run because of a compile error told above: listed, not told again.
  if (notRun.length > 0) {
    lines.push(t("Not run, because the code does not compile (see above):"), "");
    for (const check of notRun) lines.push(`- ✗ ${check.title} (0 / ${pointsOf(check)})`);
    lines.push("");
  }
  if (notStarted.length > 0) {
    lines.push(t("Not started yet:"), "");
    for (const check of notStarted) lines.push(`- ○ ${check.title} (0 / ${pointsOf(check)})`);
    lines.push("", notStarted[0]!.message, "");
  }
  if (toFix.length === 0 && notRun.length === 0 && notStarted.length === 0 && grade.checks.length > 0) lines.push(t("Every check passed. Well done!"), "");
  return lines;
}

export function renderFeedback(student: StudentGrade): string {
  const lines = [`# ${t("Feedback for {id}", { id: student.id })}`, "", `**${t("Total: {total} / {max} points", { total: student.total, max: student.max })}**`, ""];
  if (student.gradingErrors.length > 0) {
    lines.push(t("Part of your work could not be graded because of a problem on the grader's side; your teacher has been told:"), "");
    for (const error of student.gradingErrors) lines.push(`- ${error}`);
    lines.push("");
  }
  for (const grade of student.exercises) lines.push(...exerciseSection(grade));
  lines.push(t("Run the same checks yourself with npm test exercises/NN (for example npm test exercises/03): every save grades again."), "");
  return lines.join("\n");
}
