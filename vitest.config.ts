import { defineConfig } from "vitest/config";
import { inspectorSignalFlags, keepTheInspectorClosed } from "./graders/harness/guard/grader.ts";

// A student program's SIGUSR1 must not open an inspector in Vitest or its workers (guard/grader.ts).
keepTheInspectorClosed();

/** `npm run ui`: the tests attach the failing conversations as pictures, which only the browser shows. */
const inTheBrowser = process.argv.includes("--ui");

// Two projects: `exercises` grades the student's work (npm test exercises/05), `selftest`
// proves the kit's own graders right (npm run check).
export default defineConfig({
  test: {
    // The graders run student programs as separate processes; a save in exercises/ re-grades.
    forceRerunTriggers: ["**/exercises/**/*.ts", "**/graders/**/*.ts", "**/solutions/**/*.ts"],
    reporters: ["default", "./graders/frontends/summary-reporter.ts"],
    // Keeps the compiled harness and graders between runs, so a re-grade starts sooner.
    experimental: { fsModuleCache: true },
    // Grading mostly waits on sockets and child processes, not on the CPU: run test files and
    // the self-test's buggy variants side by side beyond the core count.
    maxWorkers: 3,
    maxConcurrency: 10,
    execArgv: inspectorSignalFlags(),
    env: inTheBrowser ? { LAB_UI: "1" } : {},
    testTimeout: 120_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: "exercises", include: ["exercises/**/*.test.ts"] } },
      // The self-tests read the graders' English text, whatever the machine's language.
      // Fewer gradings at once than a student's run: the self-test grades seven exercises' variants
      // side by side (06 alone opens 120 clients), and a starved grader must not decide a verdict.
      { extends: true, test: { name: "selftest", include: ["graders/selftest/**/*.test.ts"], env: { LAB_LANG: "en" }, maxConcurrency: 6 } },
    ],
  },
});
