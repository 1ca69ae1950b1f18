// Exercise 11's client checks: the grader is the mail server the student's smtp-client.ts talks
// to (graders/peers/smtp-server.ts). Each scripted server answers in a shape that breaks a
// classic mail-client bug: replies cut anywhere and replies of several lines, a server that does
// not know EHLO, a refused recipient, sender, DATA or message, a 554 greeting, silence, a close
// before the reply; every command line and every byte of the message is checked as it came.
import type { CheckContext, CheckDefinition } from "../../harness/check.ts";
import { CheckFailure } from "../../harness/check.ts";
import { DEADLINES, pollUntil } from "../../harness/deadline.ts";
import type { StudentProcess } from "../../harness/launch.ts";
import { t } from "../../i18n/index.ts";
import { answer, DEFAULT_ANSWERS, SERVER_NAME, startSmtpServer, type ScriptedSmtpServer, type SmtpScript } from "../../peers/smtp-server.ts";
import { anotherLoopbackHost, ipv6LoopbackWorks, refusedPort } from "../../peers/tcp-server.ts";
import { describeExit, expectCleanFailure, expectEndsPromptly, otherLoopbackHost, type Mention } from "../expect.ts";

const FILE = "smtp-client.ts";
/** Every check needs sendMail (and through it dotStuff); readOptions is given in the skeleton. */
const NEEDS = ["sendMail", "dotStuff"];

/**
 * The --timeout-ms every check passes (the default is 5000), long beside ENDS_AFTER_WORK_MS: a
 * client that lingers on a timer it never cleared, or on a socket it never ended, is still
 * running when its work has been done for ENDS_AFTER_WORK_MS, so it fails instead of passing late.
 */
const CLIENT_TIMEOUT_MS = 20_000;
/** How long a client may take to end once its work is done: far below its --timeout-ms, far above a real exit. */
const ENDS_AFTER_WORK_MS = 4_000;
/**
 * The --timeout-ms of the silent-server check. A client that ignores it and keeps the default
 * 5000 ms is still waiting when SILENT_TIMEOUT_MS + SILENT_GRACE_MS have passed.
 */
const SILENT_TIMEOUT_MS = 400;
const SILENT_GRACE_MS = 2_500;
/** The longest the scripted server's part may take (a client that reads slowly makes it longer). */
const SERVER_PART_MS = 30_000;
/** The client's port without --port: the unprivileged stand-in for 25. */
const DEFAULT_PORT = 2525;

const FROM = "ann@lab.test";
const BOB = "bob@lab.test";
const CY = "cy@lab.test";
const MINSU = "민수@lab.test";
const JISU = "지수@lab.test";
const HELO = "client.lab.test";
/** A message whose lines already end in CRLF and hold no dot: it goes out as it is, then ".\r\n". */
const MESSAGE = "From: Ann <ann@lab.test>\r\nTo: Bob <bob@lab.test>\r\nSubject: lunch\r\n\r\nHello, Bob.\r\nLunch at noon?\r\n";

/** The command line as a person would type it: an unusual argument quoted. */
function commandLine(args: string[]): string {
  return args.map((arg) => (/^[\w.:/@=-]+$/.test(arg) ? arg : JSON.stringify(arg))).join(" ") || t("no arguments");
}

/** Starts the scripted mail server (`describe`d, in t()). */
function serve(check: CheckContext, script: SmtpScript, describe: string, host?: string, port?: number): Promise<ScriptedSmtpServer> {
  return check.act(describe, () => startSmtpServer(check, script, host, port));
}

interface ClientRun {
  /** The recipients, one --to each. */
  to: string[];
  /** What the client reads on stdin. */
  message?: string | Uint8Array;
  /** More options; --timeout-ms CLIENT_TIMEOUT_MS unless they name one, --port the server's unless `noPort`. */
  extra?: string[];
  noPort?: boolean;
}

/** Runs the student's client against `server` with --from FROM, a --to per recipient, and the message on stdin. */
async function runClient(check: CheckContext, server: { port: number }, run: ClientRun): Promise<StudentProcess> {
  const { to, message = MESSAGE, extra = [], noPort = false } = run;
  const args = [
    ...(noPort ? [] : ["--port", String(server.port)]),
    "--from",
    FROM,
    ...to.flatMap((address) => ["--to", address]),
    ...(extra.includes("--timeout-ms") ? [] : ["--timeout-ms", String(CLIENT_TIMEOUT_MS)]),
    ...extra,
  ];
  const bytes = Buffer.from(message);
  return check.act(t("run your client with {args}, and {count} bytes of message on its stdin", { args: commandLine(args), count: bytes.length }), async () => {
    const client = await check.launch(FILE, args);
    client.writeStdin(bytes);
    client.endStdin();
    return client;
  });
}

