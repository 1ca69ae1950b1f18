// Which exercises a batch run grades: `--exercises 01,03-05`, or every exercise with a grader.
import { checksFor } from "../../checks/index.ts";
import { EXERCISES, findExercise, type ExerciseSpec } from "../../manifest.ts";
import { t } from "../../i18n/index.ts";
import { BatchInputError } from "./types.ts";

function hasGrader(exercise: ExerciseSpec): boolean {
  try {
    return checksFor(exercise.number).length > 0 && Object.keys(exercise.checks).length > 0;
  } catch {
    return false;
  }
}

function known(): string {
  return EXERCISES.map((exercise) => exercise.number).join(", ");
}

/**
 * The exercises to grade, in manifest order, and notes on the ones left out. Items are numbers
 * ("3", "03") or ranges ("01-05"), each possibly a comma-separated list.
 */
export function selectExercises(wanted?: string[]): { exercises: ExerciseSpec[]; notes: string[] } {
  const notes: string[] = [];
  if (!wanted || wanted.length === 0) {
    const exercises = EXERCISES.filter(hasGrader);
    if (exercises.length === 0) throw new BatchInputError(t("No exercise has a grader yet, so there is nothing to grade."));
    return { exercises, notes };
  }
  const chosen = new Set<string>();
  for (const item of wanted.flatMap((text) => text.split(",")).map((text) => text.trim())) {
    const range = /^(\d{1,2})-(\d{1,2})$/.exec(item);
    if (range) {
      const [low, high] = [Number(range[1]), Number(range[2])];
      if (low > high) throw new BatchInputError(t("The range {range} runs backwards; write it as {reversed}.", { range: item, reversed: `${range[2]}-${range[1]}` }));
      const inside = EXERCISES.filter((exercise) => Number(exercise.number) >= low && Number(exercise.number) <= high);
      if (inside.length === 0) throw new BatchInputError(t("No exercise is numbered within {range}. The exercises are {known}.", { range: item, known: known() }));
      for (const exercise of inside) chosen.add(exercise.number);
    } else if (/^\d{1,2}$/.test(item)) {
      try {
        chosen.add(findExercise(item).number);
      } catch (error) {
        throw new BatchInputError((error as Error).message);
      }
    } else {
      throw new BatchInputError(t("\"{item}\" is not an exercise number or range. Write for example --exercises 03 or --exercises 01,03-05.", { item }));
    }
  }
  const exercises: ExerciseSpec[] = [];
  for (const exercise of EXERCISES.filter((candidate) => chosen.has(candidate.number))) {
    if (hasGrader(exercise)) exercises.push(exercise);
    else notes.push(t("Exercise {number} ({slug}) has no grader yet; it is left out.", { number: exercise.number, slug: exercise.slug }));
  }
  if (exercises.length === 0) throw new BatchInputError(`${t("None of the chosen exercises has a grader yet.")} ${notes.join(" ")}`);
  return { exercises, notes };
}
