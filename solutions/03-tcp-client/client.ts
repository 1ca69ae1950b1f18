// Exercise 03: the study note's TCP client, done right.
//
// The note's Python client connects to port 9999, sends "Hello. Server." and prints what one
// recv(100) returned. Here the client keeps reading until it has the whole reply, and it
// explains every way the conversation can go wrong instead of crashing or hanging.
//
// Run it by hand (start the server of exercise 04 first, in another terminal):
//   npx tsx exercises/03-tcp-client/client.ts
//   npx tsx exercises/03-tcp-client/client.ts --port 9999 --message "Hi there"
import { connect } from "node:net";
import { parseArgs } from "node:util";

/** The note reads at most 100 bytes of the server's reply. */
export const MAX_REPLY_BYTES = 100;

export interface ClientOptions {
  host: string;
  port: number;
  message: string;
  /** Give up when the server sends nothing for this long. */
  timeoutMs: number;
}

/**
 * Connects to the server, sends `message`, tells the server it has nothing more to send, and
 * collects the reply: every byte until the server closes the connection, or the first
 * MAX_REPLY_BYTES bytes, whichever comes first.
 *
 * Resolves with the reply. Rejects with an Error whose message a person understands when the
 * connection is refused, when the server stays silent for `timeoutMs`, when it closes the
 * connection without a single byte of reply, or when it resets the connection before the reply
 * is complete.
 *
 * @exercise
 * 1. Connect with `connect({ host, port })` from node:net. On "connect", write the message and
 *    call `socket.end()`: that sends FIN, "I have nothing more to say", and you can still read.
 * 2. TCP is a byte stream: the reply may arrive in many "data" events. Collect every chunk in
 *    an array and join them with `Buffer.concat` when the reply is complete.
 * 3. The reply is complete on "end" (the server closed), or as soon as you hold
 *    MAX_REPLY_BYTES bytes (then keep only the first MAX_REPLY_BYTES and close the socket).
 *    An "end" before any byte arrived is no reply at all: reject, and say so.
 * 4. `socket.setTimeout(timeoutMs)` emits "timeout" when the server is silent too long: reject
 *    and destroy the socket.
 * 5. Handle "error": ECONNREFUSED means nothing listens there; ECONNRESET means the server
 *    aborted. Reject with a sentence that says what happened and what to try.
 */
export function requestReply(options: ClientOptions): Promise<Buffer> {
  const { host, port, message, timeoutMs } = options;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const socket = connect({ host, port });
    socket.setTimeout(timeoutMs);
    socket.on("connect", () => {
      socket.end(message);
    });
    socket.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
      received += chunk.length;
      if (received >= MAX_REPLY_BYTES) {
        resolve(Buffer.concat(chunks).subarray(0, MAX_REPLY_BYTES));
        socket.destroy();
      }
    });
    socket.on("end", () => {
      if (received === 0) reject(new Error(`the server at ${host}:${port} closed the connection without a reply. Is it the right server?`));
      else resolve(Buffer.concat(chunks));
    });
    socket.on("timeout", () => {
      reject(new Error(`timed out: ${host}:${port} sent nothing for ${timeoutMs} ms. Is the server stuck?`));
      socket.destroy();
    });
    socket.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "ECONNREFUSED") {
        reject(new Error(`connection refused by ${host}:${port}. Is the server running on that port?`));
      } else if (error.code === "ECONNRESET") {
        reject(new Error(`the server at ${host}:${port} reset the connection before the reply was complete`));
      } else {
        reject(new Error(`could not talk to ${host}:${port}: ${error.message}`));
      }
    });
  });
}

/** Reads --host, --port, --message and --timeout, with the note's values as defaults. */
export function readOptions(args: string[]): ClientOptions {
  const { values } = parseArgs({
    args,
    options: {
      host: { type: "string", default: "127.0.0.1" },
      port: { type: "string", default: "9999" },
      message: { type: "string", default: "Hello. Server." },
      timeout: { type: "string", default: "5000" },
    },
  });
  const port = Number(values.port);
  const timeoutMs = Number(values.timeout);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`--port must be a whole number from 1 to 65535, not "${values.port}"`);
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1) throw new Error(`--timeout must be a positive number of milliseconds, not "${values.timeout}"`);
  return { host: values.host, port, message: values.message, timeoutMs };
}

async function main(): Promise<void> {
  try {
    const reply = await requestReply(readOptions(process.argv.slice(2)));
    console.log(reply.toString("utf8"));
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

await main();
