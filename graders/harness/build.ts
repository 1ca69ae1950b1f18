// Student programs are TypeScript. Each is compiled once per content with esbuild (the compiler
// tsx uses) into one JavaScript file with a source map, then run by plain `node`: a launch
// costs about 0.1 s instead of 0.3 s, and stack traces still point at the student's .ts lines.
import { createHash } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, renameSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { readdir, rm, stat } from "node:fs/promises";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { build, version, type Message, type Metafile, type Plugin } from "esbuild";
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

const KIT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** The kit's own compiler settings: a student's tsconfig.json (its `paths`, say) is never read. */
const KIT_TSCONFIG = join(KIT_ROOT, "tsconfig.json");

/** The module that wraps the student's exports inside a probe, so the grader's calls are written down. */
const OBSERVE = join(KIT_ROOT, "graders", "probes", "observe.ts");

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
    tsconfig: KIT_TSCONFIG,
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
        let names: string[];
        try {
          names = await exportsOf(file, directory);
        } catch (error) {
          // The student's own syntax error, told where it is (not as the probe's failed import).
          const errors = (error as { errors?: Message[] }).errors;
          if (errors?.length) return { errors };
          throw error;
        }
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

/** Where the files that may enter a build live: the graded folder, and the grader's own files a build adds. */
interface Confinement {
  directory: string;
  alsoAllowed: string[];
}

/**
 * Every file esbuild put into the program (its metafile's inputs: imports, `require`s, and the
 * files a template-literal import(`./${name}.ts`) expands into) must be the student's own, or
 * the grader's. Checked after the build, whatever the resolver plugins let through.
 */
function foreignInputs(metafile: Metafile, confinement: Confinement, workingDirectory: string): string[] {
  const roots = [confinement.directory, ...confinement.alsoAllowed].flatMap((root) => [...new Set([resolve(root), realPathOf(root)])]);
  const inside = (path: string) => roots.some((root) => path === root || path.startsWith(`${root}${sep}`));
  return Object.keys(metafile.inputs)
    .filter((input) => !/^[a-z-]+:/.test(input) || input.startsWith("file:"))
    .map((input) => resolve(workingDirectory, input.startsWith("file:") ? input.slice("file:".length) : input))
    .filter((path) => !inside(path) && !inside(realPathOf(path)));
}

/** Built into every program: it answers the grader's "what keeps you alive?" (see alive-reporter.ts). */
const ALIVE_REPORTER = fileURLToPath(new URL("./alive-reporter.ts", import.meta.url));

const builds = new Map<string, Promise<string>>();

/**
 * Compiled programs are kept by content on disk, so a new grading process (every run of
 * `npm test`, every save in watch mode) reuses what an earlier one built and starts no esbuild
 * at all when nothing changed. A kit whose node_modules cannot be written builds into scratch.
 */
// Its real path: a program started from a path through a link (node_modules linked into a copy of
// the kit) is refused by the permission model, which checks the link on the way.
const CACHE = join(realPathOf(join(KIT_ROOT, "node_modules")), ".cache", "app-layer-lab", "builds");
/** Bump when the build options or plugins change, so old builds are not used. */
const BUILD_VERSION = "2";
/** Builds kept; older ones are removed (a student saves hundreds of times), once unused for UNUSED_MS. */
const KEPT_BUILDS = 300;
const UNUSED_MS = 60 * 60 * 1000;
/** Every file esbuild read for a build, with its content's hash: a cached build is used only when all are unchanged. */
const INPUTS_FILE = "inputs.json";

function realPathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function contentHash(path: string): string | undefined {
  try {
    return createHash("sha256").update(readFileSync(path)).digest("hex");
  } catch {
    return undefined;
  }
}

/** The cached build `key`, when every file it was built from is still the same. */
function cachedBuild(key: string, name: string): string | undefined {
  const folder = join(CACHE, key);
  try {
    const inputs = JSON.parse(readFileSync(join(folder, INPUTS_FILE), "utf8")) as [path: string, hash: string][];
    if (!inputs.every(([path, hash]) => contentHash(path) === hash)) return undefined;
    const outfile = join(folder, `${name}.mjs`);
    if (!existsSync(outfile)) return undefined;
    // Used now: the pruning below keeps what is in use.
    const now = new Date();
    utimesSync(folder, now, now);
    return outfile;
  } catch {
    return undefined;
  }
}

let pruned = false;
/** Removes the oldest builds beyond KEPT_BUILDS, in the background. */
function pruneCache(): void {
  if (pruned) return;
  pruned = true;
  void (async () => {
    const entries = await readdir(CACHE).catch(() => [] as string[]);
    if (entries.length <= KEPT_BUILDS) return;
    const dated = await Promise.all(entries.map(async (entry) => ({ entry, time: (await stat(join(CACHE, entry)).catch(() => undefined))?.mtimeMs ?? 0 })));
    // Only builds nobody used for an hour: another grading process may be running one of them.
    const stale = Date.now() - UNUSED_MS;
    for (const { entry, time } of dated.sort((a, b) => b.time - a.time).slice(KEPT_BUILDS)) {
      if (time < stale) await rm(join(CACHE, entry), { recursive: true, force: true });
    }
  })();
}

