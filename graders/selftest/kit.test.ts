// The kit's own consistency: it type-checks, the untouched skeletons are what the generator writes,
// and the manifest, graders, variants and lessons agree with each other.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, test } from "vitest";
import { checksFor } from "../checks/index.ts";
import { VARIANTS } from "../fixtures/index.ts";
import { TROUBLE_HINTS, TROUBLESHOOTING } from "../harness/hints.ts";
import { KIT_ROOT } from "../harness/static.ts";
import { readText } from "../harness/text.ts";
import { PITFALLS } from "../harness/variants.ts";
import { EXERCISES, lessonPath } from "../manifest.ts";
import { driftedSkeletons, skeletonStates, strictSkeletons } from "../tools/skeletons.ts";

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

test("the kit type-checks (tsc, strict; a student's work in exercises/ left out)", async () => {
  const tsc = join(KIT_ROOT, "node_modules", "typescript", "bin", "tsc");
  // A type error in a student's work is theirs to see in their editor, not a fault of the kit.
  // Whole folders: an untouched file there may import the edited one.
  const work = strictSkeletons() ? [] : [...new Set(skeletonStates().filter((file) => file.state === "edited").map((file) => join(KIT_ROOT, dirname(file.path), "**")))];
  let project = KIT_ROOT;
  if (work.length > 0) {
    project = join(KIT_ROOT, "node_modules", ".cache", "app-layer-lab", "tsconfig.kit.json");
    mkdirSync(dirname(project), { recursive: true });
    const root = JSON.parse(readFileSync(join(KIT_ROOT, "tsconfig.json"), "utf8")) as { include: string[] };
    writeFileSync(project, JSON.stringify({ extends: join(KIT_ROOT, "tsconfig.json"), include: root.include.map((path) => join(KIT_ROOT, path)), exclude: work }));
  }
  const result = await run(process.execPath, [tsc, "-p", project], { cwd: KIT_ROOT }).catch((error: { stdout: string }) => error);
  expect(result.stdout).toBe("");
});

// A student's clone runs npm run check too: a file holding their work is left out (and named),
// while an untouched skeleton that lags behind its solution still fails. The kit's CI sets
// LAB_STRICT_SKELETONS=1, where any difference fails.
test("exercises/ is what graders/tools/skeletons.ts generates from solutions/ (files holding a student's work left out)", () => {
  const work = skeletonStates().filter((file) => file.state === "edited");
  if (work.length > 0 && !strictSkeletons()) {
    console.info(`Left out of the skeleton check, because they changed since they were generated (a student's work):\n  ${work.map((file) => file.path).join("\n  ")}`);
  }
  const drifted = driftedSkeletons(KIT_ROOT, strictSkeletons()).map((file) => `${file.path} (${file.unrecorded ? "not in graders/skeletons.json" : file.state})`);
  expect(drifted, "a solution changed without regenerating its skeleton: run npm run skeletons").toEqual([]);
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

  test("it has at least 8 buggy variants, each naming one of its checks", () => {
    const variants = VARIANTS[exercise.number] ?? [];
    expect(variants.length).toBeGreaterThanOrEqual(8);
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
