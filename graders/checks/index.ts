// Which grader grades which exercise: graders/checks/NN-slug.ts, exporting `checks`, for every
// exercise of the manifest that has one. Found by name, so adding an exercise needs no line here.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CheckDefinition } from "../harness/check.ts";
import { EXERCISES } from "../manifest.ts";

const HERE = dirname(fileURLToPath(import.meta.url));

const GRADERS: Record<string, CheckDefinition[]> = Object.fromEntries(
  await Promise.all(
    EXERCISES.filter((exercise) => existsSync(join(HERE, `${exercise.slug}.ts`))).map(async (exercise) => {
      const module = (await import(`./${exercise.slug}.ts`)) as { checks: CheckDefinition[] };
      return [exercise.number, module.checks] as const;
    }),
  ),
);

export function checksFor(number: string): CheckDefinition[] {
  const checks = GRADERS[number];
  if (!checks) throw new Error(`No grader for exercise ${number}: graders/checks/ has no file named after its slug that exports \`checks\`.`);
  return checks;
}
