// Reads the student's code before anything runs: which exercise functions are still untouched
// stubs, which promised exports are missing, and which imports are refused. Results are cached by
// the files' content.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "acorn";
import { transform } from "esbuild";
import { currentLanguage, t } from "../i18n/index.ts";
import { nextTurn } from "./blocking.ts";
import type { ExerciseSpec } from "../manifest.ts";

export interface StaticFindings {
  missingFiles: string[];
  missingExports: { file: string; name: string }[];
  refusedImports: { file: string; specifier: string; why: string }[];
  /** Globals of the manifest's refusedGlobals that a file uses (fetch where HTTP is done by hand). */
  refusedGlobals: { file: string; name: string; why: string }[];
  /** Exports whose body is still the skeleton's `throw new Error("TODO: …")`. */
  stubs: string[];
  /** Files too deeply nested for the analysis to read (it ran out of stack): a problem of the code, found again every time. */
  tooDeep?: string[];
}

/** A stub's body throws an Error whose message starts with this. The skeleton generator writes it. */
export const STUB_MARKER = "TODO:";

export const KIT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const CACHE = join(KIT_ROOT, "node_modules", ".cache", "app-layer-lab", "static");
/** Bump when the analysis changes, so old cached findings are not used. */
const ANALYSIS_VERSION = "5";

function cacheKey(directory: string, exercise: ExerciseSpec): string {
  // The findings hold translated reasons (a refused import's), so each language has its own.
  const hash = createHash("sha256").update(ANALYSIS_VERSION).update(currentLanguage()).update(JSON.stringify(exercise.files));
  // Where the folder is matters only inside the kit (a relative import could reach solutions/),
  // so every folder outside it shares one key: a buggy variant in a fresh temporary folder hits
  // the cache of its previous run.
  const place = relative(KIT_ROOT, resolve(directory));
  hash.update(JSON.stringify(exercise.refusedModules ?? [])).update(JSON.stringify(exercise.refusedGlobals ?? [])).update(place.startsWith("..") ? "<outside the kit>" : place);
  for (const file of Object.keys(exercise.files)) {
    const path = join(directory, file);
    hash.update(file).update(existsSync(path) ? readFileSync(path) : "<missing>");
  }
  return hash.digest("hex").slice(0, 24);
}

export async function inspect(folder: string, exercise: ExerciseSpec): Promise<StaticFindings> {
  // Absolute from here on: a relative "solutions/05-framing" would make every import of a sibling
  // look like one that reaches into solutions/ (refusal compares absolute paths), and the finding
  // would be cached for the absolute spelling too.
  const directory = resolve(folder);
  const cached = join(CACHE, `${cacheKey(directory, exercise)}.json`);
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, "utf8")) as StaticFindings;
  const findings = await analyse(directory, exercise).catch((error: unknown) => {
    // 100 000 nested parentheses exhaust the stack of any recursive reader: the code's problem,
    // the same every run, so it is stored like any other finding.
    if (!(error instanceof RangeError)) throw error;
    return { missingFiles: [], missingExports: [], refusedImports: [], refusedGlobals: [], stubs: [], tooDeep: Object.keys(exercise.files) } satisfies StaticFindings;
  });
  try {
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(cached, JSON.stringify(findings));
  } catch {
    // A read-only kit still grades; it is only slower.
  }
  return findings;
}

/** Why an import is refused, or undefined when it is fine. */
function refusal(specifier: string, fromFile: string, exercise: ExerciseSpec): string | undefined {
  if (exercise.refusedModules?.includes(specifier) || exercise.refusedModules?.includes(`node:${specifier}`)) {
    return t("this exercise is about doing {module}'s job yourself over a raw socket", { module: specifier });
  }
  const kitFolder = (folder: string) => join(KIT_ROOT, folder) + sep;
  const target = specifier.startsWith(".") ? resolve(dirname(fromFile), specifier) : specifier;
  // The graded folder's own files import each other (echo-server.ts imports ./framing.ts), even
  // when that folder is solutions/NN-slug itself.
  if (specifier.startsWith(".") && target.startsWith(dirname(fromFile) + sep)) return undefined;
  for (const folder of ["solutions", "graders"]) {
    if (target.startsWith(kitFolder(folder)) || new RegExp(`(^|/)${folder}/`).test(specifier)) {
      return t("code under {folder}/ is the kit's, not yours: graded work must stand on its own", { folder });
    }
  }
  return undefined;
}

