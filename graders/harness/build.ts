// Student programs are TypeScript. Each is compiled once per content with esbuild (the compiler
// tsx uses) into one JavaScript file with a source map, then run by plain `node`: a launch
// costs about 0.1 s instead of 0.3 s, and stack traces still point at the student's .ts lines.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, realpathSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
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

/** The module that wraps the student's exports inside a probe, so the grader's calls are written down. */
const OBSERVE = resolve(dirname(fileURLToPath(import.meta.url)), "..", "probes", "observe.ts");

/** The names a module exports, read by esbuild from the module and what it re-exports. */
async function exportsOf(file: string, directory: string): Promise<string[]> {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    write: false,
    metafile: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "silent",
    plugins: [confineImports(directory)],
  });
  return Object.values(result.metafile.outputs).flatMap((output) => output.exports);
}

/**
 * Lets a probe import the graded code as `student:framing.ts`, wherever it lives. The probe gets
 * each export wrapped by probes/observe.ts, which writes down every call the grader makes.
 */
function studentImports(directory: string): Plugin {
  return {
    name: "student-imports",
    setup(builder) {
      // The wrapper's own path lies outside the graded folder (it is the grader's code, not the
      // student's), so the confinement below lets it import probes/observe.ts.
      builder.onResolve({ filter: /^student:/ }, (args) => ({ path: `observed:${resolve(directory, args.path.slice("student:".length))}`, namespace: "observed-student" }));
      builder.onLoad({ filter: /.*/, namespace: "observed-student" }, async (args) => {
        const file = args.path.slice("observed:".length);
        const names = await exportsOf(file, directory);
        const lines = [`import * as real from ${JSON.stringify(file)};`, `import { observeExport } from ${JSON.stringify(OBSERVE)};`];
        for (const name of names.filter((exported) => /^[A-Za-z_$][\w$]*$/.test(exported))) {
          const wrapped = `observeExport(${JSON.stringify(name)}, real[${JSON.stringify(name)}])`;
          lines.push(name === "default" ? `export default ${wrapped};` : `export const ${name} = ${wrapped};`);
        }
        return { contents: lines.join("\n"), loader: "js", resolveDir: directory };
      });
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

const builds = new Map<string, Promise<string>>();

async function compile(entry: string, directory: string, key: string): Promise<string> {
  const outfile = join(scratchFolder(), key, `${basename(entry, ".ts")}.mjs`);
  mkdirSync(join(scratchFolder(), key), { recursive: true });
  try {
    await build({
      entryPoints: [entry],
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
  return memoised(probeFile, directory, [probeFile, OBSERVE]);
}

/** Compiles a program of the grader's own (the probe host), which imports no student code. */
export function buildGraderProgram(file: string): Promise<string> {
  return memoised(file, dirname(file), []);
}
