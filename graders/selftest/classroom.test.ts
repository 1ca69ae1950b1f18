// GitHub Classroom: the command the workflow runs grades a repository's exercises/ and writes
// the autograding result (version 1) that the reporter reads, base64-encoded, from the step
// output. Run here on the reference, on the untouched skeleton and on a worst-case submission
// (every program floods its output, every check fails), whose result must stay within the
// bound the reporter's environment variable allows. The workflow itself is read as YAML: it
// grades the student's exercises/ with the template's graders at a pinned commit.
import { execFile, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { parse } from "yaml";
import { checksFor } from "../checks/index.ts";
import { MAX_ENCODED_RESULT, autogradingResult, boundForReporter, encodeForReporter, encodedLength, type AutogradingResult, type AutogradingTest } from "../frontends/batch/autograding.ts";
import { CLASSROOM_STEP, wholeFeedbackIsIn } from "../frontends/batch/classroom.ts";
import { KIT_ROOT } from "../harness/static.ts";
import { findExercise, type ExerciseSpec } from "../manifest.ts";
import { materialiseSkeletons } from "../tools/skeletons.ts";

const EXERCISE = findExercise("03");
const maxOf = (exercise: ExerciseSpec) => Object.values(exercise.checks).reduce((sum, check) => sum + check.points, 0);
const scratch = mkdtempSync(join(tmpdir(), "app-layer-lab-classroom-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The reporter's own test of its `runners` input. */
const RUNNER_IDS = /^([a-zA-Z0-9]+,)*[a-zA-Z0-9]+$/;

/** Runs the workflow's command as GitHub Actions would, and returns what the reporter would read. */
async function gradeForClassroom(target: string, exercises: string, name: string) {
  const out = join(scratch, `${name}.json`);
  const githubOutput = join(scratch, `${name}.output`);
  writeFileSync(githubOutput, "");
  const run = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const args = ["--import", "tsx", "graders/frontends/batch/classroom.ts", "--exercises", exercises, "--out", out];
    const env = { ...process.env, LAB_TARGET: target, GITHUB_OUTPUT: githubOutput };
    const child = execFile(process.execPath, args, { cwd: KIT_ROOT, env, encoding: "utf8", maxBuffer: 256 * 2 ** 20 }, (_error, stdout, stderr) => resolve({ status: child.exitCode, stdout, stderr }));
  });
  expect(run.stderr).toBe("");
  const line = readFileSync(githubOutput, "utf8").split("\n").find((text) => text.startsWith("result="));
  expect(line, "the step output `result`").toBeDefined();
  const encoded = line!.slice("result=".length);
  const output = JSON.parse(Buffer.from(encoded, "base64").toString("utf8")) as AutogradingResult;
  return { file: JSON.parse(readFileSync(out, "utf8")) as AutogradingResult, output, encoded, status: run.status, log: run.stdout };
}

function expectShape(result: AutogradingResult, exercises: ExerciseSpec[]): void {
  expect(result.version).toBe(1);
  expect(["pass", "fail", "error"]).toContain(result.status);
  expect(result.max_score).toBe(exercises.reduce((sum, exercise) => sum + maxOf(exercise), 0));
  expect(result.tests).toHaveLength(exercises.reduce((sum, exercise) => sum + checksFor(exercise.number).length, 0));
  for (const test of result.tests) {
    expect(Object.keys(test).sort()).toEqual(["execution_time", "filename", "line_no", "max_score", "message", "name", "score", "status", "test_code"]);
    expect(typeof test.name).toBe("string");
    expect(test.score).toBeGreaterThanOrEqual(0);
    expect(test.score).toBeLessThanOrEqual(test.max_score);
    const exercise = exercises.find((candidate) => test.name.startsWith(`${candidate.number} `))!;
    expect(test.filename).toBe(`exercises/${exercise.slug}/${Object.keys(exercise.files)[0]}`);
    expect(test.test_code).toBe(`npm test exercises/${exercise.number}`);
  }
}

describe("npm run grade:classroom", () => {
  test.concurrent("on the reference: status pass, full marks", async () => {
    const { file, output, status } = await gradeForClassroom("solutions", EXERCISE.number, "reference");
    expect(status).toBe(0);
    expect(output).toEqual(file);
    expectShape(file, [EXERCISE]);
    expect(file.status).toBe("pass");
    expect(file.tests.every((test) => test.status === "pass" && test.score === test.max_score && test.message === "")).toBe(true);
  });

  test.concurrent("on the untouched skeleton: status fail, no points, each failure says what to start with", async () => {
    // A freshly generated skeleton, not the kit's exercises/: that may hold a student's work.
    const skeleton = materialiseSkeletons([EXERCISE]);
    const { file, output, status } = await gradeForClassroom(skeleton.root, EXERCISE.number, "skeleton").finally(() => skeleton.remove());
    expect(status).toBe(0); // the reporter, not the grading step, fails the run
    expect(output).toEqual(file);
    expectShape(file, [EXERCISE]);
    expect(file.status).toBe("fail");
    for (const test of file.tests) {
      expect(test.status).toBe("fail");
      expect(test.score).toBe(0);
      expect(test.message).toContain("NOT STARTED");
    }
  });

  test.concurrent("on a worst case (every program floods its output, every check fails): the result stays within the bound and says where the rest is", async () => {
    // The reference of 03, 04 and 05 with a flood at the top of every file: each program, and
    // each library a probe loads, prints 300 long lines (quotes, backslashes, Korean, escape
    // codes: what JSON and base64 make longest) and exits with code 3 before doing anything.
    const exercises = ["03", "04", "05"].map(findExercise);
    const root = join(scratch, "flood");
    const flood = `for (let line = 0; line < 300; line++) console.log(\`"quoted" \\\\ 한국어 \\u001b[31m \${"~".repeat(1900)}\`);\nprocess.exit(3);\n`;
    for (const exercise of exercises) {
      cpSync(join(KIT_ROOT, "solutions", exercise.slug), join(root, exercise.slug), { recursive: true });
      for (const file of readdirSync(join(root, exercise.slug)).filter((name) => name.endsWith(".ts"))) {
        const path = join(root, exercise.slug, file);
        writeFileSync(path, `${flood}${readFileSync(path, "utf8")}`);
      }
    }
    const { file, output, encoded, status, log } = await gradeForClassroom(root, "03-05", "flood");
    expect(status).toBe(0);
    expect(output).toEqual(file);
    expectShape(file, exercises);
    expect(encoded.length, "what the reporter's environment variable holds").toBeLessThanOrEqual(MAX_ENCODED_RESULT);
    // Nearly every check fails. (A few clean-failure checks accept any program that exits at once
    // with a message, without asking whether it connected first; that is the graders' business.)
    expect(file.status).toBe("fail");
    expect(file.tests.filter((test) => test.status !== "pass").length).toBeGreaterThanOrEqual(0.8 * file.tests.length);
    // Without a bound this class of submission made a result of several hundred KiB.
    expect(Buffer.byteLength(log), "the whole feedback is in the log").toBeGreaterThan(4 * MAX_ENCODED_RESULT);
    const cut = file.tests.filter((test) => test.message.endsWith(wholeFeedbackIsIn()));
    expect(cut.length, "long messages are cut and say where the rest is").toBeGreaterThan(0);
    for (const test of file.tests.filter((candidate) => !cut.includes(candidate))) expect(log, "a message kept whole is the log's").toContain(test.message.split("\n")[0]);
    // Fair: every cut message keeps the same length before its notice.
    expect(new Set(cut.map((test) => test.message.length)).size).toBe(1);
  });
});

describe("the bound on the autograding result", () => {
  const where = "(see the log)";
  const test_ = (name: string, message: string, status: AutogradingTest["status"] = "fail", points = 2): AutogradingTest => ({
    name,
    status,
    score: status === "pass" ? points : 0,
    max_score: points,
    message,
    test_code: "npm test exercises/03",
    filename: "exercises/03-tcp-client/client.ts",
    line_no: 0,
    execution_time: "0.10s",
  });

  test("a result within the bound is handed over unchanged", () => {
    const result = autogradingResult([test_("a", "short"), test_("b", "", "pass")]);
    expect(boundForReporter(result, where)).toBe(result);
  });

  test("long messages are cut to one common length, short ones stay whole, scores and names never change", () => {
    const long = "가나다\"\\\u001b".repeat(20_000);
    const result = autogradingResult([test_("short", "a short failure"), test_("long", long), test_("longer", long + long), test_("passed", "", "pass", 3)]);
    expect(encodedLength(result)).toBeGreaterThan(MAX_ENCODED_RESULT);
    const bounded = boundForReporter(result, where);
    expect(encodeForReporter(bounded).length).toBe(encodedLength(bounded));
    expect(encodedLength(bounded)).toBeLessThanOrEqual(MAX_ENCODED_RESULT);
    expect(encodedLength(bounded), "uses most of the room").toBeGreaterThan(0.9 * MAX_ENCODED_RESULT);
    expect(bounded.tests.map(({ message: _message, ...rest }) => rest)).toEqual(result.tests.map(({ message: _message, ...rest }) => rest));
    expect(bounded.status).toBe(result.status);
    expect(bounded.max_score).toBe(result.max_score);
    const [short, cutOne, cutTwo, passed] = bounded.tests;
    expect(short!.message).toBe("a short failure");
    expect(passed!.message).toBe("");
    expect(cutOne!.message.endsWith(`\n… ${where}`)).toBe(true);
    expect(cutOne!.message).toBe(cutTwo!.message);
    expect(long.startsWith(cutOne!.message.slice(0, -`\n… ${where}`.length))).toBe(true);
  });

  test("a cut never splits a character outside the Basic Multilingual Plane", () => {
    const result = autogradingResult(Array.from({ length: 4 }, (_, index) => test_(`t${index}`, "😀".repeat(30_000))));
    const bounded = boundForReporter(result, where);
    // A lone surrogate would not survive UTF-8.
    for (const test of bounded.tests) expect(Buffer.from(test.message, "utf8").toString("utf8")).toBe(test.message);
    expect(encodedLength(bounded)).toBeLessThanOrEqual(MAX_ENCODED_RESULT);
  });

  test("so many checks that not even their names fit: a clear error, never a result over the bound", () => {
    const result = autogradingResult(Array.from({ length: 2_000 }, (_, index) => test_(`${index} ${"check ".repeat(10)}`, "x")));
    expect(() => boundForReporter(result, where)).toThrow(/--exercises/);
  });
});

describe(".github/workflows/classroom.yml", () => {
  interface Step {
    name?: string;
    id?: string;
    uses?: string;
    run?: string;
    if?: string;
    shell?: string;
    "working-directory"?: string;
    with?: Record<string, string | number | boolean>;
    env?: Record<string, string>;
  }
  const workflow = parse(readFileSync(join(KIT_ROOT, ".github", "workflows", "classroom.yml"), "utf8")) as {
    name: string;
    env: Record<string, string>;
    jobs: Record<string, { steps: Step[] }>;
  };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const grading = steps.find((step) => step.run?.includes("npm run grade:classroom"));
  const checkouts = steps.filter((step) => step.uses?.startsWith("actions/checkout@"));
  const graders = checkouts.find((step) => step.with?.repository !== undefined);
  const student = checkouts.find((step) => step.with?.repository === undefined);

  test("keeps the name Classroom looks for, and pins the graders at the top", () => {
    expect(workflow.name).toBe("Autograding Tests");
    expect(Object.keys(workflow.env)).toEqual(expect.arrayContaining(["GRADERS_REPOSITORY", "GRADERS_REF"]));
  });

  test("checks out the student's work and, beside it, the template at GRADERS_REF", () => {
    expect(checkouts).toHaveLength(2);
    expect(graders?.with).toMatchObject({ repository: "${{ env.GRADERS_REPOSITORY }}", ref: "${{ env.GRADERS_REF }}", "persist-credentials": false });
    expect(student?.with?.ref, "the student's checkout is the pushed commit").toBeUndefined();
    expect(typeof student?.with?.path).toBe("string");
    expect(typeof graders?.with?.path).toBe("string");
    expect(student!.with!.path).not.toBe(graders!.with!.path);
  });

  test("installs and grades in the template's checkout; only the student's exercises/ comes from the student", () => {
    const kit = graders!.with!.path as string;
    for (const step of steps.filter((candidate) => candidate.run !== undefined && candidate.run.includes("npm"))) expect(step["working-directory"], step.name).toBe(kit);
    expect(grading?.env?.LAB_TARGET).toBe(`\${{ github.workspace }}/${student!.with!.path as string}/exercises`);
    const setupNode = steps.find((step) => step.uses?.startsWith("actions/setup-node@"));
    expect(setupNode?.with?.["cache-dependency-path"]).toBe(`${kit}/package-lock.json`);
    // Nothing runs before the graders' checkout but the pin check, and nothing from the student's folder.
    for (const step of steps) expect(step["working-directory"] ?? kit, step.name).not.toBe(student!.with!.path);
  });

  test("the grading step's id is the reporter's runner id: letters and digits only", () => {
    expect(grading?.id).toBe(CLASSROOM_STEP.id);
    expect(grading?.name, "the name a cut message points to").toBe(CLASSROOM_STEP.name);
    expect(CLASSROOM_STEP.id).toMatch(RUNNER_IDS);
    const reporter = steps.find((step) => step.uses?.startsWith("classroom-resources/autograding-grading-reporter@"));
    expect(reporter?.with?.runners).toBe(CLASSROOM_STEP.id);
    expect(String(reporter?.with?.runners)).toMatch(RUNNER_IDS);
    expect(reporter?.env).toEqual({ [`${CLASSROOM_STEP.id.toUpperCase()}_RESULTS`]: `\${{ steps.${CLASSROOM_STEP.id}.outputs.result }}` });
    expect(steps.indexOf(reporter!)).toBeGreaterThan(steps.indexOf(grading!));
  });

  test.skipIf(process.platform === "win32")("the first step refuses graders that are not pinned to a full commit id", () => {
    const check = steps[0]!;
    expect(check.shell).toBe("bash");
    const run = (repository: string, ref: string) => spawnSync("bash", ["-c", check.run!], { env: { PATH: process.env.PATH, GRADERS_REPOSITORY: repository, GRADERS_REF: ref }, encoding: "utf8" });
    expect(run("teacher/network-lab", "0123456789abcdef0123456789abcdef01234567").status).toBe(0);
    for (const [repository, ref] of [["", ""], ["teacher/network-lab", ""], ["teacher/network-lab", "main"], ["teacher/network-lab", "v1.0"], ["", "0123456789abcdef0123456789abcdef01234567"]] as const) {
      const refused = run(repository, ref);
      expect(refused.status, `${repository} @ ${ref}`).toBe(1);
      expect(refused.stdout).toContain("::error");
      expect(refused.stdout).toContain("GRADERS_REF");
    }
    expect(steps.indexOf(check)).toBeLessThan(steps.indexOf(graders!));
  });
});
