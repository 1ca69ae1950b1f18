// Generates each exercises/NN-slug/ from solutions/NN-slug/: the single source of truth.
// Every function or method whose doc comment has an `@exercise` tag becomes a stub: its
// signature and doc comment stay, the tag's steps become TODO comments, and its body throws
// the "TODO:" error that the grader reports as "not started".
//
//   npx tsx graders/tools/skeletons.ts          write exercises/
//   npx tsx graders/tools/skeletons.ts --check  fail when exercises/ differs from what it would write
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { IndentationText, Node, Project, SyntaxKind } from "ts-morph";
import { isEntryPoint } from "../frontends/entry.ts";
import { KIT_ROOT, STUB_MARKER } from "../harness/static.ts";
import { readText } from "../harness/text.ts";
import { EXERCISES, lessonPath, type ExerciseSpec } from "../manifest.ts";

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

/** Every file exercises/ should hold, keyed by its path relative to the kit. */
export function generateSkeletons(): Map<string, string> {
  const files = new Map<string, string>();
  for (const exercise of EXERCISES) {
    const solution = join(KIT_ROOT, "solutions", exercise.slug);
    if (!existsSync(solution)) continue;
    for (const name of readdirSync(solution).filter((file) => file.endsWith(".ts")).sort()) {
      const text = readText(join(solution, name));
      files.set(join("exercises", exercise.slug, name), stubSource(name, text, exercise));
    }
    files.set(join("exercises", exercise.slug, "grade.test.ts"), testEntry(exercise));
  }
  return files;
}

/** Paths whose content in exercises/ differs from what the generator writes. */
export function driftedSkeletons(): string[] {
  const drifted: string[] = [];
  for (const [path, text] of generateSkeletons()) {
    const actual = join(KIT_ROOT, path);
    if (!existsSync(actual) || readText(actual) !== text) drifted.push(path);
  }
  return drifted;
}

if (isEntryPoint(import.meta.url)) {
  if (process.argv.includes("--check")) {
    const drifted = driftedSkeletons();
    if (drifted.length > 0) {
      console.error(`These skeletons differ from their solutions:\n  ${drifted.join("\n  ")}\nRun: npx tsx graders/tools/skeletons.ts`);
      process.exit(1);
    }
    console.log("exercises/ matches solutions/.");
  } else {
    for (const [path, text] of generateSkeletons()) {
      mkdirSync(join(KIT_ROOT, path, ".."), { recursive: true });
      writeFileSync(join(KIT_ROOT, path), text);
    }
    console.log("exercises/ regenerated from solutions/.");
  }
}
