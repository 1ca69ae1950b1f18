// A check's conversation as a sequence diagram: one lifeline per actor (the grader, the
// student's program, each reference peer), an arrow per connect, data, datagram, FIN and reset
// (a datagram's fate beside it as a note), notes for
// what the program printed and how it ended, and the step where the check failed marked.
// One model, drawn twice: as Mermaid text (feedback files) and as SVG (the Vitest UI).
import { displayWidth, showBytes } from "../../harness/bytes.ts";
import type { CheckResult, TranscriptEvent } from "../../harness/types.ts";
import { t } from "../../i18n/index.ts";

export interface Lifeline {
  id: string;
  label: string;
}

/** How an arrow is drawn: data and connects solid, a FIN dotted and open, a reset crossed. */
export type ArrowStyle = "solid" | "dotted" | "cross";

export type DiagramItem =
  | { kind: "message"; from: string; to: string; text: string; style: ArrowStyle }
  | { kind: "note"; over: string[]; text: string; tone?: "failure" | "summary" }
  /** A lesson's `par`/`and`/`end` (or `loop`, `alt`…): a labelled divider. */
  | { kind: "block"; keyword: string; text: string };

export interface SequenceDiagram {
  lifelines: Lifeline[];
  items: DiagramItem[];
}

/** Most items a drawn conversation keeps, so a flood or 120 clients stay readable. */
export const MAX_ITEMS = 60;
/** Longest label, in terminal columns (a Korean character takes two). */
export const MAX_LABEL = 56;
/** A run of writes in one direction longer than this is drawn as its first ones and a note. */
const RUN_SHOWN = 3;

/** Cuts `text` to `columns` terminal columns, marking the cut with "…". */
export function shorten(text: string, columns = MAX_LABEL): string {
  if (displayWidth(text) <= columns) return text;
  let kept = "";
  for (const character of text) {
    if (displayWidth(kept + character) > columns - 1) break;
    kept += character;
  }
  return `${kept}…`;
}

