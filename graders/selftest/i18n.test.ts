// Every student-facing message in Korean too: the English catalog is what `npm run messages`
// writes, the Korean catalog has every key (with the same placeholders) and nothing else, and a
// real `vitest run` of exercise 05 on a buggy variant speaks Korean with LAB_LANG=ko and English
// with LAB_LANG=en.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, test, vi } from "vitest";
import { VARIANTS } from "../fixtures/index.ts";
import { renderFeedback } from "../frontends/batch/feedback-file.ts";
import { renderSummary } from "../frontends/batch/summary.ts";
import { TROUBLE_HINTS, TROUBLESHOOTING } from "../harness/hints.ts";
import { KIT_ROOT } from "../harness/static.ts";
import { readText } from "../harness/text.ts";
import { materialise } from "../harness/variants.ts";
import { en } from "../i18n/en.ts";
import { currentLanguage, localLesson } from "../i18n/index.ts";
import { ko } from "../i18n/ko.ts";
import { EXERCISES, findExercise, lessonPath } from "../manifest.ts";
import { extractMessages, placeholders, renderCatalog } from "../tools/messages.ts";

const run = promisify(execFile);
const unique = (text: string) => [...new Set(placeholders(text))];

describe("the message catalogs", () => {
  test("en.ts is exactly what npm run messages writes, and every t() has a literal message", () => {
    const { keys, problems } = extractMessages();
    expect(problems).toEqual([]);
    expect(readText(join(KIT_ROOT, "graders", "i18n", "en.ts")), "run: npm run messages").toBe(renderCatalog(keys));
  });

  test("every English message has a Korean one, with the same placeholders", () => {
    expect(en.filter((key) => !(key in ko)), "add these to graders/i18n/ko.ts").toEqual([]);
    const differing = en.filter((key) => key in ko && unique(key).join() !== unique(ko[key]!).join());
    expect(differing, "placeholders differ").toEqual([]);
    expect(en.filter((key) => key in ko && ko[key]!.trim() === "")).toEqual([]);
  });

  test("the Korean catalog has no message the English one lacks", () => {
    expect(Object.keys(ko).filter((key) => !en.includes(key)), "remove these from graders/i18n/ko.ts").toEqual([]);
  });
});

