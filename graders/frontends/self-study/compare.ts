// `npm run compare -- 05`: your files beside the reference, as a coloured unified diff.
// It waits until the exercise passes, so the reference is a second opinion, not a shortcut.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseArgs, styleText } from "node:util";
import { createTwoFilesPatch } from "diff";
import { KIT_ROOT, shownPath } from "../../harness/static.ts";
import { readText } from "../../harness/text.ts";
import { targetDirectory } from "../../harness/target.ts";
import { t } from "../../i18n/index.ts";
import { findExercise } from "../../manifest.ts";
import { withoutExerciseSteps } from "../../tools/skeletons.ts";
import { isEntryPoint } from "../entry.ts";
import { measureProgress, statusOf } from "./progress.ts";
import { exerciseArgument } from "./state.ts";

const usage = () => t("usage: npm run compare -- NN [--force]   (for example: npm run compare -- 05)");

function colour(line: string): string {
  if (line.startsWith("+++") || line.startsWith("---")) return styleText("bold", line);
  if (line.startsWith("+")) return styleText("green", line);
  if (line.startsWith("-")) return styleText("red", line);
  if (line.startsWith("@@")) return styleText("cyan", line);
  return line;
}

/** The diff of every file the student edits against the reference, or a refusal. */
export async function compareWithReference(number: string, force: boolean): Promise<{ ok: boolean; text: string }> {
  const exercise = findExercise(number);
  const mine = targetDirectory(exercise);
  const reference = join(KIT_ROOT, "solutions", exercise.slug);
  if (!force) {
    const progress = (await measureProgress())[exercise.number];
    if (!progress || statusOf(progress) !== "done") {
      const passing = progress ? t("{passed} of {total} checks pass", { passed: progress.passed, total: progress.total }) : t("it has not been graded");
      return {
        ok: false,
        text: t(
          "Exercise {number} does not pass yet ({passing}). Finish it first: npm test exercises/{number}\nThe reference is more useful once you have your own answer. To look anyway: npm run compare -- {number} --force",
          { number: exercise.number, passing },
        ),
      };
    }
  }
  const parts: string[] = [];
  for (const file of Object.keys(exercise.files)) {
    const read = (directory: string) => (existsSync(join(directory, file)) ? readText(join(directory, file)) : "");
    // The reference's @exercise steps became your TODO comments: they are not a difference.
    const [yours, theirs] = [read(mine), read(reference)].map((text) => withoutExerciseSteps(file, text));
    const patch = createTwoFilesPatch(shownPath(join(mine, file)), shownPath(join(reference, file)), yours!, theirs!, t("yours"), t("reference"));
    const body = patch.split("\n").slice(1); // drop the "=====" separator line
    parts.push(body.length > 3 ? body.map(colour).join("\n") : t("{file}: identical to the reference.", { file }));
  }
  return { ok: true, text: parts.join("\n") };
}

if (isEntryPoint(import.meta.url)) {
  try {
    const { values, positionals } = parseArgs({ allowPositionals: true, options: { force: { type: "boolean" } } });
    const result = await compareWithReference(exerciseArgument(positionals, usage()), values.force ?? false);
    console.log(result.text);
    process.exitCode = result.ok ? 0 : 1;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage()}`);
    process.exit(2);
  }
}
