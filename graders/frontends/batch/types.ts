// The data of a batch run: what a worker sends back for each exercise, what is stored between
// runs, and what the reports are written from. Everything here is plain JSON, so it crosses a
// process boundary and lands on disk unchanged.
import type { ContainmentReport } from "../../harness/sandbox.ts";
import type { Actor, CheckStatus, Hint, Step, TranscriptEvent } from "../../harness/types.ts";
import type { CanvasOptions } from "./canvas.ts";

/** Bytes as a person reads them (escaped text, or hex when binary), and exactly, as hex. */
export interface StoredBytes {
  shown: string;
  hex: string;
}

export interface StoredEvent {
  at: number;
  from: Actor;
  to?: Actor;
  kind: TranscriptEvent["kind"];
  text?: string;
  bytes?: StoredBytes;
}

/** One check of one student, as stored and as written to results.json. */
export interface StoredCheck {
  id: string;
  title: string;
  /** What the check is worth. */
  points: number;
  /** What the student got: `points` when passed, otherwise 0. */
  earned: number;
  status: CheckStatus;
  message: string;
  steps: Step[];
  mismatch?: { expected: string | StoredBytes; observed: string | StoredBytes };
  transcript: StoredEvent[];
  hint?: Hint;
  durationMs: number;
  /** See CheckResult: the compiler's errors, and the check that tells them when this one was not run because of them. */
  compileErrors?: string;
  notRunBecauseOf?: string;
}

/** One exercise of one submission. Depends only on the submission's content and the kit. */
export interface ExerciseGrade {
  number: string;
  slug: string;
  points: number;
  max: number;
  /** Problems with the submission itself (a missing folder or file, an unreadable zip). */
  problems: string[];
  checks: StoredCheck[];
  /** Its grader errors came back when it was graded again alone: stored, listed in problems, not an error of later runs. */
  repeatedError?: boolean;
}

/** What a worker is asked to do: grade one submission, these exercises, in this scratch folder. */
export interface WorkerJob {
  source: string;
  kind: "folder" | "zip";
  exercises: string[];
  /** An empty folder the worker may fill; the batch removes it afterwards. */
  workDirectory: string;
}

export type WorkerMessage =
  | { type: "exercise"; grade: ExerciseGrade }
  | { type: "student-process"; pid: number; running: boolean }
  | { type: "containment"; report: ContainmentReport }
  | { type: "done" };

/** Everything known about one student after the run. */
export interface StudentGrade {
  id: string;
  /** The file or folder name in the submissions folder. */
  entry: string;
  submissionHash: string;
  total: number;
  max: number;
  /** Problems with the submission, for the instructor (also in the student's feedback). */
  problems: string[];
  /** Why the kit could not grade (part of) it: a crash or a timeout of the grading process. */
  gradingErrors: string[];
  exercises: ExerciseGrade[];
  /** True when every exercise came from an earlier run. */
  fromCache: boolean;
}

export interface BatchOptions {
  /** A folder with one entry per student: a folder laid out like exercises/ (or a kit clone), or a .zip of one. */
  submissions: string;
  /** Where the reports go. */
  out: string;
  /** Exercise numbers or ranges ("03", "01-05"); default: every exercise that has a grader. */
  exercises?: string[];
  /** Submissions graded side by side; default: the number of cores. */
  jobs?: number;
  /** No progress output. */
  quiet?: boolean;
  /** Aborting stops the run: submissions in flight are lost, everything stored stays. */
  signal?: AbortSignal;
  /** Longest a single submission may take before its grading process is stopped. */
  submissionTimeoutMs?: number;
  /** Also write canvas.csv by filling this Canvas gradebook export (checked before grading starts). */
  canvas?: CanvasOptions;
}

export interface BatchOutcome {
  out: string;
  /** What contained the student programs (printed at the top of the run, and in results.json). */
  containment: BatchContainment;
  /** Per exercise, a hash of the grader that graded it (see cache.ts). */
  kitVersion: Record<string, string>;
  exercises: string[];
  students: StudentGrade[];
  /** Entries of the submissions folder that are not submissions (with the reason). */
  skipped: string[];
  /** What the instructor should know before importing the grade sheets (unmatched students, …). */
  sheetNotes: string[];
  counts: {
    submissions: number;
    /** Graded in this run (at least one exercise was not stored yet). */
    graded: number;
    /** Taken whole from earlier runs. */
    fromCache: number;
    /** Submissions the kit could not grade completely (a grading process crashed or timed out). */
    couldNotGrade: number;
  };
  /** The run was stopped by a signal; no reports were written. */
  interrupted: boolean;
}

/** The containment of a batch run: of the graders' worker processes, and of the programs inside them. */
export interface BatchContainment {
  /** Each submission graded in a sandbox of its own (its own network and PID namespaces). */
  workerSandbox: boolean;
  /** What contains each student program, as a worker reported it (or this process's view when none ran). */
  programs: ContainmentReport;
}

/** Something wrong with the command itself (not with one submission): the run cannot start. */
export class BatchInputError extends Error {
  override name = "BatchInputError";
}
