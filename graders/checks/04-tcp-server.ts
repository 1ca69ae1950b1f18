// Grader for exercise 04: the student's server against reference clients that split their
// message into bytes or inside a character, half-close, send exactly 100 bytes or more, send
// spaces and CRLF, reset, leave without a word, or simply come one after another; against a port
// that is already taken; and on a --host other than 127.0.0.1.
import type { CheckContext, CheckDefinition } from "../harness/check.ts";
import { CheckFailure } from "../harness/check.ts";
import { DEADLINES, DeadlineExceeded, pollUntil } from "../harness/deadline.ts";
import type { Trouble } from "../harness/hints.ts";
import { escapeRegExp } from "../harness/text.ts";
import type { StudentProcess } from "../harness/launch.ts";
import type { Conversation } from "../harness/wire.ts";
import { t } from "../i18n/index.ts";
import { referenceClient, type ClientBehaviour } from "../peers/tcp-client.ts";
import { occupyPort } from "../peers/tcp-server.ts";
import { connectToServer, exitText, expectCleanFailure, expectNotePortByDefault, otherLoopbackHost, startStudentServer, type StudentServer } from "./expect.ts";

const GREETING = "Hello. Client.";
const MESSAGE = "Hello. Server.";
/**
 * A correct server prints and closes within milliseconds; a server waiting for something that
 * never comes fails after this long, so a hanging program costs seconds, not the whole budget.
 */
const PROMPTLY_MS = 5_000;
/** How long a server that cannot listen may take to end once it has printed why: it has nothing left to do. */
const ENDS_AFTER_WORK_MS = 4_000;
const MAX_MESSAGE_BYTES = 100;

/** A client of the check, with the port it came from: the one the server should print. */
interface Visitor {
  conversation: Conversation;
  from: string;
}

/** Connects a reference client, and notes the port it came from. */
async function connectClient(check: CheckContext, server: StudentServer): Promise<Visitor> {
  const conversation = await connectToServer(check, server);
  return { conversation, from: `${conversation.socket.localAddress}:${conversation.socket.localPort}` };
}

/** Connects, then plays `behaviour` (described by `what`, in t()). */
async function visit(check: CheckContext, server: StudentServer, behaviour: ClientBehaviour, what: string): Promise<Visitor> {
  const visitor = await check.act(t("connect a client to your server on {host}:{port}", { host: server.host, port: server.port }), () => connectClient(check, server));
  await check.act(what, () => behaviour(visitor.conversation));
  return visitor;
}

/** The server closes the connection within PROMPTLY_MS; `why` explains a server that does not. */
async function expectClosed(check: CheckContext, visitor: Visitor, why: string): Promise<void> {
  await check.expect(t("your server closes the connection"), async () => {
    try {
      await visitor.conversation.waitForEnding(t("your server to close the connection"), PROMPTLY_MS);
    } catch (error) {
      if (error instanceof DeadlineExceeded) throw new CheckFailure(why, { trouble: "timeout" });
      throw error;
    }
  });
}

/** The first line the server printed after "listening on": the one for its first client. */
async function expectFirstLine(check: CheckContext, server: StudentServer, expected: string, why: string, silence: string): Promise<void> {
  await check.expect(t("your server prints {text}", { text: JSON.stringify(expected) }), async () => {
    let match: RegExpMatchArray | undefined;
    try {
      match = await server.program.waitForLine(/^(?!listening on ).*$/, t("your server to print the client's message"), PROMPTLY_MS);
    } catch (error) {
      if (error instanceof DeadlineExceeded) throw new CheckFailure(silence, { trouble: "timeout" });
      throw error;
    }
    if (!match) throw new CheckFailure(t("Your server stopped ({exit}) before it printed the client's message.", { exit: exitText(server.program.exit!) }), { trouble: "crash" });
    check.same(match[0], expected, why);
  });
}

/**
 * The lines the server printed after "listening on" are `expected` (a message with a line break
 * in it takes two). `silence` explains a server that printed fewer.
 */
