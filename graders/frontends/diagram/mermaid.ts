// Sequence diagrams as Mermaid text (GitHub and most Markdown viewers draw it), and back: the
// lessons' own diagrams, read into the same model so the UI can draw them beside what happened.
import type { ArrowStyle, DiagramItem, Lifeline, SequenceDiagram } from "./model.ts";

/** Mermaid's arrow for each style, and the arrows the lessons use read back. */
const ARROWS: Record<ArrowStyle, string> = { solid: "->>", dotted: "--)", cross: "-x" };
const READ_ARROWS: [string, ArrowStyle][] = [
  ["-->>", "dotted"],
  ["->>", "solid"],
  ["--)", "dotted"],
  ["-)", "solid"],
  ["--x", "cross"],
  ["-x", "cross"],
  ["-->", "dotted"],
  ["->", "solid"],
];

/**
 * Text Mermaid shows as it is: characters its grammar reads (`;` ends a statement, `#` starts an
 * entity, `<` `>` look like HTML, `%%` a comment) become entity codes, and a line break `<br/>`.
 */
export function mermaidText(text: string): string {
  return text
    .replace(/[#;<>"%{}|`]/g, (character) => `#${character.codePointAt(0)};`)
    .replace(/\r?\n/g, "<br/>");
}

export function toMermaid(diagram: SequenceDiagram): string {
  const ids = new Map(diagram.lifelines.map((lifeline, index) => [lifeline.id, `P${index}`]));
  const id = (lane: string) => ids.get(lane) ?? "P0";
  const lines = ["sequenceDiagram"];
  for (const lifeline of diagram.lifelines) lines.push(`    participant ${id(lifeline.id)} as ${mermaidText(lifeline.label)}`);
  for (const item of diagram.items) lines.push(`    ${statement(item, id)}`);
  return lines.join("\n");
}

function statement(item: DiagramItem, id: (lane: string) => string): string {
  switch (item.kind) {
    case "message":
      return `${id(item.from)}${ARROWS[item.style]}${id(item.to)}: ${mermaidText(item.text)}`;
    case "note": {
      const over = [...new Set(item.over.map(id))].sort();
      const span = over.length > 1 ? `${over[0]},${over.at(-1)}` : (over[0] ?? "P0");
      return `Note over ${span}: ${mermaidText(item.text)}`;
    }
    case "block":
      return `${item.keyword}${item.text ? ` ${mermaidText(item.text)}` : ""}`;
  }
}

/** Mermaid's entity codes and line breaks, back to text. */
function plainText(text: string): string {
  return text
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/#(quot|lt|gt|amp);/g, (_, name: string) => ({ quot: '"', lt: "<", gt: ">", amp: "&" })[name] ?? "");
}

/**
 * Reads the part of Mermaid's sequence syntax the lessons use: participants (with `as`),
 * messages, notes, and `par`/`and`/`alt`/`else`/`loop`/`opt`/`end` blocks. Anything else makes
 * it return undefined: a diagram it cannot read is left out rather than drawn wrong.
 */
export function parseSequence(source: string): SequenceDiagram | undefined {
  const lines = source.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("%%"));
  if (lines[0] !== "sequenceDiagram") return undefined;
  const lifelines: Lifeline[] = [];
  const known = (name: string, label = name) => {
    if (!lifelines.some((lifeline) => lifeline.id === name)) lifelines.push({ id: name, label: plainText(label) });
    return name;
  };
  const items: DiagramItem[] = [];
  for (const line of lines.slice(1)) {
    const participant = /^(?:participant|actor)\s+(\S+)(?:\s+as\s+(.+))?$/.exec(line);
    if (participant) {
      known(participant[1]!, participant[2] ?? participant[1]!);
      continue;
    }
    const note = /^Note\s+(?:over|left of|right of)\s+([^:]+):\s*(.*)$/i.exec(line);
    if (note) {
      items.push({ kind: "note", over: note[1]!.split(",").map((name) => known(name.trim())), text: plainText(note[2]!) });
      continue;
    }
    const block = /^(par|and|alt|else|loop|opt|critical|break|rect|end)\b\s*(.*)$/.exec(line);
    if (block) {
      items.push({ kind: "block", keyword: block[1]!, text: plainText(block[2] ?? "") });
      continue;
    }
    const message = parseMessage(line);
    if (!message) return undefined;
    items.push({ kind: "message", from: known(message.from), to: known(message.to), text: plainText(message.text), style: message.style });
  }
  return { lifelines, items };
}

function parseMessage(line: string): { from: string; to: string; text: string; style: ArrowStyle } | undefined {
  const colon = line.indexOf(":");
  if (colon < 0) return undefined;
  const head = line.slice(0, colon).replace(/[+-]$/, "");
  for (const [arrow, style] of READ_ARROWS) {
    const at = head.indexOf(arrow);
    if (at <= 0) continue;
    const from = head.slice(0, at).trim();
    const to = head.slice(at + arrow.length).replace(/^[+-]/, "").trim();
    if (from && to && !/\s/.test(from) && !/\s/.test(to)) return { from, to, text: line.slice(colon + 1).trim(), style };
  }
  return undefined;
}
