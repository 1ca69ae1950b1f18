// Probe for exercise 02: calls the student's address functions on a list of inputs the grader
// chooses and reports, for each input, what came back or the message of what was thrown.
// One process runs a whole list, so a check costs one launch, not one per input.
import { classifyPort, formatIPv4, normaliseAddress, parseIPv4, parsePort } from "student:addresses.ts";
import { runProbe, type ProbeOutcome } from "./run-probe.ts";

function each<I>(inputs: I[], call: (input: I) => unknown): ProbeOutcome[] {
  return inputs.map((input) => {
    try {
      return { returned: call(input) };
    } catch (error) {
      return { threw: error instanceof Error ? error.message : String(error) };
    }
  });
}

await runProbe({
  parseIPv4: (inputs: string[]) => each(inputs, parseIPv4),
  formatIPv4: (inputs: number[]) => each(inputs, formatIPv4),
  parsePort: (inputs: string[]) => each(inputs, parsePort),
  classifyPort: (inputs: number[]) => each(inputs, classifyPort),
  normaliseAddress: (inputs: string[]) => each(inputs, normaliseAddress),
});
