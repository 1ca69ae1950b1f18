// Writes every report of a run into the output folder:
//   grades.csv        one row per student: points per exercise, total, max (imports as is)
//   results.json      every check of every student: status, message, steps, transcript
//   junit/<id>.xml    one JUnit file per student
//   feedback/<id>.md  what to hand each student
//   summary.md        pass rates and the most common failures
// Nothing in them depends on timing of the run itself or on what was cached, so a rerun that
// grades nothing writes the same bytes.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checksFor } from "../../checks/index.ts";
import type { ExerciseSpec } from "../../manifest.ts";
import { renderFeedback } from "./feedback-file.ts";
import { renderJunit } from "./junit.ts";
import { renderSummary } from "./summary.ts";
import type { BatchContainment, StudentGrade } from "./types.ts";

export interface Run {
  kitVersion: Record<string, string>;
  /** What contained the student programs; absent in runs that did not grade (classroom). */
  containment?: BatchContainment;
  exercises: ExerciseSpec[];
  students: StudentGrade[];
  skipped: string[];
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderCsv(run: Run): string {
  const header = ["id", ...run.exercises.map((exercise) => exercise.slug), "total", "max"];
  const rows = run.students.map((student) => [
    student.id,
    ...run.exercises.map((exercise) => student.exercises.find((grade) => grade.number === exercise.number)?.points ?? 0),
    student.total,
    student.max,
  ]);
  return [header, ...rows].map((row) => row.map(csvField).join(",")).join("\n") + "\n";
}

export function renderResults(run: Run): string {
  const results = {
    kit: { versions: run.kitVersion },
    ...(run.containment ? { containment: run.containment } : {}),
    exercises: run.exercises.map((exercise) => ({
      number: exercise.number,
      slug: exercise.slug,
      title: exercise.title,
      max: Object.values(exercise.checks).reduce((sum, check) => sum + check.points, 0),
      checks: checksFor(exercise.number).map((check) => ({ id: check.id, title: check.title, points: exercise.checks[check.id]?.points ?? 0 })),
    })),
    students: run.students.map(({ fromCache: _fromCache, ...student }) => student),
    skipped: run.skipped,
  };
  return `${JSON.stringify(results, null, 2)}\n`;
}

export function writeReports(out: string, run: Run): void {
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "grades.csv"), renderCsv(run));
  writeFileSync(join(out, "results.json"), renderResults(run));
  writeFileSync(join(out, "summary.md"), renderSummary(run.exercises, run.students, run.skipped));
  for (const [folder, render, extension] of [["junit", renderJunit, "xml"], ["feedback", renderFeedback, "md"]] as const) {
    // Rewritten whole, so a student no longer in the class leaves no stale file behind.
    rmSync(join(out, folder), { recursive: true, force: true });
    mkdirSync(join(out, folder));
    for (const student of run.students) writeFileSync(join(out, folder, `${student.id}.${extension}`), render(student));
  }
}
