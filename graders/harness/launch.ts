// Starts a student program as a real child process, records what it prints, and kills its
// whole process tree when the check ends, whatever happened.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import type { Duplex, Readable } from "node:stream";
import { drainLines } from "./containment.ts";
import { keepTheInspectorClosed } from "./guard/grader.ts";
import { LEFT_RUNNING_MARK, sandboxedProgramPid, signalFromSandboxCode } from "./sandbox.ts";
import { Conditions, DEADLINES, DeadlineExceeded, within } from "./deadline.ts";
import { ALIVE_FD, PROBE_FD, REPORTS_FD } from "./channels.ts";
import { processState } from "./kernel.ts";
import { noteReport, REPORTS_READ_SIZES } from "./read-sizes.ts";
import { t } from "../i18n/index.ts";
import type { Transcript } from "./transcript.ts";

export interface OutputLine {
  stream: "stdout" | "stderr";
  text: string;
}

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

// Every process that starts student programs loads this module: none opens its inspector on SIGUSR1.
keepTheInspectorClosed();

/** Longest line kept, and most lines kept: a program that floods its output cannot flood ours. */
const MAX_LINE = 2_000;
const MAX_LINES = 5_000;
/** How much of stdout is kept as bytes: far more than any exercise prints, bounded so a flood cannot fill memory. */
const MAX_STDOUT_BYTES = 4 * 2 ** 20;

/** What the guard every program loads (guard/program.ts) prints when it refused something: JSON follows. */
export const REFUSED_MARK = "app-layer-lab-refused: ";

/** Something the grader refused a program: a file access (the permission model's words), or a signal. */
export type Refusal = { permission: string; resource: string } | { signal: string; pid: number };

/** How a program is started: where, as whom, and whether inside the OS sandbox (sandbox.ts). */
export interface LaunchOptions {
  cwd?: string;
  uid?: number;
  gid?: number;
  /** The command is the sandbox around the program: its pid is the sandbox's, its status the program's. */
  sandboxed?: boolean;
  /** A pipe of its own to answer on (PROBE_FD): the probe host's. */
  channel?: boolean;
}

export class StudentProcess {
  readonly lines: OutputLine[] = [];
  /** Stdout as raw bytes (up to MAX_STDOUT_BYTES), for a program whose output is not text: an HTTP body. */
  private readonly stdoutChunks: Buffer[] = [];
  private stdoutLength = 0;
  exit: ExitStatus | undefined;
  /** Sandboxed: what the program left running when it ended, as the sandbox listed it ("PID(name)"). */
  readonly leftRunning: string[] = [];
  /** What the program was refused, as its guard reported it, caught by the program or not. */
  readonly refused: Refusal[] = [];
  private programPid: number | undefined;
  private readonly child: ChildProcess;
  private readonly exited: Promise<ExitStatus>;
  private readonly conditions = new Conditions();

  constructor(
    command: string,
    args: string[],
    private readonly transcript: Transcript,
    env: NodeJS.ProcessEnv,
    readonly description: string,
    private readonly options: LaunchOptions = {},
  ) {
    transcript.record({ from: "grader", kind: "start", text: description });
    // detached: the program leads its own process group on POSIX, so one signal reaches every
    // process it started.
    // Extra pipes (channels.ts): what keeps the program alive, always; where the kernel cannot
    // be asked, what its sockets read; for a probe host, its answers. The sandbox passes them on.
    const stdio: ("pipe" | "ignore")[] = ["pipe", "pipe", "pipe", "pipe", "ignore", "ignore"];
    if (REPORTS_READ_SIZES) stdio[REPORTS_FD] = "pipe";
    if (options.channel) stdio[PROBE_FD] = "pipe";
    while (stdio.at(-1) === "ignore") stdio.pop();
    this.child = spawn(command, args, {
      env: { ...env, APP_LAYER_LAB_ALIVE_FD: String(ALIVE_FD) },
      cwd: options.sandboxed ? undefined : options.cwd,
      uid: options.uid,
      gid: options.gid,
      stdio,
      detached: process.platform !== "win32",
    });
    if (this.child.pid !== undefined) track(this.child.pid, true);
    this.child.stdin?.on("error", () => {}); // the program may exit before reading its input
    this.aliveChannel?.on("error", () => {});
    // A process the program started may hold that pipe too: its end must not delay "close".
    this.child.on("exit", () => this.aliveChannel?.destroy());
    this.child.stdout?.on("data", (chunk: Buffer) => {
      if (this.stdoutLength >= MAX_STDOUT_BYTES) return;
      this.stdoutChunks.push(chunk);
      this.stdoutLength += chunk.length;
    });
    for (const stream of ["stdout", "stderr"] as const) {
      const source = this.child[stream];
      if (!source) continue;
      drainLines(source, MAX_LINE, (text) => this.addLine(stream, text), () => this.lines.length < MAX_LINES);
    }
    const reports = REPORTS_READ_SIZES ? this.child.stdio[REPORTS_FD] : undefined;
    if (reports && "on" in reports) drainLines(reports as Readable, 64, noteReport);
    this.exited = new Promise((resolve) => {
      this.child.on("error", (error) => {
        this.transcript.record({ from: "grader", kind: "error", text: t("could not start: {error}", { error: error.message }) });
        this.finish({ code: null, signal: null }, resolve);
      });
      this.child.on("close", (code, signal) => this.finish({ code, signal }, resolve));
    });
  }

