// The Korean lessons and the Korean catalog speak with one voice: lessons/ko/glossary.md says
// which word stands for which term, and this test holds them to it, so drift is caught when it
// is written (listen is 리슨, never 수신, which means receive; on the wire is never 선로, a
// railway track; destroy is named one way; the reference peer has one name). It also checks the
// particle after every number (실습 03을, 포트 9999를, 코드 1로) against how the number is read, and
// that no message puts a bare particle after a placeholder whose value it cannot know.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { KIT_ROOT } from "../harness/static.ts";
import { escapeRegExp } from "../harness/text.ts";
import { ko } from "../i18n/ko.ts";

const KOREAN_LESSONS = join(KIT_ROOT, "lessons", "ko");
const GLOSSARY = join(KOREAN_LESSONS, "glossary.md");

interface Term {
  english: string;
  korean: string;
  avoid: string[];
  enforced: boolean;
}

/** The rows of the glossary's table of terms. */
function glossary(): Term[] {
  const text = readFileSync(GLOSSARY, "utf8");
  const table = text.slice(text.indexOf("## 용어"), text.indexOf("## 숫자 뒤의 조사"));
  return table
    .split("\n")
    .filter((line) => line.startsWith("| ") && !line.startsWith("| 영어") && !line.startsWith("|---"))
    .map((line) => {
      const [english, korean, avoid, enforced] = line.split("|").slice(1, 5).map((cell) => cell.trim());
      return {
        english: english!,
        korean: /\*\*(.+?)\*\*/.exec(korean!)?.[1] ?? korean!,
        avoid: avoid!.split(",").map((word) => word.trim()).filter((word) => word !== ""),
        enforced: enforced === "예",
      };
    });
}

/** Every Korean text a learner reads: each lesson line (with where it is) and each catalog message. */
function koreanTexts(): { where: string; text: string; english?: string }[] {
  const texts: { where: string; text: string; english?: string }[] = [];
  for (const file of readdirSync(KOREAN_LESSONS).filter((name) => name.endsWith(".md") && name !== "glossary.md").sort()) {
    readFileSync(join(KOREAN_LESSONS, file), "utf8")
      .split("\n")
      .forEach((line, index) => texts.push({ where: `lessons/ko/${file}:${index + 1}`, text: line }));
  }
  for (const [english, korean] of Object.entries(ko)) texts.push({ where: `graders/i18n/ko.ts: ${JSON.stringify(english).slice(0, 70)}`, text: korean, english });
  return texts;
}

/** The Korean particle pairs, (after a consonant, after a vowel); 로 also follows ㄹ. */
const PARTICLES: [consonant: string, vowel: string][] = [
  ["을", "를"],
  ["은", "는"],
  ["이", "가"],
  ["과", "와"],
  ["으로", "로"],
];

/** How the number ends when read in Sino-Korean: after ㄹ (일, 칠, 팔), after another consonant, or after a vowel. */
function ending(number: string): "rieul" | "consonant" | "vowel" {
  const last = number.at(-1)!;
  if ("178".includes(last)) return "rieul";
  if ("2459".includes(last)) return "vowel";
  return "consonant"; // 3 삼, 6 육, and 0: 영, 십, 백, 천, 만
}

function rightParticle(number: string, particle: string): string {
  const pair = PARTICLES.find((candidate) => candidate.includes(particle))!;
  const end = ending(number);
  if (pair[0] === "으로") return end === "consonant" ? "으로" : "로";
  return end === "vowel" ? pair[1] : pair[0];
}

