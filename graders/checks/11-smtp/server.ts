// Exercise 11's server checks: the grader is the mail client that talks to the student's
// smtp-server.ts (graders/peers/smtp-client.ts). Scripted clients greet, send whole messages,
// pipeline the envelope in one write, cut commands and messages into single bytes, hide a
// second message behind a bare line feed (SMTP smuggling), send a line without end, reset in
// the middle of a message and talk two at a time. What the server accepted is read back from
// the one JSON line per message its CLI prints, byte for byte; a later message, sent once the
// server has dealt with everything before it, is the barrier that shows nothing else came.
import type { CheckContext, CheckDefinition } from "../../harness/check.ts";
import { CheckFailure } from "../../harness/check.ts";
import { DEADLINES, DeadlineExceeded, pollUntil } from "../../harness/deadline.ts";
import { CAN_SEE_RECEIVE_QUEUES, residentBytes, unreadBytes } from "../../harness/kernel.ts";
import { t } from "../../i18n/index.ts";
import { SmtpClient, shownReply, replyTexts, type Reply } from "../../peers/smtp-client.ts";
import { connectToServer, expectCleanFailure, expectExplainsAPortInUse, expectListensOnAFreePort, expectNotePortByDefault, otherLoopbackHost, startStudentServer, type StudentServer } from "../expect.ts";

const SERVER = "smtp-server.ts";
/** A correct server answers within milliseconds; one waiting for something that never comes fails after this long. */
const PROMPTLY_MS = 5_000;
/** The default --port: SMTP's 25 needs privileges, 2525 is the usual stand-in. */
const DEFAULT_PORT = 2525;
/** The longest command line, "\r\n" included (RFC 5321 §4.5.3.1.4). */
const MAX_COMMAND_LINE_BYTES = 512;
/** The longest line of a message, "\r\n" included (RFC 5321 §4.5.3.1.6). */
const MAX_MESSAGE_LINE_BYTES = 1000;
/** The line without an end: far more than any limit, so a server that keeps it all shows in its memory. */
const ENDLESS_LINE_BYTES = 256 * 2 ** 20;
/** The server's memory is read after every this many bytes of that line. */
const MEMORY_STEP_BYTES = 16 * 2 ** 20;
/**
 * A server that drops what it reads still saws up and down by some tens of MiB: V8 frees the
 * chunks read only once they piled up, and on a busy machine its memory may climb for a hundred
 * MiB before the first drop. A server that keeps the line climbs by every byte, without end. So
 * the check compares the lowest reading over the second quarter of the line with the lowest over
 * the last quarter: 128 MiB apart, the keeper is 128 MiB higher, the dropper about level (35 MiB
 * at worst, seen in CI). The bar is half way.
 */
const MEMORY_GROWTH_BAR_BYTES = 64 * 2 ** 20;

/** What one accepted message must be, as the CLI prints it: `data` decoded as UTF-8. */
interface Delivered {
  from: string;
  to: string[];
  data: string;
}

/** Codes a reply may carry: a list, or any code of a class ("5xx"). */
type Codes = number[] | "5xx";

function fits(code: number, codes: Codes): boolean {
  return codes === "5xx" ? code >= 500 && code <= 599 : codes.includes(code);
}

function shownCodes(codes: Codes): string {
  return codes === "5xx" ? "5xx" : codes.join(t(" or "));
}

/** Bytes as a step shows them: escaped, and cut when long. */
function shown(bytes: string | Buffer): string {
  const text = typeof bytes === "string" ? bytes : bytes.toString("utf8");
  return JSON.stringify(text.length > 120 ? `${text.slice(0, 100)}…` : text);
}

function startServer(check: CheckContext, extra: string[] = [], host?: string): Promise<StudentServer> {
  return startStudentServer(check, SERVER, { host, defaultHost: "127.0.0.1", extra });
}

/** Waits for the next reply of `client`, which answers `sent`, and fails unless its code is one of `codes`. */
async function expectReply(check: CheckContext, client: SmtpClient, sent: string, codes: Codes, why: string): Promise<Reply> {
  return check.expect(t("{who} gets {codes} to {sent}", { who: client.who, codes: shownCodes(codes), sent }), async () => {
    let reply: Reply | undefined;
    try {
      reply = await client.nextReply(t("the reply to {sent}", { sent }), PROMPTLY_MS);
    } catch (error) {
      if (!(error instanceof DeadlineExceeded)) throw error;
      throw new CheckFailure(t("{who} sent {sent} and waited {seconds} s for a reply, and got none. Every command gets exactly one reply, \"NNN text\\r\\n\", however the bytes came.", { who: client.who, sent, seconds: PROMPTLY_MS / 1000 }), {
        trouble: "timeout",
      });
    }
    if (!reply) {
      throw new CheckFailure(t("Your server closed the connection of {who} instead of answering {sent}.", { who: client.who, sent }), {
        mismatch: { expected: shownCodes(codes), observed: client.conversation.ending ?? "" },
      });
    }
    if (!fits(reply.code, codes)) throw new CheckFailure(why, { mismatch: { expected: `${shownCodes(codes)} …`, observed: reply.lines.join("\n") } });
    return reply;
  });
}

/** `client` sends one command line (in one write) and gets a reply with one of `codes`. */
async function ask(check: CheckContext, client: SmtpClient, line: string, codes: Codes, why: string): Promise<Reply> {
  await check.act(t("{who} sends {line}", { who: client.who, line: shown(`${line}\r\n`) }), () => client.command(line));
  return expectReply(check, client, line, codes, why);
}

/** Connects a client and expects the greeting: a 220 reply before the client says anything. */
async function connect(check: CheckContext, server: StudentServer, who: string): Promise<SmtpClient> {
  const conversation = await check.act(t("connect {who}", { who }), () => connectToServer(check, server));
  const client = new SmtpClient(conversation, who);
  await expectReply(check, client, t("(connecting)"), [220], t("A mail server speaks first: as soon as a client connects, send \"220 <hostname> ready\\r\\n\"."));
  return client;
}

