// Containment of student programs. Every program the grader starts runs with a scrubbed
// environment and a heap limit; a Node program also runs under Node's permission model: it may
// read only its compiled code, the graded folder and the kit's node_modules, write only to a
// scratch folder of its own check, and start no process (unless the exercise is about
// processes) and no worker thread. What this does not cover: see the README, "What the
// containment covers, and what it does not".
import { randomBytes } from "node:crypto";
import { chmodSync, closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, readdirSync, readlinkSync, realpathSync, statSync } from "node:fs";
import { readFile, readdir, readlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, resolve, sep } from "node:path";
import type { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { fileURLToPath, pathToFileURL } from "node:url";
import { t } from "../i18n/index.ts";
import { CAN_READ_PROC } from "./kernel.ts";
import type { LaunchOptions, Refusal, StudentProcess } from "./launch.ts";
import { grantedPaths } from "./permission-paths.ts";
import { PRELOAD, PRELOAD_URL, REPORTS_READ_SIZES } from "./read-sizes.ts";
import { sandboxCommand, sandboxInitPid, settledSandbox } from "./sandbox.ts";
import { newScratchFolder, removeScratchFolder } from "./scratch.ts";
import type { CheckStatus, TranscriptEvent } from "./types.ts";

const KIT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Heap limit of a student program: a runaway one dies of its own out-of-memory, not the machine's. */
export const MEMORY_LIMIT_MB = 256;

/** Marks every process a check starts (children inherit it), so strays can be found on Linux. */
const RUN_VARIABLE = "APP_LAYER_LAB_RUN";

/** Minimal environment for student programs: no secrets of the grader's leak into them. */
export function studentEnvironment(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const keep = ["PATH", "SYSTEMROOT", "TEMP", "TMP", "TMPDIR", "HOME", "USERPROFILE", "LANG"];
  const env: NodeJS.ProcessEnv = {};
  for (const name of keep) if (process.env[name] !== undefined) env[name] = process.env[name];
  return { ...env, NO_COLOR: "1", ...extra };
}

export interface PermissionModel {
  /** `--permission` (Node ≥ 22.13 / 23.5) or `--experimental-permission` (Node 20, 21, 22.0–22.12). */
  enable: string;
  /** Flags that keep the model's own warnings out of the student's output. */
  quiet: string[];
  /** Permissions every program needs: the network, where the model covers it (Node ≥ 25). */
  always: string[];
}

/** The permission model of a Node that accepts `flags` (by default the running one), if it has one. */
export function detectPermissionModel(flags: ReadonlySet<string> = process.allowedNodeEnvironmentFlags): PermissionModel | undefined {
  const enable = ["--permission", "--experimental-permission"].find((flag) => flags.has(flag));
  if (!enable) return undefined;
  // ExperimentalWarning on Node 20; SecurityWarning whenever --allow-child-process is given.
  const quiet = flags.has("--disable-warning") ? ["--disable-warning=ExperimentalWarning", "--disable-warning=SecurityWarning"] : ["--no-warnings"];
  return { enable, quiet, always: flags.has("--allow-net") ? ["--allow-net"] : [] };
}

export const PERMISSION_MODEL = detectPermissionModel();


export interface ContainmentOptions {
  /** The exercise is about processes: its programs may start child processes. */
  needsChildProcesses?: boolean;
}

/** A process that a student program started and that left its process group. */
export interface Stray {
  pid: number;
  pgid: number;
  command: string;
}

/** What a check's programs may do; one per check, so each check has its own scratch folder. */
export class Containment {
  /** Processes found running outside every program's process group, and stopped. */
  readonly strays: Stray[] = [];
  /** What the check's programs were refused (reported by their guard), caught by them or not. */
  readonly refusals: Refusal[] = [];
  private readonly run = randomBytes(8).toString("hex");
  private readonly leaders = new Set<number>();
  private scratch: string | undefined;
  private given: string | undefined;
  private output: string | undefined;

  constructor(
    /** The graded folder: the program may read it (and nothing of the kit's but node_modules). */
    private readonly directory: string,
    private readonly options: ContainmentOptions = {},
  ) {}

  /** The check's own folder: the only place its programs may write, and their working directory. */
  get scratchFolder(): string {
    this.scratch ??= newScratchFolder("app-layer-lab-checks");
    return this.scratch;
  }

  environment(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
    return studentEnvironment({ ...extra, [RUN_VARIABLE]: this.run });
  }

  /**
   * A folder the grader fills before it starts a program, which the check's programs may read
   * but not write (their scratch folder is a private one, empty, inside the OS sandbox): the
   * files 09's web server serves with --root. Outside the kit, removed with the scratch folder.
   */
  get givenFolder(): string {
    this.given ??= newScratchFolder("app-layer-lab-given");
    return this.given;
  }

  /**
   * A folder the check's programs may write and the grader reads back after they end (the file
   * 12's `download -o OUT` writes). The scratch folder cannot serve: inside the OS sandbox it is
   * a private tmpfs the grader never sees. Ask for it before the program starts: it is bound
   * into the sandbox (writable, at the same path) only then. Removed with the scratch folder.
   */
  get outputFolder(): string {
    this.output ??= newScratchFolder("app-layer-lab-output");
    return this.output;
  }

  /**
   * The bytes of the file `name` a program left in the output folder, undefined when there is
   * none. Only a plain file is read, never through a link: a link the program made there could
   * lead to a file of the grader's, which a check would then show. Throws for anything else.
   */
  readOutput(name: string): Buffer | undefined {
    const path = join(this.outputFolder, name);
    let descriptor: number;
    try {
      descriptor = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw new Error(t("{name} is not a plain file", { name }));
    }
    try {
      if (!fstatSync(descriptor).isFile() || lstatSync(path).isSymbolicLink()) throw new Error(t("{name} is not a plain file", { name }));
      return readFileSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
  }

  /** What the compiled `program`, started with `args`, may read: its code, the graded folder, the kit's packages. */
  private readable(program: string, args: readonly string[], guard?: string, preloads: readonly string[] = []): string[] {
    const builds = dirname(dirname(program));
    return [
      dirname(program),
      ...(guard ? [dirname(guard)] : []),
      ...preloads,
      this.directory,
      join(KIT_ROOT, "node_modules"),
      this.scratchFolder,
      ...(this.given ? [this.given] : []),
      ...(this.output ? [this.output] : []),
      ...(REPORTS_READ_SIZES ? [PRELOAD] : []),
      // A program compiled beside this one that the grader hands over, e.g. a reference child.
      ...args.filter((arg) => isAbsolute(arg) && dirname(dirname(arg)) === builds).map((arg) => dirname(arg)),
    ];
  }

  /**
   * Node options that go before the compiled `program`, which is started with `args`; `preloads`
   * are files of the grader's own loaded with --import before the program (e.g. the NAT box's
   * shim, graders/peers/nat-shim.mjs), readable by it.
   */
  nodeOptions(program: string, args: readonly string[], guard?: string, preloads: readonly string[] = []): string[] {
    const options = [`--max-old-space-size=${MEMORY_LIMIT_MB}`];
    // Before the program's own code: signals only to its own processes, refusals reported (guard/program.ts).
    if (guard) options.push(`--import=${pathToFileURL(guard).href}`);
    // Off Linux the program reports what its sockets read (read-sizes.ts).
    if (REPORTS_READ_SIZES) options.push(`--import=${PRELOAD_URL}`);
    for (const preload of preloads) options.push(`--import=${pathToFileURL(preload).href}`);
    const model = PERMISSION_MODEL;
    if (!model) return options;
    const readable = this.readable(program, args, guard, preloads);
    options.push(model.enable, ...model.quiet, ...model.always);
    // Every spelling of each folder (permission-paths.ts: links, Windows' short names and prefixes).
    for (const path of new Set(readable.flatMap((folder) => grantedOnce(folder)))) options.push(`--allow-fs-read=${path}`);
    for (const path of grantedPaths(this.scratchFolder)) options.push(`--allow-fs-write=${path}`);
    if (this.output) for (const path of grantedPaths(this.output)) options.push(`--allow-fs-write=${path}`);
    if (this.options.needsChildProcesses) options.push("--allow-child-process");
    return options;
  }

  /**
   * How to start Node on the compiled `program` (`nodeArgs` = options, program, args): inside the
   * OS sandbox where there is one (sandbox.ts), which sees only what the program may read.
   */
  launch(program: string, args: readonly string[], nodeArgs: string[], guard?: string, preloads: readonly string[] = []): { command: string; args: string[]; options: LaunchOptions } {
    const sandbox = settledSandbox();
    if (!sandbox) return { command: process.execPath, args: nodeArgs, options: { cwd: this.scratchFolder } };
    const readable = this.readable(program, args, guard, preloads).filter((path) => path !== this.scratchFolder && path !== this.output);
    const writable = this.output ? [this.output] : [];
    if (sandbox.asRoot) {
      readableByOthers(readable);
      // The program runs as a user of its own: it may write here, in the grader's temporary folder only.
      for (const folder of writable) chmodSync(folder, 0o777);
    }
    const wrapped = sandboxCommand(sandbox, process.execPath, nodeArgs, {
      readable,
      writable,
      scratch: this.scratchFolder,
      cwd: this.scratchFolder,
      hidden: [KIT_ROOT],
      // Every build and analysis the kit cached, a classmate's too: only this program's own is shown.
      masked: [join(KIT_ROOT, "node_modules", ".cache")],
    });
    return { command: wrapped.command, args: wrapped.args, options: { cwd: this.scratchFolder, sandboxed: true } };
  }

  /** Notes a program just started: it leads its own process group. */
  started(child: StudentProcess): void {
    this.programs.push(child);
    if (child.pid !== undefined) this.leaders.add(child.pid);
  }

  private readonly programs: StudentProcess[] = [];
  private readonly ownPorts = new Set<number>();

  /**
   * Linux: whether something listening on TCP `port` belongs to one of the check's programs.
   * False only when a listener is there and it is another process's (a program that prints the
   * port of some other server must not make the grader talk to that server); true when nobody
   * listens (the connection will be refused) or the kernel cannot be asked.
   */
  async listensOn(port: number): Promise<boolean> {
    if (process.platform !== "linux" || this.ownPorts.has(port)) return true;
    // Read off the event loop's thread: the tables and the process list grow with a busy machine.
    const listeners = await listeningSockets(port);
    if (listeners.size === 0) return true;
    for (const pid of await this.programProcesses()) {
      const fds = await readdir(`/proc/${pid}/fd`).catch(() => [] as string[]);
      const links = await Promise.all(fds.map((fd) => readlink(`/proc/${pid}/fd/${fd}`).catch(() => "")));
      for (const link of links) {
        const inode = /^socket:\[(\d+)\]$/.exec(link)?.[1];
        if (inode && listeners.has(inode)) {
          this.ownPorts.add(port);
          return true;
        }
      }
    }
    return false;
  }

  /** The machine's pids of every process of the check's programs: their process groups, or their sandboxes. */
  private async programProcesses(): Promise<number[]> {
    const groups = new Set<number>();
    const namespaces = new Set<string>();
    for (const child of this.programs) {
      if (child.exit || child.launcherPid === undefined) continue;
      if (!child.sandboxed) {
        groups.add(child.launcherPid);
        continue;
      }
      const init = sandboxInitPid(child.launcherPid);
      const namespace = init === undefined ? undefined : await readlink(`/proc/${init}/ns/pid`).catch(() => undefined);
      if (namespace !== undefined) namespaces.add(namespace);
    }
    const names = (await readdir("/proc")).filter((name) => /^\d+$/.test(name));
    const found = await Promise.all(
      names.map(async (name) => {
        const pid = Number(name);
        if (groups.size > 0) {
          const entry = parseStat(pid, await readFile(`/proc/${pid}/stat`, "utf8").catch(() => undefined));
          if (entry && groups.has(entry.pgid)) return pid;
        }
        if (namespaces.size === 0) return undefined;
        // Another user's process, or gone: not one of ours.
        const namespace = await readlink(`/proc/${pid}/ns/pid`).catch(() => undefined);
        return namespace !== undefined && namespaces.has(namespace) ? pid : undefined;
      }),
    );
    return found.filter((pid): pid is number => pid !== undefined);
  }

  /**
   * Kills `child` with its process group and, on Linux, whatever it started that left the group
   * (a detached child, possible only where child processes are allowed or the permission model
   * is missing). Those are recorded in `strays`: leaving them behind fails the check.
   */
  async stop(child: StudentProcess): Promise<void> {
    try {
      await (child.sandboxed ? this.stopSandboxed(child) : this.stopUnsandboxed(child));
    } finally {
      this.refusals.push(...child.refused);
    }
  }

  private async stopUnsandboxed(child: StudentProcess): Promise<void> {
    const sweep = CAN_READ_PROC && (this.options.needsChildProcesses === true || !PERMISSION_MODEL);
    const leader = child.pid;
    // Found before the kill, while the tree of parent links is still whole.
    const before = sweep && leader !== undefined ? this.findStrays(leader) : [];
    await child.kill();
    if (!sweep || leader === undefined) return;
    let found = before;
    // Again after the kill (an orphan keeps the mark), until nothing new turns up.
    for (let round = 0; round < 5; round++) {
      for (const stray of found) {
        if (this.strays.some((known) => known.pid === stray.pid)) continue;
        this.strays.push(stray);
        killStray(stray);
      }
      found = this.findStrays(leader).filter((stray) => !this.strays.some((known) => known.pid === stray.pid));
      if (found.length === 0) break;
    }
  }

  /**
   * A sandboxed program takes whatever it started with it: its sandbox ends with it. What it
   * left running is still a fault: the sandbox's init lists it when the program ends by itself,
   * and a program still running is looked at here, before it is killed.
   */
  private async stopSandboxed(child: StudentProcess): Promise<void> {
    const launcher = child.launcherPid;
    const before = launcher !== undefined && !child.exit && this.options.needsChildProcesses ? detachedInSandbox(launcher) : [];
    await child.kill();
    const listed = child.leftRunning.map((entry) => {
      const [, pid, name] = /^(\d+)\((.*)\)$/.exec(entry) ?? [];
      return { pid: Number(pid), pgid: -1, command: name ?? entry };
    });
    for (const stray of [...before, ...listed]) if (!this.strays.some((known) => known.pid === stray.pid)) this.strays.push(stray);
  }

  private findStrays(leader: number): Stray[] {
    return findStrays(this.run, leader).filter((stray) => !this.leaders.has(stray.pgid));
  }

  /** Removes the scratch folder; call once every program of the check is stopped. */
  remove(): void {
    if (this.given) removeScratchFolder(this.given);
    this.given = undefined;
    if (this.output) removeScratchFolder(this.output);
    this.output = undefined;
    if (!this.scratch) return;
    removeScratchFolder(this.scratch);
    this.scratch = undefined;
  }
}

/**
 * As root, the sandbox runs each program as a user of its own, which reads only what others may:
 * a temporary folder the kit made (a copied submission, a buggy variant) is opened up to it.
 * The instructor's and the student's own folders are left as they are.
 */
/** grantedPaths, looked up on disk once per folder: the same folders (node_modules, the graded one) serve every program. */
const granted = new Map<string, string[]>();
function grantedOnce(folder: string): string[] {
  let paths = granted.get(folder);
  if (!paths) {
    if (granted.size > 1_000) granted.clear();
    paths = grantedPaths(folder);
    granted.set(folder, paths);
  }
  return paths;
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

let temporaryFolder: string | undefined;
function readableByOthers(folders: readonly string[]): void {
  temporaryFolder ??= realPath(tmpdir()) + sep;
  const temporary = temporaryFolder;
  for (const folder of folders) {
    const path = realPath(folder);
    if (!path.startsWith(temporary)) continue;
    try {
      const mode = statSync(path).mode & 0o7777;
      if ((mode & 0o005) !== 0o005) chmodSync(path, mode | 0o055);
    } catch {
      // gone: the program will say so
    }
  }
}

/** The inodes of the sockets listening on TCP `port` (IPv4 and IPv6), from /proc/net/tcp{,6}. */
async function listeningSockets(port: number): Promise<Set<string>> {
  const hex = `:${port.toString(16).toUpperCase().padStart(4, "0")}`;
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text: string;
    try {
      text = await readFile(table, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      // sl local remote state tx:rx tr:when retrnsmt uid timeout inode
      const fields = line.trim().split(/\s+/);
      if (fields[3] === "0A" && fields[1]?.endsWith(hex) && fields[9]) inodes.add(fields[9]);
    }
  }
  return inodes;
}

interface ProcessEntry {
  pid: number;
  ppid: number;
  pgid: number;
  zombie: boolean;
}

function readProcess(pid: number): ProcessEntry | undefined {
  try {
    return parseStat(pid, readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return undefined;
  }
}

/** A process's entry from the text of its /proc/PID/stat; undefined without one (it is gone). */
function parseStat(pid: number, stat: string | undefined): ProcessEntry | undefined {
  if (stat === undefined) return undefined;
  // After the command name (in parentheses, may hold spaces): state ppid pgrp …
  const [state, ppid, pgid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return { pid, ppid: Number(ppid), pgid: Number(pgid), zombie: state === "Z" || state === "X" };
}

function carriesMark(pid: number, mark: string): boolean {
  try {
    return `\0${readFileSync(`/proc/${pid}/environ`, "latin1")}`.includes(`\0${mark}\0`);
  } catch {
    return false; // another user's process, or gone
  }
}

/**
 * Linux: the living processes that carry the run's mark in their environment or descend from
 * `leader`, and are outside `leader`'s process group (group members die with the group).
 */
export function findStrays(run: string, leader: number): Stray[] {
  const entries = readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readProcess(Number(name)))
    .filter((entry): entry is ProcessEntry => entry !== undefined && entry.pid !== process.pid);
  const children = new Map<number, ProcessEntry[]>();
  for (const entry of entries) children.set(entry.ppid, [...(children.get(entry.ppid) ?? []), entry]);
  const descendants = new Set<number>();
  const visit = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      if (descendants.has(child.pid)) continue;
      descendants.add(child.pid);
      visit(child.pid);
    }
  };
  visit(leader);
  const mark = `${RUN_VARIABLE}=${run}`;
  return entries
    .filter((entry) => !entry.zombie && entry.pgid !== leader && (descendants.has(entry.pid) || carriesMark(entry.pid, mark)))
    .map((entry) => ({ pid: entry.pid, pgid: entry.pgid, command: commandOf(entry.pid) }));
}

/** The processes in the sandbox of `launcher` that left the program's process group, by their pid inside it. */
function detachedInSandbox(launcher: number): Stray[] {
  const init = sandboxInitPid(launcher);
  if (init === undefined) return [];
  let namespace: string;
  try {
    namespace = readlinkSync(`/proc/${init}/ns/pid`);
  } catch {
    return [];
  }
  const group = readProcess(init)?.pgid;
  const strays: Stray[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    try {
      if (readlinkSync(`/proc/${pid}/ns/pid`) !== namespace) continue;
    } catch {
      continue;
    }
    const entry = readProcess(pid);
    if (!entry || entry.zombie || entry.pgid === group) continue;
    let status = "";
    try {
      status = readFileSync(`/proc/${pid}/status`, "utf8");
    } catch {
      continue; // gone meanwhile
    }
    const inside = /NSpid:.*\s(\d+)\s*$/m.exec(status)?.[1];
    if (inside === undefined || inside === "1") continue; // bwrap's reaper
    strays.push({ pid: Number(inside), pgid: entry.pgid, command: commandOf(pid) });
  }
  return strays;
}

function commandOf(pid: number): string {
  try {
    const text = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim();
    return text.length > 120 ? `${text.slice(0, 120)}…` : text;
  } catch {
    return "?";
  }
}

let ownGroup: number | undefined;
function killStray(stray: Stray): void {
  ownGroup ??= readProcess(process.pid)?.pgid ?? -1;
  try {
    // A group leader takes its group down with it; the grader's own group is never signalled.
    if (stray.pgid === stray.pid && stray.pgid !== ownGroup) process.kill(-stray.pgid, "SIGKILL");
    else process.kill(stray.pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}

const PERMISSIONS: Record<string, (resource: string) => string> = {
  FileSystemRead: (resource) => (resource ? t("reading {resource}", { resource }) : t("reading a file outside its folder")),
  FileSystemWrite: (resource) => (resource ? t("writing {resource}", { resource }) : t("writing a file outside the grader's scratch folder")),
  ChildProcess: () => t("starting another process"),
  WorkerThreads: () => t("starting a worker thread"),
};

/** What the permission model refused the program, from what it printed; undefined when nothing. */
export function explainDenial(output: string): string | undefined {
  if (!output.includes("ERR_ACCESS_DENIED") && !output.includes("Access to this API has been restricted")) return undefined;
  const permission = /permission: '(\w+)'/.exec(output)?.[1] ?? "";
  const resource = /resource: '([^']*)'/.exec(output)?.[1] ?? "";
  const what = PERMISSIONS[permission]?.(resource) ?? t("something outside what a graded program may do");
  return t(
    "The grader stopped your program from {what}. While it is graded, a program may read only its own folder, write only to a scratch folder, and start other processes only in the exercise about processes.",
    { what },
  );
}

/** The explanation of the stray processes a check's programs left behind. */
export function explainStrays(strays: readonly Stray[]): string {
  const list = strays.map((stray) => `${stray.pid} (${stray.command})`).join(", ");
  return t(
    "Your program left processes running after it ended, outside its own process group (started detached?): {list}. The grader stopped them. Stop every process you start, and do not detach them.",
    { list },
  );
}

/** The explanation of what the guard refused a program: the first refusal of each kind. */
export function explainRefusals(refusals: readonly Refusal[]): string[] {
  const notes: string[] = [];
  const access = refusals.find((refusal): refusal is Extract<Refusal, { permission: string }> => "permission" in refusal);
  if (access) {
    const what = PERMISSIONS[access.permission]?.(access.resource) ?? t("something outside what a graded program may do");
    notes.push(
      t(
        "The grader stopped your program from {what}. While it is graded, a program may read only its own folder, write only to a scratch folder, and start other processes only in the exercise about processes.",
        { what },
      ),
    );
  }
  const signal = refusals.find((refusal): refusal is Extract<Refusal, { signal: string }> => "signal" in refusal);
  if (signal) {
    notes.push(
      t("Your program tried to send {signal} to process {pid}, which it did not start; the grader refused it. A graded program may signal only itself and the processes it started.", {
        signal: String(signal.signal),
        pid: String(signal.pid),
      }),
    );
  }
  return notes;
}

/**
 * Adds what the containment saw to a check's verdict: a refused action (even one the program
 * caught and survived: trying to read the solutions is not a pass), stray processes.
 */
export function containedVerdict(
  status: CheckStatus,
  message: string,
  transcript: readonly TranscriptEvent[],
  strays: readonly Stray[],
  refusals: readonly Refusal[] = [],
): { status: CheckStatus; message: string } {
  const notes: string[] = explainRefusals(refusals);
  if (status !== "passed") {
    const printed = transcript
      .filter((event) => event.from === "student" && (event.kind === "stdout" || event.kind === "stderr"))
      .map((event) => event.text ?? "")
      .join("\n");
    // A child started without the guard (exercise 01) shows its refusal only in what it printed.
    const denial = notes.length === 0 ? explainDenial(printed) : undefined;
    if (denial) notes.push(denial);
    if (/Reached heap limit|JavaScript heap out of memory/.test(printed)) {
      notes.push(t("Your program used more than {limit} MB of memory, and Node stopped it. Does something grow without end, such as an array or a string in a loop?", { limit: MEMORY_LIMIT_MB }));
    }
  }
  if (strays.length > 0) notes.push(explainStrays(strays));
  if (notes.length === 0) return { status, message };
  const joined = [message, ...notes].filter((part) => part !== "").join("\n");
  return { status: status === "passed" ? "failed" : status, message: joined };
}

/**
 * Splits a program's output into lines as readline does (\n, \r\n or \r ends a line), but keeps
 * at most `maxLine + 1` characters of a line, so a flood without line breaks cannot grow the
 * grader's memory; the stream is always read to its end, so the program never blocks on a full
 * pipe. Once `wantsMore` says no, chunks are thrown away unread, so a flood drains at pipe speed.
 */
export function drainLines(source: Readable, maxLine: number, onLine: (text: string) => void, wantsMore: () => boolean = () => true): void {
  const decoder = new StringDecoder("utf8");
  let line = "";
  let afterCarriageReturn = false;
  const keep = (text: string, start: number, end: number) => {
    const room = maxLine + 1 - line.length;
    if (room > 0) line += text.slice(start, Math.min(end, start + room));
  };
  const take = (text: string) => {
    let start = 0;
    if (afterCarriageReturn && text.startsWith("\n")) start = 1; // \r\n cut between two chunks
    afterCarriageReturn = false;
    const breaks = /\r\n|\r|\n/g;
    breaks.lastIndex = start;
    for (let found = breaks.exec(text); found; found = breaks.exec(text)) {
      keep(text, start, found.index);
      onLine(line);
      line = "";
      start = found.index + found[0].length;
      if (found[0] === "\r" && start === text.length) afterCarriageReturn = true;
    }
    keep(text, start, text.length);
  };
  source.on("data", (chunk: Buffer | string) => {
    if (wantsMore()) take(typeof chunk === "string" ? chunk : decoder.write(chunk));
  });
  source.on("end", () => {
    if (wantsMore()) take(decoder.end());
    if (line.length > 0) onLine(line);
    line = "";
  });
}
