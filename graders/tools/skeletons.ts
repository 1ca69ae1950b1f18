// Generates each exercises/NN-slug/ from solutions/NN-slug/: the single source of truth.
// Every function or method whose doc comment has an `@exercise` tag becomes a stub: its
// signature and doc comment stay, the tag's steps become TODO comments, and its body throws
// the "TODO:" error that the grader reports as "not started".
//
//   npm run skeletons               write exercises/; refuses to replace a file changed since it was written
//   npm run skeletons -- --force    replace those too, after copying each to .lab/backups/
//   npm run skeletons -- --check    fail when an untouched skeleton lags behind its solution
//
// A student's work lives in the files this writes, so it keeps a record of what it wrote:
// graders/skeletons.json, committed with the kit, holds a hash of each generated file. A file
// whose hash is still the recorded one is the generator's and may be replaced; any other is
// someone's work and is never replaced without --force. The record is committed (not kept in
// node_modules/.cache) so that a fresh clone knows what the generator wrote too.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { IndentationText, Node, Project, SyntaxKind } from "ts-morph";
import { isEntryPoint } from "../frontends/entry.ts";
import { KIT_ROOT, STUB_MARKER } from "../harness/static.ts";
import { readText, withLineFeeds } from "../harness/text.ts";
import { t } from "../i18n/index.ts";
import { EXERCISES, lessonPath, type ExerciseSpec } from "../manifest.ts";

/** Where the record of generated files lives, relative to the kit. */
export const RECORD = "graders/skeletons.json";

/** The thin Vitest entry that every exercise folder holds. */
function testEntry(exercise: ExerciseSpec): string {
  return [
    `// Grades this exercise when you run \`npm test exercises/${exercise.number}\`. You do not need to edit this file.`,
    `import { gradeInVitest } from "../../graders/frontends/vitest.ts";`,
    ``,
    `gradeInVitest("${exercise.number}");`,
    ``,
  ].join("\n");
}

function stubSource(path: string, text: string, exercise: ExerciseSpec): string {
  const project = new Project({ useInMemoryFileSystem: true, manipulationSettings: { indentationText: IndentationText.TwoSpaces } });
  const source = project.createSourceFile(path, text);
  const functions = [...source.getDescendantsOfKind(SyntaxKind.FunctionDeclaration), ...source.getDescendantsOfKind(SyntaxKind.MethodDeclaration)];
  // Work from the end of the file, so earlier positions stay valid while bodies are replaced.
  for (const declaration of functions.reverse()) {
    const tag = declaration
      .getJsDocs()
      .flatMap((doc) => doc.getTags())
      .find((candidate) => candidate.getTagName() === "exercise");
    if (!tag || !Node.isBodyable(declaration)) continue;
    const steps = (tag.getCommentText() ?? "").split("\n").map((line) => line.trimEnd());
    const name = declaration.getName() ?? "this function";
    tag.remove();
    declaration.setBodyText((writer) => {
      writer.writeLine(`// TODO: write ${name}. Read ${lessonPath(exercise)} first; these steps get you there:`);
      for (const step of steps) writer.writeLine(step.trim() === "" ? "//" : `//   ${step}`);
      writer.writeLine(`throw new Error("${STUB_MARKER} write ${name} (see ${lessonPath(exercise)})");`);
    });
  }
  return source.getFullText();
}

/** The reference as a student compares it with their work (npm run compare): without the @exercise steps, which their file never had. */
export function withoutExerciseSteps(path: string, text: string): string {
  const project = new Project({ useInMemoryFileSystem: true, manipulationSettings: { indentationText: IndentationText.TwoSpaces } });
  const source = project.createSourceFile(path, text);
  for (const doc of source.getDescendantsOfKind(SyntaxKind.JSDoc).reverse()) {
    for (const tag of doc.getTags().filter((candidate) => candidate.getTagName() === "exercise")) tag.remove();
  }
  return source.getFullText();
}

/**
 * What the generator writes at one path: text (a stubbed .ts file, the test entry), or the bytes
 * of a file the solution ships as it is (09's sample pages and image).
 */
export type Generated = string | Buffer;

