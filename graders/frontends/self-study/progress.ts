// `npm run progress`: where a self-learner stands, exercise by exercise, and what to do next.
// Only exercises whose files changed since their last result are graded again.
import { styleText } from "node:util";
import { checksFor } from "../../checks/index.ts";
import { displayWidth } from "../../harness/bytes.ts";
import { gradeAll } from "../../harness/grade.ts";
import { targetDirectory } from "../../harness/target.ts";
import { localLesson, t, translateManifestText } from "../../i18n/index.ts";
import { EXERCISES, lessonPath, type ExerciseSpec } from "../../manifest.ts";
import { isEntryPoint } from "../entry.ts";
import { hashFolder, readState, writeState } from "./state.ts";

export interface ExerciseProgress {
  hash: string;
  passed: number;
  notStarted: number;
  total: number;
  points: number;
  maxPoints: number;
}

export type ProgressState = Record<string, ExerciseProgress>;

export function statusOf(progress: ExerciseProgress): "not started" | "in progress" | "done" {
  if (progress.passed === progress.total) return "done";
  return progress.notStarted === progress.total ? "not started" : "in progress";
}

/** Grades what changed and returns every exercise's progress (and stores it). */
export async function measureProgress(): Promise<ProgressState> {
  const state = readState<ProgressState>("progress", {});
  for (const exercise of EXERCISES) {
    const checks = checksFor(exercise.number);
    if (checks.length === 0) continue;
    const directory = targetDirectory(exercise);
    const hash = hashFolder(directory);
    if (state[exercise.number]?.hash === hash) continue;
    const results = await gradeAll(exercise, checks, directory);
    state[exercise.number] = {
      hash,
      passed: results.filter((result) => result.status === "passed").length,
      notStarted: results.filter((result) => result.status === "not-started").length,
      total: results.length,
      points: results.filter((result) => result.status === "passed").reduce((sum, result) => sum + result.points, 0),
      maxPoints: results.reduce((sum, result) => sum + result.points, 0),
    };
    writeState("progress", state);
  }
  return state;
}

/** Pads to `width` terminal columns (a Korean character takes two). */
function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(1, width - displayWidth(text)));
}

function describe(exercise: ExerciseSpec, progress: ExerciseProgress): string {
  const status = statusOf(progress);
  const text =
    status === "in progress"
      ? t("in progress, {passed} of {total} checks", { passed: progress.passed, total: progress.total })
      : status === "done"
        ? t("done")
        : t("not started");
  const colour = status === "done" ? "green" : status === "in progress" ? "yellow" : "gray";
  return styleText(colour, pad(text, 30));
}

if (isEntryPoint(import.meta.url)) {
  const state = await measureProgress();
  console.log(`${pad("NN", 4)}${pad(t("exercise"), 36)}${pad(t("status"), 30)}${pad(t("points"), 9)}${t("lesson")}`);
  // The exercise in progress comes first, then the first one not done.
  const graded = EXERCISES.filter((exercise) => state[exercise.number]);
  const next =
    graded.find((exercise) => statusOf(state[exercise.number]!) === "in progress") ?? graded.find((exercise) => statusOf(state[exercise.number]!) !== "done");
  for (const exercise of EXERCISES) {
    const progress = state[exercise.number];
    if (!progress) continue;
    const points = `${progress.points}/${progress.maxPoints}`.padEnd(9);
    console.log(`${pad(exercise.number, 4)}${pad(translateManifestText(exercise.title), 36)}${describe(exercise, progress)}${points}${localLesson(lessonPath(exercise))}`);
  }
  console.log(
    next
      ? `\n${t("Next: exercise {number}, {title}. Read {lesson}, then run: npm test exercises/{number}", { number: next.number, title: translateManifestText(next.title), lesson: localLesson(lessonPath(next)) })}`
      : `\n${t("Every exercise is done. Well done! Compare your work with the reference: npm run compare -- NN")}`,
  );
}
