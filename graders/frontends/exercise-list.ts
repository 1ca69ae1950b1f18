// What the launcher (launcher.mjs) says when a command names no known exercise or a bad flag.
// It lives in TypeScript so the messages go through t(); the launcher loads it only then.
import { localLesson, t, translateManifestText } from "../i18n/index.ts";
import { EXERCISES, lessonPath } from "../manifest.ts";

/** Every exercise as `NN  title  (lesson)`, one a line. */
function exerciseLines(): string {
  return EXERCISES.map((exercise) => `  ${exercise.number}  ${translateManifestText(exercise.title)}  (${localLesson(lessonPath(exercise))})`).join("\n");
}

export function unknownExercise(asked: string): string {
  return t("There is no exercise {asked}. The exercises are:\n{list}\nFor example: npm test exercises/{example}", {
    asked,
    list: exerciseLines(),
    example: EXERCISES[0]?.number ?? "01",
  });
}

export function badFlag(flag: string): string {
  return t(
    "{flag} is not understood here. The kit's own flags go after --:\n  npm test exercises/05 -- --target solutions   grade the reference (or --target FOLDER, a folder laid out like exercises/)\n  npm test exercises/05 -- --lang ko            feedback in Korean (ko) or English (en)",
    { flag },
  );
}
