// Expectations several graders share: how a program should end, and what it should print.
import type { CheckContext } from "../harness/check.ts";
import { CheckFailure } from "../harness/check.ts";
import { DEADLINES, DeadlineExceeded } from "../harness/deadline.ts";
import { STACK_LINE, UNSETTLED_AWAIT_EXIT_CODE, describeWhatKeepsItAlive } from "../harness/hints.ts";
import { processState } from "../harness/kernel.ts";
import type { ExitStatus, StudentProcess } from "../harness/launch.ts";
import type { Conversation } from "../harness/wire.ts";
import { t } from "../i18n/index.ts";
import { holdUdpPort, occupyUdpPort } from "../peers/datagram-peer.ts";
import { anotherLoopbackHost, freePort, holdPort, NOTE_PORT, occupyPort } from "../peers/tcp-server.ts";

/** A fact a message must state: `text` must appear in what the program printed; `what` names it, in t(). */
export interface Mention {
  text: string;
  what: string;
}

/**
 * The one step for "the program ends by itself, promptly, once its work is done": it must exit
 * within `ms` of now. `after` completes "still running 4.0 s after …" (in t(), e.g. "it printed
 * the echoes"). `ms` comes from the program's own options, so that lingering fails: a program
 * that waits for its own --timeout of T before ending fails a limit below T. When it does not
 * end, the program is asked what keeps it alive (a timer, a socket; see alive-reporter.ts), and
 * the failure says so.
 */
export async function expectEndsPromptly(check: CheckContext, program: StudentProcess, options: { ms: number; after: string }): Promise<ExitStatus> {
  const { ms, after } = options;
  const seconds = (ms / 1000).toFixed(1);
  return check.expect(t("it ends by itself within {seconds} s after {after}", { seconds, after }), async () => {
    try {
      return await program.waitForExit(ms);
    } catch (error) {
      if (!(error instanceof DeadlineExceeded)) throw error;
    }
    const alive = await program.whatKeepsItAlive();
    const holding = alive && describeWhatKeepsItAlive(alive);
    const busy = alive === undefined && program.pid !== undefined && processState(program.pid) === "R";
    const why = holding
      ? t("something keeps it alive: {what}.", { what: holding })
      : busy
        ? t("it is busy and does not answer, as a loop that never ends would.")
        : t("it is waiting for something that does not come.");
    throw new CheckFailure(t("Your program was still running {seconds} s after {after}: {why}", { seconds, after, why }), { trouble: busy ? "timeout" : "lingers" });
  });
}

/** How an exit reads after "Your program": "exited with code 1", "was killed by SIGKILL". */
export function describeExit(status: ExitStatus): string {
  return status.signal ? t("was killed by {signal}", { signal: status.signal }) : t("exited with code {code}", { code: String(status.code) });
}

/** How an exit reads in brackets: "exit code 1", "killed by SIGKILL". */
export function exitText(status: ExitStatus): string {
  return status.signal ? t("killed by {signal}", { signal: status.signal }) : t("exit code {code}", { code: String(status.code) });
}

/** Exit code 13 is Node's for a top-level await that never settled: not a failure the program reported. */
function failIfUnsettled(status: ExitStatus): void {
  if (status.code === UNSETTLED_AWAIT_EXIT_CODE) {
    throw new CheckFailure(
      t("Your program ended with exit code 13: its top-level await never settled (the promise it awaited was never resolved or rejected), so Node gave up on it."),
      { trouble: "unsettled" },
    );
  }
}

/**
 * The program ends by itself, with a non-zero exit code, prints a message, and shows no stack
 * trace: it explains the problem instead of crashing. Wording is the student's (any language);
 * only facts are required, each listed in `mentions` (the port, the exit code). `what` names the
 * situation ("a refused connection"), in the learner's language (pass a t() text); `ms` is how
 * long the program may take to end, derived from its own options where it has one (--timeout).
 * With `printsWithin`, the program first has that long to print its message (or exit), and `ms`
 * counts from then: a program that says what went wrong and then lingers fails, however long
 * the machine took to start it. Lines that contain a `passedThrough` text came from another
 * program (a child's stderr shown through the parent's): a fact found only there is missing.
 */
