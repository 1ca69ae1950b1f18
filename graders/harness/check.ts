// A check is a list of steps, each an action or an expectation that describes itself. The
// context records them, owns every process and socket the check opens, and cleans them up.
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { nextTurn } from "./blocking.ts";
import { buildGuard, buildProgram } from "./build.ts";
import { Containment, type ContainmentOptions } from "./containment.ts";
import type { Trouble } from "./hints.ts";
import { t } from "../i18n/index.ts";
import { StudentProcess, type LaunchOptions } from "./launch.ts";
import { ProbeProcesses } from "./probe.ts";
import { detectSandbox } from "./sandbox.ts";
import { Transcript } from "./transcript.ts";
import { connectTo, type Conversation } from "./wire.ts";
import type { Mismatch, Step } from "./types.ts";

/** An expectation did not hold: the student's work, not the grader, is at fault. */
export class CheckFailure extends Error {
  override name = "CheckFailure";
  constructor(
    message: string,
    /** `compileErrors`: the compiler's lines, when the code did not compile. */
    readonly details: { mismatch?: Mismatch; trouble?: Trouble; code?: string; compileErrors?: string } = {},
  ) {
    super(message);
  }
}

export interface CheckDefinition {
  /** Stable, readable id, e.g. `reads-reply-split-into-bytes`. */
  id: string;
  /** One line a student understands, e.g. "prints the whole reply when it arrives one byte at a time". */
  title: string;
  /** Exports the check uses; while any of them is still a stub the check is "not started". */
  needs: string[];
  /**
   * The check spends most of its time waiting (e.g. a settle window that provokes a split):
   * start it before the others, so its wait overlaps their work. Display order is unchanged.
   */
  startsEarly?: boolean;
  run(check: CheckContext): Promise<void>;
}

/** How a program is started beyond its arguments: with a preload of the grader's and its variables. */
export interface LaunchSetting {
  /** Files loaded with --import before the program's code; the program may read them. */
  preloads?: readonly string[];
  env?: NodeJS.ProcessEnv;
  /** Goes before the command line in the transcript ("behind NAT box 1: "). */
  describe?: string;
}

export interface CheckOptions extends ContainmentOptions {
  /** The grading's probe processes, shared by its checks; without them, the check starts its own. */
  probes?: ProbeProcesses;
  /** Where the check's events go (a shared probe process relays its own to the case it runs). */
  transcript?: Transcript;
}

export class CheckContext {
  readonly transcript: Transcript;
  readonly steps: Step[] = [];
  /** Every program the check started, in order (the grader looks for a crash among them). */
  readonly programs: StudentProcess[] = [];
  private readonly cleanups: (() => unknown)[] = [];
  /** What the check's programs may do (graders/harness/containment.ts). */
  readonly containment: Containment;
  private probes: ProbeProcesses | undefined;

  constructor(
    /** The directory being graded: exercises/NN-slug, solutions/NN-slug, or a copy. */
    readonly directory: string,
    private readonly options: CheckOptions = {},
    /** Variables every program of the check gets (GradeOptions.environment). */
    private readonly environment: NodeJS.ProcessEnv = {},
  ) {
    this.transcript = options.transcript ?? new Transcript();
    this.containment = new Containment(directory, options);
    this.probes = options.probes;
    // Registered first, so it runs last: after every program of the check is stopped.
    this.defer(() => this.containment.remove());
  }

  private async step<T>(kind: Step["kind"], description: string, body: () => Promise<T> | T): Promise<T> {
    const step: Step = { kind, description, ok: true };
    this.steps.push(step);
    try {
      return await body();
    } catch (error) {
      step.ok = false;
      throw error;
    } finally {
      step.at = this.transcript.elapsed();
    }
  }

  /** Something the grader does: start a program, connect, send. */
  act<T>(description: string, body: () => Promise<T> | T): Promise<T> {
    return this.step("action", description, body);
  }

  /** Something the grader expects; `body` throws a CheckFailure when it does not hold. */
  expect<T>(description: string, body: () => Promise<T> | T): Promise<T> {
    return this.step("expectation", description, body);
  }

  /** Runs `cleanup` when the check ends, last registered first. */
  defer(cleanup: () => unknown): void {
    this.cleanups.push(cleanup);
  }

