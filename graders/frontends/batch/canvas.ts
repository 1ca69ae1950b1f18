// canvas.csv: the instructor's own Canvas gradebook export with one assignment column filled,
// ready for Canvas's Grades → Import. Canvas's importer (GradebookImporter in canvas-lms) reads:
//   - a header whose first columns describe the student, ending with Section: Student, ID, and
//     usually SIS User ID and SIS Login ID (some exports add Integration ID or Root Account);
//   - then one column per assignment, "Title (assignment id)"; a title it does not know becomes
//     a new assignment; computed columns (Current Score, Final Grade, …) are read-only;
//   - a row whose first cell holds "Points Possible": each assignment's maximum;
//   - one row per student, found by ID, then SIS User ID or SIS Login ID, then name; an empty
//     cell leaves that student's grade as it is.
// So canvas.csv keeps the student columns and rows of the export exactly, adds the Points
// Possible row, and holds the one assignment column the run fills: nothing else can change.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { t } from "../../i18n/index.ts";
import { readSheet, writeSheet, type Cell } from "./sheets.ts";
import { BatchInputError, type StudentGrade } from "./types.ts";

export interface CanvasOptions {
  /** The gradebook exported from Canvas (Grades → Export → Export Entire Gradebook). */
  gradebook: string;
  /** The column whose value is the student id of the submissions (default "SIS Login ID"). */
  match: string;
  /** Which assignment column to fill; a name that is not there becomes a new assignment. */
  assignment?: string;
}

export interface CanvasGradebook {
  file: string;
  /** The student columns, Student … Section. */
  studentHeader: string[];
  matchColumn: number;
  /** The header of the assignment column to fill. */
  assignmentHeader: string;
  /** The maximum Canvas has for it, when the export says (a new assignment gets the run's). */
  pointsPossible?: number;
  rows: string[][];
}

/** Computed columns Canvas exports and ignores on import (also with "Unposted" in front). */
const READ_ONLY_COLUMNS = /Current Score|Current Points|Current Grade|Final Score|Final Points|Final Grade|Override Score|Override Grade|Override Status/;
const POINTS_POSSIBLE = "Points Possible";
/** "Week 3: TCP client (4417)": the title and Canvas's assignment id. */
const TITLE_AND_ID = /^(.*\S)\s*\((\d+)\)$/;

/** How two spellings of one student id compare: trimmed, NFC (macOS folder names are NFD), any case. */
export function sameStudent(id: string): string {
  return id.normalize("NFC").trim().toLowerCase();
}

function number(text: string | undefined): number | undefined {
  if (text === undefined || !/^\s*\d+([.,]\d+)?\s*$/.test(text)) return undefined;
  return Number(text.trim().replace(",", "."));
}