async function expectLines(check: CheckContext, server: StudentServer, expected: string[], why: string, silence: string): Promise<void> {
  await check.expect(t("your server prints {text}", { text: JSON.stringify(expected.join("\n")) }), async () => {
    const printed = (lines: string[]) => lines.filter((line) => !line.startsWith("listening on "));
    let lines: string[];
    try {
      lines = printed(await server.program.waitForStdoutLines((all) => printed(all).length >= expected.length, t("your server to print the client's message"), PROMPTLY_MS));
    } catch (error) {
      if (error instanceof DeadlineExceeded) throw new CheckFailure(silence, { trouble: "timeout" });
      throw error;
    }
    check.same(lines.slice(0, expected.length).join("\n"), expected.join("\n"), why);
  });
}

/**
 * A server that cannot listen ends within ENDS_AFTER_WORK_MS of its first line, the one that says
 * why: from then on it has nothing left to do. The one place to switch to the harness's shared
 * "ends promptly" step when it lands.
 */
async function endsPromptlyOnceItSpoke(check: CheckContext, program: StudentProcess): Promise<void> {
  await check.act(t("wait until your server says something"), () =>
    pollUntil(DEADLINES.ready, t("your server to print a line or end"), () => (program.lines.length > 0 || program.exit ? true : undefined)),
  );
  await check.expect(t("your server ends within {seconds} s of that", { seconds: ENDS_AFTER_WORK_MS / 1000 }), async () => {
    try {
      await program.waitForExit(ENDS_AFTER_WORK_MS);
    } catch (error) {
      if (!(error instanceof DeadlineExceeded)) throw error;
      throw new CheckFailure(
        t("Your server printed its message and was still running {seconds} s later. It cannot listen, so it has nothing to do: end (set process.exitCode = 1 and let main return), rather than retry or wait.", {
          seconds: ENDS_AFTER_WORK_MS / 1000,
        }),
        { trouble: "in-use" },
      );
    }
  });
}

/** Digits, `length` bytes of them: easy to count in a transcript. */
function digits(length: number): string {
  return "0123456789".repeat(Math.ceil(length / 10)).slice(0, length);
}

/** The line the server printed for `message`: found by the message, compared whole. */
async function expectLineFor(check: CheckContext, server: StudentServer, visitor: Visitor, message: string): Promise<void> {
  const expected = `${visitor.from} says: ${message}`;
  await check.expect(t("your server prints {text}", { text: JSON.stringify(expected) }), async () => {
    let match: RegExpMatchArray | undefined;
    try {
      match = await server.program.waitForLine(new RegExp(escapeRegExp(message)), t("your server to print {text}", { text: JSON.stringify(message) }), PROMPTLY_MS);
    } catch (error) {
      if (error instanceof DeadlineExceeded) {
        throw new CheckFailure(
          t("Your server did not print this client's message, {text}, within {seconds} s.", { text: JSON.stringify(message), seconds: PROMPTLY_MS / 1000 }),
          { trouble: "timeout" },
        );
      }
      throw error;
    }
    if (!match) throw new CheckFailure(t("Your server stopped ({exit}) before it printed this client's message.", { exit: exitText(server.program.exit!) }), { trouble: "crash" });
    check.same(match.input ?? "", expected, t("Your server should print the client's address, then \" says: \" and the message."));
  });
}

/** A well-behaved client: the server greets it, prints its message and closes. */
async function expectServed(check: CheckContext, server: StudentServer, message: string): Promise<void> {
  const visitor = await visit(check, server, referenceClient.sendThenHalfClose(message), t("send {text}, then FIN", { text: JSON.stringify(message) }));
  await expectClosed(check, visitor, t("This client sent its message and FIN, and waited {seconds} s for your server to close the connection.", { seconds: PROMPTLY_MS / 1000 }));
  await expectLineFor(check, server, visitor, message);
}

/**
 * A client that reset gets one line on stderr that names it (its IP:port): the server carries on,
 * but says what happened. Only for a reset with nothing in flight (resetWithoutAWord), which
 * always reaches the server as ECONNRESET: data and a reset that arrive together are often
 * reported as an ordinary end, and then "… says: Hel" on stdout is right.
 */