export async function expectCleanFailure(
  check: CheckContext,
  program: StudentProcess,
  what: string,
  options: { mentions?: Mention[]; ms?: number; printsWithin?: number; passedThrough?: string[] } = {},
): Promise<void> {
  const { mentions = [], ms = DEADLINES.exit, printsWithin, passedThrough = [] } = options;
  if (printsWithin !== undefined) {
    await check.act(t("wait for your program to print its message"), () =>
      program.waitForOutput(printsWithin, t("your program to print its message")).catch((error: unknown) => {
        if (!(error instanceof DeadlineExceeded)) throw error;
      }),
    );
  }
  const status = await expectEndsPromptly(check, program, { ms, after: printsWithin !== undefined && program.output !== "" ? t("it printed its message") : what });
  await check.expect(t("it exits with a non-zero exit code (it failed, and says so to the shell)"), () => {
    if (status.code === 0) throw new CheckFailure(t("Your program exited with code 0, as if all went well, after {what}. Set process.exitCode = 1.", { what }));
    failIfUnsettled(status);
  });
  const facts = mentions.map((mention) => mention.what).join(", ");
  const says = facts ? t("it prints a message about {what} that names {facts}, without a stack trace", { what, facts }) : t("it prints a message about {what}, without a stack trace", { what });
  await check.expect(says, () => {
    if (STACK_LINE.test(program.output)) {
      throw new CheckFailure(t("Your program crashed with a stack trace after {what}. Catch the error and print one clear sentence instead.", { what }), {
        trouble: "crash",
      });
    }
    if (program.output.trim() === "") throw new CheckFailure(t("Your program printed nothing after {what}. Print one sentence that says what went wrong.", { what }));
    // Lines another program wrote through this one (a child's stderr) do not count as its message.
    const own = program.lines.filter((line) => !passedThrough.some((text) => line.text.includes(text))).map((line) => line.text).join("\n");
    const missing = mentions.filter((mention) => !own.includes(mention.text));
    if (missing.length > 0) {
      throw new CheckFailure(
        t("Your message does not name {facts}: a user needs it to act. Include {texts} in what you print.", {
          facts: missing.map((mention) => mention.what).join(", "),
          texts: missing.map((mention) => JSON.stringify(mention.text)).join(", "),
        }),
      );
    }
  });
}

/**
 * The program prints exactly `expected` on stdout and ends with exit code 0. It may take up to
 * DEADLINES.reply to print; once it has, it must end within `ms` (expectEndsPromptly; derive it
 * from the program's options).
 */
export async function expectPrinted(check: CheckContext, program: StudentProcess, expected: string, options: { ms?: number } = {}): Promise<void> {
  const { ms = DEADLINES.exit } = options;
  await check.act(t("wait for your program to print its result"), () =>
    program.waitForStdoutLines((lines) => lines.map((line) => `${line}\n`).join("").length >= expected.length, t("your program to print its result")),
  );
  const status = await expectEndsPromptly(check, program, { ms, after: t("it printed its result") });
  await check.expect(t("it prints {text}", { text: JSON.stringify(expected.trimEnd()) }), () => {
    check.same(program.stdout, expected, t("Your program did not print what the server sent."));
  });
  await check.expect(t("it exits with code 0"), () => {
    failIfUnsettled(status);
    if (status.code !== 0) throw new CheckFailure(t("Your program {how} instead of exiting with code 0.", { how: describeExit(status) }), { trouble: "crash" });
  });
}

/**
 * Waits for a server's `listening on HOST:PORT` line on stdout and returns the port. A server
 * that says port 0 printed before it was listening: the system picks the port only then. With
 * `host`, the line must name the host the server was given with --host.
 */
