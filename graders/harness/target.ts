// LAB_TARGET chooses the tree a run grades: `exercises` (default), `solutions`, or any folder
// laid out as NN-slug/…, anywhere on disk.
import { existsSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { t } from "../i18n/index.ts";
import type { ExerciseSpec } from "../manifest.ts";
import { KIT_ROOT } from "./static.ts";

export function targetRoot(target = process.env.LAB_TARGET): string {
  if (!target || target === "exercises") return join(KIT_ROOT, "exercises");
  if (target === "solutions") return join(KIT_ROOT, "solutions");
  return isAbsolute(target) ? target : resolve(process.cwd(), target);
}

/** The directory to grade for `exercise`, with a clear error when it is not there. */
export function targetDirectory(exercise: ExerciseSpec, target = process.env.LAB_TARGET): string {
  const root = targetRoot(target);
  const directory = join(root, exercise.slug);
  if (!existsSync(directory)) {
    throw new Error(t("LAB_TARGET points at {root}, but it has no folder {folder}/. Use exercises, solutions, or a folder laid out like exercises/.", { root, folder: exercise.slug }));
  }
  return directory;
}
