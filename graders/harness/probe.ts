// Library checks call the student's functions through a probe (graders/probes/…). One probe
// process serves every case of a grading, one case at a time, and each case gets a fresh copy
// of the student's module (probes/host.ts), so checks stay independent without paying for a
// Node start each. A case that crashes, hangs or exits the process fails alone: the process is
// replaced, the cases after it run in a fresh one, and the transcripts say which case it was.
import { join } from "node:path";
import { buildGraderProgram, buildProbe } from "./build.ts";
import { showBytes } from "./bytes.ts";
import { CheckContext, CheckFailure } from "./check.ts";
import type { ContainmentOptions } from "./containment.ts";
import { DEADLINES, within } from "./deadline.ts";
import type { StudentProcess } from "./launch.ts";
import { KIT_ROOT } from "./static.ts";
import { Transcript } from "./transcript.ts";
import type { TranscriptEvent } from "./types.ts";
import type { CallResult, ObservedCall, ShownValue } from "../probes/observe.ts";
import type { ProbeMessage } from "../probes/run-probe.ts";
import { t } from "../i18n/index.ts";

const HOST = join(KIT_ROOT, "graders", "probes", "host.ts");
/** Calls shown per case; the rest are counted. */
const SHOWN_CALLS = 60;
/** An answer longer than this is not an answer (a program writing garbage to the channel). */
const MAX_ANSWER_CHARS = 32 * 2 ** 20;

/** The probe processes of one grading: one per probe file, started on first use. */
export class ProbeProcesses {
  private readonly hosts = new Map<string, ProbeHost>();

  constructor(
    private readonly directory: string,
    private readonly options: ContainmentOptions = {},
    /** Variables every probe process gets (GradeOptions.environment). */
    private readonly environment: NodeJS.ProcessEnv = {},
  ) {}

  /** Runs case `caseName` of `probeFile` on `input`; its events go to `transcript`. Resolves with the case's outcome. */
  run<T>(probeFile: string, caseName: string, input: unknown, transcript: Transcript): Promise<T> {
    let host = this.hosts.get(probeFile);
    if (!host) {
      host = new ProbeHost(probeFile, this.directory, this.options, this.environment);
      this.hosts.set(probeFile, host);
    }
    return host.run<T>(caseName, input, transcript);
  }

  /** Stops every probe process; call when the grading's checks are done. */
  async close(): Promise<void> {
    const hosts = [...this.hosts.values()];
    this.hosts.clear();
    await Promise.all(hosts.map((host) => host.close()));
  }
}

/** Sends what a shared process records to the transcript of the case it is running. */
class RelayTranscript extends Transcript {
  target: Transcript | undefined;
  /** What happened while no case ran (a crash between cases, say), told to the next case. */
  readonly between: Omit<TranscriptEvent, "at">[] = [];

  override record(event: Omit<TranscriptEvent, "at">): void {
    if (this.target) this.target.record(event);
    else if (this.between.length < 20) this.between.push(event);
  }
}

/** One probe file's process, replaced whenever a case brings it down. */
class ProbeHost {
  private readonly relay = new RelayTranscript();
  /** Owns the processes: the same containment, start and cleanup as every program a check starts. */
  private readonly owner: CheckContext;
  private running: RunningProbe | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;
  /** Why the last process is gone, told to the case that gets the next one. */
  private replaced: string | undefined;
  private lastCase = "";

  constructor(
    private readonly probeFile: string,
    private readonly directory: string,
    options: ContainmentOptions,
    environment: NodeJS.ProcessEnv,
  ) {
    this.owner = new CheckContext(directory, { ...options, transcript: this.relay }, environment);
  }

  run<T>(caseName: string, input: unknown, transcript: Transcript): Promise<T> {
    const turn = this.queue.then(() => this.runNow<T>(caseName, input, transcript));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async runNow<T>(caseName: string, input: unknown, transcript: Transcript): Promise<T> {
    this.relay.target = transcript;
    try {
      for (const event of this.relay.between.splice(0)) transcript.record(event);
      if (this.running?.child.exit) await this.retire(t('the probe process ended by itself after "{case}" of another check; a new one runs this case', { case: this.lastCase }));
      if (this.replaced) transcript.note(this.replaced);
      this.replaced = undefined;
      this.running ??= await this.start();
      const { child } = this.running;
      const id = this.nextId++;
      this.lastCase = caseName;
      transcript.note(t('the grader runs "{case}" in its probe process (pid {pid}), which the library checks share', { case: caseName, pid: String(child.pid ?? "?") }));
      let end: CaseEnd | undefined;
      try {
        end = await within(DEADLINES.exit, t('your code to finish "{case}"', { case: caseName }), this.running.run(id, caseName, input, transcript));
      } catch (error) {
        await this.retire(t('a new probe process: the last one was stopped because "{case}" of another check did not finish', { case: caseName }));
        throw error;
      }
      if (!end) {
        await this.retire(t('a new probe process: the last one ended while "{case}" of another check ran', { case: caseName }));
        throw new CheckFailure(t('Your code crashed (or exited) while the grader ran "{case}".', { case: caseName }), { trouble: "crash" });
      }
      if ("problem" in end) throw new Error(`probe ${this.probeFile}: ${end.problem}`);
      return end.outcome as T;
    } finally {
      this.relay.target = undefined;
    }
  }

  private async start(): Promise<RunningProbe> {
    const [host, bundle] = await Promise.all([buildGraderProgram(HOST), buildProbe(this.probeFile, this.directory)]);
    const child = await this.owner.startGraderProgram(host, [bundle], t("the grader's probe of your code, shared by the library checks"));
    return new RunningProbe(child);
  }

  /** Stops the current process; the next case gets a fresh one, and is told `why`. */
  private async retire(why: string): Promise<void> {
    const dead = this.running;
    this.running = undefined;
    this.replaced = why;
    if (dead) await this.owner.containment.stop(dead.child);
  }

  async close(): Promise<void> {
    await this.queue;
    this.running = undefined;
    await this.owner.cleanup();
  }
}

/** The end of a case: its outcome, or the grader's own problem with the probe. */
type CaseEnd = { outcome: unknown } | { problem: string };

/** The case a probe process is running: the calls it made so far, and how to end it. */
interface CaseInFlight {
  id: number;
  transcript: Transcript;
  calls: { call: ObservedCall; ended: boolean }[];
  end: (end: CaseEnd) => void;
}

/** A started probe host, and the messages it sends on its channel. */
class RunningProbe {
  private current: CaseInFlight | undefined;
  private pending = "";

