// The operating system's sandbox around student programs, where there is one: bubblewrap
// (`bwrap`, Debian's package of the sandbox Flatpak uses) on Linux. A sandboxed program runs
//   - in its own PID namespace (it sees only itself; a signal, even kill(-1), reaches nothing
//     of the grader's), a new session, killed with the grader (--die-with-parent);
//   - in its own mount namespace: the system's programs and libraries, the kit's node_modules,
//     its compiled code and the graded folder, all read-only; a small private tmpfs as its
//     scratch folder and /tmp; nothing else of the machine (no solutions/, no home folder);
//   - as a non-root user: when the grader runs as root, each program gets a user id of its own;
//   - with resource limits (prlimit): memory including Buffers outside the heap, processes,
//     file size, CPU time.
// The network is the one the grader's reference peers use: the batch grader runs each
// submission's grading in a network namespace of its own (sandboxWorker), so a program reaches
// the peers of its own submission over loopback and nothing else; `npm test` shares the machine's.
// Where bwrap is missing (macOS, Windows, a student's laptop) the permission model alone
// applies: see containment.ts and the README, "What the containment covers, and what it does not".
import { execFile } from "node:child_process";
import { randomInt } from "node:crypto";
import { accessSync, constants, existsSync, lstatSync, readFileSync, readlinkSync, realpathSync } from "node:fs";
import { constants as os } from "node:os";
import { delimiter, dirname, join, sep } from "node:path";

const signals: Record<string, number> = os.signals;

/** Which containment is in force, as reported at the top of a batch run and in results.json. */
export interface ContainmentReport {
  /** "bubblewrap" (an OS sandbox around every program) or "node-permission-model" (the fallback). */
  kind: "bubblewrap" | "node-permission-model";
  /** One line a person reads. */
  summary: string;
  /** Why there is no OS sandbox, when there is none. */
  reason?: string;
}

/** Limits of one sandboxed program. Generous for honest work; a runaway hits them long before the machine does. */
export const SANDBOX_LIMITS = {
  /** Every mapping the program writes: the heap, Buffers, typed arrays (RLIMIT_DATA). */
  dataBytes: 768 * 1024 * 1024,
  /** Processes of the program's user: its own threads and children (RLIMIT_NPROC). */
  processes: 128,
  /** Largest file it may write (RLIMIT_FSIZE), and the size of its scratch folder and /tmp. */
  fileBytes: 64 * 1024 * 1024,
  /** CPU seconds (RLIMIT_CPU): above a check's whole budget, so only a spinning program meets it. */
  cpuSeconds: 90,
  /** Open files (RLIMIT_NOFILE). */
  openFiles: 1024,
} as const;

/** The first line the sandbox's init prints after the program ended, when processes it started are still running. */
export const LEFT_RUNNING_MARK = "app-layer-lab-sandbox: left running:";

/**
 * Runs inside the sandbox as its process 2 (bwrap's reaper is 1): starts the program, waits for
 * it, then lists what it left running (those die with the sandbox right after) and exits with
 * the program's status. Only shell built-ins, so it starts nothing the list would show. Its
 * stdin is kept on fd 9 across the `&` (which would give it /dev/null): fds 3 to 5 are the
 * grader's channels (channels.ts), passed on to the program untouched.
 */
const INIT_SCRIPT = [
  'exec 9<&0',
  '"$@" <&9 9<&- &',
  'main=$!',
  'exec 9<&-',
  // (Quiet: the shell would print "Aborted" and the like for the program.)
  'wait "$main" 2>/dev/null',
  'code=$?',
  'left=""',
  'for dir in /proc/[0-9]*; do',
  '  pid=${dir#/proc/}',
  '  case "$pid" in 1|$$) continue ;; esac',
  '  name=?',
  '  read -r name < "$dir/comm" 2>/dev/null',
  '  left="$left $pid($name)"',
  'done',
  `[ -z "$left" ] || echo "${LEFT_RUNNING_MARK}$left" >&2`,
  'exit "$code"',
].join("\n");

