// Every wait in the kit has a deadline. Deadlines are generous (they only decide how long a
// broken program may keep us waiting), so a busy machine never changes a verdict.
import { t } from "../i18n/index.ts";

/** How long the grader waits for each kind of thing, in milliseconds. */
export const DEADLINES = {
  /** A program prints its `listening on HOST:PORT` line, or exits. */
  ready: 15_000,
  /** A reply or a close that should come promptly. */
  reply: 8_000,
  /** A program that should end by itself (a client, a child). */
  exit: 10_000,
  /** Killing a process tree and seeing it gone. */
  kill: 5_000,
} as const;

/** Thrown when a wait runs out of time. `what` completes "timed out waiting for …". */
export class DeadlineExceeded extends Error {
  constructor(
    readonly what: string,
    readonly ms: number,
    /** Set when the timer fired this long after `ms` had passed: the grader itself was stopped (SIGSTOP) or starved. */
    readonly heldUpMs?: number,
  ) {
    super(t("timed out after {seconds} s waiting for {what}", { seconds: (ms / 1000).toFixed(1), what }));
    this.name = "DeadlineExceeded";
  }
}

/** Resolves like `promise`, or rejects with DeadlineExceeded after `ms`. */
/**
 * A timer this late means the grader was not running (SIGSTOP), not that the program was slow.
 * Far above what a starved event loop lags on an overloaded machine (5 s was seen at load 34 on
 * 2 cores), far below a check's whole budget.
 */
export const HELD_UP_MS = 30_000;

export function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const started = performance.now();
  const timeout = new Promise<never>((_, reject) => {
    // If the event loop was blocked (a busy machine, a long synchronous step), the awaited event
    // may already be queued behind this timer: let pending I/O run first, then give up.
    timer = setTimeout(
      () =>
        setImmediate(() =>
          setImmediate(() => {
            const late = performance.now() - started - ms;
            reject(new DeadlineExceeded(what, ms, late > HELD_UP_MS ? Math.round(late) : undefined));
          }),
        ),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Polls `probe` until it returns something other than undefined, or the deadline passes.
 * For conditions that have no event of their own.
 */
export async function pollUntil<T>(ms: number, what: string, probe: () => T | undefined | Promise<T | undefined>): Promise<T> {
  const end = Date.now() + ms;
  for (let delay = 5; ; delay = Math.min(delay * 2, 100)) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() >= end) throw new DeadlineExceeded(what, ms);
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

/**
 * Waits for conditions on state that events change (lines printed, bytes received): whoever
 * changes the state calls changed(), and every pending wait looks again.
 */
export class Conditions {
  private readonly waiters = new Set<() => void>();

  changed(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  /** Resolves with the first value `probe` returns other than undefined, or fails at the deadline. */
  waitFor<T>(ms: number, what: string, probe: () => T | undefined): Promise<T> {
    let look = () => {};
    const met = new Promise<T>((resolve) => {
      look = () => {
        const value = probe();
        if (value === undefined) return;
        this.waiters.delete(look);
        resolve(value);
      };
      this.waiters.add(look);
      look();
    });
    return within(ms, what, met).finally(() => this.waiters.delete(look));
  }
}