/**
 * One file as the analysis sees it: esbuild strips the types (in its own process, so the
 * grader's event loop never waits on it), and acorn parses the JavaScript that is left. That is
 * all stub detection needs: no type checker and no TypeScript compiler to load, which took the
 * grader's thread half a second to several seconds on every changed file.
 */
interface ParsedFile {
  /** Top-level bindings: a declaration, or an import of another module. */
  locals: Map<string, { node: AcornNode } | { imported: string; from: string }>;
  /** Exported name → the local name, or a name re-exported from another module. */
  exports: Map<string, { local: string } | { imported: string; from: string }>;
  /** Modules whose every export this one re-exports (`export * from`). */
  exportsAll: string[];
  /** Every module this one imports, by any means whose specifier is a plain string. */
  specifiers: string[];
  /** Where each `throw new Error("TODO: …")` of the skeleton starts. */
  stubThrows: number[];
  /**
   * Names used as globals: referenced, and bound nowhere in the file, or read from the global
   * object (`globalThis.fetch`). One binding anywhere makes a name local everywhere: a lenient
   * reading, since the point is to catch the shortcut, not to out-scope a determined student.
   */
  globals: Set<string>;
}

type AcornNode = { type: string; [key: string]: unknown };

/** What is known of a file that does not parse: nothing. It may export anything; the build tells the student where it breaks. */
const UNPARSED: ParsedFile = { locals: new Map(), exports: new Map(), exportsAll: ["node:(does not parse)"], specifiers: [], stubThrows: [], globals: new Set() };