async function expectResetReported(check: CheckContext, server: StudentServer, visitor: Visitor): Promise<void> {
  await check.expect(t("your server prints a line on stderr that names the client that reset, {client}", { client: visitor.from }), async () => {
    let match: RegExpMatchArray | undefined;
    try {
      match = await server.program.waitForLine(new RegExp(`${escapeRegExp(visitor.from)}(?!\\d)`), t("your server to report the reset"), PROMPTLY_MS, "stderr");
    } catch (error) {
      if (!(error instanceof DeadlineExceeded)) throw error;
    }
    if (match) return;
    if (server.program.exit) throw new CheckFailure(t("Your server stopped ({exit}) when a client reset its connection.", { exit: exitText(server.program.exit) }), { trouble: "reset" });
    throw new CheckFailure(
      t("A client reset its connection, and your server said nothing about it on stderr. In the \"error\" handler, print one line with console.error that names the client ({client}), then carry on.", {
        client: visitor.from,
      }),
      { trouble: "reset" },
    );
  });
}

/** After a troublesome client (`after`, in t()), the next one is still served and the server still runs. */
async function expectStillServing(check: CheckContext, server: StudentServer, after: string, trouble: Trouble): Promise<void> {
  try {
    await expectServed(check, server, "Hello. Server. Are you still there?");
  } catch (error) {
    const status = server.program.exit ?? (await server.program.waitForExit(1_000).catch(() => undefined));
    if (status) {
      throw new CheckFailure(
        t("Your server stopped ({exit}) {after}, so the next client was not served. Its output above shows where.", { exit: exitText(status), after }),
        { trouble },
      );
    }
    throw error;
  }
  // It may serve the next client before it reads the trouble: look once it has caught up.
  await check.act(t("wait until your server has dealt with the trouble"), () => server.program.caughtUp());
  await check.expect(t("your server is still running"), () => {
    const status = server.program.exit;
    if (status) throw new CheckFailure(t("Your server stopped ({exit}) {after}. A server keeps serving.", { exit: exitText(status), after }), { trouble });
  });
}

