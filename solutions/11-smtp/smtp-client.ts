// Exercise 11, the client: hand one mail to a mail server over SMTP (RFC 5321), the way a mail
// program does when you press "send".
//
// SMTP is a conversation of lines. The server speaks first (220), then the client sends one
// command at a time and waits for its reply before the next:
//   S: 220 mail.lab.test ready
//   C: EHLO client.lab.test              (who am I; a server that does not know EHLO gets HELO)
//   S: 250-mail.lab.test                 (a reply of several lines: "250-" on every line but the last)
//   S: 250 8BITMIME                      (the last line: "250 ")
//   C: MAIL FROM:<ann@lab.test>          (the envelope: who sends)
//   S: 250 OK
//   C: RCPT TO:<bob@lab.test>            (one command per recipient; each may be refused alone)
//   S: 250 OK
//   C: DATA
//   S: 354 end with <CRLF>.<CRLF>
//   C: (the message, its lines ending in CRLF, a leading "." doubled), then "."
//   S: 250 OK: queued
//   C: QUIT
//   S: 221 bye
// Every line ends in "\r\n". A reply's first digit decides: 2 done, 3 go on, 4 try later, 5 refused.
//
// Run it by hand (start this exercise's server first, in another terminal, or Python's aiosmtpd,
// which prints every message it gets: python3 -m aiosmtpd -n -l 127.0.0.1:2525):
//   npx tsx exercises/11-smtp/smtp-server.ts
//   printf 'Subject: hi\r\n\r\nHello, Bob.\r\n' | npx tsx exercises/11-smtp/smtp-client.ts --from ann@lab.test --to bob@lab.test
// It prints one line per recipient the server accepted (stdout) and one per recipient it refused
// (stderr), and exits with code 0 when the message went to at least one of them.
import { connect } from "node:net";
import { parseArgs } from "node:util";

/** How long to wait for any reply before giving up, unless --timeout-ms says otherwise. */
export const DEFAULT_TIMEOUT_MS = 5000;
/** The unprivileged stand-in for SMTP's port 25. */
const DEFAULT_PORT = 2525;

export interface MailOptions {
  host: string;
  port: number;
  /** The name the client gives itself in EHLO (or HELO). */
  helo: string;
  /** The envelope's sender: what goes between the brackets of MAIL FROM:<…>. */
  from: string;
  /** The envelope's recipients, one RCPT TO:<…> each. */
  to: string[];
  /** The message as the user wrote it (headers, a blank line, the body), any line ends. */
  data: Buffer;
  /** Give up when the server says nothing for this long at any step. */
  timeoutMs: number;
}

export interface MailResult {
  accepted: string[];
  /** Each refused recipient, with the server's reply as it came. */
  rejected: { address: string; reply: string }[];
}

/** What the command line gives: everything but the message, which comes on stdin. */
export interface CliOptions {
  host: string;
  port: number;
  helo: string;
  from: string;
  to: string[];
  timeoutMs: number;
}

/**
 * The bytes to send after the server's 354: `data` with every line ending in "\r\n", every line
 * that starts with "." given one more "." in front (dot-stuffing), a "\r\n" added when the last
 * line has none, and then the line ".\r\n" that ends the message. An empty message is ".\r\n".
 *
 * @exercise
 * 1. Walk through `data` line by line: `data.indexOf(0x0a, start)` finds the next "\n". A line
 *    ends at that "\n"; drop one "\r" just before it, so "\r\n" and a bare "\n" both end a line.
 * 2. Push each line into an array of Buffers followed by "\r\n". If the line starts with "."
 *    (`line[0] === 0x2e`), push one more "." first: the server takes a line that is only "." for
 *    the end of the message, and removes one leading dot from every other line.
 * 3. What follows the last "\n" is a line too (a message without a final line end): give it its
 *    "\r\n". Nothing follows? Then there is no extra line.
 * 4. End with ".\r\n" and `Buffer.concat` the array. Work on bytes, never on a decoded string:
 *    the message may be Korean, and its bytes must arrive exactly as they are.
 */
