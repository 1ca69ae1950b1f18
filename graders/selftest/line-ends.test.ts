// A Windows checkout must work: .gitattributes makes a core.autocrlf=true clone check out LF,
// and every tool that reads the kit's own text (variants, skeletons, messages, compare, the
// lessons' checks, the static analysis) gives the same answers on CRLF files, which an editor,
// an older clone or a student's zip may still bring. Proven on CRLF copies, not assumed.
import { execFile, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, test, vi } from "vitest";
import { VARIANTS } from "../fixtures/index.ts";
import { hostileSubmissions } from "../fixtures/hostile.ts";
import { compareWithReference } from "../frontends/self-study/compare.ts";
import { inspect, KIT_ROOT } from "../harness/static.ts";
import { readText, withLineFeeds } from "../harness/text.ts";
import { materialise } from "../harness/variants.ts";
import { EXERCISES, findExercise } from "../manifest.ts";

const run = promisify(execFile);
const scratch = mkdtempSync(join(tmpdir(), "app-layer-lab-line-ends-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Folders of the kit that are not its own text. */
const NOT_COPIED = new Set(["node_modules", ".git", ".lab", "report"]);

/** Copies `from` to `to`, every text file (no NUL byte) with CRLF line ends, as Windows would hold it. */
function crlfCopy(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (NOT_COPIED.has(entry.name)) continue;
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) crlfCopy(source, target);
    else if (entry.isFile()) {
      const bytes = readFileSync(source);
      writeFileSync(target, bytes.includes(0) ? bytes : withLineFeeds(bytes.toString("utf8")).replace(/\n/g, "\r\n"));
    }
  }
}

/** Every text file under `root` that holds "\r\n", relative to it. */
function filesWithCrlf(root: string): string[] {
  const found: string[] = [];
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (NOT_COPIED.has(entry.name)) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) visit(path);
      else {
        // A binary file (one with a NUL byte, as crlfCopy tells them apart: 09's PNG) may hold CR LF as data; git never converts it.
        const bytes = readFileSync(path);
        if (!bytes.includes(0) && bytes.includes("\r\n")) found.push(relative(root, path));
      }
    }
  };
  visit(root);
  return found;
}

