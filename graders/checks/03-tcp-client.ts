// Grader for exercise 03: the student's client against a reference server that answers in one
// write, one byte at a time, with a UTF-8 character cut in two, with exactly 100 bytes or more,
// never, with nothing, or with a reset; and with every option of the client given a value of its own.
import type { CheckContext, CheckDefinition } from "../harness/check.ts";
import { CheckFailure } from "../harness/check.ts";
import { DEADLINES, DeadlineExceeded } from "../harness/deadline.ts";
import type { StudentProcess } from "../harness/launch.ts";
import { t } from "../i18n/index.ts";
import { refusedPort, referenceServer, startReferenceServer, type ReferenceServer, type ServerBehaviour } from "../peers/tcp-server.ts";
import { expectCleanFailure, otherLoopbackHost } from "./expect.ts";

const GREETING = "Hello. Server.";
const REPLY = "Hello. Client.";
const MAX_REPLY_BYTES = 100;

/**
 * The --timeout every check passes (the default is 5000), long beside ENDS_AFTER_WORK_MS: a
 * client that lingers on a timer it never cleared, or on a socket it never destroyed, is still
 * running when its work has been done for ENDS_AFTER_WORK_MS, so it fails instead of passing late.
 */
const CLIENT_TIMEOUT_MS = 20_000;
/** How long a client may take to end once its work is done: far below its --timeout, far above a real exit. */
const ENDS_AFTER_WORK_MS = 4_000;
/**
 * The --timeout of the silent-server check. A client that ignores it and keeps the default
 * 5000 ms is still waiting when SILENT_TIMEOUT_MS + SILENT_GRACE_MS have passed since it connected.
 */
const SILENT_TIMEOUT_MS = 300;
const SILENT_GRACE_MS = 2_500;
/** The longest a reference server's part may take; see serverDone. */
const SERVER_PART_MS = 30_000;

/**
 * Starts the reference server with `behaviour` (`describe`d: a whole step, in t()), then the
 * student's client pointed at it with --port, --timeout CLIENT_TIMEOUT_MS and `extraArgs`.
 */
async function clientAgainst(check: CheckContext, behaviour: ServerBehaviour, describe: string, extraArgs: string[] = [], host?: string) {
  const server = await check.act(describe, () => startReferenceServer(check, behaviour, host));
  const args = ["--port", String(server.port), "--timeout", String(CLIENT_TIMEOUT_MS), ...extraArgs];
  const client = await check.act(t("run your client with {args}", { args: commandLine(args) }), () => check.launch("client.ts", args));
  return { server, client };
}

/**
 * The client ends within `ms` of the moment its work was done (`done` resolves then). The one
 * place to switch to the harness's shared "ends promptly" step when it lands.
 */
async function endsPromptly(check: CheckContext, client: StudentProcess, done: Promise<unknown>, ms = ENDS_AFTER_WORK_MS): Promise<void> {
  await serverDone(check, client, done);
  await endsWithin(check, client, ms);
}

/**
 * Waits until the reference server has done its part, or the client has ended without waiting
 * for it. Every step of a behaviour has a deadline of its own, so this bound only caps a
 * client that never reads; how long the part takes depends on how fast the client reads.
 */
function serverDone(check: CheckContext, client: StudentProcess, done: Promise<unknown>): Promise<unknown> {
  return check.act(t("wait until the reference server has done its part"), () => Promise.race([done, client.waitForExit(SERVER_PART_MS)]));
}

/** A client that printed nothing `ms` after the server had done its part, and still runs. */
function stillWaiting(ms: number): CheckFailure {
  return new CheckFailure(
    t("Your client had printed nothing {seconds} s after the server had done its part. Is it waiting for something that does not come: more bytes, or a close the server never sends?", {
      seconds: ms / 1000,
    }),
    { trouble: "timeout" },
  );
}

/** The client ends within `ms` from now. */
async function endsWithin(check: CheckContext, client: StudentProcess, ms: number): Promise<void> {
  await check.expect(t("your client ends within {seconds} s of that", { seconds: ms / 1000 }), async () => {
    try {
      await client.waitForExit(ms);
    } catch (error) {
      if (!(error instanceof DeadlineExceeded)) throw error;
      if (client.lines.length === 0) throw stillWaiting(ms);
      throw new CheckFailure(
        t("Your client was still running {seconds} s after its work was done. Something keeps it alive: a timer that was never cleared, or a socket that was never ended or destroyed.", {
          seconds: ms / 1000,
        }),
      );
    }
  });
}

/**
 * The reply is complete on the server's side; the client prints exactly `expected`, then ends
 * within ENDS_AFTER_WORK_MS, with code 0. (With the harness's shared step: expectPrinted with `ms`.)
 */