export function dotStuff(data: Buffer): Buffer {
  const parts: Buffer[] = [];
  let start = 0;
  while (start < data.length) {
    const newline = data.indexOf(0x0a, start);
    const end = newline < 0 ? data.length : newline;
    const lineEnd = newline >= 0 && end > start && data[end - 1] === 0x0d ? end - 1 : end;
    const line = data.subarray(start, lineEnd);
    if (line[0] === 0x2e) parts.push(Buffer.from("."));
    parts.push(line, Buffer.from("\r\n"));
    start = newline < 0 ? data.length : newline + 1;
  }
  parts.push(Buffer.from(".\r\n"));
  return Buffer.concat(parts);
}

/** A reply: its three-digit code and its lines as they came, joined by a space. */
interface Reply {
  code: number;
  text: string;
}

/**
 * Delivers one message: connects to `host`:`port`, reads the greeting, says EHLO (HELO when the
 * server answers EHLO with a 5xx), gives the envelope (MAIL FROM, then one RCPT TO per
 * recipient), sends DATA and the dot-stuffed message when at least one recipient was accepted,
 * then QUIT, and ends the connection.
 *
 * Resolves with the recipients accepted and those refused (each with the server's reply).
 * Rejects with an Error that names `host:port`, the step, and quotes the server's reply when the
 * greeting is not 2xx, EHLO/HELO, MAIL FROM, DATA or the message is refused, or no recipient is
 * accepted; and when the connection is refused, the server is silent for `timeoutMs` at any step,
 * or closes the connection before its reply. After a refusal it still says QUIT.
 *
 * @exercise
 * 1. `connect({ host, port })` from node:net. Collect the bytes of every "data" event in a
 *    Buffer, and take out every complete line (up to "\r\n") into an array of lines: a reply may
 *    arrive cut anywhere, one byte at a time or several lines in one chunk.
 * 2. Write `reply(step)`: it waits until a whole reply is there and returns its code and text.
 *    A reply ends at the line whose 4th character is a space (or that is just 3 digits):
 *    "250-PIPELINING" is not the end, "250 8BITMIME" is. Never take one "data" event for one
 *    reply, and never send the next command before the whole reply has come.
 * 3. While it waits, `setTimeout(…, timeoutMs)` gives up on a silent server; clear that timer
 *    as soon as the reply comes, or your program stays alive after its work is done. "end"
 *    (the server closed) and "error" (ECONNREFUSED, ECONNRESET) end the wait too, with an Error
 *    that names host:port and the step.
 * 4. The conversation: the greeting must be 2xx; `EHLO ${helo}` (a 5xx reply: try `HELO ${helo}`);
 *    `MAIL FROM:<${from}>`; one `RCPT TO:<${address}>` per recipient, keeping each refused one
 *    with its reply and going on with the next; when none was accepted, stop; else `DATA`
 *    (wait for 354), `socket.write(dotStuff(data))`, and a 2xx reply means the mail is queued.
 *    Every command line ends in "\r\n".
 * 5. In a `finally`: send `QUIT` and read its reply while the connection still works (after a
 *    refusal too, not after a timeout or a close), then `socket.end()` and destroy the socket
 *    once the end is written (`socket.destroySoon()`), so nothing keeps the program alive.
 */
