// The instructor's batch grader: every submission in a folder, each in its own process, with
// this kit's graders; results stored as they come, reports written at the end.
//
//   const outcome = await gradeBatch({ submissions: "submissions", out: "report", exercises: ["03"] });
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { checksFor } from "../../checks/index.ts";
import { t } from "../../i18n/index.ts";
import type { ExerciseSpec } from "../../manifest.ts";
import { loadCanvasGradebook } from "./canvas.ts";
import { ResultStore } from "./cache.ts";
import { collectSubmissions, type Submission } from "./collect.ts";
import { selectExercises } from "./exercises.ts";
import { summarise } from "./grade-one.ts";
import { runWorker, workersSandboxed } from "./pool.ts";
import { containmentReport } from "../../harness/sandbox.ts";
import { createProgress, type Progress } from "./progress.ts";
import { writeReports } from "./reports.ts";
import { BatchInputError, type BatchContainment, type BatchOptions, type BatchOutcome, type ExerciseGrade, type StudentGrade } from "./types.ts";

export { BatchInputError, type BatchOptions, type BatchOutcome } from "./types.ts";

/** Generous: a check has 60 s at most, and a worker runs two per core at once. */
function defaultTimeoutMs(exercises: ExerciseSpec[]): number {
  const perRound = 65_000;
  const side = 2 * availableParallelism();
  return 30_000 + exercises.reduce((sum, exercise) => sum + Math.ceil(checksFor(exercise.number).length / side) * perRound, 0);
}

/** Every check of `exercise` as "error": the kit, not the student, failed to grade it. */
function notGraded(exercise: ExerciseSpec, reason: string): ExerciseGrade {
  const checks = checksFor(exercise.number).map((check) => ({
    id: check.id,
    title: check.title,
    points: exercise.checks[check.id]?.points ?? 0,
    earned: 0,
    status: "error" as const,
    message: reason,
    steps: [],
    transcript: [],
    durationMs: 0,
  }));
  return summarise(exercise, checks, []);
}

/** Every check of `exercise` failed: grading it stopped the grading process twice, the second time alone. */
function stoppedTheGrader(exercise: ExerciseSpec, reasons: string): ExerciseGrade {
  const message = t(
    "Grading this exercise stopped the grading process twice, the second time with no other exercise beside it ({reasons}). A program of this exercise probably signalled, stopped or exhausted the grader: a graded program may signal only the processes it started. If you think the grader is at fault, ask your instructor to look at it.",
    { reasons },
  );
  const grade = notGraded(exercise, message);
  return { ...grade, problems: [message], checks: grade.checks.map((check) => ({ ...check, status: "failed" as const })) };
}

/** `fresh`: exercises graded in this run, whose repeated grader errors still count as errors of this run. */
function student(submission: Submission, grades: ExerciseGrade[], gradingErrors: string[], fromCache: boolean, fresh: ReadonlySet<string> = new Set()): StudentGrade {
  const problems = [...new Set(grades.flatMap((grade) => grade.problems.map((problem) => `${grade.number}: ${problem}`)))];
  // Checks the grader itself failed on, unless the reason is already said (a crashed worker).
  const errors = grades
    .filter((grade) => !grade.repeatedError || fresh.has(grade.number))
    .map((grade) => ({ grade, error: grade.checks.find((check) => check.status === "error" && !gradingErrors.includes(check.message)) }))
    .filter(({ error }) => error !== undefined)
    .map(({ grade, error }) => `${grade.number}: ${error!.message.split("\n")[0]}`);
  return {
    id: submission.id,
    entry: submission.entry,
    submissionHash: submission.hash,
    total: grades.reduce((sum, grade) => sum + grade.points, 0),
    max: grades.reduce((sum, grade) => sum + grade.max, 0),
    problems,
    gradingErrors: [...new Set([...gradingErrors, ...errors])],
    exercises: grades,
    fromCache,
  };
}

/** The first line of a run: what contains the student programs. */
export function describeContainment(containment: BatchContainment): string {
  const workers = containment.workerSandbox ? "; each submission is graded in a sandbox of its own (own network: classmates unreachable)" : "";
  const reason = containment.programs.reason ? ` (${containment.programs.reason})` : "";
  return `containment: ${containment.programs.summary}${reason}${workers}`;
}

function checkJobs(jobs: number | undefined): number {
  const chosen = jobs ?? availableParallelism();
  if (!Number.isInteger(chosen) || chosen < 1 || chosen > 256) throw new BatchInputError(`--jobs must be a whole number from 1 to 256, not ${jobs}.`);
  return chosen;
}