/** Reads and checks the export before any grading, so a mistake costs seconds, not a class's grading time. */
export function loadCanvasGradebook(options: CanvasOptions): CanvasGradebook {
  const file = basename(options.gradebook);
  let table: string[][];
  try {
    table = readSheet(readFileSync(options.gradebook, "utf8"));
  } catch (error) {
    throw new BatchInputError(t("Cannot read the Canvas gradebook {file}: {reason}", { file: options.gradebook, reason: (error as Error).message }));
  }
  const header = (table[0] ?? []).map((cell) => cell.trim());
  const section = header.indexOf("Section");
  const named = (header[0] === "Student" || header[0] === "LastName") && header.includes("ID");
  if (!named || section < 0 || section > 7) {
    throw new BatchInputError(
      t("{file} does not look like a Canvas gradebook export: its first columns should be Student, ID, SIS User ID, SIS Login ID and Section. Export it from Canvas with Grades → Export → Export Entire Gradebook.", { file }),
    );
  }
  const studentHeader = header.slice(0, section + 1);
  const matchColumn = studentHeader.indexOf(options.match.trim());
  if (matchColumn < 0) {
    throw new BatchInputError(t("{file} has no column \"{column}\" to match the submissions on. Its student columns are: {columns}. Name one with --canvas-match.", { file, column: options.match, columns: studentHeader.join(", ") }));
  }
  const pointsRow = table.slice(1).find((row) => (row[0] ?? "").includes(POINTS_POSSIBLE));
  // Canvas skips a row that only says "Muted" or "Manual Posting" under some assignments.
  const rows = table.slice(1).filter((row) => row !== pointsRow && !row.every((cell) => /^\s*(Muted|Manual Posting.*)?\s*$/i.test(cell)));
  const assignments = header
    .map((name, column) => ({ name, column }))
    .filter(({ name, column }) => column > section && name !== "" && !READ_ONLY_COLUMNS.test(name) && !/read\s+only/.test(pointsRow?.[column] ?? ""));

  let wanted = options.assignment?.trim();
  if (wanted === undefined || wanted === "") {
    if (assignments.length !== 1) {
      throw new BatchInputError(
        t("{file} has {count} assignment columns ({columns}): say which one to fill with --canvas-assignment NAME. A name that is not there creates a new assignment.", {
          file,
          count: assignments.length,
          columns: assignments.map(({ name }) => `"${name}"`).join(", ") || "–",
        }),
      );
    }
    wanted = assignments[0]!.name;
  }
  const titleOf = (name: string) => TITLE_AND_ID.exec(name)?.[1] ?? name;
  const exact = header.map((name, column) => ({ name, column })).filter(({ name, column }) => column > section && name === wanted);
  const byTitle = assignments.filter(({ name }) => titleOf(name) === wanted || sameStudent(titleOf(name)) === sameStudent(wanted!));
  const found = exact.length > 0 ? exact : byTitle;
  if (found.length > 1) {
    throw new BatchInputError(t("More than one column of {file} is called \"{name}\": {columns}. Pass the whole column name, with its number in brackets.", { file, name: wanted, columns: found.map(({ name }) => `"${name}"`).join(", ") }));
  }
  const target = found[0];
  if (target && !assignments.some(({ column }) => column === target.column)) {
    throw new BatchInputError(t("The column \"{name}\" of {file} is computed by Canvas and read-only: choose an assignment column.", { file, name: target.name }));
  }
  return {
    file,
    studentHeader,
    matchColumn,
    assignmentHeader: target?.name ?? wanted,
    pointsPossible: target ? number(pointsRow?.[target.column]) : undefined,
    rows: rows.map((row) => studentHeader.map((_, column) => row[column] ?? "")),
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** canvas.csv, and what the instructor should know about it (unmatched students, a new assignment, scaling). */
export function renderCanvas(gradebook: CanvasGradebook, students: StudentGrade[], max: number): { csv: string; notes: string[] } {
  const notes: string[] = [];
  const column = gradebook.studentHeader[gradebook.matchColumn]!;
  const name = gradebook.assignmentHeader;
  const possible = gradebook.pointsPossible ?? max;
  const scale = (total: number) => (possible === max || max === 0 ? total : round((total * possible) / max));
  if (gradebook.pointsPossible === undefined) notes.push(t("Canvas: \"{name}\" is not in {file} yet; importing canvas.csv creates it as a new assignment of {points} points.", { name, file: gradebook.file, points: max }));
  else if (possible !== max && students[0]) {
    notes.push(
      t("Canvas: \"{name}\" is worth {possible} points in Canvas and {max} here, so canvas.csv holds the points scaled to Canvas's ({total} of {max} becomes {scaled}).", {
        name,
        possible,
        max,
        total: students[0].total,
        scaled: scale(students[0].total),
      }),
    );
  }

  const rowsByStudent = new Map<string, number[]>();
  gradebook.rows.forEach((row, index) => {
    const key = sameStudent(row[gradebook.matchColumn] ?? "");
    if (key !== "") rowsByStudent.set(key, [...(rowsByStudent.get(key) ?? []), index]);
  });
  const grades = new Map<number, StudentGrade[]>();
  const unmatched: string[] = [];
  const ambiguous: string[] = [];
  for (const student of students) {
    const rows = rowsByStudent.get(sameStudent(student.id)) ?? [];
    if (rows.length === 0) unmatched.push(student.id);
    else if (rows.length > 1) ambiguous.push(student.id);
    else grades.set(rows[0]!, [...(grades.get(rows[0]!) ?? []), student]);
  }
  for (const [row, graded] of grades) {
    if (graded.length > 1) {
      ambiguous.push(...graded.map((student) => student.id));
      grades.delete(row);
    }
  }
  if (unmatched.length > 0) {
    notes.push(t("Canvas: {count} submission(s) match no row of {file} by \"{column}\": {ids}. Their grades are not in canvas.csv: name those entries by the students' {column}.", { count: unmatched.length, file: gradebook.file, column, ids: unmatched.join(", ") }));
  }
  if (ambiguous.length > 0) {
    notes.push(t("Canvas: {ids} could each be more than one student of {file} by \"{column}\"; their cells are left empty. Enter those grades by hand.", { ids: ambiguous.join(", "), file: gradebook.file, column }));
  }
  const without = gradebook.rows.length - grades.size;
  if (without > 0) notes.push(t("Canvas: {count} student(s) of {file} have no grade in canvas.csv; their cells are empty, so Canvas leaves their grades as they are.", { count: without, file: gradebook.file }));

  const blanks = gradebook.studentHeader.slice(1).map(() => "");
  const table: Cell[][] = [
    [...gradebook.studentHeader, name],
    [POINTS_POSSIBLE, ...blanks, possible],
    ...gradebook.rows.map((row, index) => {
      const graded = grades.get(index)?.[0];
      return [...row, graded ? scale(graded.total) : ""];
    }),
  ];
  return { csv: writeSheet(table), notes };
}
