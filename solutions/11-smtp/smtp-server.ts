// Exercise 11, the server half: a minimal mail server (SMTP, RFC 5321).
//
// A mail client connects, and the two take turns: the client sends one command line, the
// server answers with a reply that starts with a three-digit code. The client names the sender
// (MAIL FROM), each recipient (RCPT TO) and then sends the message itself (DATA), which ends at
// a line holding a single ".". Your server hands every message it accepts to `onMessage`; run
// by hand, it prints each one as a JSON line.
//
// The protocol, exactly (the grader holds your server to it; the codes are the contract, the
// words after them are yours, in any language):
//   - Every line ends with "\r\n". A command line is at most 512 bytes, "\r\n" included.
//   - A reply is "NNN text\r\n", or several lines "NNN-text\r\n" ... with the last "NNN text\r\n".
//     The first digit says: 2 done, 3 go on, 5 refused.
//   - On connect: "220 <hostname> ..." (hostname: the --hostname option).
//   - "EHLO x": a multi-line 250: the first line names the hostname, then "250-PIPELINING" and
//     "250 8BITMIME". "HELO x": one line, 250. Either one starts over: no sender, no recipients.
//   - "MAIL FROM:<a>": 250 (anything after the ">" is ignored). 503 before EHLO/HELO, or when a
//     sender is already given; 501 without the angle brackets. "<>" (no sender) is allowed.
//   - "RCPT TO:<b>": 250; 503 before MAIL; 501 without the angle brackets.
//   - "DATA": 503 unless a recipient was accepted; else 354, and every byte after it is the
//     message, until a line that is only "." ("\r\n.\r\n"). A line of the message that starts
//     with "." came with one more "." in front (dot-stuffing): take that one away. Then 250,
//     the message goes to onMessage, and the envelope (sender, recipients) is empty again.
//   - "RSET": 250 and the envelope is empty again. "NOOP": 250. "QUIT": 221, then close.
//   - Verbs in any case ("mail from:<a>" works). Any other command: 500.
//   - A command line longer than 512 bytes: 500, and the server keeps no more than that of it.
//
// Run it by hand, then send it a mail from another terminal:
//   npx tsx exercises/11-smtp/smtp-server.ts
//   swaks --server 127.0.0.1:2525 --from ann@lab.test --to bob@lab.test
//   (or type the commands yourself: nc -C 127.0.0.1 2525, where -C sends "\r\n" for Enter)
import { createServer, type AddressInfo, type Server, type Socket } from "node:net";
import { parseArgs } from "node:util";

/** The longest command line a server must take, "\r\n" included (RFC 5321 §4.5.3.1.4). */
export const MAX_COMMAND_LINE_BYTES = 512;

/** One message as the server accepted it. */
export interface Message {
  /** What stood between the angle brackets of MAIL FROM: "" for the null sender "<>". */
  from: string;
  /** What stood between the angle brackets of each accepted RCPT TO, in order. */
  to: string[];
  /** The message after un-stuffing, each line ending in "\r\n", without the final ".\r\n". */
  data: Buffer;
}

export interface SmtpOptions {
  host: string;
  port: number;
  /** The server's own name, in the greeting and the first line of the EHLO reply. */
  hostname: string;
  /** Called once for every message the server accepted (after the final "." and before its 250). */
  onMessage: (message: Message) => void;
}

