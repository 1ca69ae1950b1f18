// The flake hunt: runs the self-test again and again while both cores are kept busy, and
// counts verdicts that change between runs. The bar is zero.
//
//   npm run soak                  20 runs of `npm run check`, both cores busy
//   npm run soak -- --runs 5      fewer runs
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { KIT_ROOT } from "../harness/static.ts";

const { values } = parseArgs({ options: { runs: { type: "string", default: "20" }, busy: { type: "string", default: String(availableParallelism()) } } });
const runs = Number(values.runs);
const busy = Number(values.busy);
if (!Number.isInteger(runs) || runs < 1 || runs > 200 || !Number.isInteger(busy) || busy < 0 || busy > 64) {
  console.error("usage: npm run soak -- [--runs 1..200] [--busy 0..64]");
  process.exit(2);
}

// Busy loops that stop by themselves after an hour at the latest, and are killed when we end.
const burners: ChildProcess[] = [];
for (let index = 0; index < busy; index++) {
  burners.push(spawn(process.execPath, ["-e", "const end = Date.now() + 3600e3; while (Date.now() < end) {}"], { stdio: "ignore" }));
}
const stopBurners = () => burners.forEach((burner) => burner.kill("SIGKILL"));
process.on("exit", stopBurners);
process.on("SIGINT", () => process.exit(130));

interface JsonReport {
  testResults: { assertionResults: { fullName: string; status: string; failureMessages?: string[] }[] }[];
}

const scratch = mkdtempSync(join(tmpdir(), "app-layer-lab-soak-"));
const vitest = join(KIT_ROOT, "node_modules", "vitest", "vitest.mjs");
let baseline: Map<string, string> | undefined;
let changed = 0;
console.log(`soak: ${runs} runs of the self-test with ${busy} busy loops\n`);
for (let run = 1; run <= runs; run++) {
  const output = join(scratch, `run-${run}.json`);
  const started = performance.now();
  spawnSync(process.execPath, [vitest, "run", "--project", "selftest", "--reporter=json", `--outputFile=${output}`], {
    cwd: KIT_ROOT,
    stdio: "ignore",
    timeout: 600_000,
  });
  const report = JSON.parse(readFileSync(output, "utf8")) as JsonReport;
  const verdicts = new Map(report.testResults.flatMap((file) => file.assertionResults.map((test) => [test.fullName, test.status] as const)));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const failed = [...verdicts.values()].filter((status) => status === "failed").length;
  baseline ??= verdicts;
  const differences = [...verdicts].filter(([name, status]) => baseline!.get(name) !== status);
  changed += differences.length;
  console.log(`run ${String(run).padStart(2)}: ${verdicts.size} tests, ${failed} failed, ${differences.length} changed verdicts, ${seconds} s`);
  for (const [name, status] of differences) console.log(`    ${name}: ${baseline.get(name)} → ${status}`);
  // A flake is found once; keep the story of each failure, or it is lost with the run.
  for (const test of report.testResults.flatMap((file) => file.assertionResults).filter((test) => test.status === "failed")) {
    const story = (test.failureMessages ?? []).join("\n").split("\n").slice(0, 40).join("\n      ");
    console.log(`    failed: ${test.fullName}\n      ${story}`);
  }
}
rmSync(scratch, { recursive: true, force: true });
stopBurners();
console.log(`\n${changed} changed verdicts in ${runs} runs`);
process.exitCode = changed === 0 ? 0 : 1;