async function expectReply(check: CheckContext, server: ReferenceServer, client: StudentProcess, expected: string): Promise<void> {
  const printed = `${expected}\n`;
  await serverDone(check, client, server.firstConversationDone(SERVER_PART_MS));
  await check.act(t("wait for your client to print the reply"), () =>
    client
      .waitForStdoutLines((lines) => lines.map((line) => `${line}\n`).join("").length >= printed.length, t("your client to print the reply"), ENDS_AFTER_WORK_MS)
      .catch((error: unknown) => {
        if (!(error instanceof DeadlineExceeded)) throw error;
      }),
  );
  await check.expect(t("it prints {text}", { text: JSON.stringify(expected) }), () => {
    if (client.lines.length === 0 && !client.exit) throw stillWaiting(ENDS_AFTER_WORK_MS);
    check.same(client.stdout, printed, t("Your program did not print what the server sent."));
  });
  await endsWithin(check, client, ENDS_AFTER_WORK_MS);
  await check.expect(t("it exits with code 0"), () => {
    const status = client.exit!;
    if (status.code !== 0) {
      const how = status.signal ? t("was killed by {signal}", { signal: status.signal }) : t("exited with code {code}", { code: String(status.code) });
      throw new CheckFailure(t("Your program {how} instead of exiting with code 0.", { how }), { trouble: "crash" });
    }
  });
}

/** The reference server received exactly `expected` from the client, then its FIN. */
async function expectReceived(check: CheckContext, server: ReferenceServer, expected: string, what: string): Promise<void> {
  await check.expect(t("the server received exactly {text}, then FIN", { text: JSON.stringify(expected) }), async () => {
    const conversation = server.conversations[0];
    if (!conversation) throw new CheckFailure(t("Your client never connected to the server."), { code: "ECONNREFUSED" });
    // Waited for, not looked at: a client that closes its socket sends its FIN then, and the
    // grader may see the program's exit before that FIN, so a look would judge on timing.
    const ending = await conversation.waitForEnding(t("your client to close"), ENDS_AFTER_WORK_MS).catch((error: unknown) => {
      if (!(error instanceof DeadlineExceeded)) throw error;
      return undefined;
    });
    check.same(conversation.received, expected, what);
    if (ending !== "fin") throw new CheckFailure(t("Your client did not send FIN after its message: call socket.end() once it is written."));
  });
}

/** The command line as a person would type it: an empty or unusual argument quoted, a CRLF shown as \r\n. */
function commandLine(args: string[]): string {
  return args.map((arg) => (/^[\w.:/-]+$/.test(arg) ? arg : JSON.stringify(arg))).join(" ");
}

/** Digits, `length` bytes of them: easy to count in a transcript. */
function digits(length: number): string {
  return "0123456789".repeat(Math.ceil(length / 10)).slice(0, length);
}