/**
 * Listens on `host` and `port` and talks SMTP with every client that connects (see the
 * protocol at the top of this file). Resolves with the server once it listens; rejects with an
 * Error that names the port when it cannot listen (another program already uses it).
 *
 * @exercise
 * 1. Per connection, keep the state of ONE conversation in variables of its own: `greeted`
 *    (EHLO or HELO came), `from` (undefined until MAIL), `to` (an array), `inData` (after 354),
 *    the message's lines so far, and `pending`: the bytes received that do not end a line yet.
 *    Send "220 <hostname> ready\r\n" as soon as the client connects.
 * 2. Work with Buffers, not strings: the message must come out byte for byte, and a chunk may
 *    end in the middle of a UTF-8 character (한 is 3 bytes). On "data", add the chunk to
 *    `pending` (Buffer.concat), then take out every complete line in a while loop: one chunk may
 *    hold many commands (a client that pipelines sends MAIL, RCPT, RCPT and DATA in one write),
 *    or just one byte of a command. Answer every command, in order, before you look for the next.
 * 3. A command: decode the line (toString("utf8")), take off the "\r\n", and compare the verb in
 *    upper case (verbs are case-insensitive). Find the address with a regular expression such as
 *    /^MAIL FROM:\s*<([^>]*)>/i; no match is 501. Check the order: MAIL needs EHLO/HELO first and
 *    no sender yet, RCPT needs MAIL, DATA needs a recipient; out of order is 503.
 * 4. While no "\n" comes within the first 512 bytes, the line is too long: answer 500 and throw
 *    away what comes until the next "\n". Never keep growing `pending` for one line: a client
 *    could send a gigabyte without a line end.
 * 5. After DATA's 354, the bytes are the message. Cut it into lines at "\r\n" ONLY: a lone "\n"
 *    is an ordinary byte inside a line. The line ".\r\n" ends the message; any other line that
 *    starts with "." loses that first ".". Ending on "\n.\n" or "\n.\r\n" too would let a client
 *    hide a second message inside the first (SMTP smuggling, CVE-2023-51764).
 * 6. At the end: call onMessage({ from, to, data: Buffer.concat(lines) }), answer 250, and empty
 *    the envelope (from = undefined, to = []): the next message starts from nothing. Empty it on
 *    RSET, EHLO and HELO too.
 * 7. QUIT: answer 221 with socket.end(...), which sends it and then closes; ignore what follows.
 * 8. Handle "error" on every connection (a client that resets mid-message must not stop the
 *    server): log one line and forget its half message. Handle the server's "error" as well:
 *    EADDRINUSE means another program has the port; reject with a sentence that names it.
 */