export async function waitForListening(check: CheckContext, server: StudentProcess, host?: string): Promise<number> {
  const ready = await check.act(t("wait for it to print listening on HOST:PORT"), () =>
    server.waitForLine(/listening on (.+):(\d+)$/, t("your server to print listening on HOST:PORT"), DEADLINES.ready),
  );
  if (!ready) throw new CheckFailure(t("Your server ended before it printed `listening on HOST:PORT`."), { trouble: "crash" });
  const port = Number(ready[2]);
  if (port === 0) {
    throw new CheckFailure(t("Your server printed `{line}` when it was given --port 0: the system chooses the real port only once the server is listening.", { line: ready[0] }), {
      trouble: "listening-early",
    });
  }
  if (host !== undefined && ready[1] !== host) {
    throw new CheckFailure(t("Your server printed `{line}`, but it was given --host {host}: listen on the host it is given, and print that one.", { line: ready[0], host }));
  }
  return port;
}

/** A student's server the check started, and where the check's clients connect to it. */
export interface StudentServer {
  program: StudentProcess;
  port: number;
  host: string;
}

/**
 * Starts the student's server `file` with --port 0 (the system picks a free port), --host when
 * `host` is given, and `extra` options, and reads the port back from `listening on HOST:PORT`.
 * The printed host must be the one given, or `defaultHost` when none is (a server that listens
 * on every interface by default says so there).
 */
export async function startStudentServer(check: CheckContext, file: string, options: { host?: string; defaultHost?: string; extra?: string[] } = {}): Promise<StudentServer> {
  const { host, defaultHost, extra = [] } = options;
  const args = [...(host ? ["--host", host] : []), "--port", "0", ...extra];
  const program = await check.act(t("start your server with {args}", { args: args.join(" ") }), () => check.launch(file, args));
  const port = await waitForListening(check, program, host ?? defaultHost);
  return { program, port, host: host ?? defaultHost ?? "127.0.0.1" };
}

/** Connects one reference client to the student's server; a refusal says whether the server ended, crashed, or only stopped accepting. */
export async function connectToServer(check: CheckContext, server: StudentServer): Promise<Conversation> {
  try {
    return await check.connect(server.port, server.host);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined || error instanceof CheckFailure) throw error;
    const status = server.program.exit ?? (await server.program.waitForExit(1_000).catch(() => undefined));
    if (status?.code === 0) {
      throw new CheckFailure(t("The connection was refused: your server has ended by itself (exit code 0). A server keeps listening for the next client."));
    }
    if (status) {
      throw new CheckFailure(t("The connection was refused: your server is not running any more ({exit}). Its output above shows why.", { exit: exitText(status) }), {
        trouble: "crash",
      });
    }
    throw new CheckFailure(
      t("The connection was refused ({code}): your server still runs but no longer accepts clients. Does it close its listening socket after a client?", { code }),
      { code },
    );
  }
}

/** TCP for most servers; UDP for a server on a datagram socket (exercise 13's rendezvous server). */
export type Transport = "tcp" | "udp";

/** A server started on a port another program holds ends with a message that names the port, and a non-zero exit code. */
export async function expectExplainsAPortInUse(check: CheckContext, file: string, transport: Transport = "tcp"): Promise<void> {
  const port = await check.act(t("occupy a port, as another running server would"), () => (transport === "udp" ? occupyUdpPort(check) : occupyPort(check)));
  const program = await check.act(t("start your server with --port {port}", { port }), () => check.launch(file, ["--port", String(port)]));
  await expectCleanFailure(check, program, t("a port that is already in use"), {
    mentions: [{ text: String(port), what: t("the port") }],
    printsWithin: DEADLINES.ready,
    ms: 4_000,
  });
}

/**
 * Started without --port, a server uses the note's port, 9999 (or `defaultPort`, its own default). The grader holds 9999 first (or
 * finds it held already), so the right answer is the port-in-use failure, naming 9999: a default
 * of another port, or of none, listens instead and fails. Should 9999 come free in between,
 * listening on it is right too.
 */
