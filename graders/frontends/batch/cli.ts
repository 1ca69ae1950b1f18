// npm run grade -- <submissions> [--out DIR] [--exercises LIST] [--jobs N] [--quiet]
//                  [--canvas GRADEBOOK.csv [--canvas-match COLUMN] [--canvas-assignment NAME]]
//
// Exit code: 0 when every submission was graded, 1 when some could not be (a grading process
// crashed or timed out; run again), 2 for a mistake in the command, 130/143 when interrupted.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { t } from "../../i18n/index.ts";
import { BatchInputError, gradeBatch, type BatchOutcome } from "./batch.ts";
import type { CanvasOptions } from "./canvas.ts";

const USAGE = `Usage: npm run grade -- <submissions> [--out DIR] [--exercises LIST] [--jobs N] [--quiet]
                         [--canvas GRADEBOOK.csv [--canvas-match COLUMN] [--canvas-assignment NAME]]

Grades every submission in the folder <submissions>: one entry per student, either a folder laid
out like exercises/ (or a whole clone of the kit) or a .zip of one. The entry's name, without
.zip, is the student id.

  --out DIR          where the reports go (default: report)
  --exercises LIST   which exercises, e.g. 03 or 01,03-05 (default: every exercise with a grader)
  --jobs N           submissions graded side by side (default: ${availableParallelism()}, the number of cores)
  --quiet            no progress output
  --canvas FILE      also write canvas.csv: FILE is your Canvas gradebook export, with one
                     assignment column filled with the points (Grades → Export in Canvas)
  --canvas-match COLUMN      the gradebook column that holds the student ids the submissions
                             are named by (default: "SIS Login ID")
  --canvas-assignment NAME   the assignment column to fill (a new name makes a new assignment)
  -h, --help         show this help

Writes grades.csv, moodle.csv, results.json, summary.md, feedback/<id>.md and junit/<id>.xml
into DIR (and canvas.csv with --canvas).
Run it again after adding or changing submissions: only those are graded again.`;

function usageError(message: string): never {
  process.stderr.write(`error: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function parse(): { submissions: string; out: string; exercises?: string[]; jobs?: number; quiet: boolean; canvas?: CanvasOptions } {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: "string", default: "report" },
        exercises: { type: "string" },
        jobs: { type: "string" },
        quiet: { type: "boolean", default: false },
        canvas: { type: "string" },
        "canvas-match": { type: "string" },
        "canvas-assignment": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  if (positionals.length !== 1) usageError(positionals.length === 0 ? t("say which folder holds the submissions") : t("expected one submissions folder, got {count}: {given}", { count: positionals.length, given: positionals.join(" ") }));
  let jobs: number | undefined;
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!/^\d+$/.test(values.jobs) || jobs < 1 || jobs > 256) usageError(t("--jobs must be a whole number from 1 to 256, not \"{jobs}\"", { jobs: values.jobs }));
  }
  if (values.out === "") usageError(t("--out needs a folder name"));
  if (values.canvas === undefined && (values["canvas-match"] !== undefined || values["canvas-assignment"] !== undefined)) usageError(t("--canvas-match and --canvas-assignment need --canvas GRADEBOOK.csv"));
  if (values.canvas === "") usageError(t("--canvas needs the file of your Canvas gradebook export"));
  // npm runs scripts in the kit's folder; paths are meant from where the command was typed.
  const from = process.env.INIT_CWD ?? process.cwd();
  const canvas = values.canvas === undefined ? undefined : { gradebook: resolve(from, values.canvas), match: values["canvas-match"] ?? "SIS Login ID", assignment: values["canvas-assignment"] };
  return { submissions: resolve(from, positionals[0]!), out: resolve(from, values.out), exercises: values.exercises === undefined ? undefined : [values.exercises], jobs, quiet: values.quiet, canvas };
}

function shown(path: string): string {
  const relativePath = relative(process.env.INIT_CWD ?? process.cwd(), path);
  return relativePath === "" ? "." : relativePath.startsWith("..") ? path : relativePath;
}

function report(outcome: BatchOutcome): void {
  const { counts, students } = outcome;
  const max = students[0]?.max ?? 0;
  const mean = students.reduce((sum, student) => sum + student.total, 0) / Math.max(1, students.length);
  const withProblems = students.filter((student) => student.problems.length > 0).length;
  const submissions = counts.submissions === 1 ? t("1 submission") : t("{count} submissions", { count: counts.submissions });
  const lines = [
    t("Graded {submissions} for exercise(s) {exercises}: {graded} graded now, {stored} stored from earlier runs.", { submissions, exercises: outcome.exercises.join(", "), graded: counts.graded, stored: counts.fromCache }),
    t("Mean {mean} / {max} points. {problems} with problems in the submission, {failed} could not be graded (see summary.md).", { mean: Math.round(mean * 10) / 10, max, problems: withProblems, failed: counts.couldNotGrade }),
    t("Reports in {folder}/: {files}", { folder: shown(outcome.out), files: `grades.csv, moodle.csv${existsSync(join(outcome.out, "canvas.csv")) ? ", canvas.csv" : ""}, results.json, summary.md, feedback/, junit/` }),
    ...outcome.sheetNotes.map((note) => `- ${note}`),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

const options = parse();
const controller = new AbortController();
let stoppedBy: NodeJS.Signals | undefined;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    const code = signal === "SIGINT" ? 130 : signal === "SIGTERM" ? 143 : 129;
    if (stoppedBy) process.exit(code); // asked twice: stop at once (the workers are killed on exit)
    stoppedBy = signal;
    process.stderr.write(`\n${t("Stopping ({signal}): ending the grading processes; what is stored stays stored.", { signal })}\n`);
    controller.abort();
  });
}

try {
  const outcome = await gradeBatch({ ...options, signal: controller.signal });
  if (outcome.interrupted) {
    const done = outcome.students.length;
    process.stderr.write(
      `${t("Interrupted after {done} of {total} submissions; their results are stored in {folder}/.cache.", { done, total: outcome.counts.submissions, folder: shown(outcome.out) })}\n` +
        `${t("Run the same command again to grade the rest and write the reports.")}\n`,
    );
    process.exitCode = stoppedBy === "SIGINT" ? 130 : stoppedBy === "SIGHUP" ? 129 : 143;
  } else {
    report(outcome);
    process.exitCode = outcome.counts.couldNotGrade > 0 ? 1 : 0;
  }
} catch (error) {
  if (error instanceof BatchInputError) {
    process.stderr.write(`error: ${error.message}\n`);
    process.exitCode = 2;
  } else throw error;
}