/** Connects a client that greets with EHLO and gets its 250. */
async function connectAndGreet(check: CheckContext, server: StudentServer, who: string): Promise<SmtpClient> {
  const client = await connect(check, server, who);
  await ask(check, client, "EHLO client.lab.test", [250], t("EHLO gets 250: a reply of several lines, the first naming your server."));
  return client;
}

const OK_MAIL = () => t("MAIL FROM:<address> after EHLO gets 250.");
const OK_RCPT = () => t("RCPT TO:<address> after MAIL gets 250.");
const OK_DATA = () => t("DATA after an accepted RCPT gets 354: the client may send the message now.");
const OK_END = () => t("The line \".\" (\"\\r\\n.\\r\\n\") ends the message: answer 250 and hand it on.");

/** The envelope and DATA, one command at a time, each waiting for its reply. */
async function sendEnvelope(check: CheckContext, client: SmtpClient, from: string, to: string[]): Promise<void> {
  await ask(check, client, `MAIL FROM:<${from}>`, [250], OK_MAIL());
  for (const address of to) await ask(check, client, `RCPT TO:<${address}>`, [250], OK_RCPT());
  await ask(check, client, "DATA", [354], OK_DATA());
}

/** After 354: sends `wire` (the stuffed message and its final ".\r\n") in one write, and expects 250. */
async function sendData(check: CheckContext, client: SmtpClient, wire: string | Buffer, what?: string): Promise<void> {
  await check.act(t("{who} sends the message {bytes}", { who: client.who, bytes: what ?? shown(wire) }), () => client.sendBytes(wire));
  await expectReply(check, client, t("the message"), [250], OK_END());
}

/** A whole message on a greeted connection: envelope, DATA, the message and its end. */
async function sendMessage(check: CheckContext, client: SmtpClient, from: string, to: string[], wire: string | Buffer): Promise<void> {
  await sendEnvelope(check, client, from, to);
  await sendData(check, client, wire);
}

/** The JSON lines the server printed so far, each as the grader compares it: {from, to, data} in that order, or the line itself. */
function printedMessages(lines: readonly string[]): string[] {
  return lines
    .filter((line) => line.startsWith("{"))
    .map((line) => {
      try {
        const value = JSON.parse(line) as Partial<Delivered>;
        return JSON.stringify({ from: value.from, to: value.to, data: value.data });
      } catch {
        return line;
      }
    });
}

/**
 * The server has printed exactly the messages of one of `choices` (most often one list), in
 * order. The last message of each list is the barrier: it was sent once everything before it
 * was dealt with, so an unwanted message would have been printed before it.
 */
async function expectDelivered(check: CheckContext, server: StudentServer, choices: Delivered[][], description?: string): Promise<void> {
  const wanted = choices.map((messages) => messages.map((message) => JSON.stringify(message)));
  const count = Math.max(...wanted.map((messages) => messages.length));
  await check.expect(description ?? t("your server printed exactly {count} message(s), one JSON line each, byte for byte", { count: wanted[0]!.length }), async () => {
    const done = (lines: string[]) => wanted.some((messages) => messages.join("\n") === printedMessages(lines).join("\n")) || printedMessages(lines).length >= count;
    const lines = await server.program.waitForStdoutLines(done, t("the JSON line of each message"), PROMPTLY_MS).catch((error: unknown) => {
      if (!(error instanceof DeadlineExceeded)) throw error;
      return server.program.lines.filter((line) => line.stream === "stdout").map((line) => line.text);
    });
    const printed = printedMessages(lines);
    if (wanted.some((messages) => messages.join("\n") === printed.join("\n"))) return;
    throw new CheckFailure(
      t("Your server did not hand on exactly the messages it accepted. Each one must be printed once, as JSON.stringify({ from, to, data }): the addresses as they stood between < and >, the data byte for byte after un-stuffing, ending with the \"\\r\\n\" before the final \".\"."),
      { mismatch: { expected: wanted[0]!.join("\n"), observed: printed.join("\n") } },
    );
  });
}

/** After a line too long, `sent` ends it (where needed) with a NOOP: 250, or the server has closed the connection (allowed). */
async function expectCommandsAgain(check: CheckContext, client: SmtpClient, sent: string): Promise<void> {
  await check.act(t("{who} sends {line}", { who: client.who, line: shown(sent) }), () => client.sendBytes(sent));
  await check.expect(t("{who} gets 250 to the NOOP after it (or your server has closed the connection)", { who: client.who }), async () => {
    const reply = await client.nextReply(t("the reply to {sent}", { sent: "NOOP" }), PROMPTLY_MS).catch((error: unknown) => {
      if (error instanceof DeadlineExceeded) return null;
      throw error;
    });
    if (reply === undefined) return; // closed: allowed after a line too long
    if (reply?.code !== 250) {
      throw new CheckFailure(t("After the 500 for a line too long, the next line is a command again: NOOP gets 250. Answer the long line once, and skip what is left of it up to its \"\\n\"."), {
        mismatch: { expected: "250 …", observed: shownReply(reply ?? undefined) },
        trouble: reply === null ? "timeout" : undefined,
      });
    }
  });
}

/** Once the server has dealt with everything so far, it still runs; `after` (in t()) says after what. */
async function expectStillRunning(check: CheckContext, server: StudentServer, after: string): Promise<void> {
  await check.act(t("wait until your server has dealt with it"), () => server.program.caughtUp());
  await check.expect(t("your server is still running"), () => {
    if (server.program.exit) throw new CheckFailure(t("Your server stopped {after}. One client's trouble must not end the server for the others.", { after }), { trouble: "crash" });
  });
}

/**
 * Sends `lines` in ONE write and proves that they reach the server together. Where the kernel
 * can be asked, the server is paused (SIGSTOP) while they arrive, the receive queue shows all
 * their bytes waiting, and it goes on (SIGCONT): its next read takes them in one chunk.
 */