/** The bytes a client sends: each command line with its CRLF, the message (already stuffed) right after DATA. */
function wire(commands: string[], stuffed?: string): Buffer {
  const parts = commands.map((command) => Buffer.from(`${command}\r\n`, "utf8"));
  const data = commands.indexOf("DATA");
  if (stuffed !== undefined && data >= 0) parts.splice(data + 1, 0, Buffer.from(stuffed, "utf8"));
  return Buffer.concat(parts);
}

/** The commands of a whole delivery to `to`: EHLO, MAIL FROM, a RCPT TO each, DATA (the message follows it), QUIT. */
function delivery(to: string[], helo = HELO): string[] {
  return [`EHLO ${helo}`, `MAIL FROM:<${FROM}>`, ...to.map((address) => `RCPT TO:<${address}>`), "DATA", "QUIT"];
}

/** Waits until the scripted server has done its part, or the client has ended without waiting for it. */
function serverDone(check: CheckContext, server: ScriptedSmtpServer, client: StudentProcess): Promise<unknown> {
  return check.act(t("wait until the scripted mail server has done its part"), () =>
    Promise.race([server.finished(SERVER_PART_MS), client.waitForExit(SERVER_PART_MS)]).catch(() => undefined),
  );
}

/**
 * The server received exactly `expected`: every command line and the message, byte for byte.
 * A command sent before the whole reply to the one before had come, and a message that never
 * ended with "\r\n.\r\n", are named first: they explain a difference better than the bytes do.
 */
async function expectReceived(check: CheckContext, server: ScriptedSmtpServer, expected: Buffer, what: string): Promise<void> {
  await check.expect(t("the server received exactly these lines, each ending in \\r\\n: {lines}", { lines: expected.toString("utf8").split("\r\n").filter(Boolean).slice(0, 12).join(" | ") }), () => {
    const conversation = server.conversation();
    if (!conversation) throw new CheckFailure(t("Your client never connected to the server."), { code: "ECONNREFUSED" });
    const index = server.commands.findIndex((command) => command.early);
    if (index >= 0) {
      const before = index === 0 ? t("the greeting") : (server.commands[index - 1]?.line ?? "");
      throw new CheckFailure(
        t("Your client sent {command} before the whole reply to {before} had come. A reply can arrive in many reads, and can have several lines (250-… on all but the last, 250 … on the last): read until its last line has come, then send the next command. A line ends only at \\r\\n: node:readline takes a lone \\r for a line end, and answers one byte too early.", {
          command: JSON.stringify(server.commands[index]!.line),
          before: JSON.stringify(before),
        }),
      );
    }
    if (server.unfinishedMessage !== undefined) {
      throw new CheckFailure(
        t("The server never saw the end of your message: it ends only at \\r\\n.\\r\\n, a line that is just a dot, with CRLF before and after it. A \\n.\\n or a missing dot leaves the server waiting for more."),
        { mismatch: { expected: `${expected.toString("latin1").slice(expected.indexOf("DATA\r\n") + 6)}`, observed: server.unfinishedMessage.toString("latin1") } },
      );
    }
    check.same(conversation.received, expected, what);
  });
}

/** The lines a program printed on one stream. */
function linesOn(client: StudentProcess, stream: "stdout" | "stderr"): string[] {
  return client.lines.filter((line) => line.stream === stream).map((line) => line.text);
}

/**
 * A delivery that went through: the server answered QUIT, the client ends by itself within
 * ENDS_AFTER_WORK_MS (so it ended its socket: the server closes only after the client has), it
 * printed one line on stdout per accepted recipient and one on stderr per refused one (address
 * and the server's reply), and it exits with code 0.
 */
