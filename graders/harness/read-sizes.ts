// What student programs have read, as the read-size preload reports it (read-sizes-preload.mjs),
// for the platforms whose kernel the grader cannot ask (kernel.ts): macOS, Windows, and Linux
// with LAB_NO_PROC=1. Every program the grader starts there carries the preload; its reports
// come in on the program's file descriptor 4 (3 is alive-reporter.ts's).
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Conditions } from "./deadline.ts";
import { CAN_SEE_RECEIVE_QUEUES } from "./kernel.ts";

/** Whether student programs report what they read: only where the kernel cannot tell. */
export const REPORTS_READ_SIZES = !CAN_SEE_RECEIVE_QUEUES;


/** The preload, for `--import`; the permission model must let the program read it. */
export const PRELOAD = join(dirname(fileURLToPath(import.meta.url)), "read-sizes-preload.mjs");
export const PRELOAD_URL = pathToFileURL(PRELOAD).href;

/** Bytes read so far, by "LOCALPORT REMOTEPORT" as the reading program sees its socket. */
const totals = new Map<string, number>();
const conditions = new Conditions();

/** Takes one report line from a program; anything that is not one is ignored. */
export function noteReport(line: string): void {
  const match = /^(\d{1,5}) (\d{1,5}) (\d{1,15})$/.exec(line);
  if (!match) return;
  const key = `${match[1]} ${match[2]}`;
  totals.set(key, Math.max(totals.get(key) ?? 0, Number(match[3])));
  conditions.changed();
}

/** Bytes the program has read from its socket `localPort` ↔ `remotePort`; 0 before its first report. */
export function bytesRead(localPort: number, remotePort: number): number {
  return totals.get(`${localPort} ${remotePort}`) ?? 0;
}

/** Looks at `probe` again after every report, and whenever `wake` is called; fails at the deadline. */
export function waitForReports<T>(ms: number, what: string, probe: () => T | undefined): { done: Promise<T>; wake: () => void } {
  return { done: conditions.waitFor(ms, what, probe), wake: () => conditions.changed() };
}

/** Drops what is known of a connection that closed. */
export function forgetConnection(localPort: number, remotePort: number): void {
  totals.delete(`${localPort} ${remotePort}`);
}
