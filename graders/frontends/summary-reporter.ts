// Ends every run with one plain line, `N passed, N failed` (and skipped when any), which CI
// and people read more easily than Vitest's coloured summary.
import type { Reporter, TestModule } from "vitest/node";
import { t } from "../i18n/index.ts";

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") counts.passed++;
        else if (state === "failed") counts.failed++;
        else counts.skipped++;
      }
      // A file that cannot even load counts as a failure, not as nothing.
      if (module.state() === "failed" && [...module.children.allTests()].length === 0) counts.failed++;
    }
    const skipped = counts.skipped > 0 ? t(", {count} skipped", { count: counts.skipped }) : "";
    process.stdout.write(`\n${t("{passed} passed, {failed} failed", { passed: counts.passed, failed: counts.failed })}${skipped}\n`);
  }
}
