// How long this process's main thread keeps its event loop from turning. A conversation the
// grader is timing (a reply deadline, a settle window, a kernel proof) waits that long, so no
// step that runs while checks are in flight may hold the loop for long. On Linux the main
// thread's own CPU time comes from /proc, so waiting for a core on a busy machine does not
// count as holding the loop; elsewhere the wall-clock gaps between timer ticks are all there is.
import { readFileSync } from "node:fs";
import { CAN_READ_PROC } from "./kernel.ts";

const SCHEDSTAT = "/proc/thread-self/schedstat";

/** Nanoseconds this thread has run on a CPU (Linux), or undefined where that cannot be read. */
function threadCpuNanoseconds(): number | undefined {
  if (!CAN_READ_PROC) return undefined;
  try {
    return Number(readFileSync(SCHEDSTAT, "utf8").split(" ")[0]);
  } catch {
    return undefined;
  }
}

/**
 * Resolves in a later turn of the event loop. Await it before a synchronous step of some
 * milliseconds (spawning a process, parsing a file) that may come due with others at once:
 * each then runs in a turn of its own, and the timers of conversations in flight run between.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Whether holds are measured in the thread's own CPU time (so a busy machine does not inflate them). */
export const MEASURES_THREAD_TIME = threadCpuNanoseconds() !== undefined;

export interface LoopHolds {
  /** The longest hold, in milliseconds. */
  longestMs: number;
  /** Every hold longer than `ms`, in milliseconds, in the order they happened. */
  longerThan(ms: number): number[];
}

/**
 * Starts watching: a timer ticks every millisecond and records how much the main thread ran
 * between two ticks (the work of one turn of the loop). Call the returned function to stop and
 * read the holds.
 */
export function watchEventLoop(): () => LoopHolds {
  const holds: number[] = [];
  let lastWall = performance.now();
  let lastCpu = threadCpuNanoseconds();
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    const wall = performance.now();
    const cpu = threadCpuNanoseconds();
    const held = cpu !== undefined && lastCpu !== undefined ? (cpu - lastCpu) / 1e6 : wall - lastWall;
    holds.push(held);
    lastWall = performance.now();
    lastCpu = threadCpuNanoseconds();
    timer = setTimeout(tick, 1);
    timer.unref();
  };
  timer = setTimeout(tick, 1);
  timer.unref();
  return () => {
    clearTimeout(timer);
    return { longestMs: holds.reduce((longest, held) => Math.max(longest, held), 0), longerThan: (ms) => holds.filter((held) => held > ms) };
  };
}