export async function gradeBatch(options: BatchOptions): Promise<BatchOutcome> {
  const out = resolve(options.out);
  const folder = resolve(options.submissions);
  const jobs = checkJobs(options.jobs);
  const canvas = options.canvas ? loadCanvasGradebook(options.canvas) : undefined;
  const { exercises, notes } = selectExercises(options.exercises);
  const { submissions, skipped } = collectSubmissions(folder, out);
  if (submissions.length === 0) {
    const why = skipped.length > 0 ? ` ${t("Skipped: {entries}.", { entries: skipped.join("; ") })}` : "";
    throw new BatchInputError(`${t("{folder} holds no submissions: put one folder or .zip per student in it.", { folder: options.submissions })}${why}`);
  }
  const store = new ResultStore(out, exercises);
  const version = store.kitVersion;
  store.forgetOtherVersions();
  const progress: Progress = createProgress({ quiet: options.quiet });
  const workerSandbox = await workersSandboxed();
  const containment: BatchContainment = { workerSandbox, programs: await containmentReport(workerSandbox) };
  // Said first, so whoever reads the log knows what a hostile submission could have reached.
  progress.note(describeContainment(containment));
  for (const note of [...notes, ...skipped.map((entry) => `skipped ${entry}`)]) progress.note(note);
  const timeoutMs = options.submissionTimeoutMs ?? defaultTimeoutMs(exercises);
  mkdirSync(out, { recursive: true });
  const scratch = mkdtempSync(join(tmpdir(), "app-layer-lab-batch-"));
  const results: (StudentGrade | undefined)[] = [];
  let graded = 0;

  const gradeOne = async (submission: Submission, index: number): Promise<StudentGrade | undefined> => {
    const stored = new Map(exercises.map((exercise) => [exercise.number, store.get(submission.hash, exercise.number)]));
    const missing = exercises.filter((exercise) => !stored.get(exercise.number));
    if (missing.length === 0) return student(submission, exercises.map((exercise) => stored.get(exercise.number)!), [], true);

    graded++;
    progress.began(submission.id);
    const fresh = new Map<string, ExerciseGrade>();
    const started = performance.now();
    const attempt = async (wanted: ExerciseSpec[], name: string, ms: number) => {
      const workDirectory = join(scratch, name);
      mkdirSync(workDirectory);
      try {
        return await runWorker(
          { source: submission.path, kind: submission.kind, exercises: wanted.map((exercise) => exercise.number), workDirectory },
          (grade) => {
            if (!wanted.some((exercise) => exercise.number === grade.number)) return;
            fresh.set(grade.number, grade);
            // A grader error may be passing trouble (a busy machine, a bug fixed later): grade it again next time.
            if (!grade.checks.some((check) => check.status === "error")) store.put(submission.hash, grade);
          },
          { timeoutMs: ms, signal: options.signal, onContainment: (report) => (containment.programs = report) },
        );
      } finally {
        rmSync(workDirectory, { recursive: true, force: true });
      }
    };
    const end = await attempt(missing, String(index), timeoutMs);
    if (end.outcome === "stopped") return undefined;
    const gradingErrors: string[] = [];
    if (end.outcome === "failed") {
      // The grading process died or hung: what it reported stays; every exercise it did not
      // report is graded again, each alone, so one exercise's programs cannot take the others down.
      for (const exercise of missing.filter((candidate) => !fresh.has(candidate.number))) {
        const again = await attempt([exercise], `${index}-${exercise.number}`, options.submissionTimeoutMs ?? defaultTimeoutMs([exercise]));
        if (again.outcome === "stopped") return undefined;
        if (again.outcome === "failed" && !fresh.has(exercise.number) && !(end.signalled && again.signalled)) {
          // The grader itself crashed: not the student's fault, not stored; the run exits 1.
          gradingErrors.push(again.reason);
        } else if (again.outcome === "failed" && !fresh.has(exercise.number)) {
          // Twice, the second time alone: the exercise itself stops its grading (its programs
          // signal, stop or exhaust the grader). Stored like any result, so a rerun does not
          // stumble on it again, and listed for a look by hand.
          const grade = stoppedTheGrader(exercise, `${end.reason} ${again.reason}`);
          fresh.set(exercise.number, grade);
          store.put(submission.hash, grade);
        }
      }
    }
    // A grader error (a check the kit itself could not time or run) is graded again alone, once;
    // one that comes back is stored for a look by hand, so a rerun neither regrades it forever
    // nor exits 1 because of it.
    for (const exercise of missing) {
      const grade = fresh.get(exercise.number);
      if (!grade || !grade.checks.some((check) => check.status === "error") || grade.repeatedError) continue;
      fresh.delete(exercise.number);
      const again = await attempt([exercise], `${index}-${exercise.number}-again`, options.submissionTimeoutMs ?? defaultTimeoutMs([exercise]));
      if (again.outcome === "stopped") return undefined;
      const second = fresh.get(exercise.number);
      if (!second || second.checks.some((check) => check.status === "error")) {
        const repeated = second ?? grade;
        const note = t("The grader failed on this exercise twice, the second time alone; the result is kept for a look by hand.");
        const kept = { ...repeated, problems: [...repeated.problems, note], repeatedError: true };
        fresh.set(exercise.number, kept);
        store.put(submission.hash, kept);
      }
    }
    const grades = exercises.map((exercise) => stored.get(exercise.number) ?? fresh.get(exercise.number) ?? notGraded(exercise, gradingErrors[0] ?? t("The grading process ended without grading this exercise.")));
    const result = student(submission, grades, gradingErrors, false, new Set(fresh.keys()));
    progress.finished(result, (performance.now() - started) / 1000);
    return result;
  };

  progress.start(submissions.length, jobs);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < submissions.length && !options.signal?.aborted) {
      const index = next++;
      const result = await gradeOne(submissions[index]!, index);
      results[index] = result;
      if (result?.fromCache) progress.finished(result);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(jobs, submissions.length) }, lane));
  } finally {
    progress.stop();
    rmSync(scratch, { recursive: true, force: true });
  }

  const students = results.filter((result): result is StudentGrade => result !== undefined);
  const interrupted = options.signal?.aborted === true || students.length < submissions.length;
  const sheetNotes = interrupted ? [] : writeReports(out, { kitVersion: version, exercises, students, skipped, containment, canvas });
  return {
    out,
    containment,
    kitVersion: version,
    exercises: exercises.map((exercise) => exercise.number),
    students,
    skipped,
    sheetNotes,
    counts: {
      submissions: submissions.length,
      graded,
      fromCache: students.filter((result) => result.fromCache).length,
      couldNotGrade: students.filter((result) => result.gradingErrors.length > 0).length,
    },
    interrupted,
  };
}

