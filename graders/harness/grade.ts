// Runs an exercise's checks against one directory and returns results as data.
// Checks are independent (each has its own processes and dynamic ports), so they run side by side.
import { availableParallelism } from "node:os";
import { lessonPath, type ExerciseSpec } from "../manifest.ts";
import { CompileError } from "./build.ts";
import { CheckContext, CheckFailure, type CheckDefinition } from "./check.ts";
import { containedVerdict } from "./containment.ts";
import { DeadlineExceeded, within } from "./deadline.ts";
import { STACK_LINE, TROUBLE_HINTS, UNSETTLED_AWAIT_EXIT_CODE, classifyTrouble, troubleLink, type Trouble } from "./hints.ts";
import type { StudentProcess } from "./launch.ts";
import { ProbeProcesses } from "./probe.ts";
import { inspect, shownPath, type StaticFindings } from "./static.ts";
import type { CheckResult, Hint } from "./types.ts";
import { localLesson, t, translateManifestText } from "../i18n/index.ts";

/** A whole check, steps and cleanup included, may not take longer than this. */
const CHECK_BUDGET_MS = 60_000;

export interface GradeOptions {
  /** Grade only these check ids (the self-test uses this for buggy variants). */
  only?: string[];
  /** Shares one limit on checks running at once between gradings (the batch worker grades exercises side by side). */
  limit?: Limit;
  /** Variables every program of the grading gets besides the scrubbed environment (mutation testing names the active mutant). */
  environment?: NodeJS.ProcessEnv;
}

/** Runs a task when fewer than its size are running. */
export type Limit = <T>(task: () => Promise<T>) => Promise<T>;

/** The limit a grading uses unless it is given one. Checks mostly wait on sockets, so twice the cores keeps the CPU busy without crowding it. */
export function checkLimit(): Limit {
  return createLimit(2 * availableParallelism());
}

/** One promise per check id, in the grader's order; `finished` resolves once every process of the grading is stopped. */
export type Grading = Map<string, Promise<CheckResult>> & { finished: Promise<void> };

/** Starts every check and returns one promise per check id, in the grader's order. */
export function startGrading(exercise: ExerciseSpec, checks: CheckDefinition[], directory: string, options: GradeOptions = {}): Grading {
  const selected = options.only ? checks.filter((check) => options.only!.includes(check.id)) : checks;
  const findings = inspect(directory, exercise);
  const limit = options.limit ?? checkLimit();
  // Checks that mostly wait take their place in the queue first (sort is stable); results keep the grader's order.
  const startOrder = [...selected].sort((a, b) => Number(b.startsEarly ?? false) - Number(a.startsEarly ?? false));
  // The library checks of this grading share probe processes (harness/probe.ts).
  const probes = new ProbeProcesses(directory, { needsChildProcesses: exercise.needsChildProcesses }, options.environment);
  const started = new Map(
    startOrder.map((check) => [
      check.id,
      findings.then(
        (found) => limit(() => gradeCheck(exercise, check, directory, found, probes, options.environment)),
        (error: unknown) => Promise.resolve(result(exercise, check, "error", t("The grader could not read your code: {error}", { error: String(error) }))),
      ),
    ]),
  );
  const inOrder = selected.map((check) => started.get(check.id)!);
  const results = new Map(selected.map((check, index) => [check.id, tellCompileErrorsOnce(inOrder, index)]));
  const finished = Promise.allSettled(started.values()).then(() => probes.close());
  return Object.assign(results, { finished });
}

/**
 * A compile error fails every check that builds the broken file. The first check (in the
 * grader's order) tells it; a later one whose every error line was told already becomes
 * "not run because of" that check, so the student reads the errors once.
 */
async function tellCompileErrorsOnce(results: Promise<CheckResult>[], index: number): Promise<CheckResult> {
  const result = await results[index]!;
  if (!result.compileErrors) return result;
  const lines = result.compileErrors.split("\n");
  for (const earlier of results.slice(0, index)) {
    const told = await earlier;
    if (told.compileErrors && lines.every((line) => told.compileErrors!.split("\n").includes(line))) {
      const message = t("Not run: your code does not compile. The errors are shown once, under the check \"{title}\".", { title: told.title });
      return { ...result, message, steps: [], transcript: [], mismatch: undefined, hint: undefined, notRunBecauseOf: told.id };
    }
  }
  return result;
}

/** Grades every check (or `only` some) and waits for all of them. */
export async function gradeAll(
  exercise: ExerciseSpec,
  checks: CheckDefinition[],
  directory: string,
  options: GradeOptions = {},
): Promise<CheckResult[]> {
  const grading = startGrading(exercise, checks, directory, options);
  const results = await Promise.all(grading.values());
  await grading.finished;
  return results;
}