// A number standing alone (not inside a name such as IPv6, UTF-8, HTTP/1.1 or Python 3), maybe
// closed by a backtick or a quote, then a particle that ends the word.
const NUMBER_AND_PARTICLE = /(?<![A-Za-z][-. ]?)(?<![\d.,_/])(\d[\d.,]*\d|\d)([`"']?)(으로|로|을|를|은|는|이|가|과|와)(?![\p{Script=Hangul}(])/gu;

describe("lessons/ko/glossary.md", () => {
  const terms = glossary();

  test("lists the terms the lessons and catalogs use, each with one Korean word", () => {
    const english = terms.map((term) => term.english);
    for (const needed of ["listen", "accept", "connect", "bind", "socket", "port", "process", "reset", "half-close", "FIN", "backpressure", "frame", "payload", "chunk", "buffer", "on the wire", "destroy", "reference peer", "grader", "check"]) {
      expect(english, needed).toContain(needed);
    }
    expect(new Set(english).size).toBe(english.length);
    for (const term of terms) expect(term.korean, term.english).not.toBe("");
    expect(terms.find((term) => term.english === "listen")).toMatchObject({ korean: "리슨", avoid: expect.arrayContaining(["수신"]) });
    expect(terms.find((term) => term.english === "on the wire")?.avoid).toContain("선로");
  });

  test("no Korean lesson or message uses a word the glossary rules out", () => {
    const found = koreanTexts().flatMap(({ where, text }) => terms.flatMap((term) => term.avoid.filter((word) => text.includes(word)).map((word) => `${where}: "${word}" (use ${term.korean} for ${term.english})`)));
    expect(found).toEqual([]);
  });

  test("every Korean message says a term the way the glossary does, where the English says it", () => {
    const mismatches: string[] = [];
    for (const { where, text, english } of koreanTexts()) {
      if (english === undefined) continue;
      // Program output, code, paths, placeholders and options quoted in the message ("listening
      // on …", socket.end(), exercises/{slug}, --reset) stay as they are; "listen for an event" is
      // another sense of listen.
      const prose = english
        .replace(/"[^"]*"|`[^`]*`|listening on HOST:PORT|npm (run|test) \S+/g, "")
        .replace(/\S*[./(){}_:]\S*|(?<!\S)-\S*/g, "")
        .replace(/\blisten for\b|\bstill listening\b/gi, "");
      for (const term of terms.filter((candidate) => candidate.enforced)) {
        const word = escapeRegExp(term.english);
        // An abbreviation (FIN) only in capitals; a word also in its other forms (listens, listening).
        const pattern = term.english === term.english.toUpperCase() ? new RegExp(`\\b${word}\\b`) : new RegExp(`\\b${word}(s|es|ed|ing|ening|ens)?\\b`, "i");
        // A word kept as the name it is (the folder exercises/) is not a translation to check.
        const found = pattern.exec(prose)?.[0];
        if (found !== undefined && !text.includes(term.korean) && !text.includes(found)) mismatches.push(`${where}: "${term.english}" should be ${term.korean}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  test("the particle after a number fits how the number is read (실습 03을, 포트 9999를, 코드 1로)", () => {
    const wrong: string[] = [];
    for (const { where, text } of koreanTexts()) {
      for (const match of text.matchAll(NUMBER_AND_PARTICLE)) {
        const [whole, number, close, particle] = match;
        const right = rightParticle(number!.replace(/[.,]/g, ""), particle!);
        if (right !== particle) wrong.push(`${where}: ${whole} → ${number}${close}${right}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test("no message puts a bare particle after a placeholder, whose value it cannot know", () => {
    const bare = Object.entries(ko)
      .filter(([, korean]) => /\{\w+\}(으로|로|을|를|은|는|이|가|과|와)(?![\p{Script=Hangul}(])/u.test(korean))
      .map(([english, korean]) => `${english.slice(0, 60)} → ${korean}`);
    expect(bare).toEqual([]);
  });

  test("the particle rule itself: 일 칠 팔 take 로, 삼 육 영 take 으로, 이 사 오 구 take 를", () => {
    expect(["03을", "05를", "9999를", "80으로", "1로", "100은", "255를", "7로", "6이", "2와"].map((text) => {
      const [, number, particle] = /^(\d+)(.+)$/.exec(text)!;
      return `${number}${rightParticle(number!, particle!)}`;
    })).toEqual(["03을", "05를", "9999를", "80으로", "1로", "100은", "255를", "7로", "6이", "2와"]);
    expect(rightParticle("3", "로")).toBe("으로");
    expect(rightParticle("4", "이")).toBe("가");
  });

  test("the Korean catalog points its translators at the glossary", () => {
    expect(readFileSync(join(KIT_ROOT, "graders", "i18n", "ko.ts"), "utf8").split("\n").slice(0, 12).join("\n")).toContain("lessons/ko/glossary.md");
  });
});