async function sendTogether(check: CheckContext, client: SmtpClient, server: StudentServer, lines: string[]): Promise<void> {
  const bytes = Buffer.from(lines.map((line) => `${line}\r\n`).join(""));
  await check.act(t("{who} sends {count} commands in ONE write (pipelining): {bytes}", { who: client.who, count: lines.length, bytes: shown(bytes) }), async () => {
    const { localPort, remotePort } = client.conversation.socket;
    let paused = false;
    if (CAN_SEE_RECEIVE_QUEUES && localPort && remotePort) {
      // Everything before (EHLO) read first: the queue will hold these bytes and nothing else.
      await client.conversation.settle();
      paused = server.program.pause();
    }
    if (!paused || !localPort || !remotePort) {
      await client.sendBytes(bytes);
      check.transcript.note(t("sent {count} bytes in one write with Nagle's algorithm off: on loopback they travel as one segment and reach one read", { count: bytes.length }));
      return;
    }
    try {
      await client.sendBytes(bytes);
      // The server's side of this connection: its local port is our remote port.
      const queued = await pollUntil(DEADLINES.reply, t("the commands to reach your server's receive queue"), async () => {
        const unread = await unreadBytes(remotePort, localPort);
        return unread !== undefined && unread >= bytes.length ? unread : undefined;
      });
      check.transcript.note(t("while your server was paused (SIGSTOP), the kernel held all {count} bytes of the {commands} commands in its receive queue: its next read takes them together", { count: queued, commands: lines.length }));
    } finally {
      server.program.resume();
    }
  });
}

/** The test message: headers, an empty line, text in two alphabets; every line ends in "\r\n". */
const LETTER = "From: ann@lab.test\r\nSubject: hi\r\n\r\nHello Bob,\r\n안녕하세요, 민수 님.\r\n";

