// The TypeScript errors of a student's own files. esbuild strips types without checking them, so
// a check never fails for a type error; but when a check fails, a type error is often the first
// clue, and the student's editor may not show it. Loading the type checker costs a second or
// two, so this runs only when asked (after a failure), reads only the student's files (and the
// Node typings they import), and keeps its answer by the files' content.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative, resolve } from "node:path";
import { KIT_ROOT, shownPath } from "./static.ts";

const CACHE = join(KIT_ROOT, "node_modules", ".cache", "app-layer-lab", "types");
/** Bump when the options or the format below change, so old answers are not used. */
const CHECK_VERSION = "2";

function cacheKey(directory: string, files: string[], version: string): string {
  const hash = createHash("sha256").update(CHECK_VERSION).update(version);
  for (const file of files) {
    const path = join(directory, file);
    hash.update(file).update(existsSync(path) ? readFileSync(path) : "<missing>");
  }
  return hash.digest("hex").slice(0, 24);
}

/** One line per error in `files` of `directory`: `path:line:column: TS2322: message`. */
export async function typeErrorsIn(directory: string, files: string[]): Promise<string[]> {
  const present = files.filter((file) => existsSync(join(directory, file)));
  // The version from package.json: loading TypeScript itself takes a second, which a cached answer saves.
  const { version } = JSON.parse(readFileSync(createRequire(import.meta.url).resolve("typescript/package.json"), "utf8")) as { version: string };
  const cached = join(CACHE, `${cacheKey(directory, present, version)}.json`);
  // Paths are kept relative to the folder, so the answer holds wherever the command runs.
  let found: { file: string; line: number; column: number; code: number; text: string }[];
  if (existsSync(cached)) found = JSON.parse(readFileSync(cached, "utf8")) as typeof found;
  else {
    const { default: ts } = await import("typescript");
    const roots = present.map((file) => resolve(directory, file));
    // The kit's own settings (tsconfig.json), resolved as esbuild does: a folder anywhere on disk
    // has no package.json of its own to say it holds ES modules.
    const program = ts.createProgram(roots, {
      strict: true,
      noUncheckedIndexedAccess: true,
      noImplicitOverride: true,
      target: ts.ScriptTarget.ES2022,
      // Node's typings, not the browser's: leaving out lib.dom.d.ts halves the work.
      lib: ["lib.es2022.d.ts"],
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      allowImportingTsExtensions: true,
      noEmit: true,
      skipLibCheck: true,
      types: ["node"],
      typeRoots: [join(KIT_ROOT, "node_modules", "@types")],
    });
    const mine = new Set(roots);
    found = ts
      .getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file && mine.has(resolve(diagnostic.file.fileName)) && diagnostic.start !== undefined)
      .map((diagnostic) => {
        const { line, character } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start!);
        const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, " ");
        return { file: relative(directory, diagnostic.file!.fileName), line: line + 1, column: character + 1, code: diagnostic.code, text };
      });
    try {
      mkdirSync(CACHE, { recursive: true });
      writeFileSync(cached, JSON.stringify(found));
    } catch {
      // A read-only kit still answers; it is only slower next time.
    }
  }
  return found.map(({ file, line, column, code, text }) => `${shownPath(join(directory, file))}:${line}:${column}: TS${code}: ${text}`);
}
