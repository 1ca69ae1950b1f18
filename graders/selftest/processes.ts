// What the self-tests look for after a run: processes that should be gone. Linux shows every
// process in /proc; elsewhere these find nothing, and the checks that use them pass vacuously.
import { readdirSync, readFileSync } from "node:fs";

export interface LivingProcess {
  pid: number;
  group: number;
  command: string;
  /** The environment, as NAME=value lines joined by NUL. */
  environment: string;
}

/** Alive and not a zombie. */
export function isAlive(pid: number): boolean {
  if (process.platform === "linux") {
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

/** Linux: every living process but this one. */
export function livingProcesses(): LivingProcess[] {
  if (process.platform !== "linux") return [];
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

/** Linux: living processes whose command line or environment mentions `mark` (a scratch folder, say), shown as "pid: command". */
export function processesMentioning(mark: string): string[] {
  return mentioning(mark).map((living) => `${living.pid}: ${living.command.slice(0, 160)}`);
}

function mentioning(mark: string): LivingProcess[] {
  return livingProcesses().filter((living) => living.command.includes(mark) || living.environment.includes(mark));
}

/** Linux: kills what `processesMentioning(mark)` finds, so a failed test leaves nothing running. */
export function killProcessesMentioning(mark: string): void {
  for (const living of mentioning(mark)) {
    try {
      process.kill(living.pid, "SIGKILL");
    } catch {
      // Gone meanwhile.
    }
  }
}
