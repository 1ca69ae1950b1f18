// GitHub Classroom: the command the workflow runs grades a repository's exercises/ and writes
// the autograding result (version 1) that the reporter reads, base64-encoded, from the step
// output. Run here on the reference and on the untouched skeleton.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { checksFor } from "../checks/index.ts";
import type { AutogradingResult } from "../frontends/batch/autograding.ts";
import { KIT_ROOT } from "../harness/static.ts";
import { findExercise } from "../manifest.ts";
import { materialiseSkeletons } from "../tools/skeletons.ts";

const EXERCISE = findExercise("03");
const FULL = Object.values(EXERCISE.checks).reduce((sum, check) => sum + check.points, 0);
const scratch = mkdtempSync(join(tmpdir(), "app-layer-lab-classroom-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the workflow's command as GitHub Actions would, and returns what the reporter would read. */
function gradeForClassroom(target: string, name = target): { file: AutogradingResult; output: AutogradingResult; status: number | null } {
  const out = join(scratch, `${name}.json`);
  const githubOutput = join(scratch, `${name}.output`);
  writeFileSync(githubOutput, "");
  const run = spawnSync(process.execPath, ["--import", "tsx", "graders/frontends/batch/classroom.ts", "--exercises", EXERCISE.number, "--out", out], {
    cwd: KIT_ROOT,
    env: { ...process.env, LAB_TARGET: target, GITHUB_OUTPUT: githubOutput },
    encoding: "utf8",
  });
  expect(run.stderr).toBe("");
  const line = readFileSync(githubOutput, "utf8").split("\n").find((text) => text.startsWith("result="));
  expect(line, "the step output `result`").toBeDefined();
  const output = JSON.parse(Buffer.from(line!.slice("result=".length), "base64").toString("utf8")) as AutogradingResult;
  return { file: JSON.parse(readFileSync(out, "utf8")) as AutogradingResult, output, status: run.status };
}

function expectShape(result: AutogradingResult): void {
  expect(result.version).toBe(1);
  expect(["pass", "fail", "error"]).toContain(result.status);
  expect(result.max_score).toBe(FULL);
  expect(result.tests).toHaveLength(checksFor(EXERCISE.number).length);
  for (const test of result.tests) {
    expect(Object.keys(test).sort()).toEqual(["execution_time", "filename", "line_no", "max_score", "message", "name", "score", "status", "test_code"]);
    expect(typeof test.name).toBe("string");
    expect(test.score).toBeGreaterThanOrEqual(0);
    expect(test.score).toBeLessThanOrEqual(test.max_score);
    expect(test.filename).toBe(`exercises/${EXERCISE.slug}/client.ts`);
    expect(test.test_code).toBe(`npm test exercises/${EXERCISE.number}`);
  }
}

describe("npm run grade:classroom", () => {
  test("on the reference: status pass, full marks", () => {
    const { file, output, status } = gradeForClassroom("solutions");
    expect(status).toBe(0);
    expect(output).toEqual(file);
    expectShape(file);
    expect(file.status).toBe("pass");
    expect(file.tests.every((test) => test.status === "pass" && test.score === test.max_score && test.message === "")).toBe(true);
  });

  test("on the untouched skeleton: status fail, no points, each failure says what to start with", () => {
    // A freshly generated skeleton, not the kit's exercises/: that may hold a student's work.
    const skeleton = materialiseSkeletons([EXERCISE]);
    const { file, output, status } = gradeForClassroom(skeleton.root, "untouched");
    skeleton.remove();
    expect(status).toBe(0); // the reporter, not the grading step, fails the run
    expect(output).toEqual(file);
    expectShape(file);
    expect(file.status).toBe("fail");
    for (const test of file.tests) {
      expect(test.status).toBe("fail");
      expect(test.score).toBe(0);
      expect(test.message).toContain("NOT STARTED");
    }
  });

  test("the workflow runs that command and hands its step output to the reporter", () => {
    const workflow = readFileSync(join(KIT_ROOT, ".github", "workflows", "classroom.yml"), "utf8");
    expect(workflow).toContain("npm ci");
    expect(workflow).toContain("npm run grade:classroom");
    const id = /id:\s*([\w-]+)\s*\n\s*run:\s*npm run grade:classroom/.exec(workflow)?.[1];
    expect(id, "the grading step has an id").toBeDefined();
    expect(workflow).toContain(`${id!.toUpperCase()}_RESULTS: "\${{ steps.${id}.outputs.result }}"`);
    expect(workflow).toMatch(new RegExp(`runners:\\s*${id}\\s*$`, "m"));
    expect(workflow).toContain("classroom-resources/autograding-grading-reporter@v1");
  });
});
