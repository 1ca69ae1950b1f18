// moodle.csv: a sheet for Moodle's Grades → Import → CSV file. Moodle's importer
// (grade/import/csv) needs one header row of distinct names, the same number of cells in every
// row, a column it can map to a user field (username, ID number, email address or user id),
// and grade cells that are numbers, or empty for "no grade". It refuses the whole file when one
// identifier matches no user, and a grade above 100 unless the site allows unlimited grades.
import { t } from "../../i18n/index.ts";
import type { ExerciseSpec } from "../../manifest.ts";
import { writeSheet, type Cell } from "./sheets.ts";
import type { StudentGrade } from "./types.ts";

/** The most points Moodle takes in a grade unless the site's "Unlimited grades" is on. */
const MOODLE_GRADE_MAX = 100;

export function renderMoodle(exercises: ExerciseSpec[], students: StudentGrade[]): { csv: string; notes: string[] } {
  const header = ["Student", ...exercises.map((exercise) => exercise.slug), "Total"];
  const rows: Cell[][] = students.map((student) => [
    student.id,
    ...exercises.map((exercise) => student.exercises.find((grade) => grade.number === exercise.number)?.points ?? 0),
    student.total,
  ]);
  const max = students[0]?.max ?? 0;
  const notes = max > MOODLE_GRADE_MAX ? [t("Moodle: the total can reach {max} points, and Moodle refuses grades above {limit} unless the site allows unlimited grades; import the exercise columns instead, or ask for that setting.", { max, limit: MOODLE_GRADE_MAX })] : [];
  return { csv: writeSheet([header, ...rows]), notes };
}
