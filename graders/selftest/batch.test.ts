// The instructor's batch grader (npm run grade), end to end, on a class of generated
// submissions: correct, untouched, buggy, zipped, broken (a file missing), a whole-kit clone and
// a damaged zip, graded in worker processes. A run stopped by a real SIGTERM keeps what it
// stored and leaves no process behind; the next run grades only the rest and writes an exact
// grade sheet; a rerun grades nothing and changes nothing.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, test, type TestContext } from "vitest";
import { VARIANTS } from "../fixtures/index.ts";
import { BatchInputError, gradeBatch } from "../frontends/batch/batch.ts";
import { listFolder } from "../frontends/batch/collect.ts";
import { pollUntil } from "../harness/deadline.ts";
import { KIT_ROOT } from "../harness/static.ts";
import { materialise } from "../harness/variants.ts";
import { findExercise } from "../manifest.ts";
import { materialiseSkeletons } from "../tools/skeletons.ts";
import { PROCESS_LIST, processesMentioning, SEES_ENVIRONMENTS } from "./processes.ts";

/** Exercise 03 is complete and quick; the others are graded the same way. */
const EXERCISE = findExercise("03");
const CLI = join(KIT_ROOT, "graders", "frontends", "batch", "cli.ts");
const FULL = Object.values(EXERCISE.checks).reduce((sum, check) => sum + check.points, 0);

function variant(name: string) {
  const found = VARIANTS[EXERCISE.number]!.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`the self-test expects a variant named ${name} in graders/fixtures/03-tcp-client.ts`);
  return found;
}
/** Two bugs that each fail exactly the check that catches them, whatever the machine's load. */
const BUGGY = variant("greeting-with-a-newline");
const CLONE_BUG = variant("reset-taken-as-the-end");
const pointsOf = (caughtBy: string) => EXERCISE.checks[caughtBy]!.points;

const EXPECTED_CSV = [
  `id,${EXERCISE.slug},total,max`,
  `broken,0,0,${FULL}`,
  `buggy,${FULL - pointsOf(BUGGY.caughtBy)},${FULL - pointsOf(BUGGY.caughtBy)},${FULL}`,
  `clone,${FULL - pointsOf(CLONE_BUG.caughtBy)},${FULL - pointsOf(CLONE_BUG.caughtBy)},${FULL}`,
  `correct,${FULL},${FULL},${FULL}`,
  `damaged,0,0,${FULL}`,
  `untouched,0,0,${FULL}`,
  `zipped,${FULL},${FULL},${FULL}`,
  "",
].join("\n");
const STUDENTS = 7;

let scratch: string;
let submissions: string;
let marker: string;

/** A copy of solutions/ whose exercise 03 carries `bug`. */
function solutionsWith(bug: ReturnType<typeof variant>, target: string): void {
  cpSync(join(KIT_ROOT, "solutions"), target, { recursive: true });
  const { directory, remove } = materialise(bug, join(KIT_ROOT, "solutions", EXERCISE.slug));
  rmSync(join(target, EXERCISE.slug), { recursive: true });
  cpSync(directory, join(target, EXERCISE.slug), { recursive: true });
  remove();
}

function buildClass(): void {
  cpSync(join(KIT_ROOT, "solutions"), join(submissions, "correct"), { recursive: true });
  // A freshly generated skeleton, not the kit's exercises/: that may hold a student's work.
  const skeleton = materialiseSkeletons();
  cpSync(skeleton.root, join(submissions, "untouched"), { recursive: true });
  skeleton.remove();
  solutionsWith(BUGGY, join(submissions, "buggy"));

  // A zip of a folder that holds a kit-like tree: the exercises sit two levels down.
  const files: Record<string, Uint8Array> = {};
  const solutions = join(KIT_ROOT, "solutions");
  for (const file of listFolder(solutions).files) files[`my-work/exercises/${file}`] = new Uint8Array(readFileSync(join(solutions, file)));
  writeFileSync(join(submissions, "zipped.zip"), zipSync(files));

  // The exercise folder is there, its client.ts is not.
  mkdirSync(join(submissions, "broken", EXERCISE.slug), { recursive: true });
  writeFileSync(join(submissions, "broken", EXERCISE.slug, "notes.md"), "I will finish this later.\n");

  // A whole clone of the kit: the grader must pick exercises/, never the clone's solutions/.
  const clone = join(submissions, "clone");
  mkdirSync(clone);
  writeFileSync(join(clone, "package.json"), "{}\n");
  cpSync(join(KIT_ROOT, "solutions"), join(clone, "solutions"), { recursive: true });
  solutionsWith(CLONE_BUG, join(clone, "exercises"));
  mkdirSync(join(clone, "node_modules", "left-pad"), { recursive: true });
  writeFileSync(join(clone, "node_modules", "left-pad", "index.js"), "module.exports = 1;\n");

  writeFileSync(join(submissions, "damaged.zip"), "this is not a zip file");
  writeFileSync(join(submissions, "grading-notes.txt"), "not a submission\n");
}

