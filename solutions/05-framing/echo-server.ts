// Exercise 05: an echo server that speaks in frames.
//
// For every frame a client sends, it sends the same payload back, as a frame. It serves any
// number of clients, one decoder per connection, and a client that misbehaves (a frame that is
// too large, a reset) loses its own connection without stopping the server for the others.
//
// Run it by hand, then talk to it with echo-client.ts from another terminal:
//   npx tsx exercises/05-framing/echo-server.ts
//   npx tsx exercises/05-framing/echo-server.ts --port 9999 --host 127.0.0.1
import { createServer, type Socket } from "node:net";
import { parseArgs } from "node:util";
import { encodeFrame, FrameDecoder } from "./framing.ts";

/**
 * Serves one client: every frame that arrives on `socket` is sent back as a frame with the same
 * payload. `log` prints one line for the person running the server.
 *
 * When the client announces a frame larger than the maximum, log a line that says so and close
 * that connection. When the connection fails (a reset), log it: never let it crash the server.
 *
 * @exercise
 * 1. Make ONE `new FrameDecoder()` for this connection, outside the "data" handler: the bytes of
 *    a frame may arrive over several "data" events, and the decoder must remember them.
 * 2. On "data", call `decoder.push(chunk)`. It returns every frame completed by this chunk: zero,
 *    one or several. Send each one back with `socket.write(encodeFrame(payload))`.
 * 3. `push` throws when a header announces a frame that is too large. Catch it, log a line that
 *    names the client (its address:port) and includes the error's message (it gives the
 *    announced size), such as `closing 127.0.0.1:50312: frame too large: …`, and `socket.destroy()`.
 * 4. Handle "error" (ECONNRESET when a client aborts): log it. Without an "error" handler, one
 *    client's reset crashes the whole server.
 * 5. A client that does not read its echoes makes `socket.write` return false: the echoes pile up
 *    in your memory. Then stop reading from it (`socket.pause()`) until the socket emits "drain",
 *    and `socket.resume()`. That is backpressure: a slow reader slows its sender down.
 */
export function echoFrames(socket: Socket, log: (line: string) => void): void {
  const client = `${socket.remoteAddress}:${socket.remotePort}`;
  const decoder = new FrameDecoder();
  socket.on("data", (chunk: Buffer) => {
    let payloads: Buffer[];
    try {
      payloads = decoder.push(chunk);
    } catch (error) {
      log(`closing ${client}: ${error instanceof Error ? error.message : String(error)}`);
      socket.destroy();
      return;
    }
    let backedUp = false;
    for (const payload of payloads) backedUp = !socket.write(encodeFrame(payload)) || backedUp;
    if (backedUp) {
      socket.pause();
      socket.once("drain", () => socket.resume());
    }
  });
  socket.on("error", (error: NodeJS.ErrnoException) => {
    log(`connection from ${client} failed: ${error.code ?? error.message}`);
  });
}

export interface ServerOptions {
  host: string;
  port: number;
}

/** Reads --host and --port, with the note's values as defaults. */
export function readOptions(args: string[]): ServerOptions {
  const { values } = parseArgs({
    args,
    options: {
      host: { type: "string", default: "127.0.0.1" },
      port: { type: "string", default: "9999" },
    },
  });
  const port = Number(values.port);
  // Port 0 asks the system for any free port; the grader uses it so that runs never collide.
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a whole number from 0 to 65535, not "${values.port}"`);
  return { host: values.host, port };
}

async function main(): Promise<void> {
  let options: ServerOptions;
  try {
    options = readOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
    return;
  }
  // When a client sends FIN, Node ends our side too (allowHalfOpen is false), after the echoes
  // already written have gone out.
  const server = createServer((socket) => echoFrames(socket, (line) => console.log(line)));
  server.on("error", (error: NodeJS.ErrnoException) => {
    const why = error.code === "EADDRINUSE" ? `port ${options.port} is already in use. Stop the other program, or pick another --port.` : error.message;
    console.error(`error: cannot listen on ${options.host}:${options.port}: ${why}`);
    process.exitCode = 1;
  });
  server.listen({ host: options.host, port: options.port }, () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : options.port;
    console.log(`listening on ${options.host}:${port}`);
  });
}

await main();