/** 8 MiB, 12 KiB, 100 bytes. */
export function formatSize(bytes: number): string {
  if (bytes === 1) return t("1 byte");
  if (bytes < 1024) return t("{count} bytes", { count: bytes });
  if (bytes < 2 ** 20) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KiB`;
  return `${(bytes / 2 ** 20).toFixed(bytes < 10 * 2 ** 20 ? 1 : 0)} MiB`;
}

const thousands = (count: number) => count.toLocaleString("en-US");

const GRADER = "grader";
const PROGRAM = "program";

/** The conversation of one check result. */
export function conversationDiagram(result: Pick<CheckResult, "transcript" | "steps">): SequenceDiagram {
  const lifelines = new Map<string, Lifeline>();
  const lane = (id: string, label: string) => {
    if (!lifelines.has(id)) lifelines.set(id, { id, label });
    return id;
  };
  // The student's program comes first: it is what the diagram is about.
  lane(PROGRAM, t("your program"));
  const peerLane = (event: TranscriptEvent) => {
    const label = event.peer ?? t("reference peer");
    return lane(`peer:${label}`, label);
  };
  const laneOf = (actor: TranscriptEvent["from"], event: TranscriptEvent) =>
    actor === "student" ? PROGRAM : actor === "grader" ? lane(GRADER, t("grader")) : peerLane(event);
  /** The other end of a connection event that names only who did it. */
  const counterpart = (event: TranscriptEvent) => (event.to ? laneOf(event.to, event) : event.from === "student" ? peerLane(event) : PROGRAM);

  const failed = [...result.steps].reverse().find((step) => !step.ok);
  let failureMarked = failed === undefined;
  const markFailure = (items: Marked[]) => {
    if (failureMarked || !failed) return;
    failureMarked = true;
    items.push({ keep: true, item: { kind: "note", over: [...lifelines.keys()], text: t("✗ the check failed here: {step}", { step: shorten(failed.description, 90) }), tone: "failure" } });
  };

  const items: Marked[] = [];
  for (const event of result.transcript) {
    if (failed?.at !== undefined && event.at > failed.at) markFailure(items);
    const item = itemOf(event, laneOf, counterpart);
    const sized = event.kind === "data" || event.kind === "datagram";
    if (item) items.push({ item, bytes: sized ? (event.size ?? event.bytes?.length ?? 0) : undefined });
    // A datagram's fate (dropped, held back, sent twice) is a note beside its one arrow.
    if (event.kind === "datagram" && event.fate) items.push({ item: { kind: "note", over: [event.from === "student" ? counterpart(event) : laneOf(event.from, event)], text: shorten(event.fate, 70), tone: "summary" } });
  }
  markFailure(items);
  // The grader on the left, then the student's program, then the peers as they appeared.
  const ordered = [...lifelines.values()].sort((a, b) => Number(b.id === GRADER) - Number(a.id === GRADER));
  return { lifelines: ordered, items: bound(collapseRuns(items)) };
}

interface Marked {
  item: DiagramItem;
  /** The size of a data event, for summaries. */
  bytes?: number;
  /** Never left out (the failure). */
  keep?: boolean;
}

function itemOf(
  event: TranscriptEvent,
  laneOf: (actor: TranscriptEvent["from"], event: TranscriptEvent) => string,
  counterpart: (event: TranscriptEvent) => string,
): DiagramItem | undefined {
  const from = laneOf(event.from, event);
  switch (event.kind) {
    case "start":
      return { kind: "message", from, to: PROGRAM, text: shorten(t("start: {command}", { command: event.text ?? "" })), style: "solid" };
    case "connect":
      return { kind: "message", from, to: counterpart(event), text: t("connects"), style: "solid" };
    case "accept":
      // The peer accepted a connection the student's program opened.
      return { kind: "message", from: PROGRAM, to: from, text: t("connects"), style: "solid" };
    case "data": {
      const bytes = event.bytes ?? new Uint8Array();
      const size = event.size ?? bytes.length;
      const shown = shorten(showBytes(bytes), MAX_LABEL - 14) + (event.size ? "…" : "");
      return { kind: "message", from, to: counterpart(event), text: `${shown} (${formatSize(size)})`, style: "solid" };
    }
    case "datagram": {
      // One datagram, one arrow; a dropped one is drawn as lost (crossed).
      const bytes = event.bytes ?? new Uint8Array();
      const size = event.size ?? bytes.length;
      const shown = shorten(showBytes(bytes), MAX_LABEL - 20) + (event.size ? "…" : "");
      return { kind: "message", from, to: counterpart(event), text: t("UDP {bytes} ({size})", { bytes: shown, size: formatSize(size) }), style: event.dropped ? "cross" : "solid" };
    }
    case "fin":
      return { kind: "message", from, to: counterpart(event), text: t("FIN (nothing more to send)"), style: "dotted" };
    case "reset":
      return { kind: "message", from, to: counterpart(event), text: t("RST (reset)"), style: "cross" };
    case "stdout":
    case "stderr":
      return { kind: "note", over: [PROGRAM], text: shorten(`${event.kind}: ${event.text ?? ""}`, 70) };
    case "exit":
      return { kind: "note", over: [PROGRAM], text: event.text ?? "" };
    case "call":
      // A library check: the grader called a function of the program's code.
      return { kind: "message", from, to: PROGRAM, text: shorten(event.text ?? "", MAX_LABEL), style: "solid" };
    case "error":
    case "note":
      return { kind: "note", over: [from], text: shorten(event.text ?? "", 70), tone: "summary" };
    case "close":
      return undefined;
  }
}

/** A long run of writes in one direction becomes its first few arrows and a note with the rest. */
function collapseRuns(items: Marked[]): Marked[] {
  const out: Marked[] = [];
  for (let index = 0; index < items.length; ) {
    const first = items[index]!;
    let end = index + 1;
    if (first.bytes !== undefined && first.item.kind === "message") {
      const { from, to } = first.item;
      while (end < items.length && items[end]!.bytes !== undefined && sameDirection(items[end]!.item, from, to)) end++;
    }
    const run = items.slice(index, end);
    if (run.length <= RUN_SHOWN + 1 || first.item.kind !== "message") {
      out.push(...run);
    } else {
      const rest = run.slice(RUN_SHOWN);
      const bytes = rest.reduce((sum, entry) => sum + (entry.bytes ?? 0), 0);
      out.push(...run.slice(0, RUN_SHOWN), {
        item: {
          kind: "note",
          over: [first.item.from, first.item.to],
          text: t("… {count} more writes ({size})", { count: thousands(rest.length), size: formatSize(bytes) }),
          tone: "summary",
        },
      });
    }
    index = end;
  }
  return out;
}

function sameDirection(item: DiagramItem, from: string, to: string): boolean {
  return item.kind === "message" && item.from === from && item.to === to;
}

/** At most MAX_ITEMS: the beginning and the end, the failure always, and a note for what was left out. */
function bound(items: Marked[]): DiagramItem[] {
  if (items.length <= MAX_ITEMS) return items.map((entry) => entry.item);
  const head = Math.floor(MAX_ITEMS / 2);
  const tail = MAX_ITEMS - head - 1;
  const middle = items.slice(head, items.length - tail);
  const kept = middle.filter((entry) => entry.keep);
  const leftOut = middle.length - kept.length;
  return [
    ...items.slice(0, head).map((entry) => entry.item),
    { kind: "note", over: [PROGRAM], text: t("… {count} more events left out", { count: thousands(leftOut) }), tone: "summary" },
    ...kept.map((entry) => entry.item),
    ...items.slice(items.length - tail).map((entry) => entry.item),
  ];
}