async function expectDelivered(
  check: CheckContext,
  server: ScriptedSmtpServer,
  client: StudentProcess,
  options: { expected: Buffer; what: string; accepted: string[]; rejected?: { address: string; reply: string }[] },
): Promise<void> {
  const { expected, what, accepted, rejected = [] } = options;
  await serverDone(check, server, client);
  await expectReceived(check, server, expected, what);
  const status = await expectEndsPromptly(check, client, { ms: ENDS_AFTER_WORK_MS, after: t("the server answered QUIT (it closes only once your client has)") });
  await check.expect(t("it prints one line on stdout per accepted recipient, naming it: {addresses}", { addresses: accepted.join(", ") }), () => {
    const stdout = linesOn(client, "stdout").filter((line) => line.trim() !== "");
    const missing = accepted.filter((address) => !stdout.some((line) => line.includes(address)));
    if (missing.length > 0 || stdout.length !== accepted.length) {
      throw new CheckFailure(
        t("Print exactly one line on stdout for each recipient the server accepted, with its address ({count} lines: {addresses}); your client printed {printed} lines there.", {
          count: accepted.length,
          addresses: accepted.join(", "),
          printed: stdout.length,
        }),
        { mismatch: { expected: accepted.join("\n"), observed: stdout.join("\n") } },
      );
    }
  });
  if (rejected.length > 0) {
    await check.expect(t("it prints a line on stderr for each refused recipient, with the address and the server's reply: {rejected}", { rejected: rejected.map((one) => `${one.address} (${one.reply})`).join(", ") }), () => {
      const stderr = linesOn(client, "stderr");
      for (const { address, reply } of rejected) {
        if (!stderr.some((line) => line.includes(address) && line.includes(reply))) {
          throw new CheckFailure(t("Your client did not say on stderr that {address} was refused, with the server's reply {reply}, on one line: the sender needs to know who did not get the mail, and why.", { address, reply: JSON.stringify(reply) }));
        }
        if (linesOn(client, "stdout").some((line) => line.includes(address))) {
          throw new CheckFailure(t("Your client printed the refused recipient {address} on stdout, where only accepted recipients belong.", { address }));
        }
      }
    });
  }
  await check.expect(t("it exits with code 0"), () => {
    if (status.code !== 0) throw new CheckFailure(t("Your program {how} instead of exiting with code 0: the message was accepted.", { how: describeExit(status) }), { trouble: "crash" });
  });
}

/** `host:port`, the fact every failure message must name. */
function theServer(server: { host: string; port: number }): Mention {
  const where = `${server.host}:${server.port}`;
  return { text: where, what: t("the server, {where}", { where }) };
}

/** The reply the message must quote. */
function theReply(reply: string): Mention {
  return { text: reply, what: t("the server's reply, {reply}", { reply: JSON.stringify(reply) }) };
}

/** A refusal case: the script, what the client must have sent, and the reply its message quotes. */
interface Refusal {
  describe: string;
  script: SmtpScript;
  to?: string[];
  /** More options for the client. */
  extra?: string[];
  sent: Buffer;
  what: string;
  quotes: string[];
}

/**
 * Runs every case side by side (each its own server and client), then judges each: the client
 * sent exactly `sent` (QUIT included: the connection still works after a refusal), and fails
 * cleanly, naming the server and quoting the reply.
 */
async function expectRefusals(check: CheckContext, cases: Refusal[]): Promise<void> {
  const runs = [];
  for (const refusal of cases) {
    const server = await serve(check, refusal.script, refusal.describe);
    runs.push({ refusal, server, client: await runClient(check, server, { to: refusal.to ?? [BOB], extra: refusal.extra }) });
  }
  for (const { refusal, server, client } of runs) {
    await serverDone(check, server, client);
    await expectReceived(check, server, refusal.sent, t("After a refusal, send nothing more of the mail: only QUIT, then end the connection."));
    await expectCleanFailure(check, client, refusal.what, { ms: ENDS_AFTER_WORK_MS, mentions: [theServer(server), ...refusal.quotes.map(theReply)] });
    // The lines of a reply of several lines are quoted apart (a space, a line end: any), never run together.
    for (const [line, next] of refusal.quotes.slice(1).map((next, index) => [refusal.quotes[index]!, next] as const)) {
      await check.expect(t("it keeps the lines of the reply apart"), () => {
        if (client.stdout.includes(line + next) || client.stderr.includes(line + next)) {
          throw new CheckFailure(t("Your client ran two lines of the server's reply together: {glued}. Keep something between them, a space or a line end.", { glued: JSON.stringify(line + next) }));
        }
      });
    }
  }
}