/** Every file below `folder` that is not TypeScript, as paths relative to it with "/", sorted. */
function shippedFiles(folder: string, prefix = ""): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const path = `${prefix}${entry.name}`;
      if (entry.isDirectory()) return shippedFiles(join(folder, entry.name), `${path}/`);
      return entry.isFile() && !entry.name.endsWith(".ts") ? [path] : [];
    });
}

/** Every file exercises/ should hold, keyed by its path relative to the kit, with "/" on every platform. */
export function generateSkeletons(root = KIT_ROOT, exercises = EXERCISES): Map<string, Generated> {
  const files = new Map<string, Generated>();
  for (const exercise of exercises) {
    const solution = join(root, "solutions", exercise.slug);
    if (!existsSync(solution)) continue;
    for (const name of readdirSync(solution).filter((file) => file.endsWith(".ts")).sort()) {
      const text = readText(join(solution, name));
      files.set(`exercises/${exercise.slug}/${name}`, stubSource(name, text, exercise));
    }
    // Any other file of the solution (sample pages, an image) is the student's too, copied byte for byte.
    for (const path of shippedFiles(solution)) files.set(`exercises/${exercise.slug}/${path}`, readFileSync(join(solution, ...path.split("/"))));
    files.set(`exercises/${exercise.slug}/grade.test.ts`, testEntry(exercise));
  }
  return files;
}

/**
 * A hash of a generated file; for text, line endings do not count, so a CRLF checkout (Windows) is
 * untouched. A copied file without a NUL byte is text too (a page, a stylesheet); one with a NUL
 * (an image) counts byte for byte, as .gitattributes leaves it.
 */
function hashOf(content: Generated): string {
  const text = typeof content === "string" ? withLineFeeds(content) : content.includes(0) ? content : Buffer.from(withLineFeeds(content.toString("latin1")), "latin1");
  return `sha256:${createHash("sha256").update(text).digest("hex")}`;
}

function readRecord(root: string): Record<string, string> {
  const path = join(root, RECORD);
  if (!existsSync(path)) return {};
  try {
    return (JSON.parse(readFileSync(path, "utf8")) as { files?: Record<string, string> }).files ?? {};
  } catch {
    return {}; // A damaged record protects every file that differs, which is the safe side.
  }
}

function writeRecord(root: string, generated: Map<string, Generated>): void {
  const files = Object.fromEntries([...generated].sort(([a], [b]) => (a < b ? -1 : 1)).map(([path, text]) => [path, hashOf(text)]));
  const record = {
    about: "Written by npm run skeletons: a hash of each file it generated in exercises/. A file whose hash differs holds someone's work, which the generator never replaces. Do not edit by hand.",
    files,
  };
  writeFileSync(join(root, RECORD), `${JSON.stringify(record, null, 2)}\n`);
}

/**
 * Where a generated file stands:
 * - `current`: exercises/ holds exactly what the generator writes;
 * - `missing`: it is not there;
 * - `lagging`: it is the generator's untouched output, but its solution changed since (a maintainer forgot `npm run skeletons`);
 * - `edited`: it differs from what the generator wrote last: a student's work (or a hand edit), never replaced without --force.
 */
export type SkeletonState = "current" | "missing" | "lagging" | "edited";

export interface SkeletonFile {
  path: string;
  state: SkeletonState;
  /** What the generator writes there now. */
  text: Generated;
  /** The current file matches the generator, but the record does not know it (a stale graders/skeletons.json). */
  unrecorded?: boolean;
}

/** Every generated file of the kit at `root`, with where it stands. */
export function skeletonStates(root = KIT_ROOT): SkeletonFile[] {
  const record = readRecord(root);
  return [...generateSkeletons(root)].map(([path, text]) => {
    const file = join(root, path);
    if (!existsSync(file)) return { path, state: "missing", text };
    const actual = hashOf(typeof text === "string" ? readFileSync(file, "utf8") : readFileSync(file));
    if (actual === hashOf(text)) return { path, state: "current", text, ...(record[path] !== actual && { unrecorded: true }) };
    return { path, state: record[path] === actual ? "lagging" : "edited", text };
  });
}

