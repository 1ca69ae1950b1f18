// The reference child of exercise 01: a program the student's parent starts and talks to.
// It speaks the exercise's protocol (ping / count / exit, one line each way), and the
// LAB_REFERENCE_CHILD environment variable picks a behaviour that provokes one parent bug.
// It tells the grader what it reads and writes over a loopback connection to the port in
// LAB_REFERENCE_CHILD_REPORT, so the check's transcript shows the conversation on the pipes
// and can prove that a provocation happened. It is bundled by graders/peers/pipes.ts and run
// with plain node; it imports nothing else but what it shares with the grader (pipes-child-spec.ts).
import { closeSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { setTimeout as pause } from "node:timers/promises";
import { CHILD_BEHAVIOURS, CRASH_NOTE, type ChildBehaviour, type ChildReport } from "./pipes-child-spec.ts";

/** The parent's requests, in order (REQUESTS in parent.ts): "answer-in-pieces" sends each reply's start early. */
const SCRIPT = ["ping 1", "ping 2", "count"];
/** How many bytes of the next reply go out with the end of the one before. */
const HEAD = 2;
/** Paces the single-byte writes; the split the check relies on is proven, not timed. */
const PAUSE_BETWEEN_BYTES_MS = 5;

const reportPort = Number(process.env.LAB_REFERENCE_CHILD_REPORT);
const reportSocket: Socket | undefined = reportPort > 0 ? connect({ host: "127.0.0.1", port: reportPort }) : undefined;
reportSocket?.on("error", () => {}); // the grader may have gone: the child goes on without it

function report(message: ChildReport): void {
  reportSocket?.write(`${JSON.stringify(message)}\n`);
}

/** Sends what is left of the report, then lets the process end. */
function endReport(): Promise<void> {
  if (!reportSocket || reportSocket.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      reportSocket.destroy();
      resolve();
    }, 2_000);
    reportSocket.end(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

async function exitNow(code: number): Promise<never> {
  report({ event: "exit", code, at: Date.now() });
  await endReport();
  process.exit(code);
}

function reply(request: string, seen: number): string {
  if (request.startsWith("ping ")) return `pong${request.slice(4)}`;
  if (request === "count") return `count ${seen}`;
  return `error: unknown request ${JSON.stringify(request)}`;
}

function write(bytes: Uint8Array | string): Promise<void> {
  const data = typeof bytes === "string" ? Buffer.from(bytes) : Buffer.from(bytes);
  report({ event: "write", bytes: data.toString("base64") });
  return new Promise((resolve) => process.stdout.write(data, () => resolve()));
}

/** "answer-in-pieces": the reply to the `index`-th request, of which the first `sent` bytes already went out. */
async function writeInPieces(line: string, index: number, seen: number): Promise<void> {
  const sent = index > 0 && index < SCRIPT.length ? HEAD : 0;
  const body = Buffer.from(line).subarray(sent);
  for (const byte of body) {
    await write(Uint8Array.of(byte));
    await pause(PAUSE_BETWEEN_BYTES_MS);
  }
  const next = SCRIPT[index + 1];
  const head = next === undefined ? "" : reply(next, seen + 1).slice(0, HEAD);
  await write(`\n${head}`);
}

function run(behaviour: ChildBehaviour): void {
  report({ event: "start", pid: process.pid });
  if (behaviour === "end-at-once") {
    void exitNow(0);
    return;
  }
  let seen = 0;
  let buffered = "";
  // Requests are answered one after another, even while a slow reply is still being written.
  let answering = Promise.resolve();
  const handle = async (request: string) => {
    seen += 1;
    if (behaviour === "crash-after-the-first-request" && seen === 2) {
      // Why it ends, on stderr: the parent lets it through to its own (stdio "inherit").
      await new Promise<void>((resolve) => process.stderr.write(`${CRASH_NOTE}\n`, () => resolve()));
      await exitNow(3);
    }
    if (behaviour === "go-silent-after-the-first-reply" && seen > 1) return;
    const line = reply(request, seen);
    if (behaviour === "answer-in-pieces") {
      // Only the parent's own requests, in their order, get the next reply's start early.
      if (SCRIPT[seen - 1] === request) return writeInPieces(line, seen - 1, seen);
    }
    if (behaviour === "go-silent-after-the-first-reply") {
      // The read end closes before the reply goes out: the parent's next write fails (EPIPE).
      process.stdin.destroy();
      try {
        closeSync(0);
      } catch {
        // already closed
      }
      report({ event: "closed-stdin", at: Date.now() });
      await write(`${line}\n`);
      setInterval(() => {}, 60_000); // a stuck program: only a kill stops it
      return;
    }
    return write(`${line}\n`);
  };
  process.stdin.on("data", (chunk: Buffer) => {
    report({ event: "read", bytes: chunk.toString("base64") });
    const pieces = (buffered + chunk.toString("utf8")).split("\n");
    buffered = pieces.pop() ?? "";
    for (const request of pieces) answering = answering.then(() => handle(request.replace(/\r$/, "")));
  });
  process.stdin.on("end", () => {
    report({ event: "stdin-ended", at: Date.now() });
    if (behaviour === "never-end") {
      setInterval(() => {}, 60_000); // a stuck program: only a kill stops it
      return;
    }
    void answering.then(async () => {
      if (behaviour === "killed-at-the-end") {
        report({ event: "exit", code: "SIGKILL", at: Date.now() });
        await endReport();
        process.kill(process.pid, "SIGKILL");
        return;
      }
      const code = behaviour === "exit-with-5-at-the-end" ? 5 : 0;
      report({ event: "exit", code, at: Date.now() });
      process.exitCode = code;
      await endReport();
    });
  });
}

const chosen = process.env.LAB_REFERENCE_CHILD ?? "answer-normally";
if (!(CHILD_BEHAVIOURS as readonly string[]).includes(chosen)) {
  console.error(`reference child: unknown behaviour ${JSON.stringify(chosen)}`);
  process.exit(2);
}
run(chosen as ChildBehaviour);
