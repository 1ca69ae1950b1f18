// What differs on macOS and Windows, proven where it can be on this machine: the paths the
// permission model is given (Windows' drive letters, \\?\ prefixes and 8.3 short names; a
// temporary folder behind a link, as macOS's /var), and a run with every /proc feature switched
// off (LAB_NO_PROC=1), in which every test passes for real or skips itself with a note.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, test } from "vitest";
import { grantedPaths, realPath, withoutLongPathPrefix, withUpperCaseDrive, type Filesystem } from "../harness/permission-paths.ts";
import { newScratchFolder, removeScratchFolder } from "../harness/scratch.ts";
import { KIT_ROOT } from "../harness/static.ts";
import type { Outcome } from "./outcomes-reporter.ts";

const run = promisify(execFile);
const scratch = mkdtempSync(join(tmpdir(), "app-layer-lab-platform-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A real `vitest run` of the self-test inside the kit, with `env` added; its outcomes, test by test. */
async function selfTest(files: string[], only: string, env: NodeJS.ProcessEnv): Promise<{ outcomes: Outcome[]; output: string }> {
  const outcomesFile = join(scratch, `outcomes-${Object.keys(env).join("-")}.json`);
  const vitest = join(KIT_ROOT, "node_modules", "vitest", "vitest.mjs");
  const args = [vitest, "run", "--project", "selftest", ...files, "-t", only, "--reporter=default", "--reporter=./graders/selftest/outcomes-reporter.ts"];
  const output = await run(process.execPath, args, {
    cwd: KIT_ROOT,
    env: { ...process.env, ...env, LAB_OUTCOMES: outcomesFile, CI: "true", NO_COLOR: "1" },
    timeout: 240_000,
    maxBuffer: 64 * 2 ** 20,
  }).then(
    ({ stdout, stderr }) => `${stdout}${stderr}`,
    (error: { stdout?: string; stderr?: string }) => `${error.stdout ?? ""}${error.stderr ?? ""}`,
  );
  return { outcomes: JSON.parse(readFileSync(outcomesFile, "utf8")) as Outcome[], output };
}

describe("the paths the permission model is given", () => {
  test("Windows' long-path prefix is taken off, and drive letters are upper case", () => {
    expect(withoutLongPathPrefix("\\\\?\\C:\\Users\\kim\\lab")).toBe("C:\\Users\\kim\\lab");
    expect(withoutLongPathPrefix("\\\\?\\UNC\\server\\share\\lab")).toBe("\\\\server\\share\\lab");
    expect(withoutLongPathPrefix("C:\\Users\\kim")).toBe("C:\\Users\\kim");
    expect(withoutLongPathPrefix("/tmp/lab")).toBe("/tmp/lab");
    expect(withUpperCaseDrive("c:\\Users")).toBe("C:\\Users");
    expect(withUpperCaseDrive("/c/Users")).toBe("/c/Users");
  });

  test("on Windows, an 8.3 short TEMP name is granted under its long name (first) and as given", () => {
    const windows: Filesystem = {
      platform: "win32",
      // What realpathSync.native answers there: the long name, with the \\?\ prefix.
      realpath: (path) => `\\\\?\\${path.replace("RUNNER~1", "runneradmin").replace(/^c:/, "C:")}`,
    };
    const short = "c:\\Users\\RUNNER~1\\AppData\\Local\\Temp\\app-layer-lab-checks\\42-x";
    expect(grantedPaths(short, windows)).toEqual([
      "C:\\Users\\runneradmin\\AppData\\Local\\Temp\\app-layer-lab-checks\\42-x",
      "C:\\Users\\RUNNER~1\\AppData\\Local\\Temp\\app-layer-lab-checks\\42-x",
    ]);
    expect(grantedPaths("C:\\kit\\node_modules", { platform: "win32", realpath: (path) => `\\\\?\\${path}` })).toEqual(["C:\\kit\\node_modules"]);
    expect(grantedPaths("C:\\gone", { platform: "win32", realpath: () => { throw new Error("ENOENT"); } })).toEqual(["C:\\gone"]);
  });

  test("here, a folder reached through a link is granted by its real path and as given; a scratch folder is made by its real path", () => {
    const real = join(scratch, "real");
    const link = join(scratch, "link");
    mkdirSync(real);
    symlinkSync(real, link, "junction");
    expect(grantedPaths(link)).toEqual([realpathSync.native(real), link]);
    expect(realPath(link)).toBe(realpathSync.native(real));
    const folder = newScratchFolder("app-layer-lab-platform-test");
    try {
      expect(folder).toBe(realpathSync.native(folder));
    } finally {
      removeScratchFolder(folder);
    }
  });

  // macOS's temporary folder lives under /var, a link to /private/var; Node's permission model
  // does not follow a link above a granted folder, so programs must start by their real paths.
  test("with the temporary folder behind a link, as on macOS, the reference of exercise 03 passes every check", async () => {
    const real = join(scratch, "real-tmp");
    const linked = join(scratch, "linked-tmp");
    mkdirSync(real);
    symlinkSync(real, linked, "junction");
    const vitest = join(KIT_ROOT, "node_modules", "vitest", "vitest.mjs");
    const outcomesFile = join(scratch, "outcomes-linked-tmp.json");
    await run(process.execPath, [vitest, "run", "--project", "exercises", "exercises/03", "--reporter=./graders/selftest/outcomes-reporter.ts"], {
      cwd: KIT_ROOT,
      env: { ...process.env, TMPDIR: linked, TEMP: linked, TMP: linked, LAB_TARGET: "solutions", LAB_OUTCOMES: outcomesFile, CI: "true" },
      timeout: 120_000,
    }).catch(() => undefined);
    const outcomes = JSON.parse(readFileSync(outcomesFile, "utf8")) as Outcome[];
    expect(outcomes.length).toBeGreaterThan(3);
    expect(outcomes.filter((outcome) => outcome.state !== "passed").map((outcome) => `${outcome.name}: ${outcome.errors.join("\n").slice(0, 500)}`)).toEqual([]);
  }, 150_000);
});

// The switch the README names for trying the kit as macOS and Windows run it: no /proc. The
// tests of everything /proc serves (the kernel's proofs, the process lists, the interrupt test)
// and the whole graders of exercises 03, 04 and 05, whose split and backpressure checks then
// rely on the programs' read reports instead. (The hostile and batch tests take minutes:
// .ci/run runs them so.)
test("with LAB_NO_PROC=1, every test of a /proc feature passes for real or skips itself with a note", async () => {
  const files = ["graders/selftest/harness.test.ts", "graders/selftest/interrupt.test.ts", "graders/selftest/read-sizes.test.ts", "graders/selftest/graders.test.ts"];
  const only = "^(?!.*(exercise '0[126789]'|exercise '1)).*$";
  const { outcomes, output } = await selfTest(files, only, { LAB_NO_PROC: "1" });
  const ran = outcomes.filter((outcome) => outcome.mode !== "skip");
  expect(ran.filter((outcome) => outcome.state === "failed").map((outcome) => `${outcome.name}\n${outcome.errors.join("\n")}`), output.slice(-3_000)).toEqual([]);
  const skipped = ran.filter((outcome) => outcome.state === "skipped");
  for (const outcome of skipped) expect(outcome.note, `${outcome.name} skipped without saying why`).toBeTruthy();
  expect(skipped.map((outcome) => outcome.name)).toEqual([expect.stringMatching(/what the kernel shows/)]);
  const passed = ran.filter((outcome) => outcome.state === "passed").map((outcome) => outcome.name);
  for (const wanted of [
    /Ctrl-C during grading/,
    /kill\(\) ends the whole process tree/,
    /reach a busy program in reads of their own \(the program's read reports\)/,
    /exercise '03' .*reference solution passes/,
    /exercise '05' .*reference solution passes/,
    /exercise '04' .*catches the buggy variant .*one-read-taken-as-the-whole-message/,
    /exercise '05' .*catches the buggy variant .*server-ignores-backpressure/,
  ]) {
    expect(passed.some((name) => wanted.test(name)), `${wanted} passed with LAB_NO_PROC=1`).toBe(true);
  }
}, 260_000);
