// The data every front-end reads. Graders produce it; Vitest, the self-test and the
// instructor tools only present it.

/** Who did something on the wire or in the terminal. */
export type Actor = "grader" | "student" | "peer";

export type CheckStatus = "passed" | "failed" | "not-started" | "error";

/** One line of a check's narrative: something the grader did, or something it expected. */
export interface Step {
  kind: "action" | "expectation";
  description: string;
  ok: boolean;
  /** When the step ended, in milliseconds since the check started: places it among the transcript's events. */
  at?: number;
}

/** One event in a check's transcript. `at` is milliseconds since the check started. */
export interface TranscriptEvent {
  at: number;
  from: Actor;
  to?: Actor;
  kind:
    | "connect"
    | "accept"
    | "data"
    /** One UDP datagram, whole: `bytes`, `route`, and the peer's `fate` for it. */
    | "datagram"
    | "fin"
    | "reset"
    | "close"
    | "error"
    | "stdout"
    | "stderr"
    | "start"
    | "exit"
    | "note"
    /** The grader called a function of the student's code (a library check): what, and what came back. */
    | "call";
  /** Bytes sent, for `data` events (only the first ones of a large write). */
  bytes?: Uint8Array;
  /** The full size of a `data` event whose bytes were cut short. */
  size?: number;
  /** Human text for every other kind. */
  text?: string;
  /** For a datagram: from which address:port to which, "127.0.0.1:40112 → 127.0.0.1:5000". */
  route?: string;
  /** For a datagram: what the reference peer's script did with it ("dropped (seeded)", "sent twice", "held back 120 ms"). */
  fate?: string;
  /** For a datagram the peer received and dropped: it is answered by nothing. */
  dropped?: boolean;
  /** Which reference peer it was, when several can play in one check ("client 2", "reference server"). */
  peer?: string;
}

/** What a failed expectation saw, shown to the student with a caret at the first difference. */
export interface Mismatch {
  expected: string | Uint8Array;
  observed: string | Uint8Array;
}

export interface Hint {
  text: string;
  /** Path of the lesson section that explains the problem, e.g. lessons/03-tcp-client.md#when-things-go-wrong */
  lesson: string;
}

export interface CheckResult {
  id: string;
  title: string;
  points: number;
  status: CheckStatus;
  /** One sentence: what went wrong (empty when passed). */
  message: string;
  steps: Step[];
  mismatch?: Mismatch;
  transcript: TranscriptEvent[];
  hint?: Hint;
  durationMs: number;
  /** The compiler's errors (file:line:column: text), when the check could not run because the code does not compile. */
  compileErrors?: string;
  /** The id of the check that tells these compile errors: this one was not run because of them (they are said once per exercise). */
  notRunBecauseOf?: string;
}

export interface ExerciseResult {
  exercise: string;
  directory: string;
  checks: CheckResult[];
}