  constructor(readonly child: StudentProcess) {
    const channel = child.channel;
    if (!channel) throw new Error("the probe host was started without its channel");
    channel.setEncoding("utf8");
    channel.on("error", () => {}); // the process died; its exit tells the story
    channel.on("data", (chunk: string) => {
      this.pending += chunk;
      if (this.pending.length > MAX_ANSWER_CHARS) this.pending = "";
      for (let end = this.pending.indexOf("\n"); end >= 0; end = this.pending.indexOf("\n")) {
        const line = this.pending.slice(0, end);
        this.pending = this.pending.slice(end + 1);
        try {
          this.receive(JSON.parse(line) as ProbeMessage);
        } catch {
          // Not a message of the host's: ignore it.
        }
      }
    });
  }

  private receive(message: ProbeMessage): void {
    const current = this.current;
    if (!current || message.id !== current.id) return;
    if ("calling" in message) {
      current.calls[message.index] = { call: message.calling, ended: false };
    } else if ("called" in message) {
      const started = current.calls[message.index];
      if (!started || started.ended) return;
      started.ended = true;
      if (message.index < SHOWN_CALLS) recordCall(current.transcript, started.call, message.called);
    } else {
      this.current = undefined;
      const more = current.calls.length - SHOWN_CALLS;
      if (more > 0) current.transcript.note(t("… and {count} more calls", { count: more }));
      current.end("problem" in message ? { problem: message.problem } : { outcome: message.outcome });
    }
  }

  /** Sends case `name` and resolves with its end; undefined when the process ends first. */
  run(id: number, name: string, input: unknown, transcript: Transcript): Promise<CaseEnd | undefined> {
    const ended = new Promise<CaseEnd>((end) => (this.current = { id, transcript, calls: [], end }));
    this.child.writeStdin(`${JSON.stringify({ id, name, input })}\n`);
    return Promise.race([ended, this.child.whenExited().then(() => this.interrupted())]);
  }

  /** The process ended mid-case: show the calls that never returned, and give up the case. */
  private interrupted(): undefined {
    const current = this.current;
    this.current = undefined;
    for (const started of current?.calls.slice(0, SHOWN_CALLS) ?? []) {
      if (started && !started.ended) recordCall(current!.transcript, started.call, undefined);
    }
    return undefined;
  }
}

/** A value the probe saw, as the student reads it: bytes escaped or in hex, text quoted. */
export function showValue(value: ShownValue): string {
  if ("bytes" in value) {
    const bytes = Buffer.from(value.bytes, "hex");
    return bytes.length < value.size ? `${showBytes(bytes)}… ${t("({size} bytes)", { size: value.size })}` : showBytes(bytes);
  }
  if ("text" in value) return JSON.stringify(value.text);
  if ("number" in value) return String(value.number);
  if ("other" in value) return value.other;
  if ("list" in value) return `[${[...value.list.map(showValue), ...(value.length > value.list.length ? ["…"] : [])].join(", ")}]`;
  if (value.fields) return `{ ${value.fields.map(([key, field]) => `${key}: ${showValue(field)}`).join(", ")} }`;
  return value.object;
}

/** One call the case made into the student's code, as a line of the transcript; `result` undefined: it never returned. */
function recordCall(transcript: Transcript, call: ObservedCall, result: CallResult | undefined): void {
  const shown = `${call.call}(${call.args.map(showValue).join(", ")})`;
  const text = !result
    ? t("called {call}: it never returned (the process ended during this call)", { call: shown })
    : result.threw !== undefined
      ? t('called {call}: it threw "{error}"', { call: shown, error: result.threw })
      : result.returned !== undefined
        ? t("called {call}: it returned {value}", { call: shown, value: showValue(result.returned) })
        : t("called {call}", { call: shown });
  transcript.record({ from: "grader", to: "student", kind: "call", text });
}