  private addLine(stream: OutputLine["stream"], raw: string): void {
    if (this.options.sandboxed && stream === "stderr" && raw.startsWith(LEFT_RUNNING_MARK)) {
      this.leftRunning.push(...raw.slice(LEFT_RUNNING_MARK.length).trim().split(" ").filter(Boolean));
      return;
    }
    const at = stream === "stderr" ? raw.indexOf(REFUSED_MARK) : -1;
    if (at >= 0) {
      this.noteRefusal(raw.slice(at + REFUSED_MARK.length));
      if (at === 0) return;
      raw = raw.slice(0, at);
    }
    if (this.lines.length >= MAX_LINES) return;
    const text = raw.length > MAX_LINE ? `${raw.slice(0, MAX_LINE)}… ${t("(line cut)")}` : raw;
    this.lines.push({ stream, text });
    this.transcript.record({ from: "student", kind: stream, text });
    this.conditions.changed();
  }

  private noteRefusal(json: string): void {
    if (this.refused.length >= 20) return;
    try {
      const refusal = JSON.parse(json) as Refusal;
      // One refused call may be reported twice (readFileSync opens the file with openSync).
      const seen = this.refused.some((known) => JSON.stringify(known) === JSON.stringify(refusal));
      if (typeof refusal === "object" && refusal !== null && !seen) this.refused.push(refusal);
    } catch {
      // cut short: not a report
    }
  }

  private finish(status: ExitStatus, resolve: (status: ExitStatus) => void): void {
    if (this.exit) return;
    // The sandbox's init reports a program killed by signal N as exit code 128 + N.
    const signal = this.options.sandboxed && status.signal === null ? signalFromSandboxCode(status.code) : undefined;
    if (signal) status = { code: null, signal };
    this.exit = status;
    if (this.child.pid !== undefined) track(this.child.pid, false);
    const how = status.signal ? t("killed by {signal}", { signal: status.signal }) : t("exit code {code}", { code: String(status.code) });
    this.transcript.record({ from: "student", kind: "exit", text: how });
    resolve(status);
    this.conditions.changed();
  }

  /** Resolves when `probe` returns a value, looked at again after every event. */
  private waitFor<T>(ms: number, what: string, probe: () => T | undefined): Promise<T> {
    return this.conditions.waitFor(ms, what, probe);
  }

  /** Waits for a line on stdout (or `stream`) matching `pattern`; undefined when the program exits first. */
  waitForLine(pattern: RegExp, what: string, ms: number = DEADLINES.reply, stream: "stdout" | "stderr" = "stdout"): Promise<RegExpMatchArray | undefined> {
    return this.waitFor(ms, what, () => {
      for (const line of this.lines) {
        const match = line.stream === stream ? line.text.match(pattern) : null;
        if (match) return match;
      }
      return this.exit ? null : undefined;
    }).then((match) => match ?? undefined);
  }

  /**
   * Waits until the lines printed on stdout so far satisfy `enough` (checked after every line),
   * or the program exits; resolves with those lines.
   */
  waitForStdoutLines(enough: (lines: string[]) => boolean, what: string, ms: number = DEADLINES.reply): Promise<string[]> {
    return this.waitFor(ms, what, () => {
      const lines = this.lines.filter((line) => line.stream === "stdout").map((line) => line.text);
      return enough(lines) || this.exit ? lines : undefined;
    });
  }

  /** Waits until the program printed a line on either stream, or exited. */
  waitForOutput(ms: number, what: string): Promise<void> {
    return this.waitFor(ms, what, () => (this.lines.length > 0 || this.exit ? true : undefined)).then(() => undefined);
  }