/** Every report file (not the stored results) with its content, to compare two runs. */
function reportFiles(out: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const file of listFolder(out).files) files.set(file, readFileSync(join(out, file), "utf8"));
  return files;
}

async function expectNoProcessLeft(context: TestContext): Promise<void> {
  // Without /proc only command lines are seen: the student programs name the marker there (they
  // are compiled under it), the batch workers do not.
  if (!SEES_ENVIRONMENTS) await context.annotate(`${PROCESS_LIST} shows no environments: student programs are looked for by command line, batch workers not at all`);
  // Workers, student programs and their children all have the test's TMPDIR in their environment.
  await pollUntil(10_000, "every grading process to be gone", () => (processesMentioning(marker).length === 0 ? true : undefined)).catch(() => undefined);
  expect(processesMentioning(marker)).toEqual([]);
}

function runCli(args: string[]) {
  return spawn(process.execPath, ["--import", "tsx", CLI, ...args], { cwd: KIT_ROOT, env: { ...process.env, TMPDIR: marker } });
}

function finished(child: ReturnType<typeof runCli>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stdout, stderr })));
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "app-layer-lab-batch-test-"));
  submissions = join(scratch, "submissions");
  // Workers, builds and student programs all live under this folder (TMPDIR), which is how
  // the test finds any process left behind.
  marker = join(scratch, "tmp");
  mkdirSync(submissions);
  mkdirSync(marker);
  process.env.TMPDIR = marker;
  buildClass();
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("npm run grade", () => {
  const out = () => join(scratch, "report");
  const stored = () => (existsSync(join(out(), ".cache")) ? listFolder(join(out(), ".cache")).files.filter((name) => name.endsWith(".json")) : []);
  let kept = 0;

  test("a run stopped by SIGTERM keeps what it stored, reports nothing yet, and leaves no process behind", async (context) => {
    // Windows has no signals: kill("SIGTERM") ends the process outright, no handler runs. The
    // next test then grades the whole class (nothing kept), which it accepts.
    context.skip(process.platform === "win32", "needs POSIX signals: on Windows SIGTERM cannot be delivered, only TerminateProcess");
    const child = runCli([submissions, "--out", out(), "--exercises", EXERCISE.number, "--jobs", "1"]);
    const ended = finished(child);
    await pollUntil(60_000, "the first stored result", () => (stored().length > 0 ? true : undefined));
    child.kill("SIGTERM");
    const { code, stderr } = await ended;
    expect(code, stderr).toBe(143);
    expect(stderr).toContain("Run the same command again");
    kept = stored().length;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(STUDENTS);
    expect(existsSync(join(out(), "grades.csv"))).toBe(false);
    await expectNoProcessLeft(context);
  });

  test("the next run grades only the rest: the grade sheet is exact and every report is written", async (context) => {
    const outcome = await gradeBatch({ submissions, out: out(), exercises: [EXERCISE.number], jobs: 2, quiet: true });
    expect(outcome.interrupted).toBe(false);
    expect(outcome.counts).toEqual({ submissions: STUDENTS, graded: STUDENTS - kept, fromCache: kept, couldNotGrade: 0 });
    expect(outcome.skipped).toEqual(["grading-notes.txt: not a folder or a .zip file"]);
    expect(readFileSync(join(out(), "grades.csv"), "utf8"), JSON.stringify(outcome.students.map((s) => [s.id, s.gradingErrors, s.exercises[0]?.checks[0]?.message.slice(0, 400)]))).toBe(EXPECTED_CSV);

    for (const { id } of outcome.students) {
      expect(existsSync(join(out(), "junit", `${id}.xml`)), id).toBe(true);
      expect(existsSync(join(out(), "feedback", `${id}.md`)), id).toBe(true);
    }
    const byId = Object.fromEntries(outcome.students.map((student) => [student.id, student]));
    expect(byId.broken!.problems.join(" ")).toContain(`exercises/${EXERCISE.slug}/client.ts is missing`);
    expect(byId.damaged!.problems.join(" ")).toContain("zip file");
    expect(byId.untouched!.exercises[0]!.checks.every((check) => check.status === "not-started")).toBe(true);

    // Bytes are readable text, never a Uint8Array's {"0":72,…}.
    const results = readFileSync(join(out(), "results.json"), "utf8");
    expect(results).not.toMatch(/"bytes":\s*\{\s*"0"/);
    expect(results).toContain('"shown": "\\"Hello. Server.\\""');

    const feedback = readFileSync(join(out(), "feedback", "buggy.md"), "utf8");
    const caught = byId.buggy!.exercises[0]!.checks.find((check) => check.id === BUGGY.caughtBy)!;
    expect(caught.status).toBe("failed");
    expect(feedback).toContain(`### ✗ ${caught.title}`);
    expect(feedback).toContain("Hint:");
    expect(feedback).toMatch(/✓ .+/);
    // The failing conversation drawn (and the lesson's expected exchange), for Markdown viewers.
    expect(feedback).toContain("```mermaid\nsequenceDiagram\n    participant P0 as grader\n    participant P1 as your program");
    expect(feedback).toContain("✗ the check failed here:");
    expect(readFileSync(join(out(), "junit", "buggy.xml"), "utf8")).toContain(`<failure type="failed"`);

    const summary = readFileSync(join(out(), "summary.md"), "utf8");
    expect(summary).toContain(`**03 ${BUGGY.caughtBy}**`);
    expect(summary).toContain("## Submissions with problems");
    expect(summary, "the summary stays text").not.toContain("```mermaid");
    await expectNoProcessLeft(context);
  });

  test("a rerun grades nothing and changes nothing", async () => {
    const before = reportFiles(out());
    const again = await gradeBatch({ submissions, out: out(), exercises: [EXERCISE.number], jobs: 2, quiet: true });
    expect(again.counts).toEqual({ submissions: STUDENTS, graded: 0, fromCache: STUDENTS, couldNotGrade: 0 });
    expect(reportFiles(out())).toEqual(before);
  });

  test("a mistake in the command gets a clear message (exit 2), not a stack trace", async () => {
    await expect(gradeBatch({ submissions: join(scratch, "no-such-folder"), out: out(), quiet: true })).rejects.toThrow(/There is no folder/);
    await expect(gradeBatch({ submissions, out: out(), exercises: ["42"], quiet: true })).rejects.toBeInstanceOf(BatchInputError);
    for (const args of [[submissions, "--jobs", "zero"], [submissions, "--colour"], []]) {
      const result = spawnSync(process.execPath, ["--import", "tsx", CLI, ...args], { cwd: KIT_ROOT, encoding: "utf8" });
      expect(result.status, args.join(" ")).toBe(2);
      expect(result.stderr).toContain("Usage: npm run grade");
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    const unknown = spawnSync(process.execPath, ["--import", "tsx", CLI, submissions, "--exercises", "42"], { cwd: KIT_ROOT, encoding: "utf8" });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/There is no exercise 42/);
  });
});

describe("the class folder as a red team shapes it (issue 9)", () => {
  test("a link and a dot entry are listed as skipped; 100 000 nested brackets, a name both file and folder and a zip bomb are the student's problems, stored like any result", async (context) => {
    const root = join(scratch, "class-folder");
    const folder = join(root, "submissions");
    const report = join(root, "report");
    mkdirSync(folder, { recursive: true });
    symlinkSync(join(KIT_ROOT, "solutions"), join(folder, "linked"));
    cpSync(join(KIT_ROOT, "solutions", EXERCISE.slug), join(folder, ".hidden", EXERCISE.slug), { recursive: true });
    cpSync(join(KIT_ROOT, "solutions", EXERCISE.slug), join(folder, "deep", EXERCISE.slug), { recursive: true });
    const deepFile = join(folder, "deep", EXERCISE.slug, "client.ts");
    writeFileSync(deepFile, `${readFileSync(deepFile, "utf8")}\nexport const deep = ${"[".repeat(100_000)}1${"]".repeat(100_000)};\n`);
    const client = readFileSync(join(KIT_ROOT, "solutions", EXERCISE.slug, "client.ts"));
    writeFileSync(
      join(folder, "both.zip"),
      zipSync({ [`exercises/${EXERCISE.slug}/client.ts`]: client, [`exercises/${EXERCISE.slug}/client.ts/inner.ts`]: client }),
    );
    // Six files of 19 MB of zeros: each below the 20 MB limit, together above the 100 MB bound; the zip is tiny.
    const zeros = new Uint8Array(19 * 1024 * 1024);
    const bomb: Record<string, Uint8Array> = { [`exercises/${EXERCISE.slug}/client.ts`]: client };
    for (let i = 0; i < 6; i++) bomb[`exercises/${EXERCISE.slug}/filler-${i}.ts`] = zeros;
    writeFileSync(join(folder, "bomb.zip"), zipSync(bomb, { level: 9 }));

    const outcome = await gradeBatch({ submissions: folder, out: report, exercises: [EXERCISE.number], jobs: 2, quiet: true });
    expect(outcome.skipped.join("\n")).toMatch(/^linked: a symbolic link/m);
    expect(outcome.skipped.join("\n")).toMatch(/^\.hidden: its name starts with a dot/m);
    expect(outcome.students.map((student) => student.id)).toEqual(["bomb", "both", "deep"]);
    const byId = Object.fromEntries(outcome.students.map((student) => [student.id, student]));
    for (const student of outcome.students) expect(student.gradingErrors, student.id).toEqual([]);
    const deep = byId.deep!.exercises[0]!.checks;
    expect(deep.every((check) => check.status === "failed" && /nested too deeply/.test(check.message)), JSON.stringify(deep.map((check) => check.message))).toBe(true);
    expect(byId.both!.problems.join(" ")).toMatch(/both as a file and as a folder/);
    expect(byId.bomb!.problems.join(" ")).toMatch(/add up to more than 100 MB/);
    expect(outcome.counts.couldNotGrade).toBe(0);

    const again = await gradeBatch({ submissions: folder, out: report, exercises: [EXERCISE.number], jobs: 2, quiet: true });
    expect(again.counts).toEqual({ submissions: 3, graded: 0, fromCache: 3, couldNotGrade: 0 });
    await expectNoProcessLeft(context);
  }, 240_000);
});

describe("a grading process killed from inside (no OS sandbox: exercise 01's unguarded child)", () => {
  test("the other exercises are kept, the one that killed it is graded again alone, then stored as failed: a rerun neither regrades it nor exits 1", async (context) => {
    const root = join(scratch, "killed-worker");
    const folder = join(root, "submissions");
    const report = join(root, "report");
    const student = join(folder, "killer", "exercises");
    cpSync(join(KIT_ROOT, "solutions", "01-processes"), join(student, "01-processes"), { recursive: true });
    cpSync(join(KIT_ROOT, "solutions", EXERCISE.slug), join(student, EXERCISE.slug), { recursive: true });
    // The parent starts a child without the permission model or the guard, which kills the
    // grading process (its grandparent): only ever a pid above 1, never a group.
    const parent = join(student, "01-processes", "parent.ts");
    const killer = `const { spawn: spawnKiller } = await import("node:child_process");\nspawnKiller(process.execPath, ["-e", "const target = Number(process.argv[1]); if (Number.isInteger(target) && target > 1) process.kill(target, 'SIGKILL');", String(process.ppid)], { stdio: "ignore" });\n`;
    writeFileSync(parent, readFileSync(parent, "utf8").replace("await main();", `${killer}await main();`));
    const saved = { sandbox: process.env.LAB_SANDBOX, worker: process.env.LAB_WORKER_SANDBOX };
    process.env.LAB_SANDBOX = "off";
    process.env.LAB_WORKER_SANDBOX = "off";
    try {
      const outcome = await gradeBatch({ submissions: folder, out: report, exercises: ["01", EXERCISE.number], jobs: 1, quiet: true });
      const graded = outcome.students[0]!;
      expect(graded.gradingErrors).toEqual([]);
      const [processes, client] = graded.exercises;
      expect(client!.points, JSON.stringify(client!.checks.map((check) => check.message))).toBe(FULL);
      expect(processes!.checks.every((check) => check.status === "failed" && /stopped the grading process twice/.test(check.message))).toBe(true);
      expect(processes!.problems.join(" ")).toMatch(/stopped the grading process twice/);
      const again = await gradeBatch({ submissions: folder, out: report, exercises: ["01", EXERCISE.number], jobs: 1, quiet: true });
      expect(again.counts).toEqual({ submissions: 1, graded: 0, fromCache: 1, couldNotGrade: 0 });
    } finally {
      if (saved.sandbox === undefined) delete process.env.LAB_SANDBOX;
      else process.env.LAB_SANDBOX = saved.sandbox;
      if (saved.worker === undefined) delete process.env.LAB_WORKER_SANDBOX;
      else process.env.LAB_WORKER_SANDBOX = saved.worker;
    }
    await expectNoProcessLeft(context);
  }, 300_000);
});