export const checks: CheckDefinition[] = [
  {
    id: "server-greets-and-answers-ehlo-and-helo",
    title: t("greets with 220 naming its --hostname, answers EHLO with a multi-line 250 that names it and offers PIPELINING, and HELO with one line"),
    needs: ["startSmtp", "readOptions"],
    async run(check) {
      const hostname = "mx.grader.test";
      const server = await startServer(check, ["--hostname", hostname]);
      const conversation = await check.act(t("connect {who}", { who: t("the client") }), () => connectToServer(check, server));
      const client = new SmtpClient(conversation, t("the client"));
      const greeting = await expectReply(check, client, t("(connecting)"), [220], t("A mail server speaks first: as soon as a client connects, send \"220 <hostname> ready\\r\\n\"."));
      await check.expect(t("the greeting names {hostname}, the --hostname it was given", { hostname }), () => {
        if (greeting.lines.length !== 1 || !greeting.lines[0]!.slice(4).split(/\s+/).includes(hostname)) {
          throw new CheckFailure(t("The greeting is one line, \"220 \" and then the name of your server, the --hostname it was given ({hostname}).", { hostname }), {
            mismatch: { expected: `220 ${hostname} …`, observed: greeting.lines.join("\n") },
          });
        }
      });
      const ehlo = await ask(check, client, "EHLO client.lab.test", [250], t("EHLO gets 250: a reply of several lines, the first naming your server."));
      await check.expect(t("the EHLO reply has several lines: the first names {hostname}, one says PIPELINING", { hostname }), () => {
        const texts = replyTexts(ehlo);
        const wellFormed = ehlo.lines.every((line, index) => line.startsWith(index === ehlo.lines.length - 1 ? "250 " : "250-") || line === "250");
        if (ehlo.lines.length < 2 || !wellFormed || !texts[0]!.split(/\s+/).includes(hostname) || !texts.some((text) => /^PIPELINING(\s|$)/i.test(text))) {
          throw new CheckFailure(
            t("EHLO's reply is several lines: \"250-{hostname} …\" first, then a line for each extension (\"250-PIPELINING\"), the last with a space after the code (\"250 8BITMIME\"). A client that reads \"PIPELINING\" may send several commands at once.", { hostname }),
            { mismatch: { expected: `250-${hostname} …\n250-PIPELINING\n250 8BITMIME`, observed: ehlo.lines.join("\n") } },
          );
        }
      });
      const helo = await ask(check, client, "HELO client.lab.test", [250], t("HELO, the older greeting, gets 250 too."));
      await check.expect(t("the HELO reply is one line"), () => {
        if (helo.lines.length !== 1) {
          throw new CheckFailure(t("HELO's reply is one line: \"250 {hostname} …\". Only EHLO lists extensions.", { hostname }), { mismatch: { expected: `250 ${hostname} …`, observed: helo.lines.join("\n") } });
        }
      });
    },
  },
  {
    id: "server-accepts-a-whole-message",
    title: t("accepts MAIL, two RCPT (one of them 민수@lab.test), DATA and a message with a line of 1000 bytes, and prints it as one JSON line, byte for byte"),
    needs: ["startSmtp"],
    async run(check) {
      const server = await startServer(check);
      const client = await connectAndGreet(check, server, t("the client"));
      // A line of the message may be 1000 bytes with its "\r\n" (RFC 5321 §4.5.3.1.6): the 512 of a command line is not its limit.
      // And a line of one letter: three bytes, like the final ".\r\n", yet no end.
      const data = `${LETTER}${"y".repeat(MAX_MESSAGE_LINE_BYTES - 2)}\r\nA\r\n`;
      await sendMessage(check, client, "ann@lab.test", ["bob@lab.test", "민수@lab.test"], `${data}.\r\n`);
      await expectDelivered(check, server, [[{ from: "ann@lab.test", to: ["bob@lab.test", "민수@lab.test"], data }]]);
    },
  },
  {
    id: "server-answers-pipelined-commands-in-order",
    title: t("answers MAIL, RCPT, RCPT and DATA sent in one write (PIPELINING) in order, then the message and QUIT sent in one write"),
    needs: ["startSmtp"],
    async run(check) {
      const server = await startServer(check);
      const client = await connectAndGreet(check, server, t("the client"));
      const commands = ["MAIL FROM:<ann@lab.test>", "RCPT TO:<bob@lab.test>", "RCPT TO:<cy@lab.test>", "DATA"];
      await sendTogether(check, client, server, commands);
      await check.expect(t("{who} gets 250, 250, 250 and 354, in that order", { who: client.who }), async () => {
        const replies = await client.nextReplies(4, t("the four replies"), PROMPTLY_MS);
        const codes = replies.map((reply) => reply.code);
        if (codes.join(" ") !== "250 250 250 354") {
          throw new CheckFailure(
            t("Four commands came in one read, and each needs its own reply, in order. Take every complete line out of what arrived with a while loop, not just the first: a client that saw PIPELINING sends them together."),
            { mismatch: { expected: "250 …\n250 …\n250 …\n354 …", observed: replies.map(shownReply).join("\n") }, trouble: replies.length < 4 ? "partial" : undefined },
          );
        }
      });
      await check.act(t("{who} sends the message, its final dot and QUIT in ONE write", { who: client.who }), () => client.sendBytes(`${LETTER}.\r\nQUIT\r\n`));
      await expectReply(check, client, t("the message"), [250], OK_END());
      await expectReply(check, client, "QUIT", [221], t("QUIT gets 221, and then your server closes the connection."));
      await expectDelivered(check, server, [[{ from: "ann@lab.test", to: ["bob@lab.test", "cy@lab.test"], data: LETTER }]]);
    },
  },
  {
    id: "server-refuses-commands-out-of-order",
    title: t("answers 503 to MAIL before EHLO, RCPT before MAIL, DATA before RCPT and a second MAIL, and still takes the message that follows"),
    needs: ["startSmtp"],
    async run(check) {
      const server = await startServer(check);
      const client = await connect(check, server, t("the client"));
      await ask(check, client, "MAIL FROM:<ann@lab.test>", [503], t("MAIL before EHLO or HELO is out of order: answer 503 (bad sequence of commands)."));
      await ask(check, client, "DATA", [503], t("DATA before MAIL and RCPT is out of order: answer 503."));
      await ask(check, client, "EHLO client.lab.test", [250], t("EHLO gets 250: a reply of several lines, the first naming your server."));
      await ask(check, client, "RCPT TO:<bob@lab.test>", [503], t("RCPT before MAIL is out of order: answer 503. There is no message yet to add a recipient to."));
      await ask(check, client, "DATA", [503], t("DATA before MAIL and RCPT is out of order: answer 503."));
      await ask(check, client, "MAIL FROM:<ann@lab.test>", [250], OK_MAIL());
      await ask(check, client, "DATA", [503], t("DATA before any accepted RCPT is out of order: answer 503. A message with no recipient goes nowhere."));
      await ask(check, client, "MAIL FROM:<eve@lab.test>", [503], t("A second MAIL inside a message is out of order: answer 503, and keep the first sender (RSET starts over)."));
      await ask(check, client, "RCPT TO:<bob@lab.test>", [250], OK_RCPT());
      await ask(check, client, "DATA", [354], OK_DATA());
      await sendData(check, client, `${LETTER}.\r\n`);
      await expectDelivered(check, server, [[{ from: "ann@lab.test", to: ["bob@lab.test"], data: LETTER }]]);
    },
  },
  {
    id: "server-refuses-addresses-without-brackets",
    title: t("answers 501 to MAIL FROM and RCPT TO without <angle brackets>, and ignores parameters after the address (BODY=8BITMIME)"),
    needs: ["startSmtp"],
    async run(check) {
      const server = await startServer(check);
      const client = await connectAndGreet(check, server, t("the client"));
      await ask(check, client, "MAIL FROM:ann@lab.test", [501], t("The address goes between angle brackets: \"MAIL FROM:<ann@lab.test>\". Without them, answer 501 (syntax error in parameters)."));
      await ask(check, client, "MAIL FROM:<ann@lab.test> BODY=8BITMIME", [250], t("A parameter after the address (BODY=8BITMIME, SIZE=123) is allowed: take the address between < and > and ignore the rest."));
      await ask(check, client, "RCPT TO:bob@lab.test", [501], t("The address goes between angle brackets: \"RCPT TO:<bob@lab.test>\". Without them, answer 501 (syntax error in parameters)."));
      await ask(check, client, "RCPT TO:<bob@lab.test>", [250], OK_RCPT());
      await ask(check, client, "DATA", [354], OK_DATA());
      await sendData(check, client, `${LETTER}.\r\n`);
      await expectDelivered(check, server, [[{ from: "ann@lab.test", to: ["bob@lab.test"], data: LETTER }]]);
    },
  },
  {
    id: "server-ends-the-message-only-at-crlf-dot-crlf",
    title: t("ends a message only at \\r\\n.\\r\\n: a bare \\n.\\r\\n, \\n.\\n or \\r\\n.\\n inside it never ends it, and the commands after them are never a second message (SMTP smuggling)"),
    needs: ["startSmtp"],
    async run(check) {
      const server = await startServer(check);
      const client = await connectAndGreet(check, server, t("the client"));
      await sendEnvelope(check, client, "ann@lab.test", ["bob@lab.test"]);
      const smuggled = (n: number) => `MAIL FROM:<eve@lab.test>\r\nRCPT TO:<bob@lab.test>\r\nDATA\r\nSubject: smuggled ${n}\r\n\r\nnot from ann\r\n`;
      const parts = ["Subject: one message\r\n\r\nfirst: a bare LF, a dot, CRLF\n.\r\n", smuggled(1), "then a bare LF, a dot, a bare LF\n.\n", smuggled(2), "then CRLF, a dot, a bare LF\r\n.\n", smuggled(3)];
      const data = parts.join("");
      await check.act(t("{who} sends a message that hides three false ends and three more messages, then its real end and QUIT, in ONE write: {bytes}", { who: client.who, bytes: shown(data) }), () =>
        client.sendBytes(`${data}.\r\nQUIT\r\n`),
      );
      let refused = false;
      await check.expect(t("{who} gets exactly two replies: 250 (or a 5xx that refuses the whole message) after the real end, then 221", { who: client.who }), async () => {
        await client.conversation.waitForEnding(t("your server to answer and close"), PROMPTLY_MS).catch((error: unknown) => {
          if (!(error instanceof DeadlineExceeded)) throw error;
        });
        const replies = client.untaken;
        const codes = replies.map((reply) => reply.code);
        if (codes.length !== 2 || !(codes[0] === 250 || (codes[0]! >= 500 && codes[0]! <= 599)) || codes[1] !== 221) {
          throw new CheckFailure(
            t("Your server took a bare line feed for a line end, and so ended the message early and read the rest as commands: a sender could slip a second, forged message through you (SMTP smuggling, CVE-2023-51764). The message ends only at \"\\r\\n.\\r\\n\"; cut its lines at \"\\r\\n\" alone."),
            { mismatch: { expected: "250 …\n221 …", observed: replies.map(shownReply).join("\n") }, trouble: client.conversation.ending ? undefined : "timeout" },
          );
        }
        refused = codes[0] !== 250;
        if (refused) check.transcript.note(t("your server refused the whole message (5xx): allowed, as long as it never ends a message early"));
      });
      // The barrier: a message from another client, once this one is dealt with.
      await expectStillRunning(check, server, t("after a message with bare line feeds"));
      const other = await connectAndGreet(check, server, t("another client"));
      await sendMessage(check, other, "cy@lab.test", ["di@lab.test"], `${LETTER}.\r\n`);
      const barrier: Delivered = { from: "cy@lab.test", to: ["di@lab.test"], data: LETTER };
      // RFC 5321 cuts lines at CRLF only, so ".\nMAIL …" is a line that starts with a dot, which un-stuffing removes; keeping it is no harm.
      const unstuffed = data.replace("\r\n.\nMAIL", "\r\n\nMAIL");
      const whole = (text: string): Delivered => ({ from: "ann@lab.test", to: ["bob@lab.test"], data: text });
      await expectDelivered(check, server, refused ? [[barrier]] : [[whole(unstuffed), barrier], [whole(data), barrier]], t("your server printed the one message as it was sent, bare line feeds and all, and no message from eve"));
    },
  },
  {
    id: "server-removes-the-stuffed-dots",
    title: t("un-stuffs the message: \"..\" at the start of a line becomes \".\", a line \"..\" becomes \".\", a dot elsewhere stays, and an empty message is empty"),
    needs: ["startSmtp"],
    async run(check) {
      const server = await startServer(check);
      const client = await connectAndGreet(check, server, t("the client"));
      const sent = "..first line\r\nSubject: dots\r\n\r\n..leading dot\r\n...\r\n..\r\n .space first\r\nin the middle . and at the end.\r\n.\r\n";
      const data = ".first line\r\nSubject: dots\r\n\r\n.leading dot\r\n..\r\n.\r\n .space first\r\nin the middle . and at the end.\r\n";
      await sendMessage(check, client, "ann@lab.test", ["bob@lab.test"], sent);
      await sendMessage(check, client, "ann@lab.test", ["cy@lab.test"], ".\r\n");
      await expectDelivered(check, server, [
        [
          { from: "ann@lab.test", to: ["bob@lab.test"], data },
          { from: "ann@lab.test", to: ["cy@lab.test"], data: "" },
        ],
      ]);
    },
  },
  {
    id: "server-starts-each-message-with-an-empty-envelope",
    title: t("empties the envelope after each message, after RSET and after a second EHLO: no sender or recipient is carried over; the null sender <> is allowed"),
    needs: ["startSmtp"],
    async run(check) {
      const server = await startServer(check);
      const client = await connectAndGreet(check, server, t("the client"));
      await sendMessage(check, client, "ann@lab.test", ["bob@lab.test"], "Subject: 1\r\n\r\none\r\n.\r\n");
      await ask(check, client, "MAIL FROM:<> SIZE=123", [250], t("The null sender \"<>\" (used for bounces) is allowed: the address is empty."));
      await ask(check, client, "RCPT TO:<cy@lab.test>", [250], OK_RCPT());
      await ask(check, client, "DATA", [354], OK_DATA());
      await sendData(check, client, "Subject: 2\r\n\r\ntwo\r\n.\r\n");
      await ask(check, client, "MAIL FROM:<di@lab.test>", [250], OK_MAIL());
      await ask(check, client, "RCPT TO:<ed@lab.test>", [250], OK_RCPT());
      await ask(check, client, "RSET", [250], t("RSET gets 250 and starts over: no sender, no recipients."));
      await ask(check, client, "MAIL FROM:<fi@lab.test>", [250], t("After RSET the envelope is empty, so MAIL is welcome again: 250."));
      await ask(check, client, "RCPT TO:<gu@lab.test>", [250], OK_RCPT());
      await ask(check, client, "DATA", [354], OK_DATA());
      await sendData(check, client, "Subject: 3\r\n\r\nthree\r\n.\r\n");
      await ask(check, client, "MAIL FROM:<ha@lab.test>", [250], OK_MAIL());
      await ask(check, client, "RCPT TO:<ik@lab.test>", [250], OK_RCPT());
      await ask(check, client, "EHLO client.lab.test", [250], t("EHLO gets 250: a reply of several lines, the first naming your server."));
      await ask(check, client, "RCPT TO:<jo@lab.test>", [503], t("A second EHLO starts over like RSET: the sender is gone, so RCPT now comes before MAIL and gets 503."));
      await sendMessage(check, client, "ka@lab.test", ["lu@lab.test"], "Subject: 4\r\n\r\nfour\r\n.\r\n");
      await expectDelivered(check, server, [
        [
          { from: "ann@lab.test", to: ["bob@lab.test"], data: "Subject: 1\r\n\r\none\r\n" },
          { from: "", to: ["cy@lab.test"], data: "Subject: 2\r\n\r\ntwo\r\n" },
          { from: "fi@lab.test", to: ["gu@lab.test"], data: "Subject: 3\r\n\r\nthree\r\n" },
          { from: "ka@lab.test", to: ["lu@lab.test"], data: "Subject: 4\r\n\r\nfour\r\n" },
        ],
      ]);
    },
  },
  {
    id: "server-answers-noop-unknown-commands-and-any-case",
    title: t("answers NOOP with 250 and an unknown command with 500 (or 502), and takes verbs in any case (mail from:<…>)"),
    needs: ["startSmtp"],
    async run(check) {
      const server = await startServer(check);
      const client = await connect(check, server, t("the client"));
      await ask(check, client, "ehlo client.lab.test", [250], t("Verbs are case-insensitive: \"ehlo\" is EHLO. Compare the verb in upper case."));
      await ask(check, client, "NOOP", [250], t("NOOP does nothing and gets 250."));
      await ask(check, client, "XYZZY", [500, 502], t("A command your server does not know gets 500 (or 502): never silence, or the client waits forever."));
      await ask(check, client, "HELLO client.lab.test", [500, 502], t("A command your server does not know gets 500 (or 502): never silence, or the client waits forever."));
      await ask(check, client, "mail from:<ann@lab.test>", [250], t("Verbs are case-insensitive, \"FROM:\" and \"TO:\" too: \"mail from:<ann@lab.test>\" is MAIL FROM. Use the i flag of your regular expression."));
      await ask(check, client, "Rcpt To:<bob@lab.test>", [250], t("Verbs are case-insensitive, \"FROM:\" and \"TO:\" too: \"mail from:<ann@lab.test>\" is MAIL FROM. Use the i flag of your regular expression."));
      await ask(check, client, "noop", [250], t("NOOP does nothing and gets 250."));
      await ask(check, client, "data", [354], OK_DATA());
      await sendData(check, client, `${LETTER}.\r\n`);
      await expectDelivered(check, server, [[{ from: "ann@lab.test", to: ["bob@lab.test"], data: LETTER }]]);
    },
  },
  {
    id: "server-reads-commands-and-data-however-they-are-cut",
    title: t("takes commands and a message sent one byte per write, with \\r\\n cut in two and Korean cut inside a character, byte for byte"),
    needs: ["startSmtp"],
    async run(check) {
      const server = await startServer(check);
      const client = await connect(check, server, t("the client"));
      await check.act(t("{who} sends {line} one byte per write (each read by your server on its own)", { who: client.who, line: shown("EHLO client.lab.test\r\n") }), () =>
        client.sendOneByteAtATime("EHLO client.lab.test\r\n"),
      );
      await expectReply(check, client, "EHLO client.lab.test", [250], t("A command may arrive one byte at a time: keep the bytes until \"\\n\" comes, then answer."));
      await check.act(t("{who} sends {line} in two writes that cut \\r\\n in two", { who: client.who, line: shown("MAIL FROM:<ann@lab.test>\r\n") }), () =>
        client.sendInPieces(["MAIL FROM:<ann@lab.test>\r", "\n"]),
      );
      await expectReply(check, client, "MAIL FROM:<ann@lab.test>", [250], t("A command may arrive one byte at a time: keep the bytes until \"\\n\" comes, then answer."));
      const rcpt = Buffer.from("RCPT TO:<민수@lab.test>\r\n", "utf8");
      const cut = rcpt.indexOf(Buffer.from("민", "utf8")) + 1; // 민 is eb af bc: the first write ends after its first byte
      await check.act(t("{who} sends {line} in two writes that cut 민 in two", { who: client.who, line: shown(rcpt) }), () => client.sendInPieces([rcpt.subarray(0, cut), rcpt.subarray(cut)]));
      await expectReply(check, client, "RCPT TO:<민수@lab.test>", [250], OK_RCPT());
      await ask(check, client, "DATA", [354], OK_DATA());
      const message = "Subject: 한글\r\n\r\n..점 하나로 시작하는 줄\r\n끝.\r\n";
      await check.act(t("{who} sends the message and its final dot one byte per write: {bytes}", { who: client.who, bytes: shown(`${message}.\r\n`) }), () =>
        client.sendOneByteAtATime(`${message}.\r\n`),
      );
      await expectReply(check, client, t("the message"), [250], OK_END());
      await expectDelivered(check, server, [[{ from: "ann@lab.test", to: ["민수@lab.test"], data: message.replace("\n..점", "\n.점") }]]);
    },
  },
  {
    id: "server-closes-after-quit",
    title: t("answers QUIT with 221 and closes the connection, ignoring what was sent after it"),
    needs: ["startSmtp"],
    async run(check) {
      const server = await startServer(check);
      const client = await connectAndGreet(check, server, t("the client"));
      // Behind QUIT, a NOOP and a whole message: a server that reads on would answer or deliver it.
      const after = "QUIT\r\nNOOP\r\nMAIL FROM:<eve@lab.test>\r\nRCPT TO:<bob@lab.test>\r\nDATA\r\nSubject: after QUIT\r\n\r\nnever\r\n.\r\n";
      await check.act(t("{who} sends {bytes} in one write", { who: client.who, bytes: shown(after) }), () => client.sendBytes(after));
      await expectReply(check, client, "QUIT", [221], t("QUIT gets 221, and then your server closes the connection."));
      await check.expect(t("your server closes the connection, with no reply to the NOOP after QUIT"), async () => {
        await client.conversation.waitForEnding(t("your server to close the connection"), PROMPTLY_MS).catch((error: unknown) => {
          if (!(error instanceof DeadlineExceeded)) throw error;
          throw new CheckFailure(t("Your server answered QUIT but kept the connection open for {seconds} s. Send the 221 with socket.end(…): it writes the reply, then closes.", { seconds: PROMPTLY_MS / 1000 }), {
            trouble: "timeout",
          });
        });
        if (client.untaken.length > 0) {
          throw new CheckFailure(t("Your server answered a command that came after QUIT. After QUIT the conversation is over: stop reading commands."), {
            mismatch: { expected: "221 …", observed: ["221 …", ...client.untaken.map(shownReply)].join("\n") },
          });
        }
      });
      // The barrier: a message sent after the close; one read before it would have been printed first.
      const other = await connectAndGreet(check, server, t("another client"));
      await sendMessage(check, other, "cy@lab.test", ["di@lab.test"], `${LETTER}.\r\n`);
      await expectDelivered(check, server, [[{ from: "cy@lab.test", to: ["di@lab.test"], data: LETTER }]]);
    },
  },
  {
    id: "server-refuses-an-overlong-command-line",
    title: t("takes a command line of exactly 512 bytes, answers 500 to one of 513 and to a line without end (before it ends, then 256 MiB of it), keeps going, and does not keep the line in memory"),
    needs: ["startSmtp"],
    startsEarly: true, // it moves megabytes
    async run(check) {
      const server = await startServer(check);
      const client = await connectAndGreet(check, server, t("the client"));
      const longest = `NOOP ${"x".repeat(MAX_COMMAND_LINE_BYTES - 7)}`;
      await ask(check, client, longest, [250], t("A command line of 512 bytes, \"\\r\\n\" included, is the longest allowed, and still a command: NOOP gets 250."));
      const tooLong = `NOOP ${"x".repeat(MAX_COMMAND_LINE_BYTES - 6)}`;
      await check.act(t("{who} sends a command line of {bytes} bytes", { who: client.who, bytes: MAX_COMMAND_LINE_BYTES + 1 }), () => client.command(tooLong));
      await expectReply(check, client, t("a line of {bytes} bytes", { bytes: MAX_COMMAND_LINE_BYTES + 1 }), [500], t("A command line is at most 512 bytes, \"\\r\\n\" included. Answer a longer one with 500 (line too long)."));
      await expectCommandsAgain(check, client, "NOOP\r\n");
      // Exactly 512 bytes without "\n": the 500 is due now, not at the 513th byte; and once it came, the
      // server has read them all, so the "\n" that ends the line is the first byte of its next read.
      const exact = await connectAndGreet(check, server, t("another client"));
      await check.act(t("{who} sends {bytes} bytes of \"A\" with no line end, in one write", { who: exact.who, bytes: MAX_COMMAND_LINE_BYTES }), () => exact.sendBytes(Buffer.alloc(MAX_COMMAND_LINE_BYTES, "A")));
      await expectReply(check, exact, t("{bytes} bytes without a line end", { bytes: MAX_COMMAND_LINE_BYTES }), "5xx", t("Your server waited for the end of a line that never comes. Once 512 bytes came without \"\\n\", answer 500 at once: never keep collecting bytes for one line, a client could send gigabytes."));
      if (!exact.conversation.ending && !exact.conversation.socket.destroyed) await expectCommandsAgain(check, exact, "\nNOOP\r\n");
      const endless = await connectAndGreet(check, server, t("the client that never ends its line"));
      const pid = server.program.pid;
      const flood = (bytes: number) => endless.conversation.flood(Buffer.alloc(64 * 1024, "A"), bytes, PROMPTLY_MS, pid);
      // A first KiB only: a server that answers and closes has read it all, so it closes with FIN, and its 500 arrives.
      await check.act(t("{who} sends {bytes} bytes of \"A\" with no line end, in one write", { who: endless.who, bytes: 1024 }), () => endless.sendBytes(Buffer.alloc(1024, "A")));
      await expectReply(check, endless, t("{bytes} bytes without a line end", { bytes: 1024 }), "5xx", t("Your server waited for the end of a line that never comes. Once 512 bytes came without \"\\n\", answer 500 at once: never keep collecting bytes for one line, a client could send gigabytes."));
      // Memory, where the system tells it, after every step of the line: see MEMORY_GROWTH_BAR_BYTES.
      const readings: number[] = [];
      await check.act(t("{who} goes on: {megabytes} MiB more without a line end, and the grader reads your server's memory every {step} MiB", { who: endless.who, megabytes: ENDLESS_LINE_BYTES / 2 ** 20, step: MEMORY_STEP_BYTES / 2 ** 20 }), async () => {
        for (let sent = 0; sent < ENDLESS_LINE_BYTES; sent += MEMORY_STEP_BYTES) {
          if (endless.conversation.ending || endless.conversation.socket.destroyed || pid === undefined) return;
          await flood(MEMORY_STEP_BYTES);
          await endless.conversation.settle();
          const bytes = await residentBytes(pid);
          if (bytes === undefined) return;
          readings.push(bytes);
        }
      });
      const open = !endless.conversation.ending && !endless.conversation.socket.destroyed;
      const quarter = ENDLESS_LINE_BYTES / MEMORY_STEP_BYTES / 4;
      const lowest = (from: number) => Math.min(...readings.slice(from, from + quarter));
      const megabytes = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
      await check.expect(t("your server did not keep the line: its lowest memory over the last quarter of it is less than {bar} MiB above its lowest over the second quarter", { bar: MEMORY_GROWTH_BAR_BYTES / 2 ** 20 }), () => {
        if (readings.length < 4 * quarter) {
          check.transcript.note(
            open
              ? t("this system does not show a program's memory: the check relies on the replies")
              : t("your server closed the connection after its 500: it keeps nothing of the line"),
          );
          return;
        }
        const [before, after] = [lowest(quarter), lowest(3 * quarter)];
        check.transcript.note(t("your server's memory, every {step} MiB: {readings} MiB", { step: MEMORY_STEP_BYTES / 2 ** 20, readings: readings.map(megabytes).join(", ") }));
        if (after - before >= MEMORY_GROWTH_BAR_BYTES) {
          throw new CheckFailure(t("Your server's memory grew by {megabytes} MiB while {sent} MiB of one line without end came in: it keeps the line. After the 500, throw away the bytes up to the next \"\\n\" instead of adding them to what waits.", { megabytes: megabytes(after - before), sent: (2 * quarter * MEMORY_STEP_BYTES) / 2 ** 20 }));
        }
      });
      if (open) await expectCommandsAgain(check, endless, "\r\nNOOP\r\n");
      await expectStillRunning(check, server, t("after a line without end"));
      const next = await connectAndGreet(check, server, t("another client"));
      await sendMessage(check, next, "ann@lab.test", ["bob@lab.test"], `${LETTER}.\r\n`);
      await expectDelivered(check, server, [[{ from: "ann@lab.test", to: ["bob@lab.test"], data: LETTER }]]);
    },
  },
  {
    id: "server-drops-only-the-message-of-a-client-that-resets",
    title: t("drops the half message of a client that resets or sends FIN mid-DATA, while another client's message, sent at the same time, arrives"),
    needs: ["startSmtp"],
    async run(check) {
      const server = await startServer(check);
      const rude = await connectAndGreet(check, server, t("the client that resets"));
      await sendEnvelope(check, rude, "eve@lab.test", ["bob@lab.test"]);
      const polite = await connectAndGreet(check, server, t("the other client"));
      await sendEnvelope(check, polite, "ann@lab.test", ["cy@lab.test"]);
      await check.act(t("{who} sends half a message: {bytes}", { who: rude.who, bytes: shown("Subject: half\r\n\r\nthis never en") }), async () => {
        await rude.sendBytes("Subject: half\r\n\r\nthis never en");
        await rude.conversation.settle();
      });
      await check.act(t("{who} sends the first part of its message", { who: polite.who }), () => polite.sendBytes(LETTER.slice(0, 20)));
      await check.act(t("{who} resets the connection (RST), and {other} at once sends the rest of its message and the final dot", { who: rude.who, other: polite.who }), async () => {
        rude.reset();
        await polite.sendBytes(`${LETTER.slice(20)}.\r\n`);
      });
      await expectReply(check, polite, t("the message"), [250], OK_END());
      const quitter = await connectAndGreet(check, server, t("the client that sends FIN"));
      await sendEnvelope(check, quitter, "eve@lab.test", ["di@lab.test"]);
      await check.act(t("{who} sends half a message, then FIN", { who: quitter.who }), async () => {
        await quitter.sendBytes("Subject: half\r\n\r\nand this one nev");
        await quitter.conversation.settle();
        quitter.conversation.endWriting();
      });
      await expectStillRunning(check, server, t("after a client reset its connection mid-message"));
      // The barrier: anything made of the half messages would be printed before this one.
      const last = await connectAndGreet(check, server, t("a last client"));
      await sendMessage(check, last, "ed@lab.test", ["fi@lab.test"], "Subject: last\r\n\r\nlast\r\n.\r\n");
      await expectDelivered(
        check,
        server,
        [
          [
            { from: "ann@lab.test", to: ["cy@lab.test"], data: LETTER },
            { from: "ed@lab.test", to: ["fi@lab.test"], data: "Subject: last\r\n\r\nlast\r\n" },
          ],
        ],
        t("your server printed the two whole messages, and nothing of the half ones"),
      );
    },
  },
  {
    id: "server-serves-two-clients-at-once",
    title: t("serves two clients at once, each with an envelope of its own: one sends a whole message while the other is in the middle of its envelope"),
    needs: ["startSmtp"],
    async run(check) {
      const server = await startServer(check);
      const first = await connectAndGreet(check, server, t("client 1"));
      await ask(check, first, "MAIL FROM:<ann@lab.test>", [250], OK_MAIL());
      await ask(check, first, "RCPT TO:<bob@lab.test>", [250], OK_RCPT());
      const second = await connectAndGreet(check, server, t("client 2"));
      await sendMessage(check, second, "cy@lab.test", ["di@lab.test"], "Subject: from 2\r\n\r\ntwo\r\n.\r\n");
      await ask(check, first, "RCPT TO:<ed@lab.test>", [250], OK_RCPT());
      await ask(check, first, "DATA", [354], OK_DATA());
      await sendData(check, first, "Subject: from 1\r\n\r\none\r\n.\r\n");
      await expectDelivered(check, server, [
        [
          { from: "cy@lab.test", to: ["di@lab.test"], data: "Subject: from 2\r\n\r\ntwo\r\n" },
          { from: "ann@lab.test", to: ["bob@lab.test", "ed@lab.test"], data: "Subject: from 1\r\n\r\none\r\n" },
        ],
      ]);
    },
  },
  {
    id: "server-explains-a-port-in-use",
    title: t("explains a port that is already in use and exits with an error code"),
    needs: ["startSmtp"],
    run: (check) => expectExplainsAPortInUse(check, SERVER),
  },
  {
    id: "server-uses-port-2525-by-default",
    title: t("the server uses port 2525 when no --port is given"),
    needs: ["startSmtp", "readOptions"],
    run: (check) => expectNotePortByDefault(check, SERVER, DEFAULT_PORT),
  },
  {
    id: "server-listens-on-the-host-it-is-given",
    title: t("listens on the address given with --host, and says so"),
    needs: ["startSmtp", "readOptions"],
    async run(check) {
      const host = await otherLoopbackHost(check);
      const server = await startServer(check, [], host);
      await connectAndGreet(check, server, t("the client"));
    },
  },
  {
    id: "server-refuses-bad-options",
    title: t("refuses a bad --port (-1, 1.5, 70000, 2^32 + 25) or an empty --hostname with a message that names the option and the value, and accepts a free port of several digits"),
    needs: ["startSmtp", "readOptions"],
    async run(check) {
      // 4294967321 is 2^32 + 25: a port read modulo 2^16 or 2^32 would quietly become 25.
      const cases = [["--port=-1"], ["--port", "1.5"], ["--port", "70000"], ["--port", "4294967321"], ["--hostname", ""], ["--hostname", "mail lab.test"]];
      const programs = await Promise.all(
        cases.map((args) => {
          const all = args[0]!.startsWith("--port") ? args : ["--port", "0", ...args];
          return check.act(t("start your server with {args}", { args: all.map((arg) => (arg === "" || arg.includes(" ") ? JSON.stringify(arg) : arg)).join(" ") }), () => check.launch(SERVER, all));
        }),
      );
      for (const [index, args] of cases.entries()) {
        const [option, value] = args.length === 2 ? args : args[0]!.split("=");
        const mentions = [{ text: option!, what: t("the option") }, ...(value ? [{ text: value, what: t("the bad value") }] : [])];
        await expectCleanFailure(check, programs[index]!, t("a bad value for {option}: {value}", { option: option!, value: JSON.stringify(value) }), {
          mentions,
          printsWithin: DEADLINES.ready,
          ms: 4_000,
        });
      }
      // A good port of several digits, not only 0. (Not 65535, the last one: a fixed port would be
      // shared by gradings that run at once, and its verdict would depend on what else runs.)
      await expectListensOnAFreePort(check, SERVER);
    },
  },
];
