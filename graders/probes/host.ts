// The probe host: one process that runs the cases of one probe for a whole grading, one after
// another. Requests come on stdin, one JSON line each; answers go out on a file descriptor of
// their own (PROBE_FD, harness/channels.ts), so whatever the student's code prints stays its own output. Each case imports the probe bundle
// afresh (a new URL is a new module), so module-level state never leaks from one case to the
// next. A case that crashes or exits the process fails alone: the grader starts a new host.
import { writeSync } from "node:fs";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import { setCallSink } from "./observe.ts";
import { CASES_SLOT, type ProbeCases, type ProbeMessage, type ProbeOutcome, type ProbeRequest } from "./run-probe.ts";

/** PROBE_FD of harness/channels.ts, repeated: the host is built alone, importing nothing of the harness. */
const CHANNEL = 5;
const bundle = process.argv[2];
if (!bundle) throw new Error("usage: host.mjs PROBE_BUNDLE");
const url = pathToFileURL(bundle).href;

/** Writes one message to the channel as a line, however the pipe takes it. */
function send(message: ProbeMessage): void {
  let text: string;
  try {
    text = JSON.stringify(message);
  } catch (error) {
    text = JSON.stringify({ id: message.id, outcome: { threw: `the result could not be sent back: ${messageOf(error)}` } });
  }
  const bytes = Buffer.from(`${text}\n`, "utf8");
  for (let offset = 0; offset < bytes.length; ) {
    try {
      offset += writeSync(CHANNEL, bytes, offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1); // the grader reads it soon
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function runCase(request: ProbeRequest): Promise<void> {
  const { id } = request;
  let calls = 0;
  setCallSink({
    started: (calling) => {
      const index = calls++;
      send({ id, calling, index });
      return index;
    },
    finished: (index, called) => send({ id, called, index }),
  });
  let cases: ProbeCases | undefined;
  (globalThis as { [CASES_SLOT]?: (cases: ProbeCases) => void })[CASES_SLOT] = (given) => (cases = given);
  let outcome: ProbeOutcome;
  try {
    await import(`${url}?case=${id}`);
    const run = cases?.[request.name];
    if (!run) return send({ id, problem: `the probe has no case "${request.name}"` });
    outcome = { returned: await run(request.input as never) };
  } catch (error) {
    outcome = { threw: messageOf(error) };
  }
  send({ id, outcome });
}

for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (line.trim() !== "") await runCase(JSON.parse(line) as ProbeRequest);
}
