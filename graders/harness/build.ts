// Student programs are TypeScript. Each is compiled once per content with esbuild (the compiler
// tsx uses) into one JavaScript file with a source map, then run by plain `node`: a launch
// costs about 0.1 s instead of 0.3 s, and stack traces still point at the student's .ts lines.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, realpathSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Metafile, type Plugin } from "esbuild";
import { t } from "../i18n/index.ts";
import { newScratchFolder } from "./scratch.ts";
import { shownPath } from "./static.ts";

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

/** The kit's own compiler settings: a student's tsconfig.json (its `paths`, say) is never read. */
const KIT_TSCONFIG = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "tsconfig.json");

/** Where the files that may enter a build live: the graded folder, and for a probe the grader's probe folder. */
interface Confinement {
  directory: string;
  alsoAllowed: string[];
}

/**
 * Every file esbuild put into the program (its metafile's inputs: imports, `require`s, and the
 * files a template-literal import(`./${name}.ts`) expands into) must be the student's own, or
 * the grader's probe. Checked after the build, whatever the resolver plugins let through.
 */
function foreignInputs(metafile: Metafile, confinement: Confinement, workingDirectory: string): string[] {
  const roots = [confinement.directory, ...confinement.alsoAllowed].flatMap((root) => [...new Set([resolve(root), realOrSame(root)])]);
  const inside = (path: string) => roots.some((root) => path === root || path.startsWith(`${root}${sep}`));
  return Object.keys(metafile.inputs)
    .filter((input) => !/^[a-z-]+:/.test(input) || input.startsWith("file:"))
    .map((input) => resolve(workingDirectory, input.startsWith("file:") ? input.slice("file:".length) : input))
    .filter((path) => !inside(path) && !inside(realOrSame(path)));
}

function realOrSame(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

const builds = new Map<string, Promise<string>>();

async function compile(entry: string, directory: string, key: string, confinement?: Confinement): Promise<string> {
  const outfile = join(scratchFolder(), key, `${basename(entry, ".ts")}.mjs`);
  mkdirSync(join(scratchFolder(), key), { recursive: true });
  let metafile: Metafile;
  // The metafile names inputs relative to this (esbuild would otherwise keep the folder it started in).
  const workingDirectory = process.cwd();
  try {
    ({ metafile } = await build({
      absWorkingDir: workingDirectory,
      tsconfig: KIT_TSCONFIG,
      metafile: true,
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
    }));
  } catch (error) {
    const errors = (error as { errors?: { text: string; location?: { file: string; line: number; column: number } }[] }).errors ?? [];
    const lines = errors.map(({ text, location }) =>
      location ? `${relative(process.cwd(), resolve(location.file))}:${location.line}:${location.column + 1}: ${text}` : text,
    );
    throw new CompileError(lines.join("\n") || String(error));
  }
  const foreign = confinement ? foreignInputs(metafile, confinement, workingDirectory) : [];
  if (foreign.length > 0) {
    throw new CompileError(
      foreign
        .slice(0, 3)
        .map((path) => t('"{path}" is outside your exercise folder: a graded program may import only files of its own folder and Node\'s modules (node:…)', { path: shownPath(path) }))
        .join("\n"),
    );
  }
  return outfile;
}

function memoised(entry: string, directory: string, extra: string[], confinement?: Confinement): Promise<string> {
  const key = `${hashSources(directory, extra)}-${basename(entry, ".ts")}`;
  let output = builds.get(key);
  if (!output) {
    output = compile(entry, directory, key, confinement);
    output.catch(() => builds.delete(key));
    builds.set(key, output);
  }
  return output;
}

/** Compiles `directory/file` (and what it imports) into one runnable .mjs file. */
export function buildProgram(directory: string, file: string): Promise<string> {
  return memoised(join(directory, file), directory, [], { directory, alsoAllowed: [] });
}

const GUARD = join(dirname(fileURLToPath(import.meta.url)), "guard", "program.ts");

/** Compiles the guard every student program loads first (guard/program.ts). */
export function buildGuard(): Promise<string> {
  return memoised(GUARD, dirname(GUARD), []);
}

/** Compiles a grader's probe together with the student code it imports as `student:…`. */
export function buildProbe(probeFile: string, directory: string): Promise<string> {
  return memoised(probeFile, directory, [probeFile], { directory, alsoAllowed: [dirname(probeFile)] });
}
