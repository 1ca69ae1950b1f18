// Ends every run with one plain line, `N passed, N failed` (then not started, not run and
// skipped, when any), which CI and people read more easily than Vitest's coloured summary.
// A check not started or not run is shown by Vitest as skipped (frontends/vitest.ts), so the
// run would exit 0: it exits 1 instead, since an exercise is done only when every check passes.
import type { Reporter, TestModule } from "vitest/node";
import { t } from "../i18n/index.ts";
import type { SkippedCheck } from "./vitest.ts";

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, notStarted: 0, notRun: 0, skipped: 0 };
    /** Where to begin: the note of the first check not started (Vitest lists skipped tests only in a terminal). */
    let start: string | undefined;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const result = test.result();
        const check: SkippedCheck | undefined = test.meta().check;
        if (result.state === "passed") counts.passed++;
        else if (result.state === "failed") counts.failed++;
        else if (check === "not-started") {
          counts.notStarted++;
          if (result.state === "skipped") start ??= result.note;
        }
        else if (check === "not-run") counts.notRun++;
        else counts.skipped++;
      }
      // A file that cannot even load counts as a failure, not as nothing.
      if (module.state() === "failed" && [...module.children.allTests()].length === 0) counts.failed++;
    }
    const parts = [t("{count} passed", { count: counts.passed }), t("{count} failed", { count: counts.failed })];
    if (counts.notStarted > 0) parts.push(t("{count} not started", { count: counts.notStarted }));
    if (counts.notRun > 0) parts.push(t("{count} not run", { count: counts.notRun }));
    if (counts.skipped > 0) parts.push(t("{count} skipped", { count: counts.skipped }));
    process.stdout.write(`\n${start && counts.passed + counts.failed === 0 ? `${start}\n` : ""}${parts.join(", ")}\n`);
    if (counts.notStarted + counts.notRun > 0) process.exitCode = 1;
  }
}
