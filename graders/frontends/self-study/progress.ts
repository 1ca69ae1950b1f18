// `npm run progress`: where a self-learner stands, exercise by exercise, and what to do next.
// Only exercises whose files changed since their last result are graded again.
import { styleText } from "node:util";
import { checksFor } from "../../checks/index.ts";
import { gradeAll } from "../../harness/grade.ts";
import { targetDirectory } from "../../harness/target.ts";
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

function describe(exercise: ExerciseSpec, progress: ExerciseProgress): string {
  const status = statusOf(progress);
  const text = status === "in progress" ? `in progress, ${progress.passed} of ${progress.total} checks` : status;
  const colour = status === "done" ? "green" : status === "in progress" ? "yellow" : "gray";
  return styleText(colour, text.padEnd(30));
}

if (isEntryPoint(import.meta.url)) {
  const state = await measureProgress();
  console.log(`${"NN".padEnd(4)}${"exercise".padEnd(36)}${"status".padEnd(30)}points   lesson`);
  let next: ExerciseSpec | undefined;
  for (const exercise of EXERCISES) {
    const progress = state[exercise.number];
    if (!progress) continue;
    if (!next && statusOf(progress) !== "done") next = exercise;
    const points = `${progress.points}/${progress.maxPoints}`.padEnd(9);
    console.log(`${exercise.number.padEnd(4)}${exercise.title.padEnd(36)}${describe(exercise, progress)}${points}${lessonPath(exercise)}`);
  }
  console.log(
    next
      ? `\nNext: exercise ${next.number}, ${next.title}. Read ${lessonPath(next)}, then run: npm test exercises/${next.number}`
      : "\nEvery exercise is done. Well done! Compare your work with the reference: npm run compare -- NN",
  );
}
