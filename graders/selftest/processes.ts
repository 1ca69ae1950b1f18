// What the self-tests look for after a run: processes that should be gone. Linux shows every
// process in /proc, with its command line and environment. Without /proc (macOS, Windows, or
// LAB_NO_PROC=1) `ps` or PowerShell list command lines only; a check that needs more says so
// and is skipped with a note, it never passes on an empty list it could not fill.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { CAN_READ_PROC } from "../harness/kernel.ts";

export interface LivingProcess {
  pid: number;
  /** The process group; -1 on Windows, which has none. */
  group: number;
  command: string;
  /** The environment, as NAME=value lines joined by NUL; "" where it cannot be read. */
  environment: string;
}

/** How this machine lists processes. */
export const PROCESS_LIST: "/proc" | "ps" | "PowerShell" = CAN_READ_PROC ? "/proc" : process.platform === "win32" ? "PowerShell" : "ps";

/** Only /proc shows other processes' environments. */
export const SEES_ENVIRONMENTS = PROCESS_LIST === "/proc";

/** Alive and not a zombie. */
export function isAlive(pid: number): boolean {
  if (CAN_READ_PROC) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(")") + 2));
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Every living process but this one. Throws when the machine cannot list them, never returns an empty guess. */
export function livingProcesses(): LivingProcess[] {
  if (PROCESS_LIST === "/proc") return fromProc();
  const found = PROCESS_LIST === "ps" ? fromPs() : fromPowerShell();
  // This process at least is running: an empty list means the listing failed.
  if (found.length === 0) throw new Error(`${PROCESS_LIST} listed no process at all`);
  return found.filter((living) => living.pid !== process.pid);
}

function fromProc(): LivingProcess[] {
  const found: LivingProcess[] = [];
  for (const name of readdirSync("/proc").filter((entry) => /^\d+$/.test(entry))) {
    const pid = Number(name);
    if (pid === process.pid || !isAlive(pid)) continue;
    try {
      const command = readFileSync(`/proc/${name}/cmdline`, "utf8").split("\0").join(" ").trim();
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const group = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
      let environment = "";
      try {
        environment = readFileSync(`/proc/${name}/environ`, "utf8");
      } catch {
        // Not ours to read.
      }
      found.push({ pid, group, command, environment });
    } catch {
      // Gone meanwhile.
    }
  }
  return found;
}

/** POSIX ps, as on macOS: the same options work with BSD's ps and Linux's procps. */
function fromPs(): LivingProcess[] {
  const text = execFileSync("ps", ["-A", "-ww", "-o", "pid=,pgid=,stat=,args="], { encoding: "utf8", maxBuffer: 64 * 2 ** 20, timeout: 10_000 });
  return text.split("\n").flatMap((line) => {
    const [, pid, group, state, command] = /^\s*(\d+)\s+(\d+)\s+(\S+)\s?(.*)$/.exec(line) ?? [];
    if (!pid || state?.startsWith("Z")) return [];
    return [{ pid: Number(pid), group: Number(group), command: command ?? "", environment: "" }];
  });
}

/** Windows: every process's id and command line, from CIM (wmic is gone from recent Windows). */
function fromPowerShell(): LivingProcess[] {
  const script = "Get-CimInstance Win32_Process | ForEach-Object { \"$($_.ProcessId)`t$($_.CommandLine)\" }";
  const text = execFileSync("powershell.exe", ["-NoProfile", "-NonInteractive", "-Command", script], { encoding: "utf8", maxBuffer: 64 * 2 ** 20, timeout: 30_000 });
  return text.split(/\r?\n/).flatMap((line) => {
    const [, pid, command] = /^(\d+)\t(.*)$/.exec(line) ?? [];
    return pid ? [{ pid: Number(pid), group: -1, command: command ?? "", environment: "" }] : [];
  });
}

/** Living processes whose command line or environment mentions `mark` (a scratch folder, say), shown as "pid: command". */
export function processesMentioning(mark: string): string[] {
  return mentioning(mark).map((living) => `${living.pid}: ${living.command.slice(0, 160)}`);
}

function mentioning(mark: string): LivingProcess[] {
  return livingProcesses().filter((living) => living.command.includes(mark) || living.environment.includes(mark));
}

/** Kills what `processesMentioning(mark)` finds, so a failed test leaves nothing running. */
export function killProcessesMentioning(mark: string): void {
  for (const living of mentioning(mark)) {
    try {
      process.kill(living.pid, "SIGKILL");
    } catch {
      // Gone meanwhile.
    }
  }
}
