// Runs one worker process per submission. A worker that crashes, hangs past its time, or is
// stopped by a signal loses only its own submission, and takes every process it started with
// it. With the OS sandbox the worker runs inside one of its own (sandbox.ts: its own network and
// PID namespaces), which ends with everything in it; without it the worker shares the batch's
// process group (so a program's kill(-ppid) reaches nothing) and is killed with each student
// program it reported (those lead groups of their own).
import { fork, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEADLINES, DeadlineExceeded, within } from "../../harness/deadline.ts";
import { inspectorSignalFlags } from "../../harness/guard/grader.ts";
import { killTree } from "../../harness/launch.ts";
import { detectSandbox, sandboxWorkerCommand, type ContainmentReport } from "../../harness/sandbox.ts";
import { KIT_ROOT } from "../../harness/static.ts";
import { t } from "../../i18n/index.ts";
import type { ExerciseGrade, WorkerJob, WorkerMessage } from "./types.ts";

const WORKER = fileURLToPath(new URL("./worker.ts", import.meta.url));
const WORKER_HEAP_MB = 1536;
/** How long a worker told to stop may take to stop its student programs before it is killed. */
const GRACE_MS = 2_000;

/** Every worker still running, with the student programs it reported. */
const live = new Map<number, { students: Set<number>; sandboxed: boolean }>();

/** Kills every worker and every student program they reported, at once (on the way out). */
export function killEveryWorker(): void {
  for (const [worker, { students, sandboxed }] of live) {
    killWorker(worker, sandboxed);
    for (const pid of students) killTree(pid);
  }
  live.clear();
}

/**
 * A sandboxed worker leads a process group of its own (the sandbox's), which one signal ends
 * with everything in it. An unsandboxed worker does not lead a group: a student program's
 * kill(-process.ppid) then reaches nothing (ESRCH) instead of the worker and all it started.
 */
function killWorker(pid: number, sandboxed: boolean): void {
  if (sandboxed) return killTree(pid);
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    // already gone
  }
}

/** The cache folders a worker writes (created first, so they can be bound into its sandbox). */
function workerCaches(): string[] {
  const folders = [join(tmpdir(), `tsx-${process.getuid?.() ?? 0}`), join(KIT_ROOT, "node_modules", ".cache", "app-layer-lab")];
  return folders.filter((folder) => {
    try {
      mkdirSync(folder, { recursive: true });
      return true;
    } catch {
      return false; // a read-only kit: the worker grades without it, only slower
    }
  });
}

/** Starts the worker for `job`: inside its own sandbox (a network namespace per submission) where there is one. */
async function startWorker(job: WorkerJob): Promise<{ child: ChildProcess; sandboxed: boolean }> {
  // A heap limit: a submission that makes the grader itself balloon (a zip bomb, a giant
  // file to analyse) kills only this worker.
  const execArgv = ["--import", "tsx", `--max-old-space-size=${WORKER_HEAP_MB}`, ...inspectorSignalFlags()];
  const env = { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" };
  const sandbox = (await workersSandboxed()) ? await detectSandbox() : undefined;
  if (sandbox) {
    const wrapped = sandboxWorkerCommand(sandbox, process.execPath, [...execArgv, WORKER], {
      kitRoot: KIT_ROOT,
      readable: [job.source],
      // Besides its work folder, the caches every worker shares (the kit's code compiled by tsx,
      // the static analysis by content): without them each worker would start from nothing.
      writable: [job.workDirectory, ...workerCaches()],
    });
    const child = spawn(wrapped.command, wrapped.args, { cwd: KIT_ROOT, detached: true, stdio: ["ignore", "pipe", "pipe", "ipc"], env });
    return { child, sandboxed: true };
  }
  // cwd resolves --import tsx; the worker then moves into its scratch folder.
  const child = fork(WORKER, [], { cwd: KIT_ROOT, execArgv, stdio: ["ignore", "pipe", "pipe", "ipc"], env });
  return { child, sandboxed: false };
}
// Whatever way this process ends, no worker outlives it: workers lead process groups of their own.
process.on("exit", killEveryWorker);

/**
 * `signalled`: the worker was killed by a signal or hung past its time, which a submission's
 * programs can cause; otherwise it failed by itself (a kit bug), which is never the student's.
 */
export type WorkerEnd = { outcome: "done" } | { outcome: "failed"; reason: string; signalled: boolean } | { outcome: "stopped" };

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Whether workers run in a sandbox of their own here (the same test startWorker makes). */
export async function workersSandboxed(): Promise<boolean> {
  return process.env.LAB_WORKER_SANDBOX !== "off" && (await detectSandbox()) !== undefined;
}

export async function runWorker(
  job: WorkerJob,
  onExercise: (grade: ExerciseGrade) => void,
  options: { timeoutMs: number; signal?: AbortSignal; onContainment?: (report: ContainmentReport) => void },
): Promise<WorkerEnd> {
  if (options.signal?.aborted) return { outcome: "stopped" };
  const { child, sandboxed } = await startWorker(job);
  const students = new Set<number>();
  if (child.pid !== undefined) live.set(child.pid, { students, sandboxed });
  let finished = false;
  let stderr = "";
  child.stdout?.resume();
  child.stderr?.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString("utf8")).slice(-2_000)));
  child.on("message", (message: WorkerMessage) => {
    if (message.type === "student-process") {
      // Inside the worker's sandbox, pids are its own namespace's: the sandbox ends them all.
      if (sandboxed) return;
      if (message.running) students.add(message.pid);
      else students.delete(message.pid);
    } else if (message.type === "exercise") onExercise(message.grade);
    else if (message.type === "containment") options.onContainment?.(message.report);
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
    killWorker(child.pid, sandboxed);
    live.delete(child.pid);
  }
  for (const pid of students) killTree(pid);
  exit ??= await within(DEADLINES.kill, "the worker to be killed", exited).catch((error: unknown) => {
    if (error instanceof DeadlineExceeded) return { code: null, signal: null };
    throw error;
  });

  // Ctrl-C reaches an unsandboxed worker too (it shares the terminal's process group).
  if (stop === "signal" || options.signal?.aborted) return { outcome: "stopped" };
  if (stop === "timeout") {
    return { outcome: "failed", reason: t("Grading took longer than {seconds} s and was stopped.", { seconds: Math.round(options.timeoutMs / 1000) }), signalled: true };
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
  const reason = detail ? t("The grading process {how} before it finished: {detail}.", { how, detail }) : t("The grading process {how} before it finished.", { how });
  return { outcome: "failed", reason, signalled: exit.signal !== null };
}