  /**
   * Waits until the program has dealt with everything that reached it so far (a reset, a new
   * connection), so that what it does about it shows: on Linux, until its main thread sleeps in
   * two looks 20 ms apart (a program with an event pending does not sleep), or it has exited.
   * Elsewhere it gets a moment (Transcript.settle), returning early if it prints, closes or exits.
   */
  async caughtUp(ms: number = DEADLINES.reply): Promise<void> {
    const pid = this.pid;
    if (this.exit || pid === undefined) return;
    if (processState(pid) === undefined) {
      await this.transcript.settle();
      return;
    }
    const end = Date.now() + ms;
    for (let asleep = 0; asleep < 2 && Date.now() < end; ) {
      const state = processState(pid);
      if (state === undefined || state === "Z" || state === "X") {
        // Gone: its exit reaches the grader in a moment, once its pipes close.
        await within(DEADLINES.kill, t("your program to exit"), this.exited).catch(() => undefined);
        return;
      }
      asleep = state === "S" ? asleep + 1 : 0;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Resolves when the program has exited, however long that takes (pair it with a deadline). */
  whenExited(): Promise<ExitStatus> {
    return this.exited;
  }

  /** The pipe a probe host answers on, when the program was started with `channel`. */
  get channel(): Duplex | undefined {
    return ((this.child.stdio as readonly unknown[])[PROBE_FD] ?? undefined) as Duplex | undefined;
  }

  waitForExit(ms: number = DEADLINES.exit, what?: string): Promise<ExitStatus> {
    return within(ms, what ?? t("your program to exit"), this.exited);
  }

  /** What the program wrote on stdout, byte for byte (the first MAX_STDOUT_BYTES). */
  get stdoutBytes(): Buffer {
    return Buffer.concat(this.stdoutChunks).subarray(0, MAX_STDOUT_BYTES);
  }

  get stdout(): string {
    return this.lines.filter((line) => line.stream === "stdout").map((line) => `${line.text}\n`).join("");
  }

  get stderr(): string {
    return this.lines.filter((line) => line.stream === "stderr").map((line) => `${line.text}\n`).join("");
  }

  /** Everything the program printed, both streams, in order. */
  get output(): string {
    return this.lines.map((line) => `${line.text}\n`).join("");
  }

  private get aliveChannel(): Duplex | undefined {
    return (this.child.stdio[ALIVE_FD] as Duplex | null | undefined) ?? undefined;
  }

  /**
   * What keeps the program running, as its own event loop tells (resource names such as
   * "Timeout" or "TCPSocketWrap", see alive-reporter.ts); undefined when it does not answer
   * within `ms`: it is busy (a loop that never yields), or it is not a program the grader built.
   */
  whatKeepsItAlive(ms = 1_000): Promise<string[] | undefined> {
    const channel = this.aliveChannel;
    if (!channel || this.exit || channel.destroyed) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      let text = "";
      const done = (answer: string[] | undefined) => {
        clearTimeout(timer);
        channel.off("data", take);
        resolve(answer);
      };
      const take = (chunk: Buffer) => {
        text += chunk.toString("utf8");
        const end = text.indexOf("\n");
        if (end < 0 && text.length < 10_000) return;
        try {
          const value: unknown = JSON.parse(text.slice(0, Math.max(end, 0)));
          done(Array.isArray(value) ? value.filter((name): name is string => typeof name === "string").slice(0, 50) : undefined);
        } catch {
          done(undefined);
        }
      };
      const timer = setTimeout(() => done(undefined), ms);
      channel.on("data", take);
      channel.write("?");
    });
  }

  writeStdin(data: string | Uint8Array): void {
    this.child.stdin?.write(data);
  }

  endStdin(): void {
    this.child.stdin?.end();
  }

  /** The program's own process (inside its sandbox, when there is one), e.g. to ask the kernel whether it sleeps. */
  get pid(): number | undefined {
    if (!this.options.sandboxed || this.child.pid === undefined || this.exit) return this.child.pid;
    this.programPid ??= sandboxedProgramPid(this.child.pid);
    return this.programPid ?? this.child.pid;
  }

  /**
   * Stops the running program (SIGSTOP) until resume(), so that what a check sends waits in the
   * kernel's queues for it. False where that cannot be done (Windows, a program that has ended);
   * never a signal to a process id of 1 or less, which as root would reach every process.
   */
  pause(): boolean {
    return this.signalProgram("SIGSTOP");
  }

