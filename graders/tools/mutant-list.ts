// The list of equivalent mutants of an exercise, graders/mutants/NN-slug.md: a Markdown table
// with one row per surviving mutant that behaves exactly like the reference, and why.
//
//   | file | line | mutator | original | mutated | why it is equivalent |
//   | --- | --- | --- | --- | --- | --- |
//   | framing.ts | 42 | EqualityOperator | `a >= b` | `a > b` | b is never equal to a here: … |
//
// A survivor is matched on its file, mutator, original and mutated text (code in backticks, `|`
// written `\|`); the line only picks the nearest of several identical ones, so the list survives
// edits that move code.

import { existsSync } from "node:fs";
import { join } from "node:path";
import { KIT_ROOT } from "../harness/static.ts";
import { EXERCISES, type ExerciseSpec } from "../manifest.ts";

export const MUTANTS_FOLDER = join(KIT_ROOT, "graders", "mutants");

/** The list of equivalent mutants of an exercise; an exercise has one once its mutants were judged. */
export function equivalentsFile(exercise: ExerciseSpec): string {
  return join(MUTANTS_FOLDER, `${exercise.slug}.md`);
}

/**
 * The exercise CI mutates for the commit it runs on: one of those with a list of equivalents
 * (their survivors were judged, so a new survivor is news), chosen by the commit's hash, so
 * successive commits rotate through them.
 */
export function pickForCommit(commit: string): ExerciseSpec | undefined {
  const judged = EXERCISES.filter((exercise) => existsSync(equivalentsFile(exercise)));
  if (judged.length === 0) return undefined;
  return judged[Number.parseInt(commit.slice(0, 8), 16) % judged.length];
}

export interface Survivor {
  /** The file, relative to the solution's folder. */
  file: string;
  line: number;
  mutator: string;
  /** The code the mutant replaced, and its replacement, as shortCode gives them. */
  original: string;
  replacement: string;
}

export interface Equivalent extends Survivor {
  reason: string;
}

const MAX_CODE = 100;

/** Code on one line: whitespace runs become one space, and long code keeps its start and its end. */
export function shortCode(code: string): string {
  const flat = code.replace(/\s+/g, " ").trim();
  return flat.length <= MAX_CODE ? flat : `${flat.slice(0, 70)} … ${flat.slice(-20)}`;
}

/** A table cell: unescaped `\|`, and code without its backtick fence. */
function readCell(cell: string): string {
  const text = cell.trim().replace(/\\\|/g, "|");
  const fence = /^(`+) ?([\s\S]*?) ?\1$/.exec(text);
  return fence ? fence[2]! : text;
}

/** Splits a table row on the `|` that are not escaped. */
function cellsOf(row: string): string[] {
  const cells: string[] = [];
  let current = "";
  const inner = row.trim().replace(/^\|/, "").replace(/\|$/, "");
  for (let index = 0; index < inner.length; index++) {
    const char = inner[index]!;
    if (char === "\\" && inner[index + 1] === "|") {
      current += "\\|";
      index++;
    } else if (char === "|") {
      cells.push(current);
      current = "";
    } else current += char;
  }
  cells.push(current);
  return cells;
}

/** The rows of a list; throws, naming the line, on a row that is not six cells with a reason. */
export function parseEquivalents(markdown: string): Equivalent[] {
  const entries: Equivalent[] = [];
  for (const [index, line] of markdown.split(/\r?\n/).entries()) {
    if (!line.trim().startsWith("|")) continue;
    const cells = cellsOf(line);
    const first = cells[0]?.trim() ?? "";
    if (first === "file" || /^:?-{3,}:?$/.test(first)) continue;
    const [file, lineNumber, mutator, original, replacement, reason] = cells.map(readCell);
    if (cells.length !== 6 || !file || !mutator || original === undefined || replacement === undefined || !reason || !/^\d+$/.test(lineNumber ?? "")) {
      throw new Error(`line ${index + 1}: a row needs six cells (file, line, mutator, original, mutated, why it is equivalent), the reason not empty: ${line}`);
    }
    entries.push({ file, line: Number(lineNumber), mutator, original, replacement, reason });
  }
  return entries;
}

const sameMutant = (a: Survivor, b: Survivor) => a.file === b.file && a.mutator === b.mutator && a.original === b.original && a.replacement === b.replacement;

/**
 * Sorts survivors into those the list calls equivalent and those that must be killed. Each row
 * covers one survivor (the nearest by line among identical ones); rows left over are stale.
 */
export function matchEquivalents(survivors: readonly Survivor[], listed: readonly Equivalent[]): { equivalent: Survivor[]; mustKill: Survivor[]; stale: Equivalent[] } {
  const unmatched = [...survivors];
  const equivalent: Survivor[] = [];
  const stale: Equivalent[] = [];
  for (const entry of listed) {
    const candidates = unmatched.filter((survivor) => sameMutant(survivor, entry));
    if (candidates.length === 0) {
      stale.push(entry);
      continue;
    }
    const nearest = candidates.reduce((best, survivor) => (Math.abs(survivor.line - entry.line) < Math.abs(best.line - entry.line) ? survivor : best));
    unmatched.splice(unmatched.indexOf(nearest), 1);
    equivalent.push(nearest);
  }
  return { equivalent, mustKill: unmatched, stale };
}
