// Results survive the run that produced them: each exercise of each submission is stored the
// moment it is graded, under the submission's content hash and the version of the kit that
// graded it. A rerun (or a run after Ctrl-C) grades only what is new or changed; a change to an
// exercise's grader grades that exercise again, and only that one.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { KIT_ROOT } from "../../harness/static.ts";
import { currentLanguage } from "../../i18n/index.ts";
import type { ExerciseSpec } from "../../manifest.ts";
import type { ExerciseGrade } from "./types.ts";

/** Bump when the stored form (ExerciseGrade) changes. */
const STORE_FORMAT = "1";
const GRADERS = join(KIT_ROOT, "graders");
/** Not followed: they list every exercise; the exercise's own entry is hashed instead. */
const SHARED_LISTS = new Set(["checks/index.ts", "manifest.ts", "fixtures/index.ts"].map((file) => join(GRADERS, file)));

/** Relative imports, and .ts files named in strings (programs a grader starts by path). */
function references(file: string, text: string): string[] {
  const found: string[] = [];
  for (const [, specifier] of text.matchAll(/(?:from\s*|import\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g)) found.push(resolve(dirname(file), specifier!));
  for (const [, name] of text.matchAll(/["'`]([\w.-]+\.ts)["'`]/g)) found.push(resolve(dirname(file), name!));
  return found;
}

/** Every kit file that `entries` depend on, sorted: their imports, transitively. */
export function closure(entries: string[], language: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file) || SHARED_LISTS.has(file) || !file.startsWith(GRADERS) || !existsSync(file)) return;
    // The Korean catalog only matters to a Korean run.
    if (file === join(GRADERS, "i18n", "ko.ts") && language !== "ko") return;
    seen.add(file);
    for (const next of references(file, readFileSync(file, "utf8"))) visit(next);
  };
  entries.forEach(visit);
  return [...seen].sort();
}

/**
 * A short hash of everything that grades `exercise`: its grader and probes with what they
 * import (harness, peers), the worker that runs them, its manifest entry, the installed
 * packages, and the language of the feedback.
 */
export function exerciseVersion(exercise: ExerciseSpec, language: string = currentLanguage()): string {
  const hash = createHash("sha256").update(`${STORE_FORMAT}\0${language}\0${JSON.stringify(exercise)}\0`);
  const probes = existsSync(join(GRADERS, "probes")) ? readdirSync(join(GRADERS, "probes")).filter((name) => name.startsWith(`${exercise.number}-`)) : [];
  const entries = [
    join(GRADERS, "checks", `${exercise.slug}.ts`),
    join(GRADERS, "frontends", "batch", "worker.ts"),
    ...probes.map((name) => join(GRADERS, "probes", name)),
  ];
  for (const file of [...closure(entries, language), join(KIT_ROOT, "package-lock.json")]) {
    if (existsSync(file)) hash.update(relative(KIT_ROOT, file).split("\\").join("/")).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

export class ResultStore {
  private readonly versions: Map<string, string>;

  constructor(
    private readonly out: string,
    exercises: ExerciseSpec[],
  ) {
    this.versions = new Map(exercises.map((exercise) => [exercise.number, exerciseVersion(exercise)]));
  }

  /** One version for the run: what the reports say graded them. */
  get kitVersion(): Record<string, string> {
    return Object.fromEntries(this.versions);
  }

  private folder(exercise: string): string {
    return join(this.out, ".cache", exercise, this.versions.get(exercise) ?? "unknown");
  }

  private path(submissionHash: string, exercise: string): string {
    return join(this.folder(exercise), `${submissionHash.slice(0, 40)}.json`);
  }

  get(submissionHash: string, exercise: string): ExerciseGrade | undefined {
    try {
      const grade = JSON.parse(readFileSync(this.path(submissionHash, exercise), "utf8")) as ExerciseGrade;
      return grade.number === exercise && Array.isArray(grade.checks) ? grade : undefined;
    } catch {
      return undefined; // not stored yet, or cut short by a crash: grade again
    }
  }

  /** Stores atomically: a reader sees the whole result or none of it. */
  put(submissionHash: string, grade: ExerciseGrade): void {
    mkdirSync(this.folder(grade.number), { recursive: true });
    const path = this.path(submissionHash, grade.number);
    const partial = `${path}.${process.pid}.partial`;
    writeFileSync(partial, JSON.stringify(grade));
    renameSync(partial, path);
  }

  /** Removes what older graders of these exercises stored: it will never be read again. */
  forgetOtherVersions(): void {
    for (const [exercise, version] of this.versions) {
      const parent = join(this.out, ".cache", exercise);
      if (!existsSync(parent)) continue;
      for (const name of readdirSync(parent)) if (name !== version) rmSync(join(parent, name), { recursive: true, force: true });
    }
  }
}
