// The one list of exercises. Adding an exercise means adding an entry here, a grader in
// graders/checks/, its buggy variants in graders/fixtures/, a lesson, and a solution.

export interface CheckSpec {
  points: number;
  /** What to try when this check fails, for a beginner. */
  hint: string;
  /** Anchor of the lesson section that explains what this check tests. */
  section: string;
}

export interface ExerciseSpec {
  /** Two digits, as typed in `npm test exercises/05`. */
  number: string;
  /** Folder name in lessons/, exercises/ and solutions/. */
  slug: string;
  title: string;
  /** The files the student edits, each with the exports the grader uses. */
  files: Record<string, string[]>;
  /** Modules the student may not import, because the exercise is to do their job by hand. */
  refusedModules?: string[];
  checks: Record<string, CheckSpec>;
  /** Nudges that reveal a little at a time, from the first to the last. */
  hints: string[];
}

export const EXERCISES: ExerciseSpec[] = [
  // ── 01 01-processes: BEGIN (exercise 01 owns this block) ──
  {
    number: "01",
    slug: "01-processes",
    title: "Processes and pipes",
    files: {},
    checks: {},
    hints: [],
  },
  // ── 01 01-processes: END ──
  // ── 02 02-addresses: BEGIN (exercise 02 owns this block) ──
  {
    number: "02",
    slug: "02-addresses",
    title: "Addresses: IP and port",
    files: {},
    checks: {},
    hints: [],
  },
  // ── 02 02-addresses: END ──
  // ── 03 03-tcp-client ──
  {
    number: "03",
    slug: "03-tcp-client",
    title: "TCP client",
    files: { "client.ts": ["requestReply", "readOptions", "MAX_REPLY_BYTES"] },
    checks: {
      "sends-the-greeting": {
        points: 1,
        hint: "Write exactly the message from --message (default \"Hello. Server.\"): no newline, no extra spaces. Then call socket.end() so the server knows you are done.",
        section: "the-exchange",
      },
      "prints-the-reply": {
        points: 1,
        hint: "Turn the reply's bytes into text with reply.toString(\"utf8\") before printing. Printing the Buffer itself shows <Buffer 48 65 …>.",
        section: "the-exchange",
      },
      "reads-a-reply-split-into-bytes": {
        points: 2,
        hint: "Keep every chunk that \"data\" gives you and print only on \"end\" (or after 100 bytes). One \"data\" event is not one message.",
        section: "one-recv-is-not-one-message",
      },
      "keeps-utf8-characters-whole": {
        points: 1,
        hint: "Decode once, after joining all chunks with Buffer.concat. Decoding each chunk alone breaks a character whose bytes arrive in two chunks.",
        section: "characters-and-bytes",
      },
      "stops-at-100-bytes": {
        points: 1,
        hint: "Count the bytes as they arrive. When you have MAX_REPLY_BYTES, keep only the first MAX_REPLY_BYTES, finish, and close the socket.",
        section: "one-recv-is-not-one-message",
      },
      "explains-a-refused-connection": {
        points: 1,
        hint: "Listen for the socket's \"error\" event. For ECONNREFUSED, reject with a sentence that contains the word \"refused\"; main() prints it and sets the exit code.",
        section: "when-things-go-wrong",
      },
      "gives-up-on-a-silent-server": {
        points: 1,
        hint: "Call socket.setTimeout(timeoutMs) and handle the \"timeout\" event: reject with a message that says it timed out, and destroy the socket.",
        section: "when-things-go-wrong",
      },
      "reports-a-reset": {
        points: 1,
        hint: "A reset arrives as an \"error\" event with code ECONNRESET. Reject with a message that says the connection was reset, so the user knows the reply is missing.",
        section: "when-things-go-wrong",
      },
    },
    hints: [
      "Start from the note's client: connect, send, receive, close. Each of these is an event or a call on a node:net socket.",
      "Write the message on \"connect\", then socket.end(): the server then knows your message is complete.",
      "Collect chunks from every \"data\" event into an array; the reply is complete on \"end\".",
      "Join with Buffer.concat and decode once: a UTF-8 character may be cut between two chunks.",
      "Stop at MAX_REPLY_BYTES: keep the first 100 bytes, resolve, and destroy the socket.",
      "Every failure is an \"error\" or \"timeout\" event: turn each into a rejected promise with a clear sentence.",
    ],
  },
  // ── 04 04-tcp-server: BEGIN (exercise 04 owns this block) ──
  {
    number: "04",
    slug: "04-tcp-server",
    title: "TCP server",
    files: {},
    checks: {},
    hints: [],
  },
  // ── 04 04-tcp-server: END ──
  // ── 05 05-framing: BEGIN (exercise 05 owns this block) ──
  {
    number: "05",
    slug: "05-framing",
    title: "Framing messages on a byte stream",
    files: {},
    checks: {},
    hints: [],
  },
  // ── 05 05-framing: END ──
];

export function lessonPath(exercise: ExerciseSpec): string {
  return `lessons/${exercise.slug}.md`;
}

export function findExercise(number: string): ExerciseSpec {
  const wanted = number.padStart(2, "0");
  const exercise = EXERCISES.find((candidate) => candidate.number === wanted);
  if (!exercise) {
    const known = EXERCISES.map((candidate) => candidate.number).join(", ");
    throw new Error(`There is no exercise ${number}. The exercises are ${known}.`);
  }
  return exercise;
}
