// The kit's own consistency: it type-checks, the skeletons are what the generator writes,
// and the manifest, graders, variants and lessons agree with each other.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, test } from "vitest";
import { checksFor } from "../checks/index.ts";
import { VARIANTS } from "../fixtures/index.ts";
import { TROUBLE_HINTS, TROUBLESHOOTING } from "../harness/hints.ts";
import { KIT_ROOT } from "../harness/static.ts";
import { readText } from "../harness/text.ts";
import { PITFALLS } from "../harness/variants.ts";
import { EXERCISES, lessonPath } from "../manifest.ts";
import { driftedSkeletons } from "../tools/skeletons.ts";

const run = promisify(execFile);

/** The anchors GitHub gives a Markdown file's headings, plus explicit <a id="…"> anchors. */
function anchorsOf(path: string): Set<string> {
  const text = readText(join(KIT_ROOT, path));
  const anchors = new Set<string>();
  for (const [, heading] of text.matchAll(/^#{1,6}\s+(.+)$/gm)) {
    anchors.add(heading!.trim().toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, "").replace(/\s/g, "-"));
  }
  for (const [, id] of text.matchAll(/<a (?:id|name)="([^"]+)"/g)) anchors.add(id!);
  return anchors;
}

test("the kit type-checks (tsc, strict)", async () => {
  const tsc = join(KIT_ROOT, "node_modules", "typescript", "bin", "tsc");
  const result = await run(process.execPath, [tsc, "-p", KIT_ROOT], { cwd: KIT_ROOT }).catch((error: { stdout: string }) => error);
  expect(result.stdout).toBe("");
});

test("exercises/ is exactly what graders/tools/skeletons.ts generates from solutions/", () => {
  expect(driftedSkeletons(), "run: npm run skeletons").toEqual([]);
});

describe.each(EXERCISES)("manifest entry $number $slug", (exercise) => {
  test("its lesson exists and has every section the checks link to", () => {
    expect(existsSync(join(KIT_ROOT, lessonPath(exercise))), lessonPath(exercise)).toBe(true);
    const anchors = anchorsOf(lessonPath(exercise));
    for (const [id, check] of Object.entries(exercise.checks)) expect(anchors, `${id} links to #${check.section}`).toContain(check.section);
  });

  test("its checks match the grader's, each with points and a hint", () => {
    expect(Object.keys(exercise.checks).sort()).toEqual(checksFor(exercise.number).map((check) => check.id).sort());
    for (const check of Object.values(exercise.checks)) {
      expect(check.points).toBeGreaterThan(0);
      expect(check.hint.length).toBeGreaterThan(20);
    }
    expect(exercise.hints.length).toBeGreaterThanOrEqual(4);
  });

  test("it has at least 6 buggy variants, each naming one of its checks", () => {
    const variants = VARIANTS[exercise.number] ?? [];
    expect(variants.length).toBeGreaterThanOrEqual(6);
    const ids = checksFor(exercise.number).map((check) => check.id);
    for (const variant of variants) expect(ids).toContain(variant.caughtBy);
    // Every check is proven by at least one variant that it catches.
    for (const id of ids) expect(variants.map((variant) => variant.caughtBy), `no variant proves ${id}`).toContain(id);
  });
});

test("between them, the variants fall into every classic pitfall the peers provoke", () => {
  const covered = new Set(Object.values(VARIANTS).flatMap((variants) => variants.map((variant) => variant.pitfall)));
  expect(PITFALLS.filter((pitfall) => !covered.has(pitfall))).toEqual([]);
});

test("every error-keyed hint links to a section of the troubleshooting lesson", () => {
  const anchors = anchorsOf(TROUBLESHOOTING);
  for (const trouble of Object.keys(TROUBLE_HINTS)) expect(anchors).toContain(trouble);
});