export interface Sandbox {
  bwrap: string;
  prlimit: string;
  setpriv: string;
  /** The grader runs as root: each program then runs as a user of its own. */
  asRoot: boolean;
}

function onPath(name: string): string | undefined {
  for (const folder of (process.env.PATH ?? "").split(delimiter)) {
    const candidate = join(folder, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

let detected: Promise<Sandbox | undefined> | undefined;
let settled: { sandbox: Sandbox | undefined; reason?: string } | undefined;

/** Why the sandbox is off, or undefined when it may be used. */
function sandboxUnwanted(): string | undefined {
  if (process.platform !== "linux") return `no OS sandbox on ${process.platform}`;
  const wanted = process.env.LAB_SANDBOX;
  if (wanted === "off" || wanted === "0") return "LAB_SANDBOX=off";
  return undefined;
}

/**
 * Finds bwrap and proves it works here (a container may forbid the namespaces it needs): it
 * starts `true` in a sandbox shaped like a program's. Once per process, without blocking.
 */
export function detectSandbox(): Promise<Sandbox | undefined> {
  detected ??= (async () => {
    const unwanted = sandboxUnwanted();
    const bwrap = unwanted ? undefined : onPath("bwrap");
    const prlimit = unwanted ? undefined : onPath("prlimit");
    const setpriv = unwanted ? undefined : onPath("setpriv");
    if (!bwrap || !prlimit || !setpriv) {
      settled = { sandbox: undefined, reason: unwanted ?? `${!bwrap ? "bwrap" : !prlimit ? "prlimit" : "setpriv"} is not installed` };
      return undefined;
    }
    const sandbox: Sandbox = { bwrap, prlimit, setpriv, asRoot: process.getuid?.() === 0 };
    const trial = sandboxCommand(sandbox, "/bin/true", [], { readable: [], scratch: "/tmp", cwd: "/" });
    const error = await new Promise<string | undefined>((resolve) => {
      execFile(trial.command, trial.args, { timeout: 10_000 }, (failure, _stdout, stderr) =>
        resolve(failure ? (stderr.trim() || failure.message).split("\n")[0] : undefined),
      );
    });
    if (error !== undefined) {
      settled = { sandbox: undefined, reason: `bwrap cannot start a sandbox here: ${error}` };
      return undefined;
    }
    settled = { sandbox };
    return sandbox;
  })();
  return detected;
}

/** The sandbox, once detectSandbox() has settled (undefined before, or where there is none). */
export function settledSandbox(): Sandbox | undefined {
  return settled?.sandbox;
}

/** What protects the grader here, for the top of a batch run and results.json. */
export async function containmentReport(ownNetwork = process.env[WORKER_NETWORK_VARIABLE] === "own"): Promise<ContainmentReport> {
  const sandbox = await detectSandbox();
  if (sandbox) {
    const network = ownNetwork ? "a network namespace per submission" : "the machine's network";
    return {
      kind: "bubblewrap",
      summary: `bubblewrap sandbox around every student program (own PID namespace, read-only files, private scratch, ${network}, ${sandbox.asRoot ? "a user id of its own" : "your user id"}, memory/process/file/CPU limits), plus Node's permission model`,
    };
  }
  return {
    kind: "node-permission-model",
    summary: "Node's permission model and a heap limit only (no OS sandbox): see the README, \"What the containment covers, and what it does not\"",
    reason: settled?.reason,
  };
}

/** Set in a batch worker that bwrap started in a network namespace of its own. */
export const WORKER_NETWORK_VARIABLE = "APP_LAYER_LAB_WORKER_NETWORK";

/** A user id no account has, for one program when the grader runs as root: limits and signals stay per program. */
function programUid(): number {
  return 1_000_000_000 + randomInt(0, 1 << 24) * 64 + (nextSlot++ % 64);
}
let nextSlot = 0;

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** System folders every program needs to start (Node and its libraries), read-only. */
const SYSTEM = ["/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"];
const SYSTEM_FILES = ["/etc/hosts", "/etc/nsswitch.conf", "/etc/resolv.conf", "/etc/passwd", "/etc/group", "/etc/localtime", "/etc/ld.so.cache", "/etc/ld.so.conf", "/etc/ld.so.conf.d", "/etc/alternatives"];

export interface SandboxedCommand {
  command: string;
  args: string[];
}

/**
 * Read-only binds of `paths` at their own place, and at their real place when a link leads
 * there (the permission model compares real paths). A system folder that is a link (/bin on a
 * merged /usr) stays a link.
 */
function readOnly(paths: Iterable<string>, made: Set<string>): string[] {
  const binds: string[] = [];
  for (const path of paths) {
    if (made.has(path) || !existsSync(path)) continue;
    if (lstatSync(path).isSymbolicLink() && SYSTEM.includes(path)) {
      made.add(path);
      binds.push("--symlink", readlinkSync(path), path);
      continue;
    }
    const target = real(path);
    for (const place of new Set([target, path])) {
      if (made.has(place)) continue;
      binds.push(...parents(place, made), "--ro-bind", target, place);
      made.add(place);
    }
  }
  return binds;
}

/** Whether `path` lies inside one of `folders`. */
function within(path: string, folders: readonly string[]): boolean {
  return folders.some((folder) => path.startsWith(`${folder}${sep}`));
}

/**
 * The system's part of every sandbox (its folders and files, and Node's own folder when it lies
 * elsewhere), found once per process: the same for every program, and each look at the disk is
 * time the grader's event loop is held while a conversation runs beside it.
 */
let systemPart: { binds: string[]; made: string[] } | undefined;
function systemBinds(): { binds: string[]; made: Set<string> } {
  if (!systemPart) {
    const made = new Set<string>();
    const binds = [...readOnly(SYSTEM, made), ...readOnly(SYSTEM_FILES, made)];
    systemPart = { binds, made: [...made] };
  }
  return { binds: systemPart.binds, made: new Set(systemPart.made) };
}

/**
 * Node's own folder when it lies outside the system's, bound after the sandbox's private /tmp: a
 * Node installed under /tmp (CI puts Node 22 and 24 there) would otherwise be hidden by it.
 */
let nodePart: string[] | undefined;
function nodeFolders(): string[] {
  if (!nodePart) {
    const prefix = dirname(dirname(real(process.execPath)));
    nodePart = SYSTEM.some((folder) => prefix === folder || prefix.startsWith(`${folder}${sep}`)) ? [] : [prefix];
  }
  return nodePart;
}

/** Folders bwrap would otherwise create on the way to `path` readable by its owner only. */
function parents(path: string, made: Set<string>): string[] {
  const created: string[] = [];
  const parts = path.split(sep).filter(Boolean);
  for (let depth = 1; depth < parts.length; depth++) {
    const folder = sep + parts.slice(0, depth).join(sep);
    if (made.has(folder) || SYSTEM.some((system) => folder === system || folder.startsWith(`${system}${sep}`))) continue;
    made.add(folder);
    created.push("--perms", "0755", "--dir", folder);
  }
  return created;
}

/**
 * `command args` wrapped in bwrap and prlimit. `readable` are the only files of the machine it
 * sees besides the system's; `scratch` is where it may write (a private tmpfs at that path,
 * also its working directory when `cwd` is it); `writable` are folders of the machine bound at
 * their own place that it may write and the grader reads afterwards; `hidden` are folders masked even when a
 * system folder holds them (the kit, when it lives under /usr); `masked` are folders inside a
 * readable one shown empty, but for the readable folders inside them (the kit's build cache:
 * the program sees its own build, not a classmate's).
 */
export function sandboxCommand(
  sandbox: Sandbox,
  command: string,
  args: readonly string[],
  options: { readable: readonly string[]; writable?: readonly string[]; scratch: string; cwd: string; hidden?: readonly string[]; masked?: readonly string[] },
): SandboxedCommand {
  // As root, bwrap sets the sandbox up with root's rights (it reads every bound folder), then
  // setpriv makes the program a user of its own with no capability. Otherwise bwrap runs as the
  // grader's user, in a user namespace.
  const uid = sandbox.asRoot ? programUid() : undefined;
  const user = uid === undefined ? ["--unshare-user"] : ["--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID"];
  const becomeUser = uid === undefined ? [] : [sandbox.setpriv, `--reuid=${uid}`, `--regid=${uid}`, "--clear-groups", "--no-new-privs", "--"];
  const { binds: system, made } = systemBinds();
  const masked = (options.masked ?? []).filter((folder) => existsSync(folder)).flatMap((folder) => [...new Set([folder, real(folder)])]);
  const bwrap = [
    ...user,
    "--unshare-pid",
    "--unshare-ipc",
    "--unshare-uts",
    "--unshare-cgroup-try",
    "--die-with-parent",
    "--new-session",
    ...system,
    // Masks, then the allowed parts of them again.
    ...(options.hidden ?? []).filter((folder) => SYSTEM.some((system) => folder.startsWith(`${system}${sep}`))).flatMap((folder) => ["--tmpfs", folder]),
    "--proc",
    "/proc",
    "--dev",
    "/dev",
    ...privateFolder("/tmp", made),
    ...readOnly(nodeFolders(), made),
    ...readOnly(options.readable.filter((path) => !within(path, masked)), made),
    ...masked.flatMap((folder) => ["--tmpfs", folder]),
    ...readOnly(options.readable.filter((path) => within(path, masked)), made),
    ...(options.writable ?? []).flatMap((path) => {
      const place = real(path);
      const binding = [...parents(place, made), "--bind", place, place];
      made.add(place);
      return binding;
    }),
    ...privateFolder(options.scratch, made),
    "--chdir",
    options.cwd,
    "--",
    ...becomeUser,
    "/bin/sh",
    "-c",
    INIT_SCRIPT,
    "app-layer-lab-sandbox",
    command,
    ...args,
  ];
  const processes = sandbox.asRoot ? SANDBOX_LIMITS.processes : SANDBOX_LIMITS.processes + ownProcessCount();
  const limits = [
    `--data=${SANDBOX_LIMITS.dataBytes}`,
    `--nproc=${processes}`,
    `--fsize=${SANDBOX_LIMITS.fileBytes}`,
    `--cpu=${SANDBOX_LIMITS.cpuSeconds}`,
    `--nofile=${SANDBOX_LIMITS.openFiles}`,
    "--core=0",
  ];
  return { command: sandbox.prlimit, args: [...limits, "--", sandbox.bwrap, ...bwrap] };
}

/** A small tmpfs of the program's own at `path`, which everyone inside may write (the program's user is not known to bwrap). */
function privateFolder(path: string, made: Set<string>): string[] {
  const folders = [...parents(path, made), "--perms", "1777", "--size", String(SANDBOX_LIMITS.fileBytes), "--tmpfs", path];
  made.add(path);
  return folders;
}

/**
 * Processes of this user now: RLIMIT_NPROC counts all of them, so a non-root grader gives each
 * program that many plus its own allowance (root gives each program a user of its own instead).
 */
function ownProcessCount(): number {
  try {
    // Every thread of the machine (loadavg's "running/total"): at least this user's share.
    const line = readFileSync("/proc/loadavg", "utf8").split(" ")[3] ?? "0/0";
    return Number(line.split("/")[1]) || 1024;
  } catch {
    return 1024;
  }
}

/** A program's exit status as bwrap reports it: 128 + N when the program was killed by signal N. */
export function signalFromSandboxCode(code: number | null): NodeJS.Signals | undefined {
  if (code === null || code <= 128 || code > 128 + 64) return undefined;
  const found = Object.entries(signals).find(([, number]) => number === code - 128);
  return found?.[0] as NodeJS.Signals | undefined;
}

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(" ").filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/**
 * The machine's pid of the program in the sandbox bwrap `launcher` runs: launcher → bwrap's
 * reaper (1 inside) → the init script (2) → the program. Undefined until it has started.
 */
export function sandboxedProgramPid(launcher: number): number | undefined {
  let pid = launcher;
  for (let level = 0; level < 3; level++) {
    const [child] = childrenOf(pid);
    if (child === undefined) return undefined;
    pid = child;
  }
  return pid;
}

/** The machine's pid of the sandbox's init script (2 inside), whose process group the program shares. */
export function sandboxInitPid(launcher: number): number | undefined {
  const [reaper] = childrenOf(launcher);
  return reaper === undefined ? undefined : childrenOf(reaper)[0];
}

/**
 * What a worker started by root keeps of root's rights: enough to set up each program's sandbox
 * (mounts and namespaces, then a user of the program's own), read the kit, and stop its programs.
 */
const WORKER_CAPABILITIES = ["CAP_SYS_ADMIN", "CAP_SETUID", "CAP_SETGID", "CAP_SETPCAP", "CAP_SYS_CHROOT", "CAP_DAC_OVERRIDE", "CAP_DAC_READ_SEARCH", "CAP_FOWNER", "CAP_CHOWN", "CAP_KILL"];

/** Limits of one batch worker: the whole grading of one submission (a zip bomb meets these, not the machine's). */
export const WORKER_LIMITS = {
  dataBytes: 3 * 1024 * 1024 * 1024,
  temporaryBytes: 1024 * 1024 * 1024,
} as const;

/**
 * A batch worker (the grading of one submission) in a sandbox of its own: its own network
 * namespace, where its reference peers and its student programs meet over loopback and no
 * classmate's program (nor anything else of the machine) can be reached; its own PID namespace,
 * so killing the sandbox ends every process of the grading. The kit is read-only, the
 * submission too; only `writable` (its work folder) and a private /tmp may be written. The
 * worker is the kit's own code and keeps the rights it needs to sandbox each program in turn
 * (as root: WORKER_CAPABILITIES, no others).
 */
export function sandboxWorkerCommand(
  sandbox: Sandbox,
  command: string,
  args: readonly string[],
  options: { kitRoot: string; readable: readonly string[]; writable: readonly string[] },
): SandboxedCommand {
  // In this order: a writable folder inside the (read-only) kit is bound over it afterwards.
  const { binds: system, made } = systemBinds();
  const temporary = ["--perms", "1777", "--size", String(WORKER_LIMITS.temporaryBytes), "--tmpfs", "/tmp"];
  made.add("/tmp");
  const kit = readOnly([...nodeFolders(), options.kitRoot, ...options.readable], made);
  const writable = options.writable.flatMap((path) => {
    const place = real(path);
    const binding = [...parents(place, made), "--bind", place, place];
    made.add(place);
    return binding;
  });
  const bwrap = [
    ...(sandbox.asRoot ? WORKER_CAPABILITIES.flatMap((capability) => ["--cap-add", capability]) : ["--unshare-user"]),
    "--unshare-net",
    "--unshare-pid",
    "--unshare-ipc",
    "--unshare-uts",
    "--die-with-parent",
    "--new-session",
    ...system,
    "--proc",
    "/proc",
    "--dev",
    "/dev",
    ...temporary,
    ...kit,
    ...writable,
    "--setenv",
    WORKER_NETWORK_VARIABLE,
    "own",
    "--chdir",
    options.kitRoot,
    "--",
    command,
    ...args,
  ];
  return { command: sandbox.prlimit, args: [`--data=${WORKER_LIMITS.dataBytes}`, "--core=0", "--", sandbox.bwrap, ...bwrap] };
}

/**
 * For the self-test: grade in this process as if there were no OS sandbox (`false`), or as
 * detected again (`true`), so the fallback containment is proven on a machine that has bwrap.
 */
export async function useSandboxInThisProcess(enabled: boolean): Promise<void> {
  if (enabled) {
    detected = undefined;
    settled = undefined;
    await detectSandbox();
    return;
  }
  settled = { sandbox: undefined, reason: "turned off for this process (self-test)" };
  detected = Promise.resolve(undefined);
}