async function parseFile(path: string): Promise<ParsedFile> {
  const source = readFileSync(path, "utf8");
  let program: { body: AcornNode[] };
  try {
    // verbatimModuleSyntax: keep every import written, used or not, so each one is judged.
    const { code } = await transform(source, { loader: "ts", format: "esm", target: "esnext", sourcefile: path, tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } } });
    // The transforms of a folder's files come back together: parse each in a turn of its own.
    await nextTurn();
    program = parse(code, { ecmaVersion: "latest", sourceType: "module" }) as unknown as { body: AcornNode[] };
  } catch (error) {
    // Nesting too deep for any reader is told as such (inspect); a syntax error is told once,
    // with file, line and column, by the build (grade.ts).
    if (error instanceof RangeError) throw error;
    if (error instanceof SyntaxError && /stack space/.test(error.message)) throw new RangeError(error.message);
    return UNPARSED;
  }
  const file: ParsedFile = { locals: new Map(), exports: new Map(), exportsAll: [], specifiers: [], stubThrows: [], globals: new Set() };
  const declare = (declaration: AcornNode) => {
    if (declaration.type === "VariableDeclaration") {
      for (const declarator of declaration.declarations as AcornNode[]) for (const name of boundNames(declarator.id as AcornNode)) file.locals.set(name, { node: declarator });
    } else if (declaration.id) file.locals.set((declaration.id as { name: string }).name, { node: declaration });
  };
  for (const statement of program.body) {
    const from = (statement.source as { value?: unknown } | null | undefined)?.value;
    switch (statement.type) {
      case "ImportDeclaration":
        for (const specifier of statement.specifiers as AcornNode[]) {
          const imported = specifier.type === "ImportSpecifier" ? nameOf(specifier.imported as AcornNode) : specifier.type === "ImportDefaultSpecifier" ? "default" : "*";
          file.locals.set((specifier.local as { name: string }).name, { imported, from: String(from) });
        }
        break;
      case "ExportNamedDeclaration":
        if (statement.declaration) {
          const declaration = statement.declaration as AcornNode;
          declare(declaration);
          const names = declaration.type === "VariableDeclaration" ? (declaration.declarations as AcornNode[]).flatMap((declarator) => boundNames(declarator.id as AcornNode)) : [(declaration.id as { name: string }).name];
          for (const name of names) file.exports.set(name, { local: name });
        }
        for (const specifier of statement.specifiers as AcornNode[]) {
          const local = nameOf(specifier.local as AcornNode);
          file.exports.set(nameOf(specifier.exported as AcornNode), typeof from === "string" ? { imported: local, from } : { local });
        }
        break;
      case "ExportDefaultDeclaration": {
        const declaration = statement.declaration as AcornNode;
        if (declaration.id) declare(declaration);
        file.exports.set("default", declaration.id ? { local: (declaration.id as { name: string }).name } : { local: "*default*" });
        file.locals.set("*default*", { node: declaration });
        break;
      }
      case "ExportAllDeclaration":
        if (statement.exported) file.exports.set(nameOf(statement.exported as AcornNode), { imported: "*", from: String(from) });
        else file.exportsAll.push(String(from));
        break;
      default:
        if (statement.type === "FunctionDeclaration" || statement.type === "ClassDeclaration" || statement.type === "VariableDeclaration") declare(statement);
    }
    if (typeof from === "string") file.specifiers.push(from);
  }
  // One pass over the whole file: import("…") and require("…") anywhere, the stubs' throws, and
  // the names it uses and binds (a parent is visited before its children, so a name that is
  // not a reference, like the `fetch` of `client.fetch`, is known as such when it is reached).
  const notReferences = new Set<AcornNode>();
  const referenced = new Set<string>();
  const bound = new Set<string>();
  walk(program as unknown as AcornNode, (node) => {
    if (node.type === "Identifier" && !notReferences.has(node)) referenced.add(node.name as string);
    for (const name of bindingsOf(node)) bound.add(name);
    if ((node.type === "MemberExpression" && !node.computed) || node.type === "MetaProperty") notReferences.add(node.property as AcornNode);
    if ((node.type === "Property" || node.type === "MethodDefinition" || node.type === "PropertyDefinition") && !node.computed) notReferences.add(node.key as AcornNode);
    if (node.type === "LabeledStatement" || node.type === "BreakStatement" || node.type === "ContinueStatement") notReferences.add(node.label as AcornNode);
    if (node.type === "ImportSpecifier") notReferences.add(node.imported as AcornNode);
    if (node.type === "ExportSpecifier") notReferences.add(node.exported as AcornNode);
    if (node.type === "MemberExpression" && GLOBAL_OBJECTS.has(((node.object as AcornNode).name as string | undefined) ?? "")) {
      const property = node.computed ? literalText(node.property as AcornNode) : ((node.property as AcornNode).name as string | undefined);
      if (property) file.globals.add(property);
    }
    const argument = node.type === "ImportExpression" ? (node.source as AcornNode) : node.type === "CallExpression" && isIdentifier(node.callee as AcornNode, "require") ? (node.arguments as AcornNode[])[0] : undefined;
    const value = argument ? literalText(argument) : undefined;
    if (value !== undefined) file.specifiers.push(value);
    if (node.type === "ThrowStatement" && isStubThrow(node.argument as AcornNode | null)) file.stubThrows.push(node.start as number);
  });
  for (const name of referenced) if (!bound.has(name)) file.globals.add(name);
  return file;
}

/** The global object under the names code reaches it by. */
const GLOBAL_OBJECTS = new Set(["globalThis", "global", "window", "self"]);