export async function sendMail(options: MailOptions): Promise<MailResult> {
  const { host, port, helo, from, to, data, timeoutMs } = options;
  const where = `${host}:${port}`;
  const socket = connect({ host, port });
  let pending = Buffer.alloc(0);
  const lines: string[] = [];
  /** Why the connection cannot go on (it closed, failed, or the server fell silent). */
  let broken: ((step: string) => Error) | undefined;
  let wake = () => {};

  socket.on("data", (chunk: Buffer) => {
    pending = Buffer.concat([pending, chunk]);
    for (let end = pending.indexOf("\r\n"); end >= 0; end = pending.indexOf("\r\n")) {
      lines.push(pending.subarray(0, end).toString("utf8"));
      pending = pending.subarray(end + 2);
    }
    wake();
  });
  socket.on("end", () => {
    broken ??= (step) => new Error(`the server at ${where} closed the connection before its reply to ${step}`);
    wake();
  });
  socket.on("error", (error: NodeJS.ErrnoException) => {
    broken ??=
      error.code === "ECONNREFUSED"
        ? () => new Error(`connection refused by ${where}: is an SMTP server running on that port?`)
        : (step) => new Error(`the connection to ${where} failed while waiting for the reply to ${step}: ${error.code ?? error.message}`);
    wake();
  });

  const send = (line: string) => socket.write(`${line}\r\n`);

  const reply = async (step: string): Promise<Reply> => {
    const taken: string[] = [];
    for (;;) {
      while (lines.length > 0) {
        const line = lines.shift()!;
        const match = /^(\d{3})([ -]|$)/.exec(line);
        if (!match) throw new Error(`the server at ${where} answered ${step} with "${line}", which is not an SMTP reply`);
        taken.push(line);
        if (match[2] !== "-") return { code: Number(match[1]), text: taken.join(" ") };
      }
      if (broken) throw broken(step);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          broken ??= (at) => new Error(`timed out: the server at ${where} sent no reply to ${at} for ${timeoutMs} ms`);
          resolve();
        }, timeoutMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  };

  const refused = (step: string, answer: Reply) => new Error(`the server at ${where} refused ${step}: "${answer.text}"`);
  const isDone = (answer: Reply) => answer.code >= 200 && answer.code < 300;

  try {
    const greeting = await reply("the greeting");
    if (!isDone(greeting)) throw refused("the session in its greeting", greeting);
    send(`EHLO ${helo}`);
    let hello = await reply("EHLO");
    let said = "EHLO";
    if (hello.code >= 500) {
      said = "HELO";
      send(`HELO ${helo}`);
      hello = await reply("HELO");
    }
    if (!isDone(hello)) throw refused(said, hello);
    send(`MAIL FROM:<${from}>`);
    const mail = await reply("MAIL FROM");
    if (!isDone(mail)) throw refused(`the sender <${from}> (MAIL FROM)`, mail);
    const result: MailResult = { accepted: [], rejected: [] };
    for (const address of to) {
      send(`RCPT TO:<${address}>`);
      const answer = await reply(`RCPT TO:<${address}>`);
      if (isDone(answer)) result.accepted.push(address);
      else result.rejected.push({ address, reply: answer.text });
    }
    if (result.accepted.length === 0) {
      const why = result.rejected.map((rejection) => `<${rejection.address}>: "${rejection.reply}"`).join(", ");
      throw new Error(`the server at ${where} accepted no recipient, so no message was sent: ${why}`);
    }
    send("DATA");
    const go = await reply("DATA");
    if (go.code < 300 || go.code >= 400) throw refused("DATA", go);
    socket.write(dotStuff(data));
    const queued = await reply("the message");
    if (!isDone(queued)) throw refused("the message after its final dot", queued);
    return result;
  } finally {
    if (!broken) {
      send("QUIT");
      await reply("QUIT").catch(() => undefined);
    }
    wake = () => {};
    socket.end();
    socket.destroySoon();
  }
}

/** Reads --host, --port, --helo, --from, every --to and --timeout-ms; throws a sentence naming a bad option. */
export function readOptions(args: string[]): CliOptions {
  const { values } = parseArgs({
    args,
    options: {
      host: { type: "string", default: "127.0.0.1" },
      port: { type: "string", default: String(DEFAULT_PORT) },
      helo: { type: "string", default: "client.lab.test" },
      from: { type: "string" },
      to: { type: "string", multiple: true },
      "timeout-ms": { type: "string", default: String(DEFAULT_TIMEOUT_MS) },
    },
  });
  const port = Number(values.port);
  const timeoutMs = Number(values["timeout-ms"]);
  if (!/^\d+$/.test(values.port) || port < 1 || port > 65535) throw new Error(`--port must be a whole number from 1 to 65535, not "${values.port}"`);
  if (!/^\d+$/.test(values["timeout-ms"]) || timeoutMs < 1 || timeoutMs > 2 ** 31 - 1) {
    throw new Error(`--timeout-ms must be a whole number of milliseconds from 1 to 2147483647, not "${values["timeout-ms"]}"`);
  }
  if (values.from === undefined) throw new Error("--from is missing: give the sender's address, e.g. --from ann@lab.test");
  if (values.to === undefined || values.to.length === 0) throw new Error("--to is missing: give at least one recipient, e.g. --to bob@lab.test");
  return { host: values.host, port, helo: values.helo, from: values.from, to: values.to, timeoutMs };
}

/** Everything on stdin, to its end, as bytes. */
async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function main(): Promise<void> {
  try {
    const options = readOptions(process.argv.slice(2));
    const result = await sendMail({ ...options, data: await readStdin() });
    for (const address of result.accepted) console.log(`accepted: ${address}`);
    for (const { address, reply } of result.rejected) console.error(`refused: ${address}: ${reply}`);
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

await main();
