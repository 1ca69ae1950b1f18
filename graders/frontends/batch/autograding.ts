// GitHub Classroom's autograding result, version 1: what a grading step hands to
// classroom-resources/autograding-grading-reporter (base64-encoded, as the step output
// `result`). The reporter adds up each test's `score` against `max_score` and fails the run
// when `status` is "fail" or "error".
//
// The reporter receives the result in one environment variable, and Linux (GitHub's runners
// included) refuses to start a program with a variable over 128 KiB ("Argument list too long").
// So the whole result is bounded, not each message: boundForReporter cuts the longest messages
// first, each to the same length, until the encoded result fits.
import type { ExerciseSpec } from "../../manifest.ts";
import { t } from "../../i18n/index.ts";
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

/** The most base64 characters the reporter is handed: half of Linux's 128 KiB cap on one variable. */
export const MAX_ENCODED_RESULT = 64 * 1024;

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
    message: result.status === "passed" ? "" : formatFeedback(result),
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

/** The length of encodeForReporter(result), without building it. */
export function encodedLength(result: AutogradingResult): number {
  return 4 * Math.ceil(Buffer.byteLength(JSON.stringify(result), "utf8") / 3);
}

/** `text` cut to its first `keep` UTF-16 units (never half a surrogate pair), then `notice`. */
function cutMessage(text: string, keep: number, notice: string): string {
  if (text.length <= keep) return text;
  let end = keep;
  const last = text.charCodeAt(end - 1);
  if (end > 0 && last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}${notice}`;
}

/**
 * `result` with every message cut to one common length, the longest that keeps the encoded
 * result within `limit`: a short message stays whole, and no failure crowds out another.
 * Each cut message ends with `where`, which says where the whole feedback is. Scores, names
 * and statuses never change. Throws when even empty messages do not fit.
 */
export function boundForReporter(result: AutogradingResult, where: string, limit = MAX_ENCODED_RESULT): AutogradingResult {
  if (encodedLength(result) <= limit) return result;
  const notice = `\n… ${where}`;
  const withCap = (keep: number): AutogradingResult => ({ ...result, tests: result.tests.map((test) => ({ ...test, message: cutMessage(test.message, keep, notice) })) });
  // Larger caps never make the result smaller except just below a message's own length (the
  // notice is longer than what it replaces), so keep the largest cap seen to fit.
  let best: AutogradingResult | undefined;
  let low = 0;
  let high = Math.max(...result.tests.map((test) => test.message.length));
  while (low <= high) {
    const keep = Math.floor((low + high) / 2);
    const candidate = withCap(keep);
    if (encodedLength(candidate) <= limit) {
      best = candidate;
      low = keep + 1;
    } else high = keep - 1;
  }
  if (best) return best;
  const bare: AutogradingResult = { ...result, tests: result.tests.map((test) => ({ ...test, message: "" })) };
  if (encodedLength(bare) <= limit) return bare;
  throw new Error(t("The result of {count} checks is larger than GitHub's limit of {limit} characters even without messages: grade fewer exercises per workflow run (--exercises).", { count: result.tests.length, limit }));
}