export const checks: CheckDefinition[] = [
  {
    id: "greets-each-client",
    title: t("greets a client with exactly Hello. Client. as soon as it connects"),
    needs: ["startServer", "serveClient"],
    async run(check) {
      const server = await startStudentServer(check, "server.ts");
      const visitor = await check.act(t("connect a client to your server on 127.0.0.1:{port}, and say nothing yet", { port: server.port }), () =>
        connectClient(check, server),
      );
      await check.expect(t("your server sends {text} before the client says anything", { text: JSON.stringify(GREETING) }), async () => {
        const { conversation } = visitor;
        try {
          await conversation.waitForBytes(GREETING.length, t("your server's greeting"), PROMPTLY_MS);
        } catch (error) {
          if (!(error instanceof DeadlineExceeded)) throw error;
          throw new CheckFailure(
            t('Your server sent {count} bytes and then nothing for {seconds} s. Greet every client with "{greeting}" as soon as it connects.', {
              count: conversation.received.length,
              seconds: PROMPTLY_MS / 1000,
              greeting: GREETING,
            }),
            { mismatch: { expected: GREETING, observed: conversation.received }, trouble: "timeout" },
          );
        }
      });
      await check.act(t("send {text}, then FIN", { text: JSON.stringify(MESSAGE) }), () => referenceClient.sendThenHalfClose(MESSAGE)(visitor.conversation));
      await expectClosed(check, visitor, t("The client sent its message and FIN, and waited {seconds} s for your server to close the connection.", { seconds: PROMPTLY_MS / 1000 }));
      await check.expect(t("everything your server sent is exactly {text}", { text: JSON.stringify(GREETING) }), () => {
        check.same(visitor.conversation.received, GREETING, t('Your server should send exactly "{greeting}": no newline, nothing more.', { greeting: GREETING }));
      });
    },
  },
  {
    id: "prints-the-message-with-the-client-address",
    title: t("prints the message with the client's address: 127.0.0.1:PORT says: MESSAGE"),
    needs: ["startServer", "serveClient"],
    async run(check) {
      const server = await startStudentServer(check, "server.ts");
      const visitor = await visit(check, server, referenceClient.sendThenHalfClose(MESSAGE), t("send {text}, then FIN", { text: JSON.stringify(MESSAGE) }));
      await expectFirstLine(
        check,
        server,
        `${visitor.from} says: ${MESSAGE}`,
        t('This client connected from {from}: print the client\'s address (remoteAddress:remotePort), then " says: " and its message.', { from: visitor.from }),
        t("Your server printed nothing within {seconds} s of receiving the message and the client's FIN.", { seconds: PROMPTLY_MS / 1000 }),
      );
    },
  },
  {
    id: "reads-a-message-split-into-bytes",
    title: t("prints the whole message when it arrives one byte at a time"),
    needs: ["startServer", "serveClient"],
    async run(check) {
      const server = await startStudentServer(check, "server.ts");
      const visitor = await visit(check, server, referenceClient.sendOneByteAtATime(MESSAGE), t("send {text} one byte per write, then FIN", { text: JSON.stringify(MESSAGE) }));
      await expectFirstLine(
        check,
        server,
        `${visitor.from} says: ${MESSAGE}`,
        t("Your server did not print the whole message. One \"data\" event is not one message: collect the chunks until \"end\"."),
        t("Your server printed nothing within {seconds} s of receiving the whole message and the client's FIN.", { seconds: PROMPTLY_MS / 1000 }),
      );
    },
  },
  {
    id: "answers-a-half-closed-client",
    title: t("prints and closes when the client sends its message and FIN, and waits"),
    needs: ["startServer", "serveClient"],
    async run(check) {
      const server = await startStudentServer(check, "server.ts");
      const visitor = await visit(check, server, referenceClient.sendThenHalfClose(MESSAGE), t("send {text} and FIN at once, then wait for your server", { text: JSON.stringify(MESSAGE) }));
      await expectClosed(
        check,
        visitor,
        t(
          'The client sent its message and FIN, and has waited {seconds} s for your server to close the connection. FIN means "I have nothing more to say", not "goodbye": the client is still there. On "end", print the message and close the connection.',
          { seconds: PROMPTLY_MS / 1000 },
        ),
      );
      await expectFirstLine(
        check,
        server,
        `${visitor.from} says: ${MESSAGE}`,
        t("Your server did not print the client's message as expected."),
        t("Your server closed the connection without printing the client's message."),
      );
    },
  },
  {
    id: "serves-client-after-client",
    title: t("serves three clients, one after another"),
    needs: ["startServer", "serveClient"],
    async run(check) {
      const server = await startStudentServer(check, "server.ts");
      for (const number of [1, 2, 3]) await expectServed(check, server, `Hello. Server. I am client ${number}.`);
    },
  },
  {
    id: "survives-a-client-reset",
    title: t("keeps serving after clients reset their connections"),
    needs: ["startServer", "serveClient"],
    async run(check) {
      const server = await startStudentServer(check, "server.ts");
      await visit(check, server, referenceClient.resetMidMessage("Hel"), t('send "Hel", the start of a message, then reset the connection (RST)'));
      const silent = await visit(check, server, referenceClient.resetWithoutAWord(), t("reset the connection (RST) without sending anything"));
      await expectResetReported(check, server, silent);
      await expectStillServing(check, server, t("after a client reset its connection"), "reset");
    },
  },
  {
    id: "explains-a-port-in-use",
    title: t("explains a port that is already in use and exits with an error code"),
    needs: ["startServer"],
    async run(check) {
      const port = await check.act(t("occupy a port, as another running server would"), () => occupyPort(check));
      const program = await check.act(t("start your server with --port {port}", { port }), () => check.launch("server.ts", ["--port", String(port)]));
      await endsPromptlyOnceItSpoke(check, program);
      await expectCleanFailure(check, program, t("a port that is already in use"), { mentions: [{ text: String(port), what: t("the port") }] });
    },
  },
  {
    id: "uses-the-note-port-by-default",
    title: t("the server uses the note's port, 9999, when no --port is given"),
    needs: ["startServer"],
    run: (check) => expectNotePortByDefault(check, "server.ts"),
  },
  {
    id: "explains-a-bad-port",
    title: t("refuses --port 70000, --port=-1 and --port abc with a message that names the option"),
    needs: ["startServer"],
    async run(check) {
      const cases = [["--port", "70000"], ["--port=-1"], ["--port", "abc"]];
      // Side by side: each is a separate run of the server.
      const programs = await Promise.all(cases.map((args) => check.act(t("start your server with {args}", { args: args.join(" ") }), () => check.launch("server.ts", args))));
      for (const [index, args] of cases.entries()) {
        await expectCleanFailure(check, programs[index]!, t("a bad value for {option}: {args}", { option: "--port", args: args.join(" ") }), {
          mentions: [{ text: "--port", what: t("the option") }],
        });
      }
    },
  },
  {
    id: "stops-reading-at-100-bytes",
    title: t("prints the first 100 bytes and closes when a client sends more, as the note's recv(100)"),
    needs: ["startServer", "serveClient"],
    async run(check) {
      const long = digits(MAX_MESSAGE_BYTES + 1);
      const server = await startStudentServer(check, "server.ts");
      const visitor = await visit(
        check,
        server,
        referenceClient.sendWithoutEnding([long.slice(0, 60), long.slice(60)]),
        t("send 101 bytes (in two writes: 60, then 41) and no FIN"),
      );
      await expectFirstLine(
        check,
        server,
        `${visitor.from} says: ${long.slice(0, MAX_MESSAGE_BYTES)}`,
        t("Your server should print exactly the first 100 bytes of the message (MAX_MESSAGE_BYTES)."),
        t("Your server printed nothing within {seconds} s of receiving 101 bytes. This client never sends FIN: stop reading once you hold MAX_MESSAGE_BYTES bytes.", {
          seconds: PROMPTLY_MS / 1000,
        }),
      );
      await expectClosed(check, visitor, t("Your server printed the message but kept the connection open for {seconds} s. Close it after printing.", { seconds: PROMPTLY_MS / 1000 }));
    },
  },
  {
    id: "survives-an-early-close",
    title: t("handles a client that closes at once without a word, and keeps serving"),
    needs: ["startServer", "serveClient"],
    async run(check) {
      const server = await startStudentServer(check, "server.ts");
      const visitor = await visit(check, server, referenceClient.closeWithoutAWord(), t("send FIN at once, without a word (the client keeps reading)"));
      await expectClosed(
        check,
        visitor,
        t("The client closed at once without sending anything, and waited {seconds} s for your server to close too. An empty message is still a message: print it and close.", {
          seconds: PROMPTLY_MS / 1000,
        }),
      );
      await expectFirstLine(
        check,
        server,
        `${visitor.from} says: `,
        t("For a client that said nothing, print its address, \" says: \" and the empty message."),
        t("Your server printed nothing for the client that said nothing."),
      );
      await expectStillServing(check, server, t("after a client left without a word"), "crash");
    },
  },
  {
    id: "stops-at-exactly-100-bytes",
    title: t("goes on reading after 99 bytes, and stops at exactly 100"),
    needs: ["startServer", "serveClient"],
    async run(check) {
      const message = digits(MAX_MESSAGE_BYTES);
      const server = await startStudentServer(check, "server.ts");
      const visitor = await visit(
        check,
        server,
        referenceClient.sendWithoutEnding([message.slice(0, MAX_MESSAGE_BYTES - 1), message.slice(MAX_MESSAGE_BYTES - 1)]),
        t("send 99 bytes, then the 100th once your server has read them, and no FIN"),
      );
      await expectFirstLine(
        check,
        server,
        `${visitor.from} says: ${message}`,
        t("Your server should print all 100 bytes: at 99 the message is not complete yet, at 100 it is (received >= MAX_MESSAGE_BYTES)."),
        t("Your server printed nothing within {seconds} s of receiving exactly 100 bytes. It holds MAX_MESSAGE_BYTES bytes: the message is complete (>=, not >).", {
          seconds: PROMPTLY_MS / 1000,
        }),
      );
      await expectClosed(check, visitor, t("Your server printed the message but kept the connection open for {seconds} s. Close it after printing.", { seconds: PROMPTLY_MS / 1000 }));
    },
  },
  {
    id: "counts-bytes-not-characters",
    title: t("counts the 100 bytes in bytes, not characters, when a Korean character straddles byte 100"),
    needs: ["startServer", "serveClient"],
    async run(check) {
      const ascii = "x".repeat(MAX_MESSAGE_BYTES - 1);
      const server = await startStudentServer(check, "server.ts");
      const visitor = await visit(
        check,
        server,
        referenceClient.sendWithoutEnding([`${ascii}안녕하세요`]),
        t("send 99 ASCII bytes and then Korean text (114 bytes, 104 characters) in one write, and no FIN"),
      );
      // The first 100 bytes end with the first byte of 안, which UTF-8 decoding shows as U+FFFD.
      await expectFirstLine(
        check,
        server,
        `${visitor.from} says: ${ascii}\uFFFD`,
        t("Count and cut in bytes: the first 100 bytes are 99 x and the first byte of 안, which decodes to \uFFFD. A server that counts characters prints the whole 안."),
        t("Your server printed nothing within {seconds} s of receiving 114 bytes and no FIN. Count bytes (chunk.length): 114 is more than MAX_MESSAGE_BYTES.", {
          seconds: PROMPTLY_MS / 1000,
        }),
      );
      await expectClosed(check, visitor, t("Your server printed the message but kept the connection open for {seconds} s. Close it after printing.", { seconds: PROMPTLY_MS / 1000 }));
    },
  },
  {
    id: "keeps-utf8-characters-whole",
    title: t("keeps a UTF-8 character whole when its bytes arrive in two pieces"),
    needs: ["startServer", "serveClient"],
    async run(check) {
      const message = Buffer.from("안녕, 서버.", "utf8"); // 안 is 3 bytes: ec 95 88
      const server = await startStudentServer(check, "server.ts");
      const visitor = await visit(
        check,
        server,
        async (conversation) => {
          await conversation.sendInPieces([message.subarray(0, 2), message.subarray(2)]);
          conversation.endWriting();
        },
        t("send {text} in two writes that cut its first character in two, then FIN", { text: JSON.stringify("안녕, 서버.") }),
      );
      await expectFirstLine(
        check,
        server,
        `${visitor.from} says: 안녕, 서버.`,
        t("Decode once, after Buffer.concat: decoding each chunk alone turns both halves of 안 into \uFFFD."),
        t("Your server printed nothing within {seconds} s of receiving the whole message and the client's FIN.", { seconds: PROMPTLY_MS / 1000 }),
      );
    },
  },
  {
    id: "prints-the-message-as-it-came",
    title: t("prints a message with spaces and CRLF exactly as it came"),
    needs: ["startServer", "serveClient"],
    async run(check) {
      const message = "  Hello,\r\nServer.  ";
      const server = await startStudentServer(check, "server.ts");
      const visitor = await visit(check, server, referenceClient.sendThenHalfClose(message), t("send {text}, then FIN", { text: JSON.stringify(message) }));
      // Output is read line by line: the CRLF shows as a line break, the spaces stay.
      await expectLines(
        check,
        server,
        [`${visitor.from} says:   Hello,`, "Server.  "],
        t("Print the message exactly as it came: no trim(). The spaces and the CRLF are part of what the client said."),
        t("Your server printed less than the two lines of this message within {seconds} s.", { seconds: PROMPTLY_MS / 1000 }),
      );
    },
  },
  {
    id: "listens-on-the-host-it-is-given",
    title: t("listens on the address given with --host, and says so"),
    needs: ["startServer", "serveClient"],
    async run(check) {
      const host = await otherLoopbackHost(check);
      const server = await startStudentServer(check, "server.ts", { host });
      await expectServed(check, server, MESSAGE);
    },
  },
];
