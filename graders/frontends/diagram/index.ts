// The failing conversation drawn: what happened on the wire, and, where the lesson section the
// check links to draws the expected exchange, that diagram beside it. Mermaid for Markdown
// feedback, SVG for the Vitest UI; the terminal keeps the text transcript.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { KIT_ROOT } from "../../harness/static.ts";
import type { CheckResult } from "../../harness/types.ts";
import { localLesson, t } from "../../i18n/index.ts";
import { lessonPath, type ExerciseSpec } from "../../manifest.ts";
import { toMermaid, parseSequence } from "./mermaid.ts";
import { conversationDiagram } from "./model.ts";
import { drawDiagram, toSvg } from "./svg.ts";

/** A heading's anchor as GitHub makes it (the lessons' links use these). */
export function anchorOf(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, "").replace(/\s/g, "-");
}

/**
 * The first Mermaid sequence diagram in the section `section` of a lesson (up to the next heading
 * of the same or a higher level), or undefined when that section draws none.
 */
export function diagramInSection(markdown: string, section: string): string | undefined {
  const lines = markdown.split(/\r?\n/);
  let level = 0;
  let inside = false;
  let fence: string[] | undefined;
  // The section's <a id="…"> stood alone before its heading (as in the Korean lessons): that heading opens it.
  let anchoredHeading = false;
  for (const line of lines) {
    const heading = /^(#{1,6})\s+(.+)$/.exec(line);
    if (heading && fence === undefined) {
      const depth = heading[1]!.length;
      if (anchoredHeading) {
        anchoredHeading = false;
        level = depth;
        continue;
      }
      if (inside && depth <= level) return undefined;
      // An explicit <a id="…"> in the heading names the anchor too (the Korean lessons keep the English ones).
      const ids = [anchorOf(heading[2]!.replace(/<a [^>]*><\/a>/g, "")), ...[...heading[2]!.matchAll(/<a (?:id|name)="([^"]+)"/g)].map((match) => match[1])];
      if (!inside && ids.includes(section)) {
        inside = true;
        level = depth;
      }
      continue;
    }
    if (!inside) {
      if (new RegExp(`<a (?:id|name)="${section}"`).test(line)) {
        inside = true;
        level = 7;
        anchoredHeading = /^\s*<a [^>]*><\/a>\s*$/.test(line);
      }
      continue;
    }
    if (anchoredHeading && line.trim() !== "") anchoredHeading = false;
    if (fence === undefined && /^```mermaid\s*$/.test(line)) fence = [];
    else if (fence !== undefined && /^```\s*$/.test(line)) {
      if (fence[0]?.trim() === "sequenceDiagram") return fence.join("\n");
      fence = undefined;
    } else fence?.push(line);
  }
  return undefined;
}

/** The expected exchange of a check, from its lesson section in the learner's language. */
export function expectedExchange(exercise: ExerciseSpec, checkId: string): string | undefined {
  const section = exercise.checks[checkId]?.section;
  if (!section) return undefined;
  try {
    return diagramInSection(readFileSync(join(KIT_ROOT, localLesson(lessonPath(exercise))), "utf8"), section);
  } catch {
    return undefined;
  }
}

/** What a failed check shows as Mermaid: what happened, then what the lesson expects. */
export function mermaidOfFailure(result: Pick<CheckResult, "id" | "transcript" | "steps">, exercise: ExerciseSpec): { happened: string; expected?: string } | undefined {
  if (result.transcript.length === 0) return undefined;
  return { happened: toMermaid(conversationDiagram(result)), expected: expectedExchange(exercise, result.id) };
}

/** Markdown for a feedback file: the diagrams in ```mermaid fences, each with a heading. */
export function markdownOfFailure(result: Pick<CheckResult, "id" | "transcript" | "steps">, exercise: ExerciseSpec): string[] {
  const diagrams = mermaidOfFailure(result, exercise);
  if (!diagrams) return [];
  const lines = [`**${t("What happened, drawn:")}**`, "", "```mermaid", diagrams.happened, "```", ""];
  if (diagrams.expected) lines.push(`**${t("What the lesson expects:")}**`, "", "```mermaid", diagrams.expected, "```", "");
  return lines;
}

/** The same diagrams as one SVG picture, side by side; undefined when there is nothing to draw. */
export function svgOfFailure(result: Pick<CheckResult, "id" | "transcript" | "steps">, exercise: ExerciseSpec): string | undefined {
  if (result.transcript.length === 0) return undefined;
  const pictures = [drawDiagram(conversationDiagram(result), t("What happened"))];
  const expectedSource = expectedExchange(exercise, result.id);
  const expected = expectedSource ? parseSequence(expectedSource) : undefined;
  if (expected) pictures.push(drawDiagram(expected, t("What the lesson expects")));
  return toSvg(pictures);
}
