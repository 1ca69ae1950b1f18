// A check result as text a beginner can act on: what was expected, what happened, the steps
// that led there, the conversation on the wire, the program's own output, and a hint.
import { displayWidth, showDifference } from "../harness/bytes.ts";
import { formatTranscript } from "../harness/transcript.ts";
import type { CheckResult } from "../harness/types.ts";
import { localLesson, t } from "../i18n/index.ts";

export interface FeedbackExtras {
  /** TypeScript's errors in the student's files (harness/typecheck.ts): a first clue, never a verdict. */
  typeErrors?: string[];
}

export function formatFeedback(check: CheckResult, extras: FeedbackExtras = {}): string {
  const parts: string[] = [];
  if (check.status === "not-started") {
    parts.push(t("NOT STARTED: {message}", { message: check.message }));
    return parts.join("\n");
  }
  // Not run because of a compile error that another check tells: its message says where.
  if (check.notRunBecauseOf) return check.message;
  parts.push(check.status === "error" ? t("GRADER ERROR: {message}", { message: check.message }) : t("FAILED: {message}", { message: check.message }));
  if (extras.typeErrors && extras.typeErrors.length > 0) {
    parts.push(
      "",
      t("First, TypeScript finds type errors in your files. They do not fail a check by themselves (your code runs without a type check), but they often point at the bug:"),
      ...extras.typeErrors.map((line) => `  ${line}`),
    );
  }
  if (check.mismatch) parts.push("", showDifference(check.mismatch.expected, check.mismatch.observed));
  if (check.steps.length > 0) {
    parts.push("", t("The check failed after these steps:"));
    for (const step of check.steps) parts.push(`  ${step.ok ? "✓" : "✗"} ${step.kind === "expectation" ? t("expect: ") : ""}${step.description}`);
  }
  if (check.transcript.length > 0) parts.push("", t("What happened, in order:"), formatTranscript(check.transcript));
  if (check.hint) parts.push("", wrap(t("Hint: {hint}", { hint: check.hint.text })), t("Read more: {lesson}", { lesson: localLesson(check.hint.lesson) }));
  return parts.join("\n");
}

/** Wraps prose at about 100 columns (a Korean character takes two) so it reads well in a terminal and in the browser UI. */
function wrap(text: string, width = 100): string {
  return text
    .split("\n")
    .map((paragraph) => {
      const lines: string[] = [];
      let line = "";
      for (const word of paragraph.split(" ")) {
        if (line && displayWidth(line) + displayWidth(word) + 1 > width) {
          lines.push(line);
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      return [...lines, line].join("\n");
    })
    .join("\n");
}