  /**
   * Starts `file` from the graded directory as a real process; it is killed when the check ends.
   * `setting.preloads`: files of the grader's own that the program loads before its code, with
   * `setting.env` (how a program runs behind the NAT box: graders/peers/nat-box.ts).
   */
  async launch(file: string, args: string[] = [], env: NodeJS.ProcessEnv = {}, setting: LaunchSetting = {}): Promise<StudentProcess> {
    const [program, guard] = await Promise.all([buildProgram(this.directory, file), buildGuard(), detectSandbox()]);
    // Several launches whose builds come from the cache resolve in one turn: spawn each in its own.
    await nextTurn();
    const description = `${setting.describe ?? ""}node ${file} ${args.join(" ")}`.trim();
    return this.spawn(program, args, { ...env, ...setting.env }, description, guard, {}, setting.preloads);
  }

  /**
   * Runs one case of a grader probe (graders/probes/…) and returns its outcome. The probe imports
   * the student's module as `student:file.ts` and calls it; the calls appear in the transcript.
   * The cases of a grading share one probe process (harness/probe.ts); a case that crashes it
   * fails alone.
   */
  async probe<T>(probeFile: string, caseName: string, input: unknown = null): Promise<T> {
    if (!this.probes) {
      const own = new ProbeProcesses(this.directory, this.options, this.environment);
      this.probes = own;
      this.defer(() => own.close());
    }
    return this.probes.run<T>(probeFile, caseName, input, this.transcript);
  }

  /**
   * Starts a compiled program of the grader's own that runs student code (the probe host) the
   * way every program starts, guarded and sandboxed, with a channel of its own for its answers
   * (channels.ts). It is stopped when this context is cleaned up.
   */
  async startGraderProgram(program: string, args: string[], description: string): Promise<StudentProcess> {
    const [guard] = await Promise.all([buildGuard(), detectSandbox()]);
    await nextTurn();
    return this.spawn(program, args, {}, description, guard, { channel: true });
  }

  private spawn(program: string, args: string[], env: NodeJS.ProcessEnv, description: string, guard: string, extra: LaunchOptions = {}, preloads: readonly string[] = []): StudentProcess {
    const options = this.containment.nodeOptions(program, args, guard, preloads);
    const launch = this.containment.launch(program, args, [...options, "--enable-source-maps", program, ...args], guard, preloads);
    return this.start(launch.command, launch.args, description, env, { ...launch.options, ...extra });
  }

  /** Starts any command (python3, curl, …) the same way: recorded, and killed when the check ends. */
  launchCommand(command: string, args: string[], description = `${command} ${args.join(" ")}`, env: NodeJS.ProcessEnv = {}, cwd?: string): StudentProcess {
    return this.start(command, args, description, env, { cwd });
  }

  private start(command: string, args: string[], description: string, env: NodeJS.ProcessEnv, options: LaunchOptions): StudentProcess {
    const child = new StudentProcess(command, args, this.transcript, this.containment.environment({ ...this.environment, ...env }), description, options);
    this.programs.push(child);
    this.containment.started(child);
    this.defer(() => this.containment.stop(child));
    return child;
  }

  /** Connects to the student's server; the connection is closed when the check ends. */
  async connect(port: number, host = "127.0.0.1"): Promise<Conversation> {
    if (!(await this.containment.listensOn(port))) {
      throw new CheckFailure(
        t("Port {port} is not one your program listens on: another process on this machine does. The grader talks only to a port your own program listens on; print the port your server really got.", { port: String(port) }),
        { trouble: "refused" },
      );
    }
    const conversation = await connectTo(port, this.transcript, host);
    this.defer(() => conversation.close());
    return conversation;
  }

  /** Fails unless `observed` equals `expected` (bytes or text), showing both with a caret. */
  same(observed: string | Uint8Array, expected: string | Uint8Array, message: string): void {
    const equal =
      typeof observed === "string" && typeof expected === "string"
        ? observed === expected
        : Buffer.from(observed).equals(Buffer.from(expected));
    if (!equal) throw new CheckFailure(message, { mismatch: { expected, observed } });
  }

  /** Fails unless two plain values (results of a probe) are deeply equal. */
  sameValue(observed: unknown, expected: unknown, message: string): void {
    if (!isDeepStrictEqual(observed, expected)) {
      throw new CheckFailure(message, { mismatch: { expected: JSON.stringify(expected), observed: JSON.stringify(observed) } });
    }
  }

  /** Ends the check: runs every cleanup, even when one of them fails. */
  async cleanup(): Promise<void> {
    for (const cleanup of this.cleanups.reverse()) {
      try {
        await cleanup();
      } catch {
        // A cleanup failing must not stop the others from running.
      }
    }
    this.cleanups.length = 0;
  }

  /** Path of a file in the graded directory. */
  file(name: string): string {
    return join(this.directory, name);
  }
}
