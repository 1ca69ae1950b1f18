// GitHub Classroom's autograding result, version 1: what a grading step hands to
// classroom-resources/autograding-grading-reporter (base64-encoded, as the step output
// `result`). The reporter adds up each test's `score` against `max_score` and fails the run
// when `status` is "fail" or "error".
import type { ExerciseSpec } from "../../manifest.ts";
import { formatFeedback } from "../feedback.ts";
import type { CheckResult } from "../../harness/types.ts";

export interface AutogradingTest {
  name: string;
  status: "pass" | "fail" | "error";
  score: number;
  max_score: number;
  message: string;
  test_code: string;
  filename: string;
  line_no: number;
  execution_time: string;
}

export interface AutogradingResult {
  version: 1;
  status: "pass" | "fail" | "error";
  max_score: number;
  tests: AutogradingTest[];
}

/** A message longer than this is cut: the whole result travels in one step output. */
const MAX_MESSAGE = 4_000;

function cut(text: string, command: string): string {
  return text.length <= MAX_MESSAGE ? text : `${text.slice(0, MAX_MESSAGE)}\n… (cut here; run ${command} to see all of it)`;
}

function statusOf(result: CheckResult): AutogradingTest["status"] {
  return result.status === "passed" ? "pass" : result.status === "error" ? "error" : "fail";
}

export function autogradingTests(exercise: ExerciseSpec, results: CheckResult[]): AutogradingTest[] {
  const command = `npm test exercises/${exercise.number}`;
  const file = Object.keys(exercise.files)[0];
  return results.map((result) => ({
    name: `${exercise.number} ${result.title}`,
    status: statusOf(result),
    score: result.status === "passed" ? result.points : 0,
    max_score: result.points,
    message: result.status === "passed" ? "" : cut(formatFeedback(result), command),
    test_code: command,
    filename: file ? `exercises/${exercise.slug}/${file}` : `exercises/${exercise.slug}`,
    line_no: 0,
    execution_time: `${(result.durationMs / 1000).toFixed(2)}s`,
  }));
}

export function autogradingResult(tests: AutogradingTest[]): AutogradingResult {
  const status = tests.some((test) => test.status === "error") ? "error" : tests.some((test) => test.status === "fail") ? "fail" : "pass";
  return { version: 1, status, max_score: tests.reduce((sum, test) => sum + test.max_score, 0), tests };
}

/** The form the reporter reads from `<RUNNER>_RESULTS`. */
export function encodeForReporter(result: AutogradingResult): string {
  return Buffer.from(JSON.stringify(result), "utf8").toString("base64");
}
