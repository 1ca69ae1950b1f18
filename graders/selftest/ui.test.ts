// The browser UI, seen by a real headless Chromium: `npm run ui` must show exercise 05's checks
// and a failed check's feedback with its transcript, line breaks kept and no raw ANSI codes, and
// the failing conversation drawn as a picture; an untouched exercise shows as not started, not
// failed. Mermaid's own parser, in the same browser, reads every diagram the kit writes into feedback files and every diagram of the lessons.
// Skipped, with a note, on a machine without Chromium; CI installs Debian's chromium, and
// Mermaid into graders/selftest/browser/ (npm ci --prefix graders/selftest/browser).
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
import { expect, test } from "vitest";
import { checksFor } from "../checks/index.ts";
import { VARIANTS } from "../fixtures/index.ts";
import { DEADLINES, pollUntil } from "../harness/deadline.ts";
import { StudentProcess } from "../harness/launch.ts";
import { KIT_ROOT } from "../harness/static.ts";
import { Transcript } from "../harness/transcript.ts";
import { materialise } from "../harness/variants.ts";
import { findExercise } from "../manifest.ts";
import { GOLDENS_FOLDER } from "../tools/diagram-goldens.ts";
import { materialiseSkeletons } from "../tools/skeletons.ts";
import { killProcessesMentioning, processesMentioning } from "./processes.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));
const MERMAID = join(KIT_ROOT, "graders", "selftest", "browser", "node_modules", "mermaid", "dist", "mermaid.min.js");
const BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** Every Mermaid diagram the kit shows: the golden feedback diagrams, and the lessons' own. */
function mermaidSources(): { where: string; source: string }[] {
  const files = [
    ...readdirSync(GOLDENS_FOLDER).filter((name) => name.endsWith(".md")).map((name) => join(GOLDENS_FOLDER, name)),
    ...["lessons", join("lessons", "ko")].flatMap((folder) => readdirSync(join(KIT_ROOT, folder)).filter((name) => name.endsWith(".md")).map((name) => join(KIT_ROOT, folder, name))),
  ];
  return files.flatMap((file) => [...readFileSync(file, "utf8").matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((match) => ({ where: file, source: match[1]! })));
}

test.skipIf(!CHROMIUM || !existsSync(MERMAID))("Mermaid's own parser, in headless Chromium, reads every feedback and lesson diagram", async () => {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: BROWSER_ARGS });
  try {
    const page = await browser.newPage();
    await page.setContent("<!doctype html><title>mermaid</title>");
    await page.addScriptTag({ path: MERMAID });
    // A broken diagram among them proves the parser really reports what it cannot read.
    const canary = { where: "canary", source: "sequenceDiagram\n    A->>: a message to nobody" };
    const sources = [...mermaidSources(), canary];
    expect(sources.length).toBeGreaterThan(10);
    const problems = await page.evaluate(async (diagrams) => {
      const mermaid = (globalThis as unknown as { mermaid: { initialize(options: object): void; parse(text: string): Promise<unknown>; render(id: string, text: string): Promise<{ svg: string }> } }).mermaid;
      mermaid.initialize({ startOnLoad: false });
      const found: string[] = [];
      for (const [index, { where, source }] of diagrams.entries()) {
        try {
          await mermaid.parse(source);
          const { svg } = await mermaid.render(`d${index}`, source);
          if (!svg.includes("<svg")) found.push(`${where}: rendered no SVG`);
        } catch (error) {
          found.push(`${where}: ${String(error)}\n${source}`);
        }
      }
      return found;
    }, sources);
    expect(problems.filter((problem) => !problem.startsWith("canary:"))).toEqual([]);
    expect(problems.filter((problem) => problem.startsWith("canary:")), "Mermaid accepted a broken diagram").toHaveLength(1);
  } finally {
    await browser.close();
  }
});

test.runIf(Boolean(CHROMIUM) && !existsSync(MERMAID))("Mermaid's parser check is skipped: Mermaid is not installed for the browser checks", () => {
  console.warn("Skipping the Mermaid parser check: run npm ci --prefix graders/selftest/browser (CI does).");
});

/**
 * Runs `fn` against the UI of a real `npm run ui exercises/05` (through the launcher) on `tree`,
 * in headless Chromium, then stops the UI as Ctrl-C would and requires that no student program
 * outlives it.
 */
