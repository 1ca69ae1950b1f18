// `npm run hint -- 05`: one more hint each time, from the first nudge to the last.
//   --all    every hint at once        --reset  start again from the first
import { parseArgs } from "node:util";
import { localLesson, t, translateManifestText } from "../../i18n/index.ts";
import { findExercise, lessonPath } from "../../manifest.ts";
import { isEntryPoint } from "../entry.ts";
import { exerciseArgument, readState, writeState } from "./state.ts";

const usage = () => t("usage: npm run hint -- NN [--all | --reset]   (for example: npm run hint -- 05)");

/** How many hints of each exercise have been revealed. */
type HintState = Record<string, number>;

/** Reveals the next hint (or all, or resets) and returns the lines to print. */
export function revealHints(number: string, mode: "next" | "all" | "reset"): string[] {
  const exercise = findExercise(number);
  const state = readState<HintState>("hints", {});
  const total = exercise.hints.length;
  if (mode === "reset") {
    delete state[exercise.number];
    writeState("hints", state);
    return [t("Hints for {number} start again from the first. Run npm run hint -- {number} to see it.", { number: exercise.number })];
  }
  const shown = mode === "all" ? total : Math.min((state[exercise.number] ?? 0) + 1, total);
  state[exercise.number] = shown;
  writeState("hints", state);
  const lines = exercise.hints
    .slice(0, shown)
    .map((hint, index) => t("Hint {n} of {total}: {hint}", { n: index + 1, total, hint: translateManifestText(hint) }));
  const lesson = localLesson(lessonPath(exercise));
  lines.push(
    shown < total
      ? `\n${t("Still stuck? Run it again for hint {next}. The lesson is {lesson}.", { next: shown + 1, lesson })}`
      : `\n${t("That was the last hint. The lesson {lesson} and each failing check's own hint say the rest.", { lesson })}`,
  );
  return lines;
}

if (isEntryPoint(import.meta.url)) {
  try {
    const { values, positionals } = parseArgs({ allowPositionals: true, options: { all: { type: "boolean" }, reset: { type: "boolean" } } });
    const number = exerciseArgument(positionals, usage());
    console.log(revealHints(number, values.reset ? "reset" : values.all ? "all" : "next").join("\n"));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage()}`);
    process.exit(2);
  }
}
