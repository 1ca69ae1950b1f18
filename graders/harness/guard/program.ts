// Loaded into every student program before its own code (node --import), with or without the OS
// sandbox: the program may signal only itself, its own process group and the children it
// started (not the grader, not kill(-1)), and every access the permission model refuses is
// reported to the grader on stderr, even when the program catches the error and goes on. The
// grader reads those lines (launch.ts) and takes them out of what the student sees.
import childProcess from "node:child_process";
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";

/** The start of a report line; the rest is JSON: { permission, resource } or { signal, pid } (see launch.ts, REFUSED_MARK). */
const MARK = "app-layer-lab-refused: ";
const write = fs.writeSync.bind(fs);

function report(what: Record<string, unknown>): void {
  try {
    write(2, `${MARK}${JSON.stringify(what)}\n`);
  } catch {
    // stderr closed: nothing to tell
  }
}

function isRefusal(error: unknown): error is { code: string; permission?: string; resource?: string } {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "ERR_ACCESS_DENIED";
}

function reportRefusal(error: unknown): void {
  if (isRefusal(error)) report({ permission: error.permission ?? "", resource: error.resource ?? "" });
}

type AnyFunction = (...args: unknown[]) => unknown;

/** Wraps every function of `target` so a refusal is reported, however it is delivered: thrown, rejected or called back. */
function watch(target: Record<string, unknown>, onResult?: (name: string, result: unknown) => void): void {
  for (const name of Object.keys(target)) {
    const original = target[name];
    if (typeof original !== "function" || /^[A-Z]/.test(name)) continue;
    const wrapped = function (this: unknown, ...args: unknown[]): unknown {
      const last = args.length - 1;
      if (typeof args[last] === "function") {
        const callback = args[last] as AnyFunction;
        args[last] = function (this: unknown, error: unknown, ...rest: unknown[]) {
          reportRefusal(error);
          return callback.call(this, error, ...rest);
        };
      }
      try {
        const result = (original as AnyFunction).apply(this, args);
        if (result instanceof Promise) result.catch(reportRefusal);
        onResult?.(name, result);
        return result;
      } catch (error) {
        reportRefusal(error);
        throw error;
      }
    };
    Object.defineProperties(wrapped, Object.getOwnPropertyDescriptors(original));
    try {
      target[name] = wrapped;
    } catch {
      // read-only property: leave it
    }
  }
}

// Children this program started: the only other processes it may signal.
const children = new Set<number>();
watch(fs as unknown as Record<string, unknown>);
watch(fs.promises as unknown as Record<string, unknown>);
watch(childProcess as unknown as Record<string, unknown>, (_name, result) => {
  const pid = (result as { pid?: unknown } | undefined)?.pid;
  if (typeof pid === "number") children.add(pid);
});

/** Signals aimed at the program itself, its own group (it leads one) or its children pass; the rest are refused. */
function allowed(pid: number): boolean {
  return pid === process.pid || pid === 0 || pid === -process.pid || children.has(pid) || children.has(-pid);
}

const kill = process.kill.bind(process);
const rawKill = (process as unknown as { _kill?: AnyFunction })._kill;
process.kill = (pid: number, signal?: string | number): true => {
  if (!allowed(Number(pid))) {
    report({ signal: signal ?? "SIGTERM", pid: Number(pid) });
    const error = new Error(`kill EPERM`) as NodeJS.ErrnoException;
    error.code = "EPERM";
    error.errno = -1;
    error.syscall = "kill";
    throw error;
  }
  return kill(pid, signal);
};
if (rawKill) {
  (process as unknown as { _kill: AnyFunction })._kill = (pid: unknown, signal: unknown) => {
    if (!allowed(Number(pid))) {
      report({ signal: String(signal), pid: Number(pid) });
      return -1; // EPERM, as the system call says it
    }
    return rawKill.call(process, pid, signal);
  };
}
syncBuiltinESMExports();
