// Draws a sequence diagram as a standalone SVG picture, for the Vitest UI (which shows image
// attachments inline, and runs no script): lifelines as columns, one row per arrow or note.
// Mermaid itself needs a browser to lay out text, so the kit draws its own from the same model.
import { displayWidth } from "../../harness/bytes.ts";
import type { DiagramItem, SequenceDiagram } from "./model.ts";

/** Pixels per terminal column at the font size used (a Korean character takes two columns). */
const COLUMN_PX = 7;
const FONT = 12;
const LINE = 16;
const MARGIN = 16;
const HEADER = 34;
const MIN_GAP = 170;
const MAX_GAP = 440;

export interface Picture {
  width: number;
  height: number;
  /** The drawing, without the outer <svg> element, with its origin at the top left. */
  body: string;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.codePointAt(0)};`);
}

const textWidth = (text: string) => displayWidth(text) * COLUMN_PX;

function textLines(text: string): string[] {
  return text.split("\n");
}

/** The diagram with a title above it. */
export function drawDiagram(diagram: SequenceDiagram, title: string): Picture {
  const index = new Map(diagram.lifelines.map((lifeline, position) => [lifeline.id, position]));
  const widest = Math.max(0, ...diagram.items.filter((item) => item.kind === "message").map((item) => textWidth(item.text)));
  const labels = Math.max(0, ...diagram.lifelines.map((lifeline) => textWidth(lifeline.label)));
  const gap = Math.min(MAX_GAP, Math.max(MIN_GAP, widest + 40, labels + 30));
  const columns = Math.max(1, diagram.lifelines.length);
  const x = (lane: string) => MARGIN + gap / 2 + (index.get(lane) ?? 0) * gap;
  const width = MARGIN * 2 + columns * gap;
  const parts: string[] = [];
  let y = MARGIN;

  parts.push(`<text x="${MARGIN}" y="${y + FONT}" font-weight="bold" font-size="${FONT + 2}">${escapeXml(title)}</text>`);
  y += LINE + 10;
  const top = y;
  for (const lifeline of diagram.lifelines) {
    const boxWidth = Math.min(gap - 16, textWidth(lifeline.label) + 20);
    parts.push(
      `<rect x="${x(lifeline.id) - boxWidth / 2}" y="${y}" width="${boxWidth}" height="${HEADER - 8}" rx="4" fill="#eef2ff" stroke="#6b7bd6"/>`,
      `<text x="${x(lifeline.id)}" y="${y + 17}" text-anchor="middle">${escapeXml(lifeline.label)}</text>`,
    );
  }
  y += HEADER + 6;
  const rows: string[] = [];
  for (const item of diagram.items) y = drawItem(item, y, x, width, rows);
  const bottom = y + 4;
  // Lifelines go under the rows, so arrows and notes are drawn over them.
  for (const lifeline of diagram.lifelines) {
    parts.push(`<line x1="${x(lifeline.id)}" y1="${top + HEADER - 8}" x2="${x(lifeline.id)}" y2="${bottom}" stroke="#9aa3b5" stroke-dasharray="4 4"/>`);
  }
  parts.push(...rows);
  return { width, height: bottom + MARGIN, body: parts.join("\n") };
}

function drawItem(item: DiagramItem, y: number, x: (lane: string) => number, width: number, out: string[]): number {
  switch (item.kind) {
    case "message": {
      const [from, to] = [x(item.from), x(item.to)];
      const textY = y + FONT;
      const lineY = y + FONT + 8;
      const colour = item.style === "cross" ? "#c62828" : "#333";
      if (from === to) {
        out.push(
          `<path d="M${from} ${lineY} h30 v12 h-30" fill="none" stroke="${colour}" marker-end="url(#arrow)"/>`,
          `<text x="${from + 36}" y="${lineY + 8}" font-family="monospace">${escapeXml(item.text)}</text>`,
        );
        return y + LINE + 26;
      }
      const dash = item.style === "dotted" ? ` stroke-dasharray="6 4"` : "";
      const marker = item.style === "cross" ? "cross" : item.style === "dotted" ? "open" : "arrow";
      out.push(
        `<text x="${(from + to) / 2}" y="${textY}" text-anchor="middle" font-family="monospace" fill="${colour}">${escapeXml(item.text)}</text>`,
        `<line x1="${from}" y1="${lineY}" x2="${to}" y2="${lineY}" stroke="${colour}"${dash} marker-end="url(#${marker})"/>`,
      );
      return y + LINE + 18;
    }
    case "note": {
      const lines = textLines(item.text);
      const lanes = item.over.map(x);
      const textWide = Math.max(...lines.map(textWidth)) + 16;
      const left = Math.max(4, Math.min(Math.min(...lanes) - 40, (Math.min(...lanes) + Math.max(...lanes)) / 2 - textWide / 2));
      const right = Math.min(width - 4, Math.max(Math.max(...lanes) + 40, left + textWide));
      const height = lines.length * LINE + 8;
      const fill = item.tone === "failure" ? "#fde7e7" : item.tone === "summary" ? "#f3f4f6" : "#fff8d6";
      const stroke = item.tone === "failure" ? "#c62828" : item.tone === "summary" ? "#9aa3b5" : "#c9a227";
      out.push(`<rect x="${left}" y="${y + 2}" width="${right - left}" height="${height}" fill="${fill}" stroke="${stroke}"/>`);
      lines.forEach((line, row) => out.push(`<text x="${left + 8}" y="${y + 2 + FONT + 3 + row * LINE}">${escapeXml(line)}</text>`));
      return y + height + 10;
    }
    case "block": {
      const label = `${item.keyword}${item.text ? ` ${item.text}` : ""}`;
      out.push(
        `<line x1="${MARGIN}" y1="${y + 8}" x2="${width - MARGIN}" y2="${y + 8}" stroke="#b0b7c6" stroke-dasharray="2 3"/>`,
        `<text x="${MARGIN + 4}" y="${y + 6}" font-size="${FONT - 1}" fill="#5b6474">${escapeXml(label)}</text>`,
      );
      return y + LINE;
    }
  }
}

const MARKERS = `<defs>
<marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="#333"/></marker>
<marker id="open" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10" fill="none" stroke="#333"/></marker>
<marker id="cross" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="10" markerHeight="10"><path d="M1 1 L9 9 M9 1 L1 9" stroke="#c62828" stroke-width="2"/></marker>
</defs>`;

/** One SVG document holding the pictures side by side (what happened, and what the lesson expects). */
export function toSvg(pictures: Picture[]): string {
  const gap = 24;
  const width = pictures.reduce((sum, picture) => sum + picture.width, 0) + gap * Math.max(0, pictures.length - 1);
  const height = Math.max(0, ...pictures.map((picture) => picture.height));
  let left = 0;
  const groups = pictures.map((picture) => {
    const group = `<g transform="translate(${left} 0)">\n${picture.body}\n</g>`;
    left += picture.width + gap;
    return group;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="${FONT}">`,
    MARKERS,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    ...groups,
    "</svg>",
  ].join("\n");
}