/** The names a node binds in some scope: declarations, parameters, a catch's error, imports. */
function bindingsOf(node: AcornNode): string[] {
  switch (node.type) {
    case "VariableDeclarator":
      return boundNames(node.id as AcornNode);
    case "FunctionDeclaration":
    case "FunctionExpression":
    case "ArrowFunctionExpression":
      return [...(node.id ? [(node.id as { name: string }).name] : []), ...(node.params as AcornNode[]).flatMap(boundNames)];
    case "ClassDeclaration":
    case "ClassExpression":
      return node.id ? [(node.id as { name: string }).name] : [];
    case "CatchClause":
      return node.param ? boundNames(node.param as AcornNode) : [];
    case "ImportSpecifier":
    case "ImportDefaultSpecifier":
    case "ImportNamespaceSpecifier":
      return [(node.local as { name: string }).name];
    default:
      return [];
  }
}

function nameOf(node: AcornNode): string {
  return node.type === "Identifier" ? (node.name as string) : String(node.value);
}

function isIdentifier(node: AcornNode | undefined, name: string): boolean {
  return node?.type === "Identifier" && node.name === name;
}

/** The text of a string literal, or of a template literal without any ${…}. */
function literalText(node: AcornNode): string | undefined {
  if (node.type === "Literal" && typeof node.value === "string") return node.value;
  if (node.type === "TemplateLiteral" && (node.expressions as unknown[]).length === 0) return (node.quasis as { value: { cooked: string } }[])[0]?.value.cooked;
  return undefined;
}

/** Names a declaration pattern binds: `a`, `{ a, b: c }`, `[a, ...rest]`. */
function boundNames(pattern: AcornNode): string[] {
  switch (pattern.type) {
    case "Identifier":
      return [pattern.name as string];
    case "ObjectPattern":
      return (pattern.properties as AcornNode[]).flatMap((property) => boundNames((property.type === "RestElement" ? property.argument : property.value) as AcornNode));
    case "ArrayPattern":
      return (pattern.elements as (AcornNode | null)[]).flatMap((element) => (element ? boundNames(element) : []));
    case "RestElement":
      return boundNames(pattern.argument as AcornNode);
    case "AssignmentPattern":
      return boundNames(pattern.left as AcornNode);
    default:
      return [];
  }
}

/** Visits every node below `root`, without recursion (a hostile file may nest very deep). */
function walk(root: AcornNode, visit: (node: AcornNode) => void): void {
  const stack: AcornNode[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    visit(node);
    for (const key in node) {
      const child = node[key];
      if (child === null || typeof child !== "object") continue;
      if (Array.isArray(child)) {
        for (const item of child) if (item && typeof (item as AcornNode).type === "string") stack.push(item as AcornNode);
      } else if (typeof (child as AcornNode).type === "string") stack.push(child as AcornNode);
    }
  }
}

/** Whether a thrown value is the skeleton's `new Error("TODO: …")`. */
function isStubThrow(thrown: AcornNode | null): boolean {
  if (thrown?.type !== "NewExpression") return false;
  const message = (thrown.arguments as AcornNode[])[0];
  const text = message?.type === "TemplateLiteral" ? (message.quasis as { value: { cooked: string } }[])[0]?.value.cooked : message && literalText(message);
  return text?.startsWith(STUB_MARKER) ?? false;
}

/** A relative import of `from`, as a file of the graded folder (with or without its .ts). */
function resolveRelative(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, base.replace(/\.js$/, ".ts")].find((candidate) => existsSync(candidate) && !statSync(candidate).isDirectory());
}

/** A declaration, and the file it is in. */
interface Declaration {
  node: AcornNode;
  file: ParsedFile;
}

/** Whether a declaration holds one of its file's stub throws. */
function holdsStub({ node, file }: Declaration): boolean {
  return file.stubThrows.some((at) => at >= (node.start as number) && at < (node.end as number));
}

/** What an export of a file is declared as, following re-exports and imports into other files of the folder. */
class ExportResolver {
  private readonly files = new Map<string, Promise<ParsedFile>>();

