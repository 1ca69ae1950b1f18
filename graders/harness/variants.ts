// Known-buggy variants: the reference solution with one small, realistic bug patched in.
// Each names the check that must catch it; the self-test proves that it does. Patching the
// reference (rather than keeping copies) keeps every variant in step with the solution.
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { KIT_ROOT } from "./static.ts";
import { readText } from "./text.ts";

/** The classic bugs the reference peers provoke; every one is covered by some variant. */
export const PITFALLS = [
  "one-byte-writes",
  "coalesced-writes",
  "utf8-split",
  "silent-peer",
  "early-close",
  "reset",
  "half-close",
  "paused-reader",
  "port-in-use",
  "datagram-loss",
  "datagram-duplicate",
  "datagram-reorder",
] as const;
export type Pitfall = (typeof PITFALLS)[number];

export interface BuggyVariant {
  /** Short name, e.g. `one-read-taken-as-the-whole-reply`. */
  name: string;
  /** The bug, as a student would write it. */
  bug: string;
  /** The id of the check that must fail on this variant. */
  caughtBy: string;
  /** The pitfall it falls into, when it is one of the classic ones. */
  pitfall?: Pitfall;
  file: string;
  /** Exact text in the reference file, and what replaces it. Each must occur exactly once. */
  replace: [from: string, to: string][];
}

/** Writes the variant to a fresh temporary folder and returns it, with a function to remove it. */
export function materialise(variant: BuggyVariant, solutionDirectory: string): { directory: string; remove: () => void } {
  const directory = mkdtempSync(join(tmpdir(), `app-layer-lab-variant-${variant.name}-`));
  cpSync(solutionDirectory, directory, { recursive: true });
  const path = join(directory, variant.file);
  // The patches hold "\n": a CRLF checkout of the solution must match them too.
  let text = readText(path);
  for (const [from, to] of variant.replace) {
    const count = text.split(from).length - 1;
    if (count !== 1) {
      throw new Error(`Variant ${variant.name}: expected ${JSON.stringify(from)} exactly once in ${variant.file}, found it ${count} times.`);
    }
    text = text.replace(from, () => to);
  }
  writeFileSync(path, text);
  return { directory, remove: () => rmSync(directory, { recursive: true, force: true }) };
}

/**
 * Correct alternatives: whole implementations of an exercise in another style (async iterators,
 * classes, streams, other wording, Korean messages), each a folder
 * graders/fixtures/alternatives/NN-slug/NAME/ holding every file the exercise's manifest entry
 * lists. The self-test grades each one and fails if it loses a single point: a check that fails
 * a correct program is as wrong as one that passes a broken one.
 */
export interface CorrectAlternative {
  name: string;
  /** The folder in the kit; grade a copy (materialiseAlternative), as a student's folder lives elsewhere. */
  source: string;
}

export const ALTERNATIVES_ROOT = join(KIT_ROOT, "graders", "fixtures", "alternatives");

/** The correct alternatives of the exercise in folder `slug` (none when it has no folder yet). */
export function alternativesOf(slug: string): CorrectAlternative[] {
  const root = join(ALTERNATIVES_ROOT, slug);
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ name: entry.name, source: join(root, entry.name) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Copies an alternative to a fresh temporary folder, outside the kit, and returns it with a function to remove it. */
export function materialiseAlternative(alternative: CorrectAlternative): { directory: string; remove: () => void } {
  const directory = mkdtempSync(join(tmpdir(), `app-layer-lab-alternative-${alternative.name}-`));
  cpSync(alternative.source, directory, { recursive: true });
  return { directory, remove: () => rmSync(directory, { recursive: true, force: true }) };
}