export const checks: CheckDefinition[] = [
  {
    id: "sends-the-greeting",
    title: t("sends the note's greeting, Hello. Server., and nothing else"),
    needs: ["requestReply"],
    async run(check) {
      // The note's --message: the default.
      const { server, client } = await clientAgainst(check, referenceServer.answerInOneWrite(REPLY, GREETING.length), t("start a reference server that answers in one write"));
      await endsPromptly(check, client, server.firstConversationDone(SERVER_PART_MS));
      await expectReceived(check, server, GREETING, t("The server did not receive the greeting it expected."));
    },
  },
  {
    id: "sends-the-message-it-is-given",
    title: t("sends the text of --message byte for byte: Korean, spaces and CRLF included"),
    needs: ["requestReply"],
    async run(check) {
      const message = "  안녕, Server!\r\n";
      const length = Buffer.byteLength(message);
      const { server, client } = await clientAgainst(check, referenceServer.answerInOneWrite(REPLY, length), t("start a reference server that answers in one write"), ["--message", message]);
      await endsPromptly(check, client, server.firstConversationDone(SERVER_PART_MS));
      await expectReceived(check, server, message, t("Send the text of --message exactly as it was given, encoded as UTF-8: nothing trimmed, nothing added."));
    },
  },
  {
    id: "sends-an-empty-message",
    title: t("sends nothing but FIN for --message \"\", and still prints the reply"),
    needs: ["requestReply"],
    async run(check) {
      // The server reads until 1 byte or the client's FIN: nothing comes before the FIN.
      const { server, client } = await clientAgainst(check, referenceServer.answerInOneWrite(REPLY, 1), t("start a reference server that answers in one write"), ["--message", ""]);
      await expectReply(check, server, client, REPLY);
      await expectReceived(check, server, "", t("An empty --message is a message too: send no bytes at all, only FIN."));
    },
  },
  {
    id: "connects-to-the-host-it-is-given",
    title: t("connects to the address given with --host"),
    needs: ["requestReply"],
    async run(check) {
      const host = await otherLoopbackHost(check);
      const { server, client } = await clientAgainst(
        check,
        referenceServer.answerInOneWrite(REPLY, GREETING.length),
        t("start a reference server on {host} that answers in one write", { host }),
        ["--host", host],
        host,
      );
      await check.expect(t("your client connects to {host}", { host }), async () => {
        const connected = await Promise.race([
          server.firstConversationDone(SERVER_PART_MS).then(() => true),
          client.waitForExit(DEADLINES.exit).then(() => server.conversations.length > 0),
        ]);
        if (!connected) throw new CheckFailure(t("Your client never reached the server on {host}. Connect to the host given with --host, not a fixed address.", { host }), { code: "ECONNREFUSED" });
      });
      await expectReply(check, server, client, REPLY);
    },
  },
  {
    id: "prints-the-reply",
    title: t("prints the server's reply as text, and ends at once"),
    needs: ["requestReply"],
    async run(check) {
      const { server, client } = await clientAgainst(check, referenceServer.answerInOneWrite(REPLY, GREETING.length), t("start a reference server that answers in one write"));
      await expectReply(check, server, client, REPLY);
    },
  },
  {
    id: "prints-the-reply-as-it-came",
    title: t("prints a reply with spaces and CRLF exactly as it came"),
    needs: ["requestReply"],
    async run(check) {
      const reply = "  Hello,\r\nClient.  ";
      const { server, client } = await clientAgainst(check, referenceServer.answerInOneWrite(reply, GREETING.length), t("start a reference server that answers in one write"));
      // Output is read line by line: the CRLF shows as a line break, the spaces stay.
      await expectReply(check, server, client, "  Hello,\nClient.  ");
    },
  },
  {
    id: "reads-a-reply-split-into-bytes",
    title: t("prints the whole reply when it arrives one byte at a time"),
    needs: ["requestReply"],
    async run(check) {
      const { server, client } = await clientAgainst(check, referenceServer.answerOneByteAtATime(REPLY, GREETING.length), t("start a reference server that answers one byte per write"));
      await expectReply(check, server, client, REPLY);
    },
  },
  {
    id: "keeps-utf8-characters-whole",
    title: t("keeps a UTF-8 character whole when its bytes arrive in two pieces"),
    needs: ["requestReply"],
    async run(check) {
      const reply = Buffer.from("안녕, Client.", "utf8"); // 안 is 3 bytes: ec 95 88
      const pieces = [reply.subarray(0, 2), reply.subarray(2)];
      const { server, client } = await clientAgainst(check, referenceServer.answerInPieces(pieces, GREETING.length), t("start a reference server that cuts the first character of its reply in two"));
      await expectReply(check, server, client, "안녕, Client.");
    },
  },
  {
    id: "stops-at-100-bytes",
    title: t("stops reading after 100 bytes, as the note's recv(100) does"),
    needs: ["requestReply"],
    async run(check) {
      const long = digits(MAX_REPLY_BYTES + 1);
      const { server, client } = await clientAgainst(
        check,
        referenceServer.answerAndStayOpen([long.slice(0, 60), long.slice(60)]),
        t("start a reference server that sends 101 bytes (60, then 41) and keeps the connection open"),
      );
      await expectReply(check, server, client, long.slice(0, MAX_REPLY_BYTES));
    },
  },
  {
    id: "stops-at-exactly-100-bytes",
    title: t("goes on reading after 99 bytes, and stops at exactly 100"),
    needs: ["requestReply"],
    async run(check) {
      const reply = digits(MAX_REPLY_BYTES);
      const { server, client } = await clientAgainst(
        check,
        referenceServer.answerAndStayOpen([reply.slice(0, MAX_REPLY_BYTES - 1), reply.slice(MAX_REPLY_BYTES - 1)]),
        t("start a reference server that sends 99 bytes, then the 100th, and keeps the connection open"),
      );
      await expectReply(check, server, client, reply);
    },
  },
  {
    id: "counts-bytes-not-characters",
    title: t("counts the 100 bytes in bytes, not characters, when a Korean character straddles byte 100"),
    needs: ["requestReply"],
    async run(check) {
      const ascii = "x".repeat(MAX_REPLY_BYTES - 1);
      const reply = `${ascii}안녕하세요`; // 안 is bytes 100 to 102: only its first byte is within the limit
      const { server, client } = await clientAgainst(
        check,
        referenceServer.answerAndStayOpen([reply]),
        t("start a reference server that sends 99 ASCII bytes and then Korean text (114 bytes, 104 characters), and keeps the connection open"),
      );
      // The first 100 bytes end with the first byte of 안, which UTF-8 decoding shows as U+FFFD.
      await expectReply(check, server, client, `${ascii}\uFFFD`);
    },
  },
  {
    id: "explains-a-refused-connection",
    title: t("explains a refused connection and exits with an error code"),
    needs: ["requestReply"],
    async run(check) {
      const port = await check.act(t("find a port where nothing listens"), () => refusedPort());
      // No --timeout: the default is used here, where no timer matters (a refusal takes no time).
      const args = ["--port", String(port)];
      const client = await check.act(t("run your client with {args}", { args: commandLine(args) }), () => check.launch("client.ts", args));
      await expectCleanFailure(check, client, t("a refused connection"), { mentions: [{ text: String(port), what: t("the port") }] });
    },
  },
  {
    id: "explains-a-bad-option",
    title: t("refuses --port 0, --port 70000 and --timeout 0 with a message that names the option"),
    needs: ["requestReply"],
    async run(check) {
      // A silent server, so a client that accepts --timeout 0 (no timeout at all, in Node) waits forever.
      const server = await check.act(t("start a reference server that accepts and never answers"), () => startReferenceServer(check, referenceServer.staySilent()));
      const cases = [
        { args: ["--port", "0"], option: "--port" },
        { args: ["--port", "70000"], option: "--port" },
        { args: ["--port", String(server.port), "--timeout", "0"], option: "--timeout" },
      ];
      // Side by side: each is a separate run of the client.
      const clients = await Promise.all(
        cases.map((bad) => check.act(t("run your client with {args}", { args: commandLine(bad.args) }), () => check.launch("client.ts", bad.args))),
      );
      for (const [index, bad] of cases.entries()) {
        await expectCleanFailure(check, clients[index]!, t("a bad value for {option}: {args}", { option: bad.option, args: commandLine(bad.args) }), {
          mentions: [{ text: bad.option, what: t("the option") }],
        });
      }
    },
  },
  {
    id: "gives-up-on-a-silent-server",
    title: t("gives up on a server that never answers, after --timeout"),
    needs: ["requestReply"],
    async run(check) {
      const server = await check.act(t("start a reference server that accepts and never answers"), () => startReferenceServer(check, referenceServer.staySilent()));
      const args = ["--port", String(server.port), "--timeout", String(SILENT_TIMEOUT_MS)];
      const client = await check.act(t("run your client with {args}", { args: commandLine(args) }), () => check.launch("client.ts", args));
      // Counted from the moment the client connected: it was told to give up after SILENT_TIMEOUT_MS.
      await endsPromptly(check, client, server.firstConversationDone(SERVER_PART_MS), SILENT_TIMEOUT_MS + SILENT_GRACE_MS);
      await expectCleanFailure(check, client, t("a silent server"));
    },
  },
  {
    id: "reports-a-server-that-closes-without-replying",
    title: t("reports a server that closes the connection without a reply"),
    needs: ["requestReply"],
    async run(check) {
      const { server, client } = await clientAgainst(check, referenceServer.closeWithoutAnswering(GREETING.length), t("start a reference server that reads your message, then closes without a word"));
      await endsPromptly(check, client, server.firstConversationDone(SERVER_PART_MS));
      await expectCleanFailure(check, client, t("a server that closed without a reply"));
    },
  },
  {
    id: "reports-a-reset",
    title: t("reports a connection reset by the server"),
    needs: ["requestReply"],
    async run(check) {
      const { server, client } = await clientAgainst(check, referenceServer.resetInsteadOfAnswering(GREETING.length), t("start a reference server that reads your message, then resets"));
      await endsPromptly(check, client, server.firstConversationDone(SERVER_PART_MS));
      await expectCleanFailure(check, client, t("a reset connection"));
    },
  },
  {
    id: "reports-a-reset-mid-reply",
    title: t("reports a reset in the middle of the reply, and does not take the start for the whole"),
    needs: ["requestReply"],
    async run(check) {
      const { server, client } = await clientAgainst(
        check,
        referenceServer.resetMidReply("Hello. ", GREETING.length),
        t('start a reference server that sends "Hello. ", reads your message, waits until you have read those 7 bytes, then resets'),
      );
      await endsPromptly(check, client, server.firstConversationDone(SERVER_PART_MS));
      await expectCleanFailure(check, client, t("a reset in the middle of the reply"));
    },
  },
];
