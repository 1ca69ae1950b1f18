// Runs one worker process per submission. A worker that crashes, hangs past its time, or is
// stopped by a signal loses only its own submission, and takes every process it started with
// it: its own process group, and each student program it reported (those lead groups of their
// own).
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { DEADLINES, DeadlineExceeded, within } from "../../harness/deadline.ts";
import { killTree } from "../../harness/launch.ts";
import { KIT_ROOT } from "../../harness/static.ts";
import { t } from "../../i18n/index.ts";
import type { ExerciseGrade, WorkerJob, WorkerMessage } from "./types.ts";

const WORKER = fileURLToPath(new URL("./worker.ts", import.meta.url));
const WORKER_HEAP_MB = 1536;
/** How long a worker told to stop may take to stop its student programs before it is killed. */
const GRACE_MS = 2_000;

/** Every worker still running, with the student programs it reported. */
const live = new Map<number, Set<number>>();

/** Kills every worker and every student program they reported, at once (on the way out). */
export function killEveryWorker(): void {
  for (const [worker, students] of live) {
    killTree(worker);
    for (const pid of students) killTree(pid);
  }
  live.clear();
}
// Whatever way this process ends, no worker outlives it: workers lead process groups of their own.
process.on("exit", killEveryWorker);

export type WorkerEnd = { outcome: "done" } | { outcome: "failed"; reason: string } | { outcome: "stopped" };

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export async function runWorker(
  job: WorkerJob,
  onExercise: (grade: ExerciseGrade) => void,
  options: { timeoutMs: number; signal?: AbortSignal },
): Promise<WorkerEnd> {
  if (options.signal?.aborted) return { outcome: "stopped" };
  const child = fork(WORKER, [], {
    cwd: KIT_ROOT, // resolves --import tsx; the worker then moves into its scratch folder
    // A heap limit: a submission that makes the grader itself balloon (a zip bomb, a giant
    // file to analyse) kills only this worker.
    execArgv: ["--import", "tsx", `--max-old-space-size=${WORKER_HEAP_MB}`],
    detached: process.platform !== "win32",
    stdio: ["ignore", "pipe", "pipe", "ipc"],
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  const students = new Set<number>();
  if (child.pid !== undefined) live.set(child.pid, students);
  let finished = false;
  let stderr = "";
  child.stdout?.resume();
  child.stderr?.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString("utf8")).slice(-2_000)));
  child.on("message", (message: WorkerMessage) => {
    if (message.type === "student-process") {
      if (message.running) students.add(message.pid);
      else students.delete(message.pid);
    } else if (message.type === "exercise") onExercise(message.grade);
    else if (message.type === "done") finished = true;
  });
  // Ended means exited and its channel drained, so no message that it sent is lost.
  const exited = new Promise<Exit>((resolve) => {
    let status: Exit | undefined;
    let disconnected = false;
    const settle = () => status && disconnected && resolve(status);
    child.once("exit", (code, signal) => {
      status = { code, signal };
      settle();
    });
    child.once("disconnect", () => {
      disconnected = true;
      settle();
    });
    child.once("error", () => resolve({ code: null, signal: null }));
  });
  child.send(job, (error) => {
    if (error) child.kill("SIGKILL");
  });

  let stop: "timeout" | "signal" | undefined;
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const stopped = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      stop = "timeout";
      resolve();
    }, options.timeoutMs);
    onAbort = () => {
      stop = "signal";
      resolve();
    };
    options.signal?.addEventListener("abort", onAbort, { once: true });
  });

  let exit = await Promise.race([exited, stopped.then(() => undefined)]);
  clearTimeout(timer);
  if (onAbort) options.signal?.removeEventListener("abort", onAbort);
  if (!exit) {
    // Ask first: the worker kills its student programs on SIGTERM. Then make sure.
    child.kill("SIGTERM");
    exit = await within(GRACE_MS, "the worker to stop", exited).catch(() => undefined);
  }
  if (child.pid !== undefined) {
    killTree(child.pid);
    live.delete(child.pid);
  }
  for (const pid of students) killTree(pid);
  exit ??= await within(DEADLINES.kill, "the worker to be killed", exited).catch((error: unknown) => {
    if (error instanceof DeadlineExceeded) return { code: null, signal: null };
    throw error;
  });

  if (stop === "signal") return { outcome: "stopped" };
  if (stop === "timeout") {
    return { outcome: "failed", reason: t("Grading took longer than {seconds} s and was stopped.", { seconds: Math.round(options.timeoutMs / 1000) }) };
  }
  if (finished && exit.code === 0) return { outcome: "done" };
  const how = exit.signal ? t("was killed by {signal}", { signal: exit.signal }) : t("exited with code {code}", { code: String(exit.code) });
  // The error itself, not the stack frames under it.
  const detail = stderr
    .trim()
    .split("\n")
    .filter((line) => line.trim() !== "" && !/^\s+at /.test(line))
    .slice(-2)
    .join(" | ");
  return { outcome: "failed", reason: detail ? t("The grading process {how} before it finished: {detail}.", { how, detail }) : t("The grading process {how} before it finished.", { how }) };
}