export function startSmtp(options: SmtpOptions): Promise<Server> {
  const { host, port, hostname, onMessage } = options;
  const crlf = Buffer.from("\r\n");

  function serve(socket: Socket): void {
    const client = `${socket.remoteAddress}:${socket.remotePort}`;
    let greeted = false;
    let from: string | undefined;
    let to: string[] = [];
    let inData = false;
    let lines: Buffer[] = [];
    let pending = Buffer.alloc(0);
    // After a command line over the limit: drop bytes until the next "\n".
    let skippingLongLine = false;
    let quitting = false;

    const reply = (text: string) => socket.write(`${text}\r\n`);
    const clearEnvelope = () => {
      from = undefined;
      to = [];
    };

    function command(line: string): void {
      const verb = /^\S*/.exec(line)![0].toUpperCase();
      const argument = line.slice(verb.length).trim();
      switch (verb) {
        case "EHLO":
        case "HELO":
          if (argument === "") return void reply(`501 ${verb} needs your name: ${verb} client.example`);
          greeted = true;
          clearEnvelope();
          if (verb === "HELO") return void reply(`250 ${hostname} greets ${argument}`);
          return void reply(`250-${hostname} greets ${argument}\r\n250-PIPELINING\r\n250 8BITMIME`);
        case "MAIL": {
          if (!greeted) return void reply("503 say EHLO or HELO first");
          if (from !== undefined) return void reply("503 a sender is already given: finish this message, or RSET");
          const address = /^MAIL FROM:\s*<([^>]*)>/i.exec(line);
          if (!address) return void reply("501 write it as MAIL FROM:<address>");
          from = address[1]!;
          return void reply("250 OK");
        }
        case "RCPT": {
          if (from === undefined) return void reply("503 MAIL FROM comes first");
          const address = /^RCPT TO:\s*<([^>]*)>/i.exec(line);
          if (!address) return void reply("501 write it as RCPT TO:<address>");
          to.push(address[1]!);
          return void reply("250 OK");
        }
        case "DATA":
          if (to.length === 0) return void reply("503 no recipient yet: RCPT TO comes first");
          inData = true;
          lines = [];
          return void reply("354 end with <CRLF>.<CRLF>");
        case "RSET":
          clearEnvelope();
          return void reply("250 OK");
        case "NOOP":
          return void reply("250 OK");
        case "QUIT":
          quitting = true;
          socket.end(`221 ${hostname} closing the connection\r\n`);
          return;
        default:
          return void reply(`500 unknown command ${JSON.stringify(verb.slice(0, 20))}`);
      }
    }

    function messageLine(line: Buffer): void {
      if (line.length === 3 && line[0] === 0x2e) {
        // ".\r\n": the end of the message.
        inData = false;
        onMessage({ from: from ?? "", to, data: Buffer.concat(lines) });
        lines = [];
        clearEnvelope();
        reply("250 OK: queued");
        return;
      }
      lines.push(line[0] === 0x2e ? line.subarray(1) : line);
    }

    function takeLines(): void {
      while (!quitting) {
        if (inData) {
          const end = pending.indexOf(crlf);
          if (end < 0) return;
          messageLine(pending.subarray(0, end + 2));
          pending = pending.subarray(end + 2);
          continue;
        }
        const end = pending.indexOf(0x0a);
        if (skippingLongLine) {
          if (end < 0) {
            pending = Buffer.alloc(0);
            return;
          }
          skippingLongLine = false;
          pending = pending.subarray(end + 1);
          continue;
        }
        if (end < 0 ? pending.length >= MAX_COMMAND_LINE_BYTES : end + 1 > MAX_COMMAND_LINE_BYTES) {
          reply(`500 a command line is at most ${MAX_COMMAND_LINE_BYTES} bytes`);
          skippingLongLine = true;
          continue;
        }
        if (end < 0) return;
        const line = pending.subarray(0, end).toString("utf8").replace(/\r$/, "");
        pending = pending.subarray(end + 1);
        command(line);
      }
    }

    socket.write(`220 ${hostname} ready\r\n`);
    socket.on("data", (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      takeLines();
    });
    socket.on("error", (error: NodeJS.ErrnoException) => {
      console.error(`connection from ${client} failed: ${error.code ?? error.message}${inData ? " (its unfinished message is dropped)" : ""}`);
    });
  }

  return new Promise((resolve, reject) => {
    const server = createServer(serve);
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") {
        reject(new Error(`port ${port} on ${host} is already in use. Is another mail server (maybe an older copy of this one) still running? Stop it, or pick another --port.`));
      } else {
        reject(new Error(`cannot listen on ${host}:${port}: ${error.message}`));
      }
    });
    server.listen({ host, port }, () => resolve(server));
  });
}

/** Reads --host, --port and --hostname, with loopback, 2525 (the unprivileged stand-in for 25) and mail.lab.test as defaults. */
export function readOptions(args: string[]): Omit<SmtpOptions, "onMessage"> {
  const { values } = parseArgs({
    args,
    options: {
      host: { type: "string", default: "127.0.0.1" },
      port: { type: "string", default: "2525" },
      hostname: { type: "string", default: "mail.lab.test" },
    },
  });
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535 (0 lets the system choose), not "${values.port}"`);
  }
  // The name goes into every greeting: a space or a line end would break the reply.
  if (!/^[^\s\p{Cc}]+$/u.test(values.hostname)) {
    throw new Error(`--hostname must be a name without spaces, such as mail.lab.test, not "${values.hostname}"`);
  }
  return { host: values.host, port, hostname: values.hostname };
}

async function main(): Promise<void> {
  try {
    const server = await startSmtp({
      ...readOptions(process.argv.slice(2)),
      // One line per message, for the grader and for you: nothing else on stdout starts with "{".
      onMessage: ({ from, to, data }) => console.log(JSON.stringify({ from, to, data: data.toString("utf8") })),
    });
    // The real address: with --port 0 the system picked the port.
    const { address, port } = server.address() as AddressInfo;
    console.log(`listening on ${address}:${port}`);
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

await main();
