// Every student-facing message goes through t(). The English text written beside the code is
// the message's key; ko.ts gives the Korean for each key. LAB_LANG=ko (or a Korean system
// locale) switches the language. `npm run messages` lists every key in en.ts, and the
// self-test checks that both catalogs hold every one.
import { ko } from "./ko.ts";

export type Language = "en" | "ko";

/**
 * LAB_LANG first (LAB_LANG=en forces English), then the POSIX locale variables, then the
 * system locale Node reports: Windows has no LANG, yet a Korean Windows says "ko-KR" there.
 */
export function currentLanguage(env: NodeJS.ProcessEnv = process.env, systemLocale: () => string = intlLocale): Language {
  let chosen = env.LAB_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  // "C" and "POSIX" say nothing about a language, only that none was chosen.
  if (/^(c|posix)([._@]|$)/i.test(chosen) || chosen === "") chosen = systemLocale();
  return chosen.toLowerCase().startsWith("ko") ? "ko" : "en";
}

/** Asked once: building a DateTimeFormat is slow, and t() asks for every message. */
let systemLocale: string | undefined;
function intlLocale(): string {
  try {
    systemLocale ??= Intl.DateTimeFormat().resolvedOptions().locale;
  } catch {
    systemLocale = "";
  }
  return systemLocale;
}

/**
 * A lesson path (or text holding some) in the learner's language: lessons/03-tcp-client.md#x
 * becomes lessons/ko/03-tcp-client.md#x in Korean. The Korean lessons keep the English anchors.
 */
export function localLesson(text: string): string {
  return currentLanguage() === "ko" ? text.replace(/\blessons\/(?!ko\/)/g, "lessons/ko/") : text;
}

/** Fills `{name}` placeholders from `values`. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The message `english` in the learner's language, with its placeholders filled. */
export function t(english: string, values: Record<string, string | number> = {}): string {
  const template = currentLanguage() === "ko" ? (ko[english] ?? english) : english;
  return fill(template, values);
}

/**
 * Translates text whose key the catalog learns another way (the manifest's titles and hints,
 * which `npm run messages` reads from the manifest itself). Graders use t() with a literal.
 */
export function translateManifestText(english: string): string {
  return t(english);
}
