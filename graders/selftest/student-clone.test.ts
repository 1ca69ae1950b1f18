// A student's clone, with exercises 03 and 05 solved: `npm run check` still passes there (the
// skeleton checks leave their work out, and say so), `npm run skeletons` refuses to replace it,
// and a maintainer's drift (a solution changed, its untouched skeleton not regenerated) is
// still caught. --force keeps a backup of what it replaces.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { KIT_ROOT } from "../harness/static.ts";
import { findExercise } from "../manifest.ts";

const SOLVED = [findExercise("03"), findExercise("05")];
const UNTOUCHED = findExercise("04");
/** What the kit's own files are; everything else at the top (node_modules, .git, .lab, report/) is not copied. */
const KIT_ENTRIES = ["package.json", "package-lock.json", "tsconfig.json", "vitest.config.ts", "README.md", "lessons", "exercises", "solutions", "graders", ".github", ".gitattributes"];

let clone: string;
/** One run of the skeleton tool in the clone (ts-morph generates every skeleton): slow on a crowded machine. */
const CLI_MS = 240_000;

/** The environment of a student's terminal: no target, no strict CI mode, no watch. */
function studentEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, CI: "true", LAB_LANG: "en" };
  delete env.LAB_TARGET;
  delete env.LAB_STRICT_SKELETONS;
  delete env.VITEST; // the inner Vitest must not think it runs inside this one
  delete env.VITEST_WORKER_ID;
  delete env.VITEST_POOL_ID;
  return env;
}

function runInClone(args: string[]) {
  return spawnSync(process.execPath, args, { cwd: clone, env: studentEnvironment(), encoding: "utf8", timeout: 230_000 });
}

const skeletons = (...flags: string[]) => runInClone(["--import", "tsx", join("graders", "tools", "skeletons.ts"), ...flags]);

/** Every .ts file of a solved exercise, as the student left it. */
function solvedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const exercise of SOLVED) {
    for (const name of readdirSync(join(KIT_ROOT, "solutions", exercise.slug)).filter((file) => file.endsWith(".ts"))) {
      const path = join("exercises", exercise.slug, name);
      files.set(path, readFileSync(join(clone, path), "utf8"));
    }
  }
  return files;
}

beforeAll(() => {
  clone = mkdtempSync(join(tmpdir(), "app-layer-lab-student-clone-"));
  // No node_modules from inside the kit (graders/selftest/browser/ may hold one): the clone links the kit's.
  const filter = (source: string) => basename(source) !== "node_modules";
  for (const entry of KIT_ENTRIES) cpSync(join(KIT_ROOT, entry), join(clone, entry), { recursive: true, filter });
  symlinkSync(join(KIT_ROOT, "node_modules"), join(clone, "node_modules"), "junction");
  // The student's work: the reference copied over the skeleton.
  for (const exercise of SOLVED) cpSync(join(KIT_ROOT, "solutions", exercise.slug), join(clone, "exercises", exercise.slug), { recursive: true });
});

afterAll(() => rmSync(clone, { recursive: true, force: true }));

describe("a student's clone with exercises 03 and 05 solved", () => {
  test("npm run check's skeleton and 'not started' checks pass there, and name the files left out", () => {
    const vitest = join("node_modules", "vitest", "vitest.mjs");
    const files = ["kit.test.ts", "graders.test.ts", "harness.test.ts", "classroom.test.ts"].map((name) => join("graders", "selftest", name));
    // Every self-test that reads an untouched skeleton has "skeleton" in its name.
    const run = runInClone([vitest, "run", "--project", "selftest", ...files, "-t", "skeleton"]);
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status, output).toBe(0);
    expect(output).toMatch(/\b[1-9]\d* passed, 0 failed/);
    expect(output).toContain("Left out of the skeleton check");
    for (const exercise of SOLVED) expect(output).toContain(`exercises/${exercise.slug}/`);
    expect(output).not.toContain(`exercises/${UNTOUCHED.slug}/`);
  }, 300_000);

  test("npm run skeletons refuses to replace their work, names the files and how to force it", () => {
    const before = solvedFiles();
    const run = skeletons();
    expect(run.status).toBe(1);
    for (const path of before.keys()) expect(run.stderr).toContain(path.replaceAll("\\", "/"));
    expect(run.stderr).toContain("npm run skeletons -- --force");
    expect(solvedFiles()).toEqual(before);
  }, CLI_MS);

  test("a solution changed without regenerating its untouched skeleton is still caught", () => {
    const solution = join(clone, "solutions", UNTOUCHED.slug, "server.ts");
    writeFileSync(solution, `// A maintainer's new comment, not yet in the skeleton.\n${readFileSync(solution, "utf8")}`);
    const run = skeletons("--check");
    expect(run.status, run.stdout + run.stderr).toBe(1);
    expect(run.stderr).toContain(`exercises/${UNTOUCHED.slug}/server.ts`);
    for (const exercise of SOLVED) expect(run.stderr).not.toContain(`exercises/${exercise.slug}/`);
    expect(run.stdout).toContain(`exercises/${SOLVED[0]!.slug}/`); // left alone, and said so
  }, CLI_MS);

  test("--force copies their work to .lab/backups/ first, then regenerates", () => {
    const before = solvedFiles();
    const run = skeletons("--force");
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const backups = join(clone, ".lab", "backups");
    const [stamp] = readdirSync(backups);
    for (const [path, text] of before) {
      expect(readFileSync(join(backups, stamp!, path), "utf8")).toBe(text);
      expect(readFileSync(join(clone, path), "utf8")).toContain("TODO:");
    }
    expect(readFileSync(join(clone, "exercises", UNTOUCHED.slug, "server.ts"), "utf8")).toContain("A maintainer's new comment");
    expect(skeletons("--check").status).toBe(0);
    expect(existsSync(join(clone, "graders", "skeletons.json"))).toBe(true);
  }, 2 * CLI_MS);
});