/** Every check failed for one reason that lies outside the code (a missing folder, say), said by `message`. */
export function failEveryCheck(exercise: ExerciseSpec, checks: CheckDefinition[], message: string): CheckResult[] {
  return checks.map((check) => result(exercise, check, "failed", message, { text: message, lesson: localLesson(lessonPath(exercise)) }));
}

function result(exercise: ExerciseSpec, check: CheckDefinition, status: CheckResult["status"], message: string, hint?: Hint): CheckResult {
  return {
    id: check.id,
    title: check.title,
    points: exercise.checks[check.id]?.points ?? 0,
    status,
    message,
    steps: [],
    transcript: [],
    hint,
    durationMs: 0,
  };
}

/** Problems found before running anything, as one message, or undefined when there are none. */
function staticProblem(exercise: ExerciseSpec, directory: string, found: StaticFindings): string | undefined {
  if (found.tooDeep && found.tooDeep.length > 0) {
    return t("The grader cannot read {files}: the code is nested too deeply (thousands of brackets or parentheses inside each other). Write it flatter: split deep expressions into steps with names.", {
      files: found.tooDeep.map((file) => `${shownPath(directory)}/${file}`).join(", "),
    });
  }
  if (found.missingFiles.length > 0) {
    return t("The file {file} is missing from {folder}. Restore it (git checkout) or recreate it from the lesson.", {
      file: found.missingFiles.join(", "),
      folder: shownPath(directory),
    });
  }
  const [missing] = found.missingExports;
  if (missing) {
    return t("{file} must export `{name}`, and it does not: the grader calls it by that name. Was it renamed or removed? Put back `export` and the original name.", {
      file: missing.file,
      name: missing.name,
    });
  }
  const [refused] = found.refusedImports;
  if (refused) {
    return t('{file} imports "{specifier}", which is not allowed here: {why}. Remove that import.', refused);
  }
  const [global] = found.refusedGlobals;
  if (global) {
    return t("{file} uses {name}, which is not allowed here: {why}. Write that part yourself with node:net.", global);
  }
  return undefined;
}

async function gradeCheck(
  exercise: ExerciseSpec,
  check: CheckDefinition,
  directory: string,
  found: StaticFindings,
  probes: ProbeProcesses,
  environment: NodeJS.ProcessEnv = {},
): Promise<CheckResult> {
  const spec = exercise.checks[check.id];
  const lesson = localLesson(lessonPath(exercise));
  const problem = staticProblem(exercise, directory, found);
  if (problem) return result(exercise, check, "failed", problem, { text: problem, lesson });
  const stubs = check.needs.filter((name) => found.stubs.includes(name));
  if (stubs.length > 0) {
    // Every file that holds one of the stubs, in the order the check needs them.
    const files = [...new Set(stubs.map((name) => Object.entries(exercise.files).find(([, exports]) => exports.includes(name))?.[0] ?? ""))];
    const where = files.join(` ${t("and")} `);
    return result(
      exercise,
      check,
      "not-started",
      t("Not started yet: write {names} in {file}. Start with {lesson}.", {
        names: stubs.map((name) => `\`${name}\``).join(", "),
        file: files.map((file) => `${shownPath(directory)}/${file}`).join(` ${t("and")} `),
        lesson,
      }),
      { text: t("Read {lesson}, then replace the TODO in {file}.", { lesson, file: where }), lesson },
    );
  }

  const context = new CheckContext(directory, { needsChildProcesses: exercise.needsChildProcesses, probes }, environment);
  const started = performance.now();
  let status: CheckResult["status"] = "passed";
  let message = "";
  let failure: CheckFailure | undefined;
  try {
    await within(CHECK_BUDGET_MS, t("the whole check"), check.run(context));
  } catch (error) {
    ({ status, message, failure } = explain(error));
  } finally {
    await context.cleanup();
  }
  // A refused file access or process, or processes left running, is part of the verdict.
  ({ status, message } = containedVerdict(status, message, context.transcript.events, context.containment.strays, context.containment.refusals));

  // A program that crashed explains the failure better than what the grader saw of it (a reset, a timeout).
  const crash = status === "failed" ? crashAmong(context.programs) : undefined;
  if (crash && !message.includes(crash.sentence)) message = `${message}\n${crash.sentence}`;

  let hint: Hint | undefined;
  if (failure?.details.compileErrors) {
    // What the check is about does not matter yet: the code has to compile first.
    hint = { text: TROUBLE_HINTS.compile(), lesson: localLesson(troubleLink("compile")) };
  } else if (status !== "passed" && spec) {
    const printed = context.transcript.events.filter((event) => event.from === "student" && event.text).map((event) => event.text).join("\n");
    const trouble = crash?.trouble ?? failure?.details.trouble ?? classifyTrouble(failure?.details.code, failure?.details.mismatch, printed);
    hint = trouble
      ? { text: `${TROUBLE_HINTS[trouble]()}\n${translateManifestText(spec.hint)}`, lesson: `${localLesson(troubleLink(trouble))} ${t("and")} ${lesson}#${spec.section}` }
      : { text: translateManifestText(spec.hint), lesson: `${lesson}#${spec.section}` };
  }
  return {
    ...result(exercise, check, status, message, hint),
    steps: context.steps,
    mismatch: failure?.details.mismatch,
    transcript: context.transcript.events,
    durationMs: Math.round(performance.now() - started),
    ...(failure?.details.compileErrors && { compileErrors: failure.details.compileErrors }),
  };
}