  file(path: string): Promise<ParsedFile> {
    let parsed = this.files.get(path);
    if (!parsed) {
      parsed = parseFile(path);
      this.files.set(path, parsed);
    }
    return parsed;
  }

  /** Every name `path` exports (through `export *` too). */
  async names(path: string, seen = new Set<string>()): Promise<Set<string>> {
    if (seen.has(path)) return new Set();
    seen.add(path);
    const file = await this.file(path);
    const names = new Set(file.exports.keys());
    for (const from of file.exportsAll) {
      const target = resolveRelative(path, from);
      // A module outside the folder (node:…, a package): its names are unknown, so assume any.
      if (!target) return new Set([...names, "*"]);
      for (const name of await this.names(target, seen)) if (name !== "default") names.add(name);
    }
    return names;
  }

  /** The declaration `name` of `path` ends at, when it is in a file of the folder; undefined when it lies elsewhere. */
  async declaration(path: string, name: string, depth = 0): Promise<Declaration | undefined> {
    if (depth > 20) return undefined;
    const file = await this.file(path);
    const exported = file.exports.get(name);
    if (exported && "from" in exported) return this.imported(path, exported.from, exported.imported, depth);
    if (exported) return this.local(path, file, exported.local, depth);
    for (const from of file.exportsAll) {
      const target = resolveRelative(path, from);
      if (target && name !== "default" && (await this.names(target)).has(name)) return this.declaration(target, name, depth + 1);
    }
    return undefined;
  }

  private async local(path: string, file: ParsedFile, local: string, depth: number): Promise<Declaration | undefined> {
    const binding = file.locals.get(local);
    if (!binding) return undefined;
    return "node" in binding ? { node: binding.node, file } : this.imported(path, binding.from, binding.imported, depth);
  }

  private async imported(path: string, from: string, name: string, depth: number): Promise<Declaration | undefined> {
    const target = resolveRelative(path, from);
    return target && name !== "*" ? this.declaration(target, name, depth + 1) : undefined;
  }
}

async function analyse(directory: string, exercise: ExerciseSpec): Promise<StaticFindings> {
  const findings: StaticFindings = { missingFiles: [], missingExports: [], refusedImports: [], refusedGlobals: [], stubs: [] };
  const resolver = new ExportResolver();
  for (const [file, wanted] of Object.entries(exercise.files)) {
    const path = join(directory, file);
    if (!existsSync(path)) {
      findings.missingFiles.push(file);
      continue;
    }
    // Each file in a turn of its own: the grader's event loop stays free between them.
    await new Promise((resolve) => setImmediate(resolve));
    const exported = await resolver.names(path);
    for (const name of wanted) {
      if (!exported.has(name) && !exported.has("*")) findings.missingExports.push({ file, name });
    }
    const parsed = await resolver.file(path);
    for (const specifier of parsed.specifiers) {
      const why = refusal(specifier, path, exercise);
      if (why) findings.refusedImports.push({ file, specifier, why });
    }
    for (const name of exercise.refusedGlobals ?? []) {
      if (parsed.globals.has(name)) findings.refusedGlobals.push({ file, name, why: t("this exercise is about doing {module}'s job yourself over a raw socket", { module: name }) });
    }
    // In the order they are written, as a student reads the file.
    const stubs: { name: string; at: number }[] = [];
    for (const name of exported) {
      const declaration = name === "*" ? undefined : await resolver.declaration(path, name);
      if (declaration && holdsStub(declaration)) stubs.push({ name, at: Number(declaration.node.start) });
    }
    for (const { name } of stubs.sort((a, b) => a.at - b.at)) if (!findings.stubs.includes(name)) findings.stubs.push(name);
  }
  return findings;
}

/** A path as the student sees it: relative to where they ran the command. */
export function shownPath(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown.startsWith("..") ? path : shown;
}