  /** Lets a paused program run again (SIGCONT). */
  resume(): void {
    this.signalProgram("SIGCONT");
  }

  private signalProgram(signal: NodeJS.Signals): boolean {
    const pid = this.pid;
    if (process.platform === "win32" || this.exit || pid === undefined || pid <= 1) return false;
    try {
      process.kill(pid, signal);
      return true;
    } catch {
      return false;
    }
  }

  /** The process the grader started and kills: the program, or the sandbox around it. */
  get launcherPid(): number | undefined {
    return this.child.pid;
  }

  get sandboxed(): boolean {
    return this.options.sandboxed === true;
  }

  /**
   * Kills the program and everything it started, and waits until it is gone. `gently` asks first
   * (SIGTERM, as Ctrl-C does), so a supervisor such as Vitest can stop what it started itself.
   */
  async kill(options: { gently?: boolean } = {}): Promise<void> {
    const pid = this.child.pid;
    if (pid !== undefined && options.gently && process.platform !== "win32") {
      signalGroup(pid, "SIGTERM");
      await this.waitForExit(DEADLINES.kill, t("your program to be stopped")).catch(() => undefined);
    }
    if (pid !== undefined && !this.exit) killTree(pid);
    try {
      await this.waitForExit(DEADLINES.kill, t("your program to be stopped"));
    } catch (error) {
      if (!(error instanceof DeadlineExceeded)) throw error;
    }
    this.child.stdout?.destroy();
    this.child.stderr?.destroy();
    this.child.stdin?.destroy();
    this.aliveChannel?.destroy();
    this.channel?.destroy();
  }
}

// Every student program still running in this process, so a supervisor can stop them all at
// once: the batch grader's worker does on a signal, and tells its parent each process id in
// case it cannot.
const running = new Set<number>();
const watchers = new Set<(pid: number, running: boolean) => void>();

function track(pid: number, isRunning: boolean): void {
  if (isRunning) running.add(pid);
  else running.delete(pid);
  // Told to stop, a Vitest worker may still run the next check for a moment: what it starts
  // then would outlive the kill below, so it is killed as it starts.
  if (isRunning && stopping) killTree(pid);
  for (const watcher of watchers) watcher(pid, isRunning);
}

/** Calls `watcher` whenever a student program starts or ends; returns a function that stops watching. */
export function watchStudentProcesses(watcher: (pid: number, running: boolean) => void): () => void {
  watchers.add(watcher);
  return () => watchers.delete(watcher);
}

/** Kills the process tree of every student program still running. */
export function killEveryStudentProcess(): void {
  for (const pid of running) killTree(pid);
}

/**
 * Makes sure no student program outlives this process: when it exits, or is told to stop
 * (Ctrl-C, Vitest stopping its worker, a batch stopping a grader), every one still running is
 * killed first. The programs lead process groups of their own, so no signal reaches them otherwise.
 */
export function stopStudentProcessesWhenThisProcessEnds(): void {
  if (stoppingOnExit) return;
  stoppingOnExit = true;
  process.on("exit", killEveryStudentProcess);
  // A worker whose parent is gone (the IPC channel closed) will not be asked again.
  process.once("disconnect", killEveryStudentProcess);
  for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"] as const) {
    process.once(signal, () => {
      stopping = true;
      killEveryStudentProcess();
      // Then end as the signal would have had nobody listened. (Not process.exit: a Vitest
      // worker turns that into an error while tests run.)
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    });
  }
}
let stoppingOnExit = false;
/** A stop signal came: every student program is killed, the ones started from now on too. */
let stopping = false;

/** A real child's pid: 0, 1, negatives, NaN and an unset pid widen a group kill to the whole machine. */
function isProcessId(pid: number): boolean {
  return Number.isInteger(pid) && pid > 1;
}

/** SIGKILL to the whole process group (POSIX), or taskkill /T (Windows). */
export function killTree(pid: number): void {
  if (!isProcessId(pid)) return;
  if (process.platform === "win32") {
    spawnSync("taskkill", ["/pid", String(pid), "/T", "/F"], { stdio: "ignore" });
    return;
  }
  signalGroup(pid, "SIGKILL");
}

function signalGroup(leader: number, signal: NodeJS.Signals): void {
  // kill(-0) is our own group and kill(-1) is every process we may signal: never.
  if (!isProcessId(leader)) return;
  try {
    process.kill(-leader, signal);
  } catch {
    // The group is already gone.
  }
}