/**
 * The first program of a check that crashed by itself: an uncaught error (a non-zero exit code and
 * a stack trace) or a top-level await that never settled (exit code 13). Programs the grader
 * killed ended by a signal, so they are not counted.
 */
export function crashAmong(programs: readonly StudentProcess[]): { trouble: Trouble; sentence: string } | undefined {
  for (const program of programs) {
    const code = program.exit?.code;
    if (code === UNSETTLED_AWAIT_EXIT_CODE) {
      return { trouble: "unsettled", sentence: t("`{program}` ended with exit code 13: its top-level await never settled.", { program: program.description }) };
    }
    if (code === undefined || code === null || code === 0 || !STACK_LINE.test(program.stderr)) continue;
    const lines = program.stderr.split("\n");
    const error = lines.find((line) => /^[\w.]*(Error|Exception)\b|^Uncaught\b/.test(line)) ?? lines.find((line) => line.trim() !== "") ?? "";
    // The first frame in a file of the program's own (a .ts file, thanks to source maps), not Node's.
    const frame = lines.map((line) => /^\s+at .*?([^\s/\\(]+\.ts):(\d+)/.exec(line)).find((match) => match !== null);
    const where = frame ? ` (${frame[1]}:${frame[2]})` : "";
    return {
      trouble: "crash",
      sentence: t("`{program}` crashed with exit code {code}: {error}{where}", { program: program.description, code, error: error.trim().slice(0, 300), where }),
    };
  }
  return undefined;
}

/** Turns whatever a check threw into a status: the student's fault is "failed", the grader's "error". */
function explain(error: unknown): { status: CheckResult["status"]; message: string; failure?: CheckFailure } {
  if (error instanceof CheckFailure) return { status: "failed", message: error.message, failure: error };
  if (error instanceof DeadlineExceeded && error.heldUpMs !== undefined) {
    // Nothing can be said about the program: the grader was not running while it should have timed it.
    return {
      status: "error",
      message: t("The grader itself was held up for {seconds} s while it waited {limit} s for {what} (it was stopped, or starved of CPU), so this check could not be timed. Grade it again.", {
        seconds: ((error.ms + error.heldUpMs) / 1000).toFixed(1),
        limit: (error.ms / 1000).toFixed(1),
        what: error.what,
      }),
    };
  }
  if (error instanceof DeadlineExceeded) {
    const failure = new CheckFailure(t("The grader timed out after {seconds} s waiting for {what}.", { seconds: (error.ms / 1000).toFixed(1), what: error.what }), { trouble: "timeout" });
    return { status: "failed", message: failure.message, failure };
  }
  if (error instanceof CompileError) {
    const failure = new CheckFailure(t("Your code does not compile:\n{errors}", { errors: error.message }), { trouble: "compile", compileErrors: error.message });
    return { status: "failed", message: failure.message, failure };
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === "string" && code.startsWith("E")) {
    const failure = new CheckFailure(t("The connection failed with {code}.", { code }), { code });
    return { status: "failed", message: failure.message, failure };
  }
  return { status: "error", message: t("The grader itself failed; please report it: {error}", { error: error instanceof Error ? (error.stack ?? error.message) : String(error) }) };
}

/** At most `size` tasks at once. */
function createLimit(size: number): Limit {
  let running = 0;
  const queue: (() => void)[] = [];
  return async (task) => {
    if (running >= size) await new Promise<void>((resolve) => queue.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      queue.shift()?.();
    }
  };
}
