// summary.md: the class at a glance, for the instructor. Pass rates per exercise and per check,
// the failures most students share (what to go over in class), and the submissions that need
// a look by hand.
import { t } from "../../i18n/index.ts";
import type { ExerciseSpec } from "../../manifest.ts";
import type { StoredCheck, StudentGrade } from "./types.ts";

function percent(part: number, whole: number): string {
  return whole === 0 ? "–" : `${Math.round((100 * part) / whole)}%`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function round(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** A message as one short line, for a table. */
function gist(message: string): string {
  const line = message.split("\n")[0] ?? "";
  return (line.length > 140 ? `${line.slice(0, 139)}…` : line).replace(/\|/g, "\\|");
}

export function renderSummary(exercises: ExerciseSpec[], students: StudentGrade[], skipped: string[]): string {
  const count = students.length;
  const max = students[0]?.max ?? exercises.reduce((sum, exercise) => sum + Object.values(exercise.checks).reduce((a, c) => a + c.points, 0), 0);
  const totals = students.map((student) => student.total);
  const lines = [
    `# ${t("Grading summary")}`,
    "",
    t("{submissions}, exercises {exercises}. Mean {mean} / {max} points, median {median}, {full} with full marks.", {
      submissions: count === 1 ? t("1 submission") : t("{count} submissions", { count }),
      exercises: exercises.map((exercise) => exercise.number).join(", "),
      mean: round(totals.reduce((a, b) => a + b, 0) / Math.max(1, count)),
      max,
      median: round(median(totals)),
      full: totals.filter((total) => total === max).length,
    }),
    "",
    `## ${t("Exercises")}`,
    "",
    `| ${[t("exercise"), t("max"), t("mean"), t("full marks"), t("not started")].join(" | ")} |`,
    "|---|---:|---:|---:|---:|",
  ];
  for (const exercise of exercises) {
    const grades = students.flatMap((student) => student.exercises.filter((grade) => grade.number === exercise.number));
    const exerciseMax = grades[0]?.max ?? 0;
    const full = grades.filter((grade) => grade.points === grade.max).length;
    const untouched = grades.filter((grade) => grade.checks.every((check) => check.status === "not-started")).length;
    const mean = grades.reduce((sum, grade) => sum + grade.points, 0) / Math.max(1, grades.length);
    lines.push(`| ${exercise.slug} | ${exerciseMax} | ${round(mean)} | ${full} (${percent(full, grades.length)}) | ${untouched} |`);
  }

  lines.push("", `## ${t("Checks")}`, "", `| ${[t("exercise"), t("check"), t("points"), t("passed"), t("failed"), t("not started")].join(" | ")} |`, "|---|---|---:|---:|---:|---:|");
  // For the most common failures, a submission with a problem (a missing file) would count in every check: leave it out.
  const failures: { where: string; students: string[]; messages: Map<string, number> }[] = [];
  for (const exercise of exercises) {
    const byCheck = new Map<string, { check: StoredCheck; student: StudentGrade; problems: boolean }[]>();
    for (const student of students) {
      const grade = student.exercises.find((candidate) => candidate.number === exercise.number);
      for (const check of grade?.checks ?? []) {
        byCheck.set(check.id, [...(byCheck.get(check.id) ?? []), { check, student, problems: (grade?.problems.length ?? 0) > 0 }]);
      }
    }
    for (const [id, entries] of byCheck) {
      const checks = entries.map((entry) => entry.check);
      const passed = checks.filter((check) => check.status === "passed").length;
      const failed = checks.filter((check) => check.status === "failed" || check.status === "error").length;
      const untouched = checks.filter((check) => check.status === "not-started").length;
      lines.push(`| ${exercise.number} | ${id} | ${checks[0]!.points} | ${passed} (${percent(passed, checks.length)}) | ${failed} | ${untouched} |`);
      // A check not run because of a compile error another check told is not a failure of its own.
      const failing = entries.filter((entry) => (entry.check.status === "failed" || entry.check.status === "error") && !entry.problems && !entry.check.notRunBecauseOf);
      if (failing.length === 0) continue;
      const messages = new Map<string, number>();
      for (const entry of failing) messages.set(gist(entry.check.message), (messages.get(gist(entry.check.message)) ?? 0) + 1);
      failures.push({ where: `${exercise.number} ${id}`, students: failing.map((entry) => entry.student.id), messages });
    }
  }

  const common = [...failures].sort((a, b) => b.students.length - a.students.length || (a.where < b.where ? -1 : a.where > b.where ? 1 : 0)).slice(0, 10);
  lines.push("", `## ${t("Most common failures")}`, "", t("Checks that most students fail, with the most frequent message (submissions with problems left out):"), "");
  if (common.length === 0) lines.push(t("None: every check that was started passed."));
  for (const failure of common) {
    const who = failure.students.length > 5 ? `${failure.students.slice(0, 5).join(", ")}, …` : failure.students.join(", ");
    const [message, times] = [...failure.messages].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    const share = failure.messages.size > 1 ? ` ${t("({count} of them)", { count: times })}` : "";
    lines.push(`- **${failure.where}** — ${failure.students.length === 1 ? t("1 student") : t("{count} students", { count: failure.students.length })} (${who}): ${message}${share}`);
  }

  const problems = students.filter((student) => student.problems.length > 0);
  if (problems.length > 0) {
    lines.push("", `## ${t("Submissions with problems")}`, "");
    for (const student of problems) lines.push(`- **${student.id}** (${student.entry}): ${student.problems.join(" ")}`);
  }
  const errors = students.filter((student) => student.gradingErrors.length > 0);
  if (errors.length > 0) {
    lines.push("", `## ${t("Could not be graded (run again; these are not stored)")}`, "");
    for (const student of errors) lines.push(`- **${student.id}**: ${student.gradingErrors.join(" ")}`);
  }
  if (skipped.length > 0) {
    lines.push("", `## ${t("Skipped entries")}`, "");
    for (const entry of skipped) lines.push(`- ${entry}`);
  }
  lines.push("");
  return lines.join("\n");
}
