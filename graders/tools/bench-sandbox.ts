// Figures, not tests: what the OS sandbox (graders/harness/sandbox.ts) costs. Starts a small
// program N times inside the sandbox and N times without it, interleaved so both see the same
// machine, and prints the median start-to-exit time of each and their difference; then, with
// --batch, grades a small class twice (sandboxed workers and programs, then neither).
//
//   npx tsx graders/tools/bench-sandbox.ts              20 launches each
//   npx tsx graders/tools/bench-sandbox.ts --batch      and a class of 6 for exercise 03
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { CheckContext } from "../harness/check.ts";
import { detectSandbox, useSandboxInThisProcess } from "../harness/sandbox.ts";
import { KIT_ROOT } from "../harness/static.ts";

const { values } = parseArgs({ options: { count: { type: "string", default: "20" }, batch: { type: "boolean", default: false } } });
const count = Number(values.count);
if (!(await detectSandbox())) {
  console.error("No OS sandbox here (bwrap missing, or not Linux): nothing to measure.");
  process.exit(2);
}
const scratch = mkdtempSync(join(tmpdir(), "app-layer-lab-bench-sandbox-"));
process.once("exit", () => rmSync(scratch, { recursive: true, force: true }));
const folder = join(scratch, "99-hello");
mkdirSync(folder);
writeFileSync(join(folder, "hello.ts"), 'import { createServer } from "node:net";\nconst server = createServer().listen(0, "127.0.0.1", () => { console.log("listening"); server.close(); });\n');

async function launchOnce(sandboxed: boolean): Promise<number> {
  await useSandboxInThisProcess(sandboxed);
  const check = new CheckContext(folder);
  const started = performance.now();
  const program = await check.launch("hello.ts");
  await program.waitForExit();
  const ms = performance.now() - started;
  await check.cleanup();
  if (program.exit?.code !== 0) throw new Error(`the program failed: ${program.output}`);
  return ms;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
await launchOnce(true); // compiles once, warms the caches
await launchOnce(false);
const times = { sandboxed: [] as number[], plain: [] as number[] };
for (let round = 0; round < count; round++) {
  times.sandboxed.push(await launchOnce(true));
  times.plain.push(await launchOnce(false));
}
const sandboxed = median(times.sandboxed);
const plain = median(times.plain);
console.log(`program start to exit, median of ${count}: sandboxed ${sandboxed.toFixed(0)} ms, plain ${plain.toFixed(0)} ms: the sandbox costs ${(sandboxed - plain).toFixed(0)} ms per program (×${(sandboxed / plain).toFixed(2)})`);

if (values.batch) {
  const { gradeBatch } = await import("../frontends/batch/batch.ts");
  const submissions = join(scratch, "submissions");
  for (let index = 0; index < 6; index++) cpSync(join(KIT_ROOT, index % 2 ? "exercises" : "solutions", "03-tcp-client"), join(submissions, `student-${index}`, "03-tcp-client"), { recursive: true });
  for (const mode of ["on", "off"] as const) {
    process.env.LAB_SANDBOX = mode === "on" ? "" : "off";
    process.env.LAB_WORKER_SANDBOX = mode === "on" ? "" : "off";
    await useSandboxInThisProcess(mode === "on");
    const started = performance.now();
    await gradeBatch({ submissions, out: join(scratch, `report-${mode}`), exercises: ["03"], jobs: 2, quiet: true });
    const seconds = (performance.now() - started) / 1000;
    console.log(`batch of 6 for exercise 03, sandbox ${mode}: ${seconds.toFixed(1)} s (${((6 / seconds) * 60).toFixed(0)} a minute)`);
  }
}
