// What exercise 01's reference child (pipes-child.ts) and its grader agree on: its behaviours,
// what it reports, and what it prints when it crashes. Apart from the child, because importing
// the child runs it.
export const CHILD_BEHAVIOURS = [
  /** Answers each request in one write; exits with 0 when its stdin ends. */
  "answer-normally",
  /**
   * Writes each reply one byte per write, except that the "\n" ending a reply goes out in one
   * write with the first bytes of the next reply. The parent's next request then proves that
   * it had read those bytes, so the rest of that reply reaches it in reads of their own.
   */
  "answer-in-pieces",
  /** Answers the first request, then exits with code 3 on the second without answering it. */
  "crash-after-the-first-request",
  /** Exits with code 0 at once, before reading anything. */
  "end-at-once",
  /** Answers the first request, closes its stdin (later writes to it fail: EPIPE), and never answers or ends again. */
  "go-silent-after-the-first-reply",
  /** Answers normally, and exits with code 5 when its stdin ends. */
  "exit-with-5-at-the-end",
  /** Answers normally, and is killed by SIGKILL when its stdin ends. */
  "killed-at-the-end",
  /** Answers normally, and does not end when its stdin ends: only a kill stops it. */
  "never-end",
] as const;
export type ChildBehaviour = (typeof CHILD_BEHAVIOURS)[number];

/** What the reference child tells the grader, one JSON object per line. Bytes are base64. */
export type ChildReport =
  | { event: "start"; pid: number }
  | { event: "read"; bytes: string }
  | { event: "write"; bytes: string }
  | { event: "closed-stdin"; at: number }
  | { event: "stdin-ended"; at: number }
  | { event: "exit"; code: number | string; at: number };

/** What the crashing child writes on stderr before it exits: the parent must let it through. */
export const CRASH_NOTE = "reference child: exiting with code 3 on the second request";
