// The reference child of exercise 01: a program the student's parent starts and talks to.
// It speaks the exercise's protocol (ping / count / exit, one line each way), and the
// LAB_REFERENCE_CHILD environment variable picks a behaviour that provokes one parent bug.
// It is bundled by graders/peers/pipes.ts and run with plain node; it imports nothing else.
import { setTimeout as pause } from "node:timers/promises";

export const CHILD_BEHAVIOURS = [
  /** Answers each request in one write; exits with 0 when its stdin ends. */
  "answer-normally",
  /** Writes each reply one byte per write, pausing in between: one read is not one reply. */
  "answer-one-byte-at-a-time",
  /** Answers the first request, then exits with code 3 on the second without answering it. */
  "crash-after-the-first-request",
  /** Never reads, never answers, never ends by itself: only a kill stops it. */
  "stay-silent",
  /** Answers normally, and exits with code 5 when its stdin ends. */
  "exit-with-5-at-the-end",
] as const;
export type ChildBehaviour = (typeof CHILD_BEHAVIOURS)[number];

/** Long enough that the parent reads each byte on its own, short enough to keep checks fast. */
const PAUSE_BETWEEN_BYTES_MS = 10;

function reply(request: string, seen: number): string {
  if (request.startsWith("ping ")) return `pong${request.slice(4)}`;
  if (request === "count") return `count ${seen}`;
  return `error: unknown request ${JSON.stringify(request)}`;
}

function write(text: string | Uint8Array): Promise<void> {
  return new Promise((resolve) => process.stdout.write(text, () => resolve()));
}

function run(behaviour: ChildBehaviour): void {
  if (behaviour === "stay-silent") {
    setInterval(() => {}, 60_000); // a stuck program: something keeps it alive forever
    return;
  }
  let seen = 0;
  let buffered = "";
  // Requests are answered one after another, even while a slow reply is still being written.
  let answering = Promise.resolve();
  const handle = async (request: string) => {
    seen += 1;
    if (behaviour === "crash-after-the-first-request" && seen === 2) process.exit(3);
    const line = `${reply(request, seen)}\n`;
    if (behaviour !== "answer-one-byte-at-a-time") return write(line);
    for (const byte of Buffer.from(line)) {
      await write(Uint8Array.of(byte));
      await pause(PAUSE_BETWEEN_BYTES_MS);
    }
  };
  process.stdin.setEncoding("utf8");
  process.stdin.on("data", (chunk: string) => {
    const pieces = (buffered + chunk).split("\n");
    buffered = pieces.pop() ?? "";
    for (const request of pieces) answering = answering.then(() => handle(request.replace(/\r$/, "")));
  });
  process.stdin.on("end", () => {
    void answering.then(() => {
      process.exitCode = behaviour === "exit-with-5-at-the-end" ? 5 : 0;
    });
  });
}

const chosen = process.env.LAB_REFERENCE_CHILD ?? "answer-normally";
if (!(CHILD_BEHAVIOURS as readonly string[]).includes(chosen)) {
  console.error(`reference child: unknown behaviour ${JSON.stringify(chosen)}`);
  process.exit(2);
}
run(chosen as ChildBehaviour);
