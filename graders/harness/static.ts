// Reads the student's code before anything runs (with ts-morph): which exercise functions are
// still untouched stubs, which promised exports are missing, and which imports are refused.
// ts-morph takes half a second to load, so results are cached by the files' content.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { currentLanguage, t } from "../i18n/index.ts";
import type { ExerciseSpec } from "../manifest.ts";

export interface StaticFindings {
  missingFiles: string[];
  missingExports: { file: string; name: string }[];
  refusedImports: { file: string; specifier: string; why: string }[];
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
const ANALYSIS_VERSION = "3";

function cacheKey(directory: string, exercise: ExerciseSpec): string {
  // The findings hold translated reasons (a refused import's), so each language has its own.
  const hash = createHash("sha256").update(ANALYSIS_VERSION).update(currentLanguage()).update(JSON.stringify(exercise.files));
  // Where the folder is matters only inside the kit (a relative import could reach solutions/),
  // so every folder outside it shares one key: a buggy variant in a fresh temporary folder hits
  // the cache of its previous run.
  const place = relative(KIT_ROOT, resolve(directory));
  hash.update(JSON.stringify(exercise.refusedModules ?? [])).update(place.startsWith("..") ? "<outside the kit>" : place);
  for (const file of Object.keys(exercise.files)) {
    const path = join(directory, file);
    hash.update(file).update(existsSync(path) ? readFileSync(path) : "<missing>");
  }
  return hash.digest("hex").slice(0, 24);
}

export async function inspect(directory: string, exercise: ExerciseSpec): Promise<StaticFindings> {
  const cached = join(CACHE, `${cacheKey(directory, exercise)}.json`);
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, "utf8")) as StaticFindings;
  const findings = await analyse(directory, exercise).catch((error: unknown) => {
    // 100 000 nested parentheses exhaust the stack of any recursive reader: the code's problem,
    // the same every run, so it is stored like any other finding.
    if (!(error instanceof RangeError)) throw error;
    return { missingFiles: [], missingExports: [], refusedImports: [], stubs: [], tooDeep: Object.keys(exercise.files) } satisfies StaticFindings;
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

async function analyse(directory: string, exercise: ExerciseSpec): Promise<StaticFindings> {
  const { Node, Project, SyntaxKind } = await import("ts-morph");
  // No lib files and no @types: finding exports and stubs needs only the student's own files,
  // and loading Node's typings made each analysis take a second or two instead of a few ms.
  const project = new Project({
    skipAddingFilesFromTsConfig: true,
    skipFileDependencyResolution: true,
    skipLoadingLibFiles: true,
    compilerOptions: { types: [] },
    useInMemoryFileSystem: false,
  });
  const findings: StaticFindings = { missingFiles: [], missingExports: [], refusedImports: [], stubs: [] };

  for (const [file, wanted] of Object.entries(exercise.files)) {
    const path = join(directory, file);
    if (!existsSync(path)) {
      findings.missingFiles.push(file);
      continue;
    }
    const source = project.addSourceFileAtPath(path);
    const exported = source.getExportedDeclarations();
    for (const name of wanted) {
      if (!exported.has(name)) findings.missingExports.push({ file, name });
    }

    const specifiers = [
      ...source.getImportDeclarations().map((declaration) => declaration.getModuleSpecifierValue()),
      ...source.getExportDeclarations().flatMap((declaration) => declaration.getModuleSpecifierValue() ?? []),
      ...source
        .getDescendantsOfKind(SyntaxKind.CallExpression)
        .filter((call) => ["import", "require"].includes(call.getExpression().getText()))
        .map((call) => call.getArguments()[0])
        .filter((argument) => argument !== undefined && Node.isStringLiteral(argument))
        .map((argument) => (argument as import("ts-morph").StringLiteral).getLiteralValue()),
    ];
    for (const specifier of specifiers) {
      const why = refusal(specifier, path, exercise);
      if (why) findings.refusedImports.push({ file, specifier, why });
    }

    for (const [name, declarations] of exported) {
      const isStub = declarations.some((declaration) =>
        declaration.getDescendantsOfKind(SyntaxKind.ThrowStatement).some((statement) => {
          const thrown = statement.getExpression();
          return Node.isNewExpression(thrown) && (thrown.getArguments()[0]?.getText() ?? "").slice(1).startsWith(STUB_MARKER);
        }),
      );
      if (isStub) findings.stubs.push(name);
    }
  }
  return findings;
}

/** A path as the student sees it: relative to where they ran the command. */
export function shownPath(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown.startsWith("..") ? path : shown;
}
