// The self-learner's commands, run as a learner runs them: progress, hints and compare, on a
// temporary copy of the exercises with its own state folder.
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, test } from "vitest";
import { KIT_ROOT } from "../harness/static.ts";
import { EXERCISES, findExercise } from "../manifest.ts";
import { materialiseSkeletons, withoutExerciseSteps } from "../tools/skeletons.ts";

const execute = promisify(execFile);
let scratch: string;
let tree: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "app-layer-lab-self-study-"));
  tree = join(scratch, "exercises");
  // A freshly generated skeleton, not the kit's exercises/: that may hold a student's work.
  const skeleton = materialiseSkeletons();
  cpSync(skeleton.root, tree, { recursive: true });
  skeleton.remove();
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs one of the self-study commands against the temporary tree; never throws on exit codes. */
async function run(command: "progress" | "hint" | "compare", ...args: string[]): Promise<{ code: number; out: string }> {
  const script = join(KIT_ROOT, "graders", "frontends", "self-study", `${command}.ts`);
  const env = { ...process.env, LAB_TARGET: tree, LAB_STATE: join(scratch, "state"), NO_COLOR: "1", FORCE_COLOR: "0" };
  try {
    const { stdout, stderr } = await execute(process.execPath, ["--import", "tsx", script, ...args], { cwd: KIT_ROOT, env });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout + failed.stderr };
  }
}

test("progress lists every exercise as not started and suggests the first; a solved one shows as done", async () => {
  const before = await run("progress");
  for (const exercise of EXERCISES) expect(before.out).toMatch(new RegExp(`^${exercise.number} .*not started`, "m"));
  expect(before.out).toContain(`Next: exercise ${EXERCISES[0]!.number}`);

  const tcpClient = findExercise("03");
  // Solved as a student solves it: their file never had the reference's @exercise steps.
  const solved = withoutExerciseSteps("client.ts", readFileSync(join(KIT_ROOT, "solutions", tcpClient.slug, "client.ts"), "utf8"));
  writeFileSync(join(tree, tcpClient.slug, "client.ts"), `${solved}// My own notes.\n`);
  const after = await run("progress");
  expect(after.out).toMatch(/^03 .*done/m);
  expect(after.out).toMatch(/^01 .*not started/m);

  // 05 half done: what is next is finishing it, not starting 01.
  const framing = findExercise("05");
  cpSync(join(KIT_ROOT, "solutions", framing.slug, "framing.ts"), join(tree, framing.slug, "framing.ts"));
  const half = await run("progress");
  expect(half.out).toMatch(/^05 .*in progress/m);
  expect(half.out).toContain("Next: exercise 05");
}, 300_000); // three whole progress runs

test("hints are revealed one at a time; --all shows every one, --reset starts over", async () => {
  const hints = findExercise("05").hints;
  expect((await run("hint", "05")).out).toContain(`Hint 1 of ${hints.length}`);
  const second = (await run("hint", "05")).out;
  expect(second).toContain(`Hint 2 of ${hints.length}`);
  expect(second).not.toContain(`Hint 3 of`);
  expect((await run("hint", "05", "--all")).out).toContain(`Hint ${hints.length} of ${hints.length}`);
  await run("hint", "05", "--reset");
  const again = (await run("hint", "05")).out;
  expect(again).toContain("Hint 1 of");
  expect(again).not.toContain("Hint 2 of");
  expect((await run("hint", "99")).code).toBe(2);
});

test("compare refuses before the exercise passes, and shows a diff after", async () => {
  const refused = await run("compare", "02");
  expect(refused.code).toBe(1);
  expect(refused.out).toContain("does not pass yet");
  // 03 was solved above: the reference plus a line of the learner's own.
  const shown = await run("compare", "03");
  expect(shown.code).toBe(0);
  expect(shown.out).toMatch(/^-\/\/ My own notes\.$/m);
  // The reference's @exercise steps are not shown as a difference.
  expect(shown.out).not.toContain("@exercise");
  const forced = await run("compare", "02", "--force");
  expect(forced.code).toBe(0);
  expect(forced.out).toMatch(/^@@ /m);
}, 240_000);
