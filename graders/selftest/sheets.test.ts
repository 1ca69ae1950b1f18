// The grade sheets import where instructors live. canvas.csv is read here the way Canvas's
// gradebook importer reads a file, moodle.csv the way Moodle's CSV grade import does (both
// modelled on the platforms' documented formats and importers, see
// graders/fixtures/platforms/README.md), starting from a gradebook export written from Canvas's
// format. Every sheet is safe to open in a spreadsheet: no cell runs as a formula (CSV injection).
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { afterAll, describe, expect, test } from "vitest";
import { loadCanvasGradebook, renderCanvas, type CanvasOptions } from "../frontends/batch/canvas.ts";
import { renderMoodle } from "../frontends/batch/moodle.ts";
import { renderCsv } from "../frontends/batch/reports.ts";
import { looksLikeFormula, readSheet } from "../frontends/batch/sheets.ts";
import { BatchInputError, type StudentGrade } from "../frontends/batch/types.ts";
import { KIT_ROOT } from "../harness/static.ts";
import { findExercise } from "../manifest.ts";

const EXERCISE = findExercise("03");
const FULL = Object.values(EXERCISE.checks).reduce((sum, check) => sum + check.points, 0);
const scratch = mkdtempSync(join(tmpdir(), "app-layer-lab-sheets-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
// Canvas writes CRLF line ends; the kit's files are checked out with LF (.gitattributes).
const EXPORT = join(scratch, "canvas-gradebook-export.csv");
writeFileSync(EXPORT, readFileSync(join(KIT_ROOT, "graders", "fixtures", "platforms", "canvas-gradebook-export.csv"), "utf8").replace(/\r?\n/g, "\r\n"));

/** A graded student of exercise 03 with `total` of FULL points. */
function graded(id: string, total: number): StudentGrade {
  return {
    id,
    entry: id,
    submissionHash: id,
    total,
    max: FULL,
    problems: [],
    gradingErrors: [],
    exercises: [{ number: EXERCISE.number, slug: EXERCISE.slug, points: total, max: FULL, problems: [], checks: [] }],
    fromCache: false,
  };
}

/** Every cell that a spreadsheet would run as a formula. */
function formulas(csv: string): string[] {
  return (parse(csv, { relax_column_count: true }) as string[][]).flat().filter(looksLikeFormula);
}

// ── Canvas's gradebook importer (canvas-lms GradebookImporter), as far as a file decides it ──
interface CanvasImport {
  assignments: { header: string; title: string; id?: string; pointsPossible?: string }[];
  /** Per student row: the Canvas user id (the ID column) and the grade given per assignment header; "" leaves it unchanged. */
  students: { id: string; login?: string; grades: Record<string, string> }[];
}
const CANVAS_NOT_ASSIGNMENTS = /Current Score|Current Points|Current Grade|Final Score|Final Points|Final Grade|Override Score|Override Grade|Override Status/;

function canvasImport(csv: string): CanvasImport {
  const rows = parse(csv, { relax_column_count: true }) as string[][];
  const header = rows[0]!;
  if (!(header.length > 3 && header[0]!.includes("Student") && header[1]!.includes("ID"))) throw new Error("Invalid header row");
  let studentColumns = 3;
  let login: number | undefined;
  if (/SIS\s+Login\s+ID/.test(header[2]!)) {
    login = 2;
    studentColumns += 1;
  } else if (/SIS\s+User\s+ID/.test(header[2]!) && /SIS\s+Login\s+ID/.test(header[3] ?? "")) {
    login = 3;
    studentColumns += /Integration\s+ID/.test(header[4] ?? "") ? 3 : 2;
  }
  if (!header[studentColumns - 1]!.includes("Section")) throw new Error("Invalid header row: the student columns must end with Section");
  const pointsRow = rows.find((row, index) => index > 0 && row[0]!.includes("Points Possible"));
  const assignments = header
    .map((name, column) => ({ name, column }))
    .filter(({ name, column }) => column >= studentColumns && !CANVAS_NOT_ASSIGNMENTS.test(name))
    .map(({ name, column }) => {
      const match = /^(.*)\s+\((\d+)\)$/.exec(name);
      return { header: name, column, title: match?.[1] ?? name, id: match?.[2], pointsPossible: pointsRow?.[column] };
    });
  const students = rows
    .slice(1)
    .filter((row) => row !== pointsRow && !row.every((cell) => /^\s*(Muted|Manual Posting.*)?\s*$/i.test(cell)))
    .map((row) => ({ id: row[1]!, login: login === undefined ? undefined : row[login], grades: Object.fromEntries(assignments.map(({ header: name, column }) => [name, (row[column] ?? "").trim()])) }));
  return { assignments: assignments.map(({ column: _column, ...rest }) => rest), students };
}

// ── Moodle's CSV grade import (grade/import/csv and csv_import_reader) ──
function moodleImport(csv: string, mapFrom: string, grades: string[]): Record<string, Record<string, number | null>> {
  const rows = parse(csv) as string[][]; // csv_import_reader refuses rows of another length too
  const header = rows[0]!.map((cell) => cell.trim());
  if (new Set(header).size !== header.length) throw new Error("csvcolumnduplicates");
  for (const row of rows) if (row.length !== header.length) throw new Error("csvweirdcolumns");
  const from = header.indexOf(mapFrom);
  if (from < 0) throw new Error(`no column ${mapFrom}`);
  const result: Record<string, Record<string, number | null>> = {};
  for (const row of rows.slice(1)) {
    const user = row[from]!.trim();
    if (user === "") continue;
    result[user] = {};
    for (const item of grades) {
      const value = row[header.indexOf(item)]!.trim();
      if (value === "" || value === "-") result[user]![item] = null;
      else {
        if (!/^-?\d+([.,]\d+)?$/.test(value)) throw new Error(`badgrade: ${value}`);
        const grade = Number(value.replace(",", "."));
        if (grade > 100) throw new Error("gradevaluetoobig");
        result[user]![item] = grade;
      }
    }
  }
  return result;
}

const canvas = (options: Partial<CanvasOptions> = {}) => loadCanvasGradebook({ gradebook: EXPORT, match: "SIS Login ID", assignment: "Week 3: TCP client", ...options });

describe("canvas.csv: the instructor's Canvas gradebook, one assignment filled", () => {
  const students = [graded("kim-minji", FULL), graded("lee-jun", 0), graded("최유나".normalize("NFD"), Math.floor(FULL / 2)), graded("=SUM(1,2)", 1), graded("nobody", FULL)];

  test("Canvas's importer reads it: the student columns, one assignment with its points possible, every student by ID", () => {
    const { csv } = renderCanvas(canvas(), students, FULL);
    const read = canvasImport(csv);
    expect(read.assignments).toEqual([{ header: "Week 3: TCP client (4417)", title: "Week 3: TCP client", id: "4417", pointsPossible: "100" }]);
    const scaled = (points: number) => String(Math.round((points * 100 * 100) / FULL) / 100);
    const byId = Object.fromEntries(read.students.map((student) => [student.id, student.grades["Week 3: TCP client (4417)"]]));
    expect(byId).toEqual({
      "101": scaled(FULL), // kim-minji
      "102": scaled(0), // Lee-Jun: ids compare in any case
      "103": "", // park-seo: no submission, so Canvas keeps the grade it has
      "104": scaled(Math.floor(FULL / 2)), // 최유나, named in NFD as a macOS folder would be
      "105": scaled(1), // the login =SUM(1,2) still matches; Canvas finds the row by its ID
      "199": "", // the test student
    });
  });

  test("the export's student columns and rows come back unchanged, only made safe to open in a spreadsheet", () => {
    const { csv } = renderCanvas(canvas(), students, FULL);
    const original = readSheet(readFileSync(EXPORT, "utf8"));
    const written = parse(csv) as string[][];
    expect(written[0]).toEqual(["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "Week 3: TCP client (4417)"]);
    const people = original.slice(1).filter((row) => /^\d+$/.test(row[1]!));
    expect(written.slice(2).map((row) => row.slice(0, 5))).toEqual(people.map((row) => row.slice(0, 5).map((cell) => (looksLikeFormula(cell) ? `'${cell}` : cell))));
    expect(formulas(csv)).toEqual([]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example""),Sneaky"`);
  });

  test("it says what the instructor must know: scaled points, unmatched submissions, students without a grade", () => {
    const { notes } = renderCanvas(canvas(), students, FULL);
    expect(notes.join("\n")).toContain("100");
    expect(notes.find((note) => note.includes("nobody"))).toBeDefined();
    expect(notes.find((note) => note.includes("2 student(s)"))).toBeDefined();
  });

  test("a name that is not a column makes a new assignment worth the run's maximum, unscaled", () => {
    const { csv, notes } = renderCanvas(canvas({ assignment: "Lab 3: sockets" }), students, FULL);
    const read = canvasImport(csv);
    expect(read.assignments).toEqual([{ header: "Lab 3: sockets", title: "Lab 3: sockets", id: undefined, pointsPossible: String(FULL) }]);
    expect(read.students.find((student) => student.id === "101")!.grades["Lab 3: sockets"]).toBe(String(FULL));
    expect(notes.find((note) => note.includes("Lab 3: sockets"))).toBeDefined();
  });

  test("a gradebook Excel saved again with semicolons and a byte order mark reads the same", () => {
    const rows = readSheet(readFileSync(EXPORT, "utf8"));
    const resaved = join(scratch, "excel.csv");
    writeFileSync(resaved, `\uFEFF${stringify(rows, { delimiter: ";", record_delimiter: "windows" })}`);
    expect(renderCanvas(canvas({ gradebook: resaved }), students, FULL).csv).toBe(renderCanvas(canvas(), students, FULL).csv);
  });

  test("mistakes in the options are explained before any grading, naming what the file has", () => {
    const refused = (options: Partial<CanvasOptions>, ...mentions: string[]) => {
      let error: unknown;
      try {
        canvas(options);
      } catch (caught) {
        error = caught;
      }
      expect(error, JSON.stringify(options)).toBeInstanceOf(BatchInputError);
      for (const mention of mentions) expect((error as Error).message).toContain(mention);
    };
    refused({ match: "Email" }, "Email", "SIS Login ID", "--canvas-match");
    refused({ assignment: undefined }, "Week 3: TCP client (4417)", "Quiz 1 (4410)", "--canvas-assignment");
    refused({ assignment: "Current Score" }, "Current Score");
    refused({ gradebook: join(scratch, "missing.csv") }, "missing.csv");
    const notCanvas = join(scratch, "grades.csv");
    writeFileSync(notCanvas, "id,03-tcp-client,total,max\nkim,9,9,9\n");
    refused({ gradebook: notCanvas }, "grades.csv", "Section");
    // With one assignment column, naming it is optional.
    const single = join(scratch, "single.csv");
    writeFileSync(single, stringify(readSheet(readFileSync(EXPORT, "utf8")).map((row) => [...row.slice(0, 6), ...row.slice(7)])));
    expect(canvas({ gradebook: single, assignment: undefined }).assignmentHeader).toBe("Week 3: TCP client (4417)");
  });
});

describe("moodle.csv and grades.csv", () => {
  const ids = ["kim-minji", "=SUM(1,2)", "+1", "-1+2", "@SUM(A1)", "\tTAB", "\rCR", "-3", "최유나"];
  const students = ids.map((id, index) => graded(id, index % (FULL + 1)));

  test("Moodle's CSV import reads moodle.csv: one row per student, numeric grades per exercise and in total", () => {
    const { csv, notes } = renderMoodle([EXERCISE], students);
    const read = moodleImport(csv, "Student", [EXERCISE.slug, "Total"]);
    expect(read["kim-minji"]).toEqual({ [EXERCISE.slug]: 0, Total: 0 });
    expect(read["최유나"]).toEqual({ [EXERCISE.slug]: 8 % (FULL + 1), Total: 8 % (FULL + 1) });
    expect(Object.keys(read)).toHaveLength(ids.length);
    expect(notes).toEqual([]);
  });

  test("Moodle is told when the total can pass 100, which it refuses by default", () => {
    const big = { ...graded("kim-minji", 120), max: 150 };
    expect(renderMoodle([EXERCISE], [big]).notes.join("")).toContain("150");
  });

  test("no cell of grades.csv, moodle.csv or canvas.csv runs as a formula; ids keep their text behind a '", () => {
    const sheets = {
      "grades.csv": renderCsv({ kitVersion: {}, exercises: [EXERCISE], students, skipped: [] }),
      "moodle.csv": renderMoodle([EXERCISE], students).csv,
      "canvas.csv": renderCanvas(canvas(), students, FULL).csv,
    };
    for (const [name, csv] of Object.entries(sheets)) expect(formulas(csv), name).toEqual([]);
    const column = (parse(sheets["grades.csv"]) as string[][]).slice(1).map((row) => row[0]);
    expect(column).toEqual(ids.map((id) => (["=", "+", "@", "\t", "\r"].includes(id[0]!) || id === "-1+2" ? `'${id}` : id)));
    expect(column).toContain("-3"); // a plain number is data, not a formula
  });
});

describe("npm run grade -- … --canvas", () => {
  const CLI = join(KIT_ROOT, "graders", "frontends", "batch", "cli.ts");
  const run = (args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ["--import", "tsx", CLI, ...args], { cwd: KIT_ROOT, env: { ...process.env, INIT_CWD: scratch } });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      child.on("close", (code) => resolve({ code, stdout, stderr }));
    });
  const submissions = join(scratch, "class");
  mkdirSync(submissions);
  cpSync(join(KIT_ROOT, "solutions"), join(submissions, "kim-minji"), { recursive: true });
  // An exercise folder without its files: 0 points, and no dependence on the kit's exercises/ (a student's work).
  mkdirSync(join(submissions, "=SUM(1,2)", EXERCISE.slug), { recursive: true });

  test.concurrent("grades the class and writes canvas.csv and moodle.csv beside grades.csv, and says what to check", async () => {
    const { code, stdout, stderr } = await run(["class", "--exercises", EXERCISE.number, "--out", "report", "--quiet", "--canvas", EXPORT, "--canvas-assignment", "Week 3: TCP client"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("canvas.csv");
    expect(stdout).toContain("=SUM(1,2)"); // named as an id that looks like a formula
    const report = join(scratch, "report");
    const grades = canvasImport(readFileSync(join(report, "canvas.csv"), "utf8")).students.map((student) => [student.id, student.grades["Week 3: TCP client (4417)"]]);
    expect(grades).toEqual([["101", "100"], ["102", ""], ["103", ""], ["104", ""], ["105", "0"], ["199", ""]]);
    expect(readFileSync(join(report, "grades.csv"), "utf8")).toBe(`id,${EXERCISE.slug},total,max\n"'=SUM(1,2)",0,0,${FULL}\nkim-minji,${FULL},${FULL},${FULL}\n`);
    expect(moodleImport(readFileSync(join(report, "moodle.csv"), "utf8"), "Student", ["Total"])).toEqual({ "'=SUM(1,2)": { Total: 0 }, "kim-minji": { Total: FULL } });
  });

  test.concurrent("a gradebook mistake stops the command at once with exit code 2, before anything is graded", async () => {
    const { code, stderr } = await run(["class", "--out", "refused", "--canvas", EXPORT, "--canvas-match", "Login"]);
    expect(code).toBe(2);
    expect(stderr).toContain("SIS Login ID");
    expect(existsSync(join(scratch, "refused"))).toBe(false);
    const usage = await run(["class", "--canvas-match", "ID"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("--canvas");
  });
});
