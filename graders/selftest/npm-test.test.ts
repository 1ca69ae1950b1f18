// `npm test` as a student types it, through graders/frontends/launcher.mjs and a real Vitest:
// `exercises/3` grades 03, `exercises/99` lists the exercises, --target and --lang work, a
// first run on an untouched skeleton shows no failure (only "not started") and still exits 1,
// a compile error is told once, and TypeScript's errors come as a clue, never as a verdict.
import { spawn } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { checksFor } from "../checks/index.ts";
import { VARIANTS } from "../fixtures/index.ts";
import { within } from "../harness/deadline.ts";
import { KIT_ROOT } from "../harness/static.ts";
import { materialise } from "../harness/variants.ts";
import { EXERCISES, findExercise } from "../manifest.ts";
import { materialiseSkeletons } from "../tools/skeletons.ts";

const LAUNCHER = join(KIT_ROOT, "graders", "frontends", "launcher.mjs");
/** One `npm test` run, and a test of two: a whole Vitest start each, slow on a crowded machine. */
const RUN_MS = 150_000;
const TWO_RUNS_MS = 2 * RUN_MS + 10_000;
const FRAMING = findExercise("05");
const scratch = mkdtempSync(join(tmpdir(), "app-layer-lab-npm-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** What `npm test ARGS` prints (colours off, not a terminal) and its exit code. npm runs scripts from the kit; INIT_CWD is where it was typed. */
function npmTest(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ output: string; code: number | null }> {
  const child = spawn(process.execPath, [LAUNCHER, "run", ...args], {
    cwd: KIT_ROOT,
    env: { ...process.env, LAB_TARGET: "", NO_COLOR: "1", FORCE_COLOR: "0", CI: "true", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const finished = new Promise<{ output: string; code: number | null }>((resolve) => child.once("close", (code) => resolve({ output, code })));
  // Past the deadline, stop it (its Vitest worker then stops the student programs it started).
  return within(RUN_MS, "npm test to finish", finished).catch((error: unknown) => {
    child.kill("SIGKILL");
    throw error;
  });
}

/** A copy of exercise 05's reference in a tree of its own, with `edit` applied to framing.ts. */
function framingWith(name: string, line: string, variant?: (typeof VARIANTS)[string][number]): string {
  const root = join(scratch, name);
  const folder = join(root, FRAMING.slug);
  if (variant) {
    const buggy = materialise(variant, join(KIT_ROOT, "solutions", FRAMING.slug));
    cpSync(buggy.directory, folder, { recursive: true });
    buggy.remove();
  } else cpSync(join(KIT_ROOT, "solutions", FRAMING.slug), folder, { recursive: true });
  appendFileSync(join(folder, "framing.ts"), `\n${line}\n`);
  return root;
}

describe.concurrent("npm test, as a student types it", () => {
  test("exercises/3 grades exercise 03; --target solutions grades the reference, and no one is told to compare it with itself", async () => {
    const { output, code } = await npmTest(["exercises/3", "--target", "solutions"]);
    expect(code, output).toBe(0);
    expect(output).toContain("exercises/03-tcp-client/grade.test.ts");
    expect(output).toContain(`${checksFor("03").length} passed, 0 failed`);
    expect(output).not.toContain("npm run compare");
  }, RUN_MS + 10_000);

  test("exercises/99 answers with the list of exercises and exit code 2, not Vitest's 'No test files found'", async () => {
    const { output, code } = await npmTest(["exercises/99"]);
    expect(code).toBe(2);
    expect(output).toContain("99");
    for (const exercise of EXERCISES) expect(output).toContain(`${exercise.number}  `);
    expect(output).not.toMatch(/No test files found/i);
  }, RUN_MS + 10_000);

  test("a first npm test exercises/05 shows no failure, only 'not started', and exits 1; --target FOLDER is relative to where it was typed, --lang ko works", async () => {
    const skeleton = materialiseSkeletons([FRAMING]);
    const tree = join(scratch, "skeleton");
    renameSync(skeleton.root, tree);
    const english = await npmTest(["exercises/05", "--target", basename(tree)], { INIT_CWD: dirname(tree) });
    expect(english.code, english.output).toBe(1);
    expect(english.output).toContain(`0 passed, 0 failed, ${checksFor("05").length} not started`);
    expect(english.output).toContain("Start with lessons/05-framing.md");
    expect(english.output).not.toMatch(/\bFAIL\b|×|failed \(/);
    const korean = await npmTest(["5", `--target=${tree}`, "--lang", "ko"]);
    expect(korean.code).toBe(1);
    expect(korean.output).toContain(`통과 0, 실패 0, 시작 안 함 ${checksFor("05").length}`);
  }, TWO_RUNS_MS);

  test("a compile error is told once, with file, line and column; the other checks are 'not run'", async () => {
    const root = framingWith("compile-error", "export const broken = (;");
    const { output, code } = await npmTest(["exercises/05", "--target", root]);
    expect(code).toBe(1);
    const locations = output.match(/framing\.ts:\d+:\d+: /g) ?? [];
    expect(locations, output).toHaveLength(1);
    expect(output).toMatch(new RegExp(`0 passed, 1 failed, ${checksFor("05").length - 1} not run`));
    expect(output).toContain("Your code does not compile");
  }, RUN_MS + 10_000);

  test("TypeScript's errors come first when a check fails, and never fail a check alone", async () => {
    const typeError = 'export const port: number = "9999";';
    const correct = await npmTest(["exercises/05", "--target", framingWith("type-error-only", typeError)]);
    expect(correct.code, correct.output).toBe(0);
    expect(correct.output).toContain(`${checksFor("05").length} passed, 0 failed`);
    const variant = VARIANTS["05"]!.find((candidate) => candidate.name === "client-takes-a-close-for-success")!;
    const buggy = await npmTest(["exercises/05", "--target", framingWith("type-error-and-bug", typeError, variant)]);
    expect(buggy.code).toBe(1);
    expect(buggy.output).toContain("TypeScript finds type errors in your files");
    expect(buggy.output).toMatch(/framing\.ts:\d+:\d+: TS2322: Type 'string' is not assignable to type 'number'\./);
    expect(buggy.output).toContain("1 failed");
  }, TWO_RUNS_MS);
});
