// Student programs are TypeScript. Each is compiled once per content with esbuild (the compiler
// tsx uses) into one JavaScript file with a source map, then run by plain `node`: a launch
// costs about 0.1 s instead of 0.3 s, and stack traces still point at the student's .ts lines.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, realpathSync } from "node:fs";
import { basename, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";
import { t } from "../i18n/index.ts";
import { newScratchFolder } from "./scratch.ts";

/** The student's code does not compile; the message names file, line and column. */
export class CompileError extends Error {
  override name = "CompileError";
}

/** This process's build folder (see scratch.ts). */
let scratch: string | undefined;
function scratchFolder(): string {
  scratch ??= newScratchFolder("app-layer-lab-builds");
  return scratch;
}

/** A hash of every TypeScript file in `directory`, so edits invalidate the build. */
function hashSources(directory: string, extra: string[]): string {
  const hash = createHash("sha256");
  for (const name of readdirSync(directory).filter((name) => name.endsWith(".ts")).sort()) {
    hash.update(name).update(readFileSync(join(directory, name)));
  }
  for (const file of extra) hash.update(file).update(readFileSync(file));
  return hash.digest("hex").slice(0, 16);
}

/** Lets a probe import the graded code as `student:framing.ts`, wherever it lives. */
function studentImports(directory: string): Plugin {
  return {
    name: "student-imports",
    setup(builder) {
      builder.onResolve({ filter: /^student:/ }, (args) => ({ path: resolve(directory, args.path.slice("student:".length)) }));
    },
  };
}

/**
 * Refuses a student file's import of a path outside the graded folder: the compiler would copy
 * that file (a classmate's work, the reference solution) into the program, past the permission
 * model that confines the program when it runs. The grader's own probe files are not confined.
 */
function confineImports(directory: string): Plugin {
  const roots = [...new Set([resolve(directory), realpathSync(directory)])];
  const inside = (path: string) => roots.some((root) => path === root || path.startsWith(`${root}${sep}`));
  return {
    name: "confine-imports",
    setup(builder) {
      builder.onResolve({ filter: /^(\.|\/|[A-Za-z]:[\\/]|\\\\|file:)/ }, (args) => {
        if (args.kind === "entry-point" || !inside(args.importer)) return undefined;
        const target = args.path.startsWith("file:") ? fileURLToPath(args.path) : resolve(args.resolveDir, args.path);
        if (inside(target)) return undefined;
        return {
          errors: [{ text: t('"{path}" is outside your exercise folder: a graded program may import only files of its own folder and Node\'s modules (node:…)', { path: args.path }) }],
        };
      });
    },
  };
}

/** Built into every program: it answers the grader's "what keeps you alive?" (see alive-reporter.ts). */
const ALIVE_REPORTER = fileURLToPath(new URL("./alive-reporter.ts", import.meta.url));

const builds = new Map<string, Promise<string>>();

async function compile(entry: string, directory: string, key: string): Promise<string> {
  const outfile = join(scratchFolder(), key, `${basename(entry, ".ts")}.mjs`);
  mkdirSync(join(scratchFolder(), key), { recursive: true });
  try {
    await build({
      entryPoints: [entry],
      inject: [ALIVE_REPORTER],
      outfile,
      bundle: true,
      packages: "external",
      platform: "node",
      format: "esm",
      target: "node20",
      sourcemap: "inline",
      logLevel: "silent",
      plugins: [studentImports(directory), confineImports(directory)],
    });
  } catch (error) {
    const errors = (error as { errors?: { text: string; location?: { file: string; line: number; column: number } }[] }).errors ?? [];
    const lines = errors.map(({ text, location }) =>
      location ? `${relative(process.cwd(), resolve(location.file))}:${location.line}:${location.column + 1}: ${text}` : text,
    );
    throw new CompileError(lines.join("\n") || String(error));
  }
  return outfile;
}

function memoised(entry: string, directory: string, extra: string[]): Promise<string> {
  const key = `${hashSources(directory, extra)}-${basename(entry, ".ts")}`;
  let output = builds.get(key);
  if (!output) {
    output = compile(entry, directory, key);
    output.catch(() => builds.delete(key));
    builds.set(key, output);
  }
  return output;
}

/** Compiles `directory/file` (and what it imports) into one runnable .mjs file. */
export function buildProgram(directory: string, file: string): Promise<string> {
  return memoised(join(directory, file), directory, []);
}

/** Compiles a grader's probe together with the student code it imports as `student:…`. */
export function buildProbe(probeFile: string, directory: string): Promise<string> {
  return memoised(probeFile, directory, [probeFile]);
}
