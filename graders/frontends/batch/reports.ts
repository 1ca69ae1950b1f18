// Writes every report of a run into the output folder:
//   grades.csv        one row per student: points per exercise, total, max
//   moodle.csv        the same grades for Moodle's CSV import (moodle.ts)
//   canvas.csv        with --canvas: the instructor's Canvas gradebook with one column filled (canvas.ts)
//   results.json      every check of every student: status, message, steps, transcript
//   junit/<id>.xml    one JUnit file per student
//   feedback/<id>.md  what to hand each student
//   summary.md        pass rates and the most common failures
// Nothing in them depends on timing of the run itself or on what was cached, so a rerun that
// grades nothing writes the same bytes.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checksFor } from "../../checks/index.ts";
import { t } from "../../i18n/index.ts";
import type { ExerciseSpec } from "../../manifest.ts";
import { renderCanvas, type CanvasGradebook } from "./canvas.ts";
import { renderFeedback } from "./feedback-file.ts";
import { renderJunit } from "./junit.ts";
import { renderMoodle } from "./moodle.ts";
import { looksLikeFormula, writeSheet } from "./sheets.ts";
import { renderSummary } from "./summary.ts";
import type { BatchContainment, StudentGrade } from "./types.ts";

export interface Run {
  kitVersion: Record<string, string>;
  /** What contained the student programs; absent in runs that did not grade (classroom). */
  containment?: BatchContainment;
  exercises: ExerciseSpec[];
  students: StudentGrade[];
  skipped: string[];
  /** With --canvas: the gradebook export to fill. */
  canvas?: CanvasGradebook;
}

export function renderCsv(run: Run): string {
  const header = ["id", ...run.exercises.map((exercise) => exercise.slug), "total", "max"];
  const rows = run.students.map((student) => [
    student.id,
    ...run.exercises.map((exercise) => student.exercises.find((grade) => grade.number === exercise.number)?.points ?? 0),
    student.total,
    student.max,
  ]);
  return writeSheet([header, ...rows]);
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

/** Writes every report; returns what the instructor should know about the grade sheets. */
export function writeReports(out: string, run: Run): string[] {
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "grades.csv"), renderCsv(run));
  const moodle = renderMoodle(run.exercises, run.students);
  writeFileSync(join(out, "moodle.csv"), moodle.csv);
  const notes = [...moodle.notes];
  if (run.canvas) {
    const canvas = renderCanvas(run.canvas, run.students, run.students[0]?.max ?? 0);
    writeFileSync(join(out, "canvas.csv"), canvas.csv);
    notes.push(...canvas.notes);
  } else rmSync(join(out, "canvas.csv"), { force: true }); // never a stale sheet from an earlier run
  const formulas = run.students.filter((student) => looksLikeFormula(student.id)).map((student) => student.id);
  if (formulas.length > 0) {
    notes.push(t("{ids}: these ids start like a spreadsheet formula, so the grade sheets write them with a leading ' (shown as text, never run). A course platform will not know them: rename those entries.", { ids: formulas.join(", ") }));
  }
  writeFileSync(join(out, "results.json"), renderResults(run));
  writeFileSync(join(out, "summary.md"), renderSummary(run.exercises, run.students, run.skipped));
  for (const [folder, render, extension] of [["junit", renderJunit, "xml"], ["feedback", renderFeedback, "md"]] as const) {
    // Rewritten whole, so a student no longer in the class leaves no stale file behind.
    rmSync(join(out, folder), { recursive: true, force: true });
    mkdirSync(join(out, folder));
    for (const student of run.students) writeFileSync(join(out, folder, `${student.id}.${extension}`), render(student));
  }
  return notes;
}
