// The runtime side of a probe: a small program, built together with the student's module,
// that runs one named case and prints its outcome as one JSON line for the grader.
// A case that throws is an outcome too ({ threw: message }): rejecting bad input is often
// exactly what a check wants to see.

export type ProbeCases = Record<string, (input: never) => unknown>;

export type ProbeOutcome<T = unknown> = { returned: T } | { threw: string };

export async function runProbe(cases: ProbeCases): Promise<void> {
  const [name = "", input = "null"] = process.argv.slice(2);
  const run = cases[name];
  if (!run) {
    console.error(`unknown probe case ${name}`);
    process.exit(2);
  }
  let outcome: ProbeOutcome;
  try {
    outcome = { returned: await run(JSON.parse(input) as never) };
  } catch (error) {
    outcome = { threw: error instanceof Error ? error.message : String(error) };
  }
  process.stdout.write(`${JSON.stringify({ value: outcome })}\n`);
}