async function compile(entry: string, directory: string, key: string, confinement?: Confinement): Promise<string> {
  const name = basename(entry, ".ts");
  const hit = cachedBuild(key, name);
  if (hit) return hit;
  pruneCache();
  // Built in a folder of its own, then renamed into place: processes building the same program
  // side by side never see half a file.
  let staging: string;
  try {
    mkdirSync(CACHE, { recursive: true });
    staging = mkdtempSync(join(CACHE, `${key}.building-`));
    // A sandboxed program runs as a user of its own (sandbox.ts), which must read its build.
    chmodSync(staging, 0o755);
  } catch {
    staging = join(scratchFolder(), key);
    mkdirSync(staging, { recursive: true });
  }
  const outfile = join(staging, `${name}.mjs`);
  let inputs: string[];
  let metafile: Metafile;
  // The metafile names inputs relative to this (esbuild would otherwise keep the folder it started in).
  const workingDirectory = process.cwd();
  try {
    ({ metafile } = await build({
      absWorkingDir: workingDirectory,
      tsconfig: KIT_TSCONFIG,
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
      metafile: true,
      plugins: [studentImports(directory), confineImports(directory)],
    }));
    // Files of other namespaces (the observed wrapper) are made from the files listed here.
    inputs = Object.keys(metafile.inputs)
      .filter((input) => !input.startsWith("observed-student:"))
      .map((input) => resolve(workingDirectory, input));
  } catch (error) {
    if (staging.startsWith(CACHE)) rmSync(staging, { recursive: true, force: true });
    const errors = (error as { errors?: { text: string; location?: { file: string; line: number; column: number } }[] }).errors ?? [];
    const lines = errors.map(({ text, location }) =>
      location ? `${relative(process.cwd(), resolve(location.file))}:${location.line}:${location.column + 1}: ${text}` : text,
    );
    throw new CompileError(lines.join("\n") || String(error));
  }
  const foreign = confinement ? foreignInputs(metafile, confinement, workingDirectory) : [];
  if (foreign.length > 0) {
    if (staging.startsWith(CACHE)) rmSync(staging, { recursive: true, force: true });
    throw new CompileError(
      foreign
        .slice(0, 3)
        .map((path) => t('"{path}" is outside your exercise folder: a graded program may import only files of its own folder and Node\'s modules (node:…)', { path: shownPath(path) }))
        .join("\n"),
    );
  }
  if (!staging.startsWith(CACHE)) return outfile;
  const hashes = inputs.map((input) => [input, contentHash(input) ?? ""]);
  writeFileSync(join(staging, INPUTS_FILE), JSON.stringify(hashes));
  try {
    renameSync(staging, join(CACHE, key));
    return join(CACHE, key, `${name}.mjs`);
  } catch {
    // Another process put the same build in place first: use that one. (Or the one in place is
    // stale, a file in a subfolder changed: then this build stays where it is, under its own name.)
    const theirs = cachedBuild(key, name);
    if (!theirs) return outfile;
    rmSync(staging, { recursive: true, force: true });
    return theirs;
  }
}

function memoised(entry: string, directory: string, extra: string[], confinement?: Confinement): Promise<string> {
  // Where the folder is matters (the confinement, and the paths in stack traces).
  const key = createHash("sha256").update(BUILD_VERSION).update(version).update(resolve(directory)).update(hashSources(directory, extra)).digest("hex").slice(0, 20);
  const id = `${key}-${basename(entry, ".ts")}`;
  let output = builds.get(id);
  // A build kept from earlier in this process that the cache has since let go: build it again.
  if (output) output = output.then((path) => (existsSync(path) ? path : compile(entry, directory, id, confinement)));
  if (!output) {
    output = compile(entry, directory, id, confinement);
    output.catch(() => builds.delete(id));
    builds.set(id, output);
  }
  return output;
}

/** Compiles `directory/file` (and what it imports) into one runnable .mjs file. */
export function buildProgram(directory: string, file: string): Promise<string> {
  return memoised(join(directory, file), directory, [], { directory, alsoAllowed: [ALIVE_REPORTER] });
}

const GUARD = join(dirname(fileURLToPath(import.meta.url)), "guard", "program.ts");

/** Compiles the guard every student program loads first (guard/program.ts). */
export function buildGuard(): Promise<string> {
  return memoised(GUARD, dirname(GUARD), []);
}

/** Compiles a grader's probe together with the student code it imports as `student:…`. */
export function buildProbe(probeFile: string, directory: string): Promise<string> {
  return memoised(probeFile, directory, [probeFile, OBSERVE], { directory, alsoAllowed: [dirname(probeFile), OBSERVE, ALIVE_REPORTER] });
}

/** Compiles a program of the grader's own (the probe host), which imports no student code. */
export function buildGraderProgram(file: string): Promise<string> {
  return memoised(file, dirname(file), []);
}
