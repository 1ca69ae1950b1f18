// junit/<id>.xml: one test suite per exercise, one test case per check, for tools that read
// JUnit XML (CI dashboards, LMS plug-ins). A failure carries the same feedback the student gets.
import { findExercise } from "../../manifest.ts";
import { formatFeedback } from "../feedback.ts";
import { loadCheck } from "./serialise.ts";
import type { StoredCheck, StudentGrade } from "./types.ts";

/** Escapes XML text and drops the control characters XML 1.0 cannot hold (a program's ANSI colours, say). */
function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

function testCase(slug: string, check: StoredCheck): string {
  const open = `    <testcase classname="${xml(slug)}" name="${xml(check.title)}" time="${seconds(check.durationMs)}">`;
  if (check.status === "passed") return `${open}</testcase>`;
  const element = check.status === "error" ? "error" : "failure";
  const firstLine = check.message.split("\n")[0] ?? "";
  return [
    open,
    `      <${element} type="${check.status}" message="${xml(firstLine)}">${xml(formatFeedback(loadCheck(check)))}</${element}>`,
    "    </testcase>",
  ].join("\n");
}

export function renderJunit(student: StudentGrade): string {
  const all = student.exercises.flatMap((grade) => grade.checks);
  const count = (checks: StoredCheck[], status: StoredCheck["status"][]) => checks.filter((check) => status.includes(check.status)).length;
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="${xml(student.id)}" tests="${all.length}" failures="${count(all, ["failed", "not-started"])}" errors="${count(all, ["error"])}">`,
  ];
  for (const grade of student.exercises) {
    const time = grade.checks.reduce((sum, check) => sum + check.durationMs, 0);
    const title = findExercise(grade.number).title;
    lines.push(
      `  <testsuite name="${xml(`${grade.number} ${title}`)}" tests="${grade.checks.length}" failures="${count(grade.checks, ["failed", "not-started"])}" errors="${count(grade.checks, ["error"])}" time="${seconds(time)}">`,
      `    <properties><property name="points" value="${grade.points}"/><property name="max" value="${grade.max}"/></properties>`,
      ...grade.checks.map((check) => testCase(grade.slug, check)),
      "  </testsuite>",
    );
  }
  lines.push("</testsuites>", "");
  return lines.join("\n");
}
