// Grades one exercise in this process with the real grader and exits 0 when every check
// passes, 1 at the first check that does not (naming it), 2 on bad usage. Mutation testing
// (graders/tools/mutants.ts) runs it once per mutant; it is also a quick verdict by hand:
//
//   npx tsx graders/tools/grade-once.ts 05                       grades solutions/05-framing
//   LAB_TARGET=exercises npx tsx graders/tools/grade-once.ts 05  grades another tree
import { checksFor } from "../checks/index.ts";
import { startGrading } from "../harness/grade.ts";
import { stopStudentProcessesWhenThisProcessEnds } from "../harness/launch.ts";
import { targetDirectory } from "../harness/target.ts";
import { findExercise } from "../manifest.ts";

/** Stryker names the mutant a run is for in this variable; the programs under grading need it too. */
const ACTIVE_MUTANT = "__STRYKER_ACTIVE_MUTANT__";

stopStudentProcessesWhenThisProcessEnds();
const [number] = process.argv.slice(2);
if (!number) {
  console.error("usage: grade-once.ts NN   (LAB_TARGET chooses the tree; solutions/ by default)");
  process.exit(2);
}
let directory: string;
let exercise: ReturnType<typeof findExercise>;
try {
  exercise = findExercise(number);
  directory = targetDirectory(exercise, process.env.LAB_TARGET ?? "solutions");
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
const mutant = process.env[ACTIVE_MUTANT];
const grading = startGrading(exercise, checksFor(exercise.number), directory, { environment: mutant === undefined ? {} : { [ACTIVE_MUTANT]: mutant } });

// The first check that does not pass decides; the others are not waited for (the exit kills their programs).
const verdicts = [...grading.values()].map((promise) =>
  promise.then((result) => {
    if (result.status === "passed") return;
    console.log(`${result.status}: ${result.id}\n${result.message}`);
    process.exit(1);
  }),
);
await Promise.all(verdicts);
console.log(`passed: every check of ${exercise.number} ${exercise.slug}`);
