// The record of a check: every connection, every byte each way, every line the program printed,
// with a time offset and who did it.
import { t } from "../i18n/index.ts";
import { showBytes } from "./bytes.ts";
import type { Actor, TranscriptEvent } from "./types.ts";

/** The most bytes of one data event kept in a transcript. */
const MAX_SHOWN_BYTES = 256;

/** How long `settle` gives the student's program to react before the grader moves on. */
export const SETTLE_MS = 250;

export class Transcript {
  readonly events: TranscriptEvent[] = [];
  private readonly startedAt = performance.now();
  private readonly listeners = new Set<(event: TranscriptEvent) => void>();

  record(event: Omit<TranscriptEvent, "at">): void {
    const recorded: TranscriptEvent = { at: Math.round(performance.now() - this.startedAt), ...event };
    // A bulk transfer is shown by its first bytes and its size; the transcript stays small.
    if (recorded.bytes && recorded.bytes.length > MAX_SHOWN_BYTES) {
      recorded.size = recorded.bytes.length;
      recorded.bytes = Uint8Array.from(recorded.bytes.subarray(0, MAX_SHOWN_BYTES));
    }
    this.events.push(recorded);
    for (const listener of this.listeners) listener(recorded);
  }

  /**
   * Gives the student's program a moment to react (print, send, close) before the grader goes
   * on, e.g. between the pieces of a split message, so a program that takes one read for the
   * whole message shows it. It returns as soon as the program prints, closes or exits (bytes it
   * sends may be unrelated, e.g. its own greeting); a correct program waits the full window,
   * and its verdict does not depend on it.
   */
  settle(ms: number = SETTLE_MS): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve();
      };
      const listener = (event: TranscriptEvent) => {
        if (event.from === "student" && event.kind !== "data" && event.kind !== "datagram") done();
      };
      const timer = setTimeout(done, ms);
      this.listeners.add(listener);
    });
  }

  /** Milliseconds since the check started, as `at` counts them. */
  elapsed(): number {
    return Math.round(performance.now() - this.startedAt);
  }

  /** A name for the next connection the grader opens to the student's program: "client 1", "client 2", … */
  nextClientName(): string {
    this.clients++;
    return t("client {n}", { n: this.clients });
  }
  private clients = 0;

  note(text: string): void {
    this.record({ from: "grader", kind: "note", text });
  }
}

/** Functions, so the names are in the learner's language when shown. */
const ARROW_NAMES: Record<Actor, () => string> = { grader: () => t("grader"), student: () => t("your program"), peer: () => t("reference peer") };

/** One event as a line: `+12ms  reference peer → your program  "Hello. Client." (14 bytes)`. */
export function formatEvent(event: TranscriptEvent): string {
  // At least one space after the offset, so +10079ms does not run into the next column.
  const time = `${`+${event.at}ms`.padEnd(7)} `;
  const who = event.to ? `${ARROW_NAMES[event.from]()} → ${ARROW_NAMES[event.to]()}` : ARROW_NAMES[event.from]();
  switch (event.kind) {
    case "data": {
      const bytes = event.bytes ?? new Uint8Array();
      const size = event.size ?? bytes.length;
      const shown = event.size ? `${showBytes(bytes)}…` : showBytes(bytes);
      return `${time}${who}  ${shown} ${size === 1 ? t("(1 byte)") : t("({size} bytes)", { size })}`;
    }
    case "datagram": {
      // One datagram, one line: who, the route, the bytes, and what the peer's script did with it.
      const bytes = event.bytes ?? new Uint8Array();
      const size = event.size ?? bytes.length;
      const shown = event.size ? `${showBytes(bytes)}…` : showBytes(bytes);
      const fate = event.fate ? `  [${event.fate}]` : "";
      // Several sockets may play (a server, a stranger): name the one that did it.
      const peer = event.peer ?? ARROW_NAMES.peer();
      const named = (actor: Actor) => (actor === "peer" ? peer : ARROW_NAMES[actor]());
      const who = event.to ? `${named(event.from)} → ${named(event.to)}` : named(event.from);
      return `${time}${who}  ${t("UDP {route}", { route: event.route ?? "" })}  ${shown} ${size === 1 ? t("(1 byte)") : t("({size} bytes)", { size })}${fate}`;
    }
    case "stdout":
    case "stderr":
      return `${time}${ARROW_NAMES.student()} | ${event.kind}: ${event.text ?? ""}`;
    default:
      return `${time}${who}  ${event.kind === "note" || event.kind === "call" ? "" : `[${event.kind}] `}${event.text ?? ""}`.trimEnd();
  }
}

export function formatTranscript(events: readonly TranscriptEvent[], limit = 200): string {
  const shown = events.length > limit ? [...events.slice(0, limit / 2), ...events.slice(-limit / 2)] : events;
  const lines = shown.map(formatEvent);
  if (events.length > limit) lines.splice(limit / 2, 0, `  … ${t("{count} events left out", { count: events.length - limit })} …`);
  return lines.join("\n");
}