describe("CRLF copies of solutions/ and exercises/", () => {
  const crlf = (tree: string) => join(scratch, tree);
  crlfCopy(join(KIT_ROOT, "solutions"), crlf("solutions"));
  crlfCopy(join(KIT_ROOT, "exercises"), crlf("exercises"));

  test("the copies really hold CRLF", () => {
    expect(readFileSync(join(crlf("solutions"), "03-tcp-client", "client.ts"), "utf8")).toContain("\r\n");
    expect(readText(join(crlf("solutions"), "03-tcp-client", "client.ts"))).toBe(readFileSync(join(KIT_ROOT, "solutions", "03-tcp-client", "client.ts"), "utf8"));
  });

  test("every buggy variant and every hostile submission patches a CRLF solution as it patches the LF one", () => {
    const hostile = hostileSubmissions({ kitRoot: KIT_ROOT, otherStudent: join(scratch, "other-student") });
    const patches = [
      ...Object.values(VARIANTS).flat().map((variant) => ({ variant, slug: findExercise(EXERCISES.find((exercise) => (VARIANTS[exercise.number] ?? []).includes(variant))!.number).slug })),
      ...hostile.map((variant) => ({ variant, slug: findExercise(variant.exercise).slug })),
    ];
    expect(patches.length).toBeGreaterThan(40);
    for (const { variant, slug } of patches) {
      const fromLf = materialise(variant, join(KIT_ROOT, "solutions", slug));
      const fromCrlf = materialise(variant, join(crlf("solutions"), slug));
      try {
        const patched = readFileSync(join(fromCrlf.directory, variant.file), "utf8");
        expect(patched, variant.name).toBe(readFileSync(join(fromLf.directory, variant.file), "utf8"));
        for (const [, to] of variant.replace) expect(patched, variant.name).toContain(to);
      } finally {
        fromLf.remove();
        fromCrlf.remove();
      }
    }
  });

  test.each(EXERCISES.filter((exercise) => (VARIANTS[exercise.number] ?? []).length > 0))(
    "the static analysis of $number finds the same stubs and exports in CRLF files",
    async (exercise) => {
      const skeleton = await inspect(join(crlf("exercises"), exercise.slug), exercise);
      expect(skeleton).toEqual(await inspect(join(KIT_ROOT, "exercises", exercise.slug), exercise));
      expect(skeleton.stubs.length).toBeGreaterThan(0);
      const reference = await inspect(join(crlf("solutions"), exercise.slug), exercise);
      expect(reference).toEqual({ missingFiles: [], missingExports: [], refusedImports: [], refusedGlobals: [], stubs: [] });
    },
  );

  test("compare shows a CRLF copy of the reference as identical to it, not as every line changed", async () => {
    vi.stubEnv("LAB_TARGET", crlf("solutions"));
    try {
      const exercise = findExercise("05");
      const { ok, text } = await compareWithReference(exercise.number, true);
      expect(ok).toBe(true);
      for (const file of Object.keys(exercise.files)) expect(text).toContain(`${file}: identical to the reference.`);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

// Git for Windows sets core.autocrlf=true. Only a git checkout of the kit can be cloned.
const isGitCheckout = spawnSync("git", ["-C", KIT_ROOT, "rev-parse", "--is-inside-work-tree"], { encoding: "utf8" }).stdout?.trim() === "true";

test("a core.autocrlf=true clone (Git for Windows' default) checks out every text file with LF", async (context) => {
  context.skip(!isGitCheckout, "not a git checkout of the kit (or no git): nothing to clone");
  const clone = join(scratch, "clone");
  await run("git", ["clone", "--quiet", "-c", "core.autocrlf=true", KIT_ROOT, clone], { timeout: 60_000 });
  expect(readFileSync(join(clone, ".gitattributes"), "utf8")).toContain("eol=lf");
  expect(filesWithCrlf(clone), "checked out with CRLF").toEqual([]);
});

// The whole kit as Windows without .gitattributes would hold it: its own self-tests of the
// tools that read the kit's text, run inside the copy, where KIT_ROOT is the copy.
test("inside a CRLF copy of the whole kit, the skeletons match, the catalogs are current, the lessons have their sections, and exercise 03 grades", async () => {
  const kit = join(scratch, "kit");
  crlfCopy(KIT_ROOT, kit);
  // A junction needs no special rights on Windows; elsewhere the type is ignored.
  symlinkSync(join(KIT_ROOT, "node_modules"), join(kit, "node_modules"), "junction");
  expect(filesWithCrlf(kit)).toContain(join("graders", "i18n", "en.ts"));
  const report = join(scratch, "crlf-report.json");
  const files = ["graders/selftest/kit.test.ts", "graders/selftest/i18n.test.ts", "graders/selftest/diagrams.test.ts", "graders/selftest/graders.test.ts"];
  // Not the type check (line ends do not reach tsc), not the Vitest runs i18n makes, and of the
  // graders only exercise 03's reference and skeleton.
  const only = "^(?!.*(type-checks|npm test exercises/05|catches the buggy|correct alternative|exercise '0[12456789]'|exercise '1)).*$";
  const vitest = join(kit, "node_modules", "vitest", "vitest.mjs");
  const outcome = await run(process.execPath, [vitest, "run", "--project", "selftest", ...files, "-t", only, "--reporter=json", `--outputFile=${report}`], {
    cwd: kit,
    env: { ...process.env, CI: "true", NO_COLOR: "1" },
    timeout: 150_000,
    maxBuffer: 64 * 2 ** 20,
  }).catch((error: { stdout?: string; stderr?: string }) => error);
  const results = JSON.parse(readFileSync(report, "utf8")) as { numPassedTests: number; numFailedTests: number; testResults: { assertionResults: { fullName: string; status: string; failureMessages: string[] }[] }[] };
  const failed = results.testResults.flatMap((file) => file.assertionResults).filter((result) => result.status === "failed");
  expect(failed.map((result) => `${result.fullName}\n${result.failureMessages.join("\n").slice(0, 2_000)}`), outcome.stderr).toEqual([]);
  const passed = results.testResults.flatMap((file) => file.assertionResults).filter((result) => result.status === "passed").map((result) => result.fullName);
  for (const wanted of [/exercises\/ is what graders\/tools\/skeletons\.ts generates/, /en\.ts is exactly what npm run messages writes/, /its lesson exists/, /lesson links point to lessons\/ko/, /exercise '03' .*reference solution passes/, /exercise '03' .*untouched skeleton/, /the golden diagram/]) {
    expect(passed.some((name) => wanted.test(name)), `${wanted} ran and passed in the CRLF copy`).toBe(true);
  }
}, 180_000);
