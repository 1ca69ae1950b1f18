// The runtime side of a probe. A probe file (probes/NN-slug.ts) imports the student's module as
// `student:file.ts` and hands its named cases to runProbe. It runs inside the probe host
// (probes/host.ts), which imports the probe afresh for every case, so each case gets a fresh copy
// of the student's module, and sends each case's outcome back to the grader.
// A case that throws is an outcome too ({ threw: message }): rejecting bad input is often
// exactly what a check wants to see.
import type { CallResult, ObservedCall } from "./observe.ts";

export type ProbeCases = Record<string, (input: never) => unknown>;

export type ProbeOutcome<T = unknown> = { returned: T } | { threw: string };

/** What the grader asks the host: run case `name` of the probe on `input`. */
export interface ProbeRequest {
  id: number;
  name: string;
  input: unknown;
}

/**
 * What the host sends, one JSON line each, on its own channel (file descriptor 3), never on the
 * student's stdout: each call into the student's code as it starts and as it ends, then the
 * case's outcome.
 */
export type ProbeMessage =
  | { id: number; calling: ObservedCall; index: number }
  | { id: number; called: CallResult; index: number }
  | { id: number; outcome: ProbeOutcome }
  /** The grader's own mistake (an unknown case name, say), not the student's. */
  | { id: number; problem: string };

/** Where a probe being imported by the host hands over its cases. */
export const CASES_SLOT = Symbol.for("app-layer-lab.probe.cases");

export async function runProbe(cases: ProbeCases): Promise<void> {
  const receive = (globalThis as { [CASES_SLOT]?: (cases: ProbeCases) => void })[CASES_SLOT];
  if (!receive) throw new Error("a probe runs inside the probe host, graders/probes/host.ts");
  receive(cases);
}
