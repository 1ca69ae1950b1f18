// Exercise 05: a client for the framed echo server.
//
// It sends each --message as a frame and prints each echo as a line once its frame is whole,
// however the server's bytes are cut into "data" events.
//
// Run it by hand (start echo-server.ts first, in another terminal):
//   npx tsx exercises/05-framing/echo-client.ts
//   npx tsx exercises/05-framing/echo-client.ts --message "Hello. Server." --message "안녕"
import { connect } from "node:net";
import { parseArgs } from "node:util";
import { encodeFrame, FrameDecoder } from "./framing.ts";

export interface ClientOptions {
  host: string;
  port: number;
  /** Sent in this order, one frame each. */
  messages: string[];
  /** Give up when the server sends nothing for this long. */
  timeoutMs: number;
}

/**
 * Connects to the echo server, sends every message as a frame, and resolves with the payloads
 * of the frames the server sends back, one per message, in order. Then it closes the connection.
 *
 * Rejects with an Error whose message a person understands when the connection is refused or
 * reset, when the server stays silent for `timeoutMs`, when it closes before every echo came
 * back, or when it sends a frame that is too large.
 */
export function requestEchoes(options: ClientOptions): Promise<Buffer[]> {
  // TODO: write requestEchoes. Read lessons/05-framing.md first; these steps get you there:
  //   1. Encode every message with `encodeFrame(message)` first (it throws when one is too large).
  //      Connect with `connect({ host, port })`, and on "connect" write every frame.
  //   2. Make one `new FrameDecoder()` for the connection. On "data", push the chunk into it and keep
  //      the payloads it returns. A "data" event is not a message: it may hold part of a frame.
  //   3. When you hold one echo per message, resolve with them and call `socket.end()`.
  //   4. `decoder.push` throws on a frame that is too large: reject with its message, destroy the socket.
  //   5. "end" before every echo came back means the server gave up: reject and say how many arrived.
  //   6. `socket.setTimeout(timeoutMs)` and "timeout": reject and destroy. "error": ECONNREFUSED
  //      means nothing listens there (name the host and port), ECONNRESET that the server aborted;
  //      say so in the message. Every path must resolve or reject: a promise left pending ends the
  //      program with exit code 13.
  //   7. Once the echoes are in, nothing may keep the program alive: end the socket, and leave no
  //      timer of your own running. It must end right after it prints.
  throw new Error("TODO: write requestEchoes (see lessons/05-framing.md)");
}

/** Reads --host, --port, --message (repeatable) and --timeout, with the note's values as defaults. */
export function readOptions(args: string[]): ClientOptions {
  const { values } = parseArgs({
    args,
    options: {
      host: { type: "string", default: "127.0.0.1" },
      port: { type: "string", default: "9999" },
      message: { type: "string", multiple: true, default: ["Hello. Server."] },
      timeout: { type: "string", default: "5000" },
    },
  });
  const port = Number(values.port);
  const timeoutMs = Number(values.timeout);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`--port must be a whole number from 1 to 65535, not "${values.port}"`);
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1) throw new Error(`--timeout must be a positive number of milliseconds, not "${values.timeout}"`);
  return { host: values.host, port, messages: values.message, timeoutMs };
}

async function main(): Promise<void> {
  try {
    const echoes = await requestEchoes(readOptions(process.argv.slice(2)));
    for (const echo of echoes) console.log(echo.toString("utf8"));
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

await main();