describe("the learner's language", () => {
  test("LAB_LANG first, then LC_ALL, LC_MESSAGES and LANG, then the system locale", () => {
    const korean = () => "ko-KR";
    const english = () => "en-US";
    expect(currentLanguage({ LAB_LANG: "ko" }, english)).toBe("ko");
    expect(currentLanguage({ LAB_LANG: "en", LANG: "ko_KR.UTF-8" }, korean)).toBe("en");
    expect(currentLanguage({ LANG: "ko_KR.UTF-8" }, english)).toBe("ko");
    expect(currentLanguage({ LC_ALL: "en_US.UTF-8", LANG: "ko_KR.UTF-8" }, korean)).toBe("en");
    // Windows has no LANG: the system locale decides. "C" chooses no language either.
    expect(currentLanguage({}, korean)).toBe("ko");
    expect(currentLanguage({ LANG: "C.UTF-8" }, korean)).toBe("ko");
    expect(currentLanguage({}, english)).toBe("en");
  });

  test("in Korean, lesson links point to lessons/ko/, which has every section they link to", () => {
    vi.stubEnv("LAB_LANG", "ko");
    try {
      expect(localLesson("lessons/03-tcp-client.md#x and lessons/troubleshooting.md#reset")).toBe(
        "lessons/ko/03-tcp-client.md#x and lessons/ko/troubleshooting.md#reset",
      );
      expect(localLesson("lessons/ko/03-tcp-client.md")).toBe("lessons/ko/03-tcp-client.md");
    } finally {
      vi.unstubAllEnvs();
    }
    const anchorsOf = (path: string) => new Set([...readText(join(KIT_ROOT, path)).matchAll(/<a (?:id|name)="([^"]+)"/g)].map((match) => match[1]));
    for (const exercise of EXERCISES) {
      const korean = lessonPath(exercise).replace("lessons/", "lessons/ko/");
      expect(existsSync(join(KIT_ROOT, korean)), korean).toBe(true);
      const anchors = anchorsOf(korean);
      for (const [id, check] of Object.entries(exercise.checks)) expect(anchors, `${korean}: ${id} links to #${check.section}`).toContain(check.section);
    }
    const troubleshooting = anchorsOf(TROUBLESHOOTING.replace("lessons/", "lessons/ko/"));
    for (const trouble of Object.keys(TROUBLE_HINTS)) expect(troubleshooting).toContain(trouble);
  });
});

describe("the instructor's reports in Korean", () => {
  test("summary.md and the feedback file under LAB_LANG=ko have no English headings or labels", () => {
    vi.stubEnv("LAB_LANG", "ko");
    try {
      const exercise = findExercise("03");
      const check = { id: "x", title: "t", points: 2, earned: 0, status: "failed" as const, message: "m", steps: [], transcript: [], durationMs: 0 };
      const grade = { number: exercise.number, slug: exercise.slug, points: 0, max: 2, problems: [], checks: [check] };
      const student = { id: "kim", entry: "kim", submissionHash: "h", total: 0, max: 2, problems: [], gradingErrors: [], exercises: [grade], fromCache: false };
      const summary = renderSummary([exercise], [student], ["notes.txt"]);
      for (const heading of ["Grading summary", "Exercises", "Checks", "Most common failures", "Skipped entries"]) expect(summary).toContain(`# ${ko[heading]}`);
      expect(summary).not.toMatch(/\b(submission|Mean|median|full marks|student)\b/);
      expect(renderFeedback(student)).toContain(ko["Total: {total} / {max} points"]!.replace("{total}", "0").replace("{max}", "2"));
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe("npm test exercises/05 on a buggy variant", () => {
  const exercise = findExercise("05");
  const variants = VARIANTS["05"]!;
  // A client bug: only its own check fails, so the run stays short.
  const variant = variants.find((candidate) => candidate.name === "client-takes-a-close-for-success") ?? variants[0]!;
  const hint = exercise.checks[variant.caughtBy]!.hint;
  const root = mkdtempSync(join(tmpdir(), "app-layer-lab-i18n-"));
  const buggy = materialise(variant, join(KIT_ROOT, "solutions", exercise.slug));
  renameSync(buggy.directory, join(root, exercise.slug));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** What a real `npx vitest run --project exercises exercises/05` prints, on one line per paragraph. */
  async function grade(language: "ko" | "en"): Promise<string> {
    const vitest = join(KIT_ROOT, "node_modules", "vitest", "vitest.mjs");
    const env = { ...process.env, LAB_LANG: language, LAB_TARGET: root, NO_COLOR: "1", FORCE_COLOR: "0", CI: "true" };
    const output = await run(process.execPath, [vitest, "run", "--project", "exercises", "exercises/05"], { cwd: KIT_ROOT, env, maxBuffer: 64 * 2 ** 20 }).then(
      ({ stdout, stderr }) => `${stdout}${stderr}`,
      (error: { stdout?: string; stderr?: string }) => `${error.stdout ?? ""}${error.stderr ?? ""}`,
    );
    // Feedback wraps long lines; compare words, not line breaks.
    return output.replace(/\s+/g, " ");
  }

  test.concurrent("LAB_LANG=ko prints the feedback and the hint in Korean, with Korean lesson links", async () => {
    const output = await grade("ko");
    expect(output).toContain("검사는 다음 단계를 거친 뒤 실패했습니다:");
    expect(output).toContain(ko["The check failed after these steps:"]);
    expect(output).toContain(`힌트: `);
    expect(output).toContain(ko[hint]!.replace(/\s+/g, " "));
    expect(output).toContain("lessons/ko/05-framing.md");
    expect(output).not.toContain("The check failed after these steps:");
    // The label Vitest puts before the feedback, and the closing summary line, are Korean too.
    expect(output).toContain(`${ko["Feedback"]}: `);
    expect(output).not.toContain("Feedback: ");
    expect(output).not.toMatch(/\d+ passed, \d+ failed/);
  });

  test.concurrent("LAB_LANG=en prints the same feedback in English", async () => {
    const output = await grade("en");
    expect(output).toContain("The check failed after these steps:");
    expect(output).toContain(`Hint: `);
    expect(output).toContain(hint.replace(/\s+/g, " "));
    expect(output).toContain("lessons/05-framing.md");
    expect(output).not.toMatch(/[가-힣]{2,} [가-힣]{2,} [가-힣]{2,}/u);
  });
});