export async function expectNotePortByDefault(check: CheckContext, file: string, defaultPort: number = NOTE_PORT, transport: Transport = "tcp"): Promise<void> {
  // Exercise 11 defaults to 2525 (SMTP's 25 needs privileges): the same proof, other words.
  const note = defaultPort === NOTE_PORT;
  await check.act(note ? t("keep port {port}, the note's port, busy", { port: NOTE_PORT }) : t("keep port {port}, its default, busy", { port: defaultPort }), () =>
    transport === "udp" ? holdUdpPort(check, defaultPort) : holdPort(check, defaultPort),
  );
  const program = await check.act(t("start your {file} without --port", { file }), () => check.launch(file, []));
  await check.act(t("wait for your program to print its message"), () =>
    program.waitForOutput(DEADLINES.ready, t("your program to print its message")).catch((error: unknown) => {
      if (!(error instanceof DeadlineExceeded)) throw error;
    }),
  );
  const listening = /listening on .+:(\d+)$/m.exec(program.stdout);
  if (listening) {
    await check.expect(t("without --port, it uses port {port}", { port: defaultPort }), () => {
      if (Number(listening[1]) === defaultPort) return;
      throw new CheckFailure(
        note
          ? t("Started without --port, your server listens on port {port}. Its default is the note's port, {note}: give the --port option the default \"{note}\".", {
              port: listening[1]!,
              note: NOTE_PORT,
            })
          : t("Started without --port, your server listens on port {port}. Its default is {default}: give the --port option the default \"{default}\".", {
              port: listening[1]!,
              default: defaultPort,
            }),
      );
    });
    return;
  }
  await expectCleanFailure(check, program, t("port {port}, its default, already in use", { port: defaultPort }), {
    mentions: [{ text: String(defaultPort), what: t("the port") }],
  });
}

/**
 * A loopback address other than 127.0.0.1 (127.0.0.2 on Linux), for a check that proves a program
 * uses the --host it is given; 127.0.0.1 where the machine has no other, with a note that says so.
 */
export function otherLoopbackHost(check: CheckContext): Promise<string> {
  return check.act(t("find a loopback address other than 127.0.0.1"), async () => {
    const found = await anotherLoopbackHost();
    if (!found) check.transcript.note(t("this machine has no other loopback address: the check uses 127.0.0.1"));
    return found ?? "127.0.0.1";
  });
}

/**
 * Started with `--port N`, N a free port of several digits the system has just given the grader
 * (not only 0), a server listens on exactly that port. Should another program take the port in
 * between, that is the grader's trouble, not the student's.
 */
export async function expectListensOnAFreePort(check: CheckContext, file: string): Promise<void> {
  const free = await check.act(t("find a free port"), () => freePort());
  const program = await check.act(t("start your server with --port {port}", { port: free }), () => check.launch(file, ["--port", String(free)]));
  await check.expect(t("it listens on port {port}", { port: free }), async () => {
    const ready = await program.waitForLine(/listening on (.+):(\d+)$/, t("your server to print listening on HOST:PORT"), DEADLINES.ready);
    if (!ready) {
      if (!(await freePort(free).then(() => true, () => false))) throw new Error(t("another program took port {port} meanwhile; run the check again", { port: free }));
      throw new CheckFailure(t("Your server refused --port {port}, a good value: any whole number from 0 to 65535 is a port.", { port: free }), { trouble: "crash" });
    }
    check.same(ready[2]!, String(free), t("Your server should listen on the port it was given with --port."));
  });
}

/**
 * Starts `file` with `args`, which hold a good value of an option (a limit, say), and expects it
 * to print `listening on HOST:PORT`; the texts (in t()) name the step, the expectation and the
 * failure.
 */
export async function expectListensWith(check: CheckContext, file: string, args: string[], texts: { start: string; accepts: string; refused: string }): Promise<void> {
  const program = await check.act(texts.start, () => check.launch(file, args));
  await check.expect(texts.accepts, async () => {
    const ready = await program.waitForLine(/listening on (.+):(\d+)$/, t("your server to print listening on HOST:PORT"), DEADLINES.ready);
    if (!ready) throw new CheckFailure(texts.refused, { trouble: "crash" });
  });
}

