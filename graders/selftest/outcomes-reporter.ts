// Writes every test's outcome, with the note of a test that skipped itself, to the JSON file
// LAB_OUTCOMES names: the self-tests that run other self-tests read it (Vitest's JSON reporter
// drops skip notes).
import { writeFileSync } from "node:fs";
import type { Reporter, TestModule } from "vitest/node";

export interface Outcome {
  name: string;
  state: "passed" | "failed" | "skipped" | "pending";
  /** "skip" when the run filtered it out (-t) or it is marked skip; "run" when it ran, even if it skipped itself. */
  mode: string;
  note?: string;
  errors: string[];
}

export default class OutcomesReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const file = process.env.LAB_OUTCOMES;
    if (!file) return;
    const outcomes: Outcome[] = [];
    for (const module of testModules) {
      if (module.state() === "failed" && [...module.children.allTests()].length === 0) {
        outcomes.push({ name: module.moduleId, state: "failed", mode: "run", errors: (module.errors() ?? []).map((error) => error.message) });
      }
      for (const test of module.children.allTests()) {
        const result = test.result();
        outcomes.push({
          name: test.fullName,
          state: result.state,
          mode: test.options.mode,
          note: result.state === "skipped" ? result.note : undefined,
          errors: (result.errors ?? []).map((error) => `${error.message}\n${(error.stack ?? "").slice(0, 1_000)}`),
        });
      }
    }
    writeFileSync(file, JSON.stringify(outcomes, null, 1));
  }
}