/** Writes a fresh copy of the generated skeletons (exercise folders only) to a temporary folder laid out like exercises/. */
export function materialiseSkeletons(exercises = EXERCISES): { root: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), "app-layer-lab-skeletons-"));
  for (const [path, text] of generateSkeletons(KIT_ROOT, exercises)) {
    const target = join(root, path.slice("exercises/".length));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

export interface WriteOutcome {
  written: string[];
  /** Files holding someone's work that were left alone (nothing at all is written then). */
  refused: string[];
  /** With --force: where the replaced files were copied first. */
  backup?: string;
}

/** Writes exercises/ from solutions/, unless that would replace someone's work (then nothing is written). */
export function writeSkeletons(root = KIT_ROOT, force = false, now = new Date()): WriteOutcome {
  const states = skeletonStates(root);
  const edited = states.filter((file) => file.state === "edited").map((file) => file.path);
  if (edited.length > 0 && !force) return { written: [], refused: edited };
  let backup: string | undefined;
  if (edited.length > 0) {
    backup = join(root, ".lab", "backups", now.toISOString().replace(/[:.]/g, "-"));
    for (const path of edited) {
      mkdirSync(dirname(join(backup, path)), { recursive: true });
      copyFileSync(join(root, path), join(backup, path));
    }
  }
  const written: string[] = [];
  for (const file of states) {
    if (file.state === "current") continue;
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.text);
    written.push(file.path);
  }
  writeRecord(root, new Map(states.map((file) => [file.path, file.text])));
  return { written, refused: [], ...(backup && { backup }) };
}

/**
 * The skeletons a maintainer must regenerate: untouched ones that lag behind their solution, and
 * missing ones. `strict` (the kit's own CI, LAB_STRICT_SKELETONS=1) also counts hand-edited files
 * and a record that does not know a current file: in the kit itself, nobody's work lives in
 * exercises/. (A stale record is harmless elsewhere: it can only make a file look edited, which
 * protects it.)
 */
export function driftedSkeletons(root = KIT_ROOT, strict = false): SkeletonFile[] {
  return skeletonStates(root).filter(
    (file) => file.state === "lagging" || file.state === "missing" || (strict && (file.state === "edited" || file.unrecorded === true)),
  );
}

/** LAB_STRICT_SKELETONS=1: the kit's own CI, where exercises/ holds nobody's work. */
export function strictSkeletons(): boolean {
  return process.env.LAB_STRICT_SKELETONS === "1";
}

const list = (paths: string[]) => paths.map((path) => `  ${path}`).join("\n");

function main(): number {
  const { values } = parseArgs({ options: { force: { type: "boolean", default: false }, check: { type: "boolean", default: false } } });
  if (values.check) {
    const edited = skeletonStates().filter((file) => file.state === "edited");
    if (edited.length > 0) console.log(t("Left alone, because they hold changes made after they were generated (your work):\n{files}", { files: list(edited.map((file) => file.path)) }));
    const drifted = driftedSkeletons(KIT_ROOT, strictSkeletons());
    if (drifted.length > 0) {
      console.error(t("These skeletons lag behind their solutions:\n{files}\nRegenerate them: npm run skeletons", { files: list(drifted.map((file) => file.path)) }));
      return 1;
    }
    console.log(t("exercises/ matches solutions/."));
    return 0;
  }
  const outcome = writeSkeletons(KIT_ROOT, values.force);
  if (outcome.refused.length > 0) {
    console.error(
      t(
        "Nothing was written. These files changed since npm run skeletons wrote them, so they hold someone's work (yours?):\n{files}\nYour work is safe. To replace them with fresh skeletons anyway, run: npm run skeletons -- --force\n(it copies each of them to .lab/backups/ first).",
        { files: list(outcome.refused) },
      ),
    );
    return 1;
  }
  if (outcome.backup) console.log(t("Your files were copied to {folder} before they were replaced.", { folder: outcome.backup }));
  console.log(outcome.written.length > 0 ? t("Wrote {count} files:\n{files}", { count: outcome.written.length, files: list(outcome.written) }) : t("exercises/ already matches solutions/."));
  return 0;
}

if (isEntryPoint(import.meta.url)) process.exitCode = main();