export const checks: CheckDefinition[] = [
  {
    id: "client-delivers-a-message",
    title: t("delivers a message: EHLO, MAIL FROM, a RCPT TO per recipient, DATA, the message and its final dot, QUIT, then ends at once"),
    needs: NEEDS,
    async run(check) {
      const server = await serve(check, {}, t("start a scripted mail server that accepts everything"));
      const client = await runClient(check, server, { to: [BOB, CY] });
      await expectDelivered(check, server, client, {
        expected: wire(delivery([BOB, CY]), `${MESSAGE}.\r\n`),
        what: t("Send each command exactly as SMTP spells it (EHLO name, MAIL FROM:<address>, RCPT TO:<address>, DATA, QUIT), each line ending in \\r\\n, the message right after the 354, and its final line \".\\r\\n\"."),
        accepted: [BOB, CY],
      });
    },
  },
  {
    id: "client-reads-replies-cut-anywhere",
    title: t("reads a greeting cut inside its code, a reply of four lines cut mid-line, a reply one byte at a time, and a reply that is only its code, each whole before the next command"),
    needs: NEEDS,
    async run(check) {
      const greeting = `220 ${SERVER_NAME} ready`; // 25 bytes with its CRLF
      const ehlo = [`250-${SERVER_NAME}`, "250-PIPELINING", "250-SIZE 10240000", "250 8BITMIME"];
      // Cut after the first line and the next "250-", inside PIPELINING, between the \r and \n of
      // the third line, and right after the last line's code: one read of each shows a reply
      // that seems complete, or a code without its line.
      const text = ehlo.map((line) => `${line}\r\n`).join("");
      const ehloCuts = [text.indexOf("250-PIPE") + 4, text.indexOf("PIPE") + 4, text.indexOf("10240000") + 9, text.indexOf("250 8") + 3];
      const server = await serve(
        check,
        // A reply may be just its code, with nothing after it (RFC 5321 §4.2): "354" alone says go on.
        { greeting: answer.inPieces([greeting], [2, 12, 24]), ehlo: answer.inPieces(ehlo, ehloCuts), mail: answer.oneByteAtATime("250 2.1.0 OK"), data: answer.reply("354") },
        t("start a scripted mail server that cuts its greeting after \"22\", sends its EHLO reply of four lines in five pieces, its reply to MAIL one byte per write, and answers DATA with just \"354\""),
      );
      const client = await runClient(check, server, { to: [BOB] });
      await expectDelivered(check, server, client, {
        expected: wire(delivery([BOB]), `${MESSAGE}.\r\n`),
        what: t("Read each reply whole before you send the next command: its bytes come in many reads, a reply of several lines ends only at the line whose code is followed by a space, and a line that is only the code (\"354\") is a whole reply too."),
        accepted: [BOB],
      });
      await check.expect(t("each piece reached your client as a read of its own (the grader's own check of the provocation)"), () => {
        const together = server.splits.filter((split) => split.proof === "together");
        // A provocation that did not happen proves nothing: a grader error, never a pass.
        if (together.length > 0) throw new Error(`the pieces of ${together.map((split) => split.step).join(", ")} may have reached the client together: the split was not proven`);
      });
    },
  },
  {
    id: "client-falls-back-to-helo",
    title: t("says HELO --helo when the server answers EHLO with 500 or 502, and delivers the message"),
    needs: NEEDS,
    async run(check) {
      const helo = "relay.lab.test";
      for (const refusal of ["500 5.5.1 command unrecognized", "502 5.5.1 EHLO not implemented"]) {
        const server = await serve(check, { ehlo: answer.reply(refusal) }, t("start a scripted mail server that answers EHLO with {reply}", { reply: JSON.stringify(refusal) }));
        const client = await runClient(check, server, { to: [BOB], extra: ["--helo", helo] });
        const commands = delivery([BOB], helo);
        commands.splice(1, 0, `HELO ${helo}`);
        await expectDelivered(check, server, client, {
          expected: wire(commands, `${MESSAGE}.\r\n`),
          what: t("A server that does not know EHLO answers it with a 5xx (500 or 502): say HELO with the same name (--helo) and go on as usual."),
          accepted: [BOB],
        });
      }
    },
  },
  {
    id: "client-reports-a-refused-helo",
    title: t("stops when HELO is refused too, says QUIT, and exits with an error code and a message that quotes the reply"),
    needs: NEEDS,
    async run(check) {
      const reply = "550 5.7.1 relay.lab.test is not welcome here";
      await expectRefusals(check, [
        {
          describe: t("start a scripted mail server that answers EHLO with 502 and HELO with {reply}", { reply: JSON.stringify(reply) }),
          script: { ehlo: answer.reply("502 5.5.1 EHLO not implemented"), helo: answer.reply(reply) },
          extra: ["--helo", "relay.lab.test"],
          sent: wire(["EHLO relay.lab.test", "HELO relay.lab.test", "QUIT"]),
          what: t("a refused HELO ({reply})", { reply }),
          quotes: [reply],
        },
      ]);
    },
  },
  {
    id: "client-dot-stuffs-the-message",
    title: t("doubles a leading dot, sends every line end as CRLF (a bare LF at the very start too), ends a last line that has none (a lone CR is no line end), and sends an empty message as the dot alone"),
    needs: NEEDS,
    async run(check) {
      const message = "Subject: dots\r\n\r\n.starts with a dot\r\n.\r\n..two dots, a bare LF\nno dot. here\n\nthe last line, no line end";
      const stuffed = "Subject: dots\r\n\r\n..starts with a dot\r\n..\r\n...two dots, a bare LF\r\nno dot. here\r\n\r\nthe last line, no line end\r\n.\r\n";
      const server = await serve(check, {}, t("start a scripted mail server that accepts everything"));
      const client = await runClient(check, server, { to: [BOB], message });
      await expectDelivered(check, server, client, {
        expected: wire(delivery([BOB]), stuffed),
        what: t("After 354, send every line of the message with \\r\\n (a bare \\n too), put one more \".\" before a line that starts with \".\" (so \".\" alone becomes \"..\"), end a last line that has no line end, then send \".\\r\\n\"."),
        accepted: [BOB],
      });
      // A message that begins with a bare "\n" (indexOf finds it at 0, which is not "not found"),
      // and whose last line ends in a lone "\r": no line end, so that "\r" is part of the text.
      const edges = "\n.\nthe last line ends in a lone CR\r";
      const edgesStuffed = "\r\n..\r\nthe last line ends in a lone CR\r\r\n.\r\n";
      const edge = await serve(check, {}, t("start a scripted mail server that accepts everything"));
      const edgeClient = await runClient(check, edge, { to: [BOB], message: edges });
      await expectDelivered(check, edge, edgeClient, {
        expected: wire(delivery([BOB]), edgesStuffed),
        what: t("A line end at the very first byte (indexOf gives 0, not -1) is a line end too: send it as \\r\\n and go on with the rest. Only \\r\\n and a bare \\n end a line: a lone \\r at the end of the message is text, kept as it is, and then the message gets its \\r\\n."),
        accepted: [BOB],
      });
      const empty = await serve(check, {}, t("start a scripted mail server that accepts everything"));
      const quiet = await runClient(check, empty, { to: [BOB], message: "" });
      await expectDelivered(check, empty, quiet, {
        expected: wire(delivery([BOB]), ".\r\n"),
        what: t("An empty message is just the final line \".\\r\\n\" after 354: no blank line before it."),
        accepted: [BOB],
      });
    },
  },
  {
    id: "client-keeps-korean-text-whole",
    title: t("sends a Korean message and a Korean address byte for byte, and quotes a Korean reply cut inside a character"),
    needs: NEEDS,
    async run(check) {
      const message = "Subject: 안부\r\n\r\n안녕하세요, 민수 님.\r\n잘 지내시죠? 🙂\r\n";
      const refusal = "550 5.1.1 그런 사용자가 없습니다";
      // 그 is bytes 10 to 12 of the reply: the cut at 11 splits it.
      const server = await serve(
        check,
        { rcpt: (address) => (address === JISU ? answer.inPieces([refusal], [11]) : DEFAULT_ANSWERS.rcpt) },
        t("start a scripted mail server that refuses {address} with {reply}, cut inside its first Korean character", { address: JISU, reply: JSON.stringify(refusal) }),
      );
      const client = await runClient(check, server, { to: [MINSU, JISU], message });
      await expectDelivered(check, server, client, {
        expected: wire(delivery([MINSU, JISU]), `${message}.\r\n`),
        what: t("Send the addresses and the message as UTF-8 bytes, exactly as they were given: never as latin1, never one character per byte."),
        accepted: [MINSU],
        rejected: [{ address: JISU, reply: refusal }],
      });
    },
  },
  {
    id: "client-goes-on-after-a-refused-recipient",
    title: t("goes on after a refused recipient, sends the message to the others, reports the refused one on stderr and exits with code 0"),
    needs: NEEDS,
    async run(check) {
      const refusal = "550 5.1.1 no such user here";
      const server = await serve(
        check,
        { rcpt: (address) => (address === CY ? answer.reply(refusal) : DEFAULT_ANSWERS.rcpt) },
        t("start a scripted mail server that refuses {address} with {reply}", { address: CY, reply: JSON.stringify(refusal) }),
      );
      // The largest --timeout-ms there is, 2^31 - 1: accepted (one more is refused in client-refuses-bad-options).
      const client = await runClient(check, server, { to: [BOB, CY, MINSU], extra: ["--timeout-ms", String(2 ** 31 - 1)] });
      await expectDelivered(check, server, client, {
        expected: wire(delivery([BOB, CY, MINSU]), `${MESSAGE}.\r\n`),
        what: t("A refused recipient is refused alone: keep its address and reply, send RCPT TO for the next one, and send the message to those the server accepted."),
        accepted: [BOB, MINSU],
        rejected: [{ address: CY, reply: refusal }],
      });
    },
  },
  {
    id: "client-stops-when-no-recipient-is-accepted",
    title: t("sends no DATA when every recipient is refused, says QUIT, quotes each refusal and exits with an error code"),
    needs: NEEDS,
    async run(check) {
      const refusals: Record<string, string> = { [CY]: "550 5.1.1 no such user here", [BOB]: "451 4.2.1 mailbox busy, try again later" };
      await expectRefusals(check, [
        {
          describe: t("start a scripted mail server that refuses both recipients, one with 550 and one with 451"),
          script: { rcpt: (address) => answer.reply(refusals[address] ?? "550 5.1.1 no such user here") },
          to: [CY, BOB],
          sent: wire([`EHLO ${HELO}`, `MAIL FROM:<${FROM}>`, `RCPT TO:<${CY}>`, `RCPT TO:<${BOB}>`, "QUIT"]),
          what: t("every recipient refused"),
          quotes: [refusals[CY]!, refusals[BOB]!],
        },
      ]);
    },
  },
  {
    id: "client-reports-a-refused-sender",
    title: t("stops at a 451 or 553 to MAIL FROM, says QUIT, and exits with an error code and a message that quotes the reply"),
    needs: NEEDS,
    async run(check) {
      await expectRefusals(
        check,
        ["451 4.3.0 try again later", "553 5.1.8 sender address rejected"].map((reply) => ({
          describe: t("start a scripted mail server that answers MAIL FROM with {reply}", { reply: JSON.stringify(reply) }),
          script: { mail: answer.reply(reply) },
          sent: wire([`EHLO ${HELO}`, `MAIL FROM:<${FROM}>`, "QUIT"]),
          what: t("a refused sender ({reply})", { reply }),
          quotes: [reply],
        })),
      );
    },
  },
  {
    id: "client-reports-a-refused-data",
    title: t("stops at a 451 or 554 to DATA without sending the message, says QUIT, and exits with an error code and a message that quotes the reply"),
    needs: NEEDS,
    async run(check) {
      await expectRefusals(
        check,
        ["451 4.3.2 not now, try again later", "554 5.5.1 no valid recipients"].map((reply) => ({
          describe: t("start a scripted mail server that answers DATA with {reply}", { reply: JSON.stringify(reply) }),
          script: { data: answer.reply(reply) },
          sent: wire([`EHLO ${HELO}`, `MAIL FROM:<${FROM}>`, `RCPT TO:<${BOB}>`, "DATA", "QUIT"]),
          what: t("a refused DATA ({reply})", { reply }),
          quotes: [reply],
        })),
      );
    },
  },
  {
    id: "client-reports-a-refused-message",
    title: t("reports a 452 or a 550 of two lines after the final dot as a failure, says QUIT, and exits with an error code and a message that quotes every line of the reply"),
    needs: NEEDS,
    async run(check) {
      await expectRefusals(
        check,
        [["452 4.3.1 insufficient system storage"], ["550-5.7.1 message refused as spam", "550 5.7.1 see https://lab.test/policy"]].map((reply) => ({
          describe: t("start a scripted mail server that answers the final dot with {reply}", { reply: JSON.stringify(reply.join("\r\n")) }),
          script: { message: answer.reply(...reply) },
          sent: wire(delivery([BOB]), `${MESSAGE}.\r\n`),
          what: t("a refused message ({reply})", { reply: reply.join(" ") }),
          quotes: reply,
        })),
      );
    },
  },
  {
    id: "client-stops-at-a-554-greeting",
    title: t("says only QUIT to a server that greets with 554, and exits with an error code and a message that quotes the greeting"),
    needs: NEEDS,
    async run(check) {
      const greeting = `554 5.3.2 ${SERVER_NAME} takes no mail now`;
      await expectRefusals(check, [
        {
          describe: t("start a scripted mail server that greets with {reply}", { reply: JSON.stringify(greeting) }),
          script: { greeting: answer.reply(greeting) },
          sent: wire(["QUIT"]),
          what: t("a 554 greeting"),
          quotes: [greeting],
        },
      ]);
    },
  },
  {
    id: "client-gives-up-on-a-silent-server",
    title: t("gives up after --timeout-ms on a server that never greets, and on one that never answers the final dot; --timeout-ms 1 is accepted"),
    needs: NEEDS,
    async run(check) {
      const cases = [
        { script: { greeting: answer.silence() }, describe: t("start a scripted mail server that accepts the connection and never says a word"), what: t("a server that never greets") },
        { script: { message: answer.silence() }, describe: t("start a scripted mail server that never answers the final dot"), what: t("a server silent after the final dot") },
      ];
      for (const { script, describe, what } of cases) {
        const server = await serve(check, script, describe);
        const client = await runClient(check, server, { to: [BOB], extra: ["--timeout-ms", String(SILENT_TIMEOUT_MS)] });
        await serverDone(check, server, client);
        // Counted from the moment the server fell silent: the client was told to give up after SILENT_TIMEOUT_MS.
        await expectCleanFailure(check, client, t("{what}, with --timeout-ms {ms}", { what, ms: SILENT_TIMEOUT_MS }), { ms: SILENT_TIMEOUT_MS + SILENT_GRACE_MS, mentions: [theServer(server)] });
      }
      // The smallest --timeout-ms: accepted, so the client connects (Node connects to an IP
      // address in the same turn, before its timer can fire), and then gives up.
      const server = await serve(check, { greeting: answer.silence() }, t("start a scripted mail server that accepts the connection and never says a word"));
      const quick = await runClient(check, server, { to: [BOB], extra: ["--timeout-ms", "1"] });
      await expectCleanFailure(check, quick, t("a server that never greets, with --timeout-ms 1"), { ms: SILENT_TIMEOUT_MS + SILENT_GRACE_MS, mentions: [theServer(server)] });
      await check.expect(t("with --timeout-ms 1 your client still connected: 1 is a legal value"), async () => {
        await pollUntil(DEADLINES.reply, t("the server to see your client's connection"), () => (server.connections() >= 1 ? true : undefined)).catch(() => undefined);
        if (server.connections() < 1) throw new CheckFailure(t("Your client never connected with --timeout-ms 1. The smallest legal value is 1 ms: refuse only 0 and below."));
      });
    },
  },
  {
    id: "client-reports-a-server-that-closes-early",
    title: t("reports a server that closes the connection instead of greeting, or instead of answering MAIL FROM, and one that resets it instead of answering RCPT TO, and ends at once"),
    needs: NEEDS,
    async run(check) {
      const cases = [
        { script: { greeting: answer.close() }, describe: t("start a scripted mail server that closes the connection at once, without a greeting"), what: t("a server that closed before its greeting") },
        { script: { mail: answer.close() }, describe: t("start a scripted mail server that reads MAIL FROM and closes the connection without a reply"), what: t("a server that closed before its reply to MAIL FROM") },
        { script: { rcpt: () => answer.reset() }, describe: t("start a scripted mail server that reads RCPT TO and resets the connection instead of answering"), what: t("a server that reset the connection instead of answering RCPT TO") },
      ];
      for (const { script, describe, what } of cases) {
        const server = await serve(check, script, describe);
        const client = await runClient(check, server, { to: [BOB] });
        await serverDone(check, server, client);
        await expectCleanFailure(check, client, what, { ms: ENDS_AFTER_WORK_MS, mentions: [theServer(server)] });
      }
    },
  },
  {
    id: "client-explains-a-refused-connection",
    title: t("explains a refused connection, naming the server's address and port, with an error code"),
    needs: NEEDS,
    async run(check) {
      const port = await check.act(t("find a port where nothing listens"), () => refusedPort());
      const client = await runClient(check, { port }, { to: [BOB] });
      await expectCleanFailure(check, client, t("a refused connection"), { mentions: [theServer({ host: "127.0.0.1", port })] });
    },
  },
  {
    id: "client-connects-to-the-host-it-is-given",
    title: t("connects to the address given with --host and delivers there"),
    needs: NEEDS,
    async run(check) {
      const host = await otherLoopbackHost(check);
      const server = await serve(check, {}, t("start a scripted mail server on {host}", { host }), host);
      const client = await runClient(check, server, { to: [BOB], extra: ["--host", host] });
      await expectDelivered(check, server, client, {
        expected: wire(delivery([BOB]), `${MESSAGE}.\r\n`),
        what: t("Connect to the host given with --host, not a fixed address, and deliver there as usual."),
        accepted: [BOB],
      });
    },
  },
  {
    id: "client-uses-port-2525-by-default",
    title: t("without --port, connects to port 2525"),
    needs: NEEDS,
    async run(check) {
      // Port 2525 may be taken on 127.0.0.1 (another grading, a server check): try other loopback addresses.
      const hosts = ["127.0.0.1"];
      if ((await anotherLoopbackHost()) === "127.0.0.2") for (let last = 2; last <= 9; last++) hosts.push(`127.0.0.${last}`);
      if (await ipv6LoopbackWorks()) hosts.push("::1");
      const server = await check.act(t("start a scripted mail server on port {port} of a loopback address", { port: DEFAULT_PORT }), async () => {
        for (const host of hosts) {
          try {
            return await startSmtpServer(check, {}, host, DEFAULT_PORT);
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
            check.transcript.note(t("port {port} is taken on {host}", { port: DEFAULT_PORT, host }));
          }
        }
        // Nothing to point the client at: the check cannot prove anything (a grader error).
        throw new Error(`port ${DEFAULT_PORT} is taken on every loopback address tried (${hosts.join(", ")})`);
      });
      const client = await runClient(check, server, { to: [BOB], noPort: true, extra: server.host === "127.0.0.1" ? [] : ["--host", server.host] });
      await check.expect(t("your client connects to port {port}", { port: DEFAULT_PORT }), async () => {
        await Promise.race([server.finished(SERVER_PART_MS), client.waitForExit(SERVER_PART_MS)]).catch(() => undefined);
        if (server.connections() === 0) {
          throw new CheckFailure(t("Started without --port, your client never connected to port {port}. Give the --port option the default \"{port}\": SMTP's own port 25 needs a privileged program.", { port: DEFAULT_PORT }), {
            code: "ECONNREFUSED",
          });
        }
      });
      await expectDelivered(check, server, client, {
        expected: wire(delivery([BOB]), `${MESSAGE}.\r\n`),
        what: t("Deliver as usual on the default port."),
        accepted: [BOB],
      });
    },
  },
  {
    id: "client-refuses-bad-options",
    title: t("refuses a missing --from or --to, --port=-1, --port 0, --port 65536, --port 1e3, --timeout-ms 0, --timeout-ms 1e3 and --timeout-ms 2147483648, naming the option and the value"),
    needs: ["sendMail"],
    async run(check) {
      // A silent server, so a client that takes a bad --timeout-ms waits instead of failing.
      const server = await serve(check, { greeting: answer.silence() }, t("start a scripted mail server that accepts the connection and never says a word"));
      const port = String(server.port);
      const cases: { args: string[]; mentions: string[] }[] = [
        { args: ["--port", port, "--to", BOB], mentions: ["--from"] },
        { args: ["--port", port, "--from", FROM], mentions: ["--to"] },
        // With "=": parseArgs takes a lone "-1" for an option and refuses it before the client's own check could.
        { args: ["--port=-1", "--from", FROM, "--to", BOB], mentions: ["--port", "-1"] },
        // 0 is no port a client can reach (a server's --port 0 lets the system pick one).
        { args: ["--port", "0", "--from", FROM, "--to", BOB], mentions: ["--port", "0"] },
        { args: ["--port", "65536", "--from", FROM, "--to", BOB], mentions: ["--port", "65536"] },
        // Number("1e3") is 1000, a whole number: only the digits of the text itself say it is not one.
        { args: ["--port", "1e3", "--from", FROM, "--to", BOB], mentions: ["--port", "1e3"] },
        { args: ["--port", port, "--from", FROM, "--to", BOB, "--timeout-ms", "0"], mentions: ["--timeout-ms"] },
        { args: ["--port", port, "--from", FROM, "--to", BOB, "--timeout-ms", "1e3"], mentions: ["--timeout-ms", "1e3"] },
        { args: ["--port", port, "--from", FROM, "--to", BOB, "--timeout-ms", "2147483648"], mentions: ["--timeout-ms", "2147483648"] },
      ];
      const clients = await Promise.all(
        cases.map((bad) =>
          check.act(t("run your client with {args}", { args: commandLine(bad.args) }), async () => {
            const client = await check.launch(FILE, bad.args);
            client.endStdin();
            return client;
          }),
        ),
      );
      for (const [index, bad] of cases.entries()) {
        await expectCleanFailure(check, clients[index]!, t("bad options: {args}", { args: commandLine(bad.args) }), {
          mentions: bad.mentions.map((text) => ({ text, what: text.startsWith("--") ? t("the option") : t("the value") })),
        });
      }
    },
  },
];