async function withUi(tree: string, fn: (page: Page) => Promise<void>): Promise<void> {
  const launcher = join(KIT_ROOT, "graders", "frontends", "launcher.mjs");
  const ui = new StudentProcess(
    process.execPath,
    [launcher, "--watch", "exercises/05", "--ui", "--open=false", "--api.host", "127.0.0.1"],
    new Transcript(),
    { ...process.env, LAB_TARGET: tree, NO_COLOR: "1", CI: "true" },
    "npm run ui",
  );
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: BROWSER_ARGS });
  try {
    const started = await ui.waitForLine(/UI started at (http:\/\/127\.0\.0\.1:\d+\/__vitest__\/)/, "the UI to start", 60_000);
    expect(started, ui.output).toBeDefined();
    const page = await browser.newPage();
    await page.goto(started![1]!);
    await fn(page);
  } finally {
    await browser.close();
    // As Ctrl-C would: Vitest stops its worker, which must stop the student programs it started.
    await ui.kill({ gently: true });
  }
  try {
    // Every program started from the graded tree names it on its command line.
    await pollUntil(DEADLINES.kill, "the UI's student programs to be gone", () => (processesMentioning(tree).length === 0 ? true : undefined)).catch(() => undefined);
    expect(processesMentioning(tree), "student programs outlived the UI").toEqual([]);
  } finally {
    killProcessesMentioning(tree);
  }
}

test.skipIf(!CHROMIUM)("npm run ui shows exercise 05's checks and a failure transcript in headless Chromium", async () => {
  const exercise = findExercise("05");
  // A server bug, so the failure has a conversation on the wire to show.
  const variant = VARIANTS["05"]!.find((candidate) => candidate.caughtBy === "server-echoes-coalesced-frames")!;
  const title = checksFor("05").find((check) => check.id === variant.caughtBy)!.title;
  const scratch = mkdtempSync(join(tmpdir(), "app-layer-lab-ui-"));
  const buggy = materialise(variant, join(KIT_ROOT, "solutions", exercise.slug));
  cpSync(buggy.directory, join(scratch, exercise.slug), { recursive: true });
  buggy.remove();
  try {
    await withUi(scratch, async (page) => {
      const failing = page.getByText(title, { exact: false }).first();
      await failing.waitFor({ timeout: 60_000 });
      // Its result first (a failure waits for the type check, after every check has ended).
      await page.getByText("FAIL (1)").waitFor({ timeout: 60_000 });
      await failing.click();
      const report = page.getByText("What happened, in order:");
      await report.waitFor({ timeout: DEADLINES.reply });
      const text = await page.locator("body").innerText();
      expect(text).toContain("The check failed after these steps:");
      expect(text).toMatch(/reference peer → your program|your program → reference peer/);
      expect(text).toContain("Hint:");
      // Line breaks kept: the steps are on lines of their own, not run together.
      expect(text).toMatch(/The check failed after these steps:\n\s*[✓✗]/);
      expect(text).not.toMatch(/\u001b\[|\[\d{1,2}m/);
      // The failing conversation, drawn: an SVG picture attached to the failed check.
      const picture = page.locator('img[src^="data:image/svg+xml"]').first();
      await picture.waitFor({ timeout: DEADLINES.reply });
      const drawn = await picture.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 200 && decodeURIComponent(image.src).includes("your program"));
      expect(drawn, "the diagram picture did not load").toBe(true);
      const screenshot = join(scratch, "failing-check.png");
      await picture.scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshot, fullPage: true });
      expect(statSync(screenshot).size).toBeGreaterThan(10_000);
      if (process.env.KEEP_UI_SCREENSHOT) cpSync(screenshot, process.env.KEEP_UI_SCREENSHOT);
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});

// A first `npm run ui` on the untouched skeleton: no check is a failure, each says "not started"
// with its whole note (the UI once cut it to "Start wit").
test.skipIf(!CHROMIUM)("npm run ui shows an untouched exercise 05 as not started, with no failure", async () => {
  const exercise = findExercise("05");
  const skeleton = materialiseSkeletons([exercise]);
  const checks = checksFor("05");
  try {
    await withUi(skeleton.root, async (page) => {
      const check = page.getByText(checks[0]!.title, { exact: false }).first();
      await check.waitFor({ timeout: 60_000 });
      // The dashboard's counts, once every check has its result.
      await page.waitForFunction((count) => new RegExp(`\\b${count}\\s*\\n\\s*Skip\\b`).test(document.body.innerText), checks.length, { timeout: 60_000 });
      const dashboard = await page.locator("body").innerText();
      expect(dashboard).toContain("FAIL (0)");
      expect(dashboard).toMatch(/\b0\s*\n\s*Fail\b/);
      expect(dashboard).toMatch(new RegExp(`\\b${checks.length}\\s*\\n\\s*Skip\\b`));
      await check.click();
      await page.getByText("Test Annotations").waitFor({ timeout: DEADLINES.reply });
      const report = await page.locator("body").innerText();
      expect(report).toMatch(/not started\s*\n\s*Not started yet: write `encodeFrame` in .*framing\.ts\. Start with lessons\/05-framing\.md\./);
      expect(report).not.toContain("FAILED:");
    });
  } finally {
    skeleton.remove();
  }
});

test.runIf(!CHROMIUM)("the browser UI check is skipped: Chromium is not installed", () => {
  console.warn("Skipping the UI smoke test: no Chromium found (set CHROMIUM_PATH, or apt-get install chromium).");
});
