// Exercise 04: the study note's TCP server, done right.
//
// The note's Python server binds port 9999, accepts one client, sends "Hello. Client.", prints
// what one recv(100) returned, and stops. This server greets every client, reads each message
// until the client has said all of it (or 100 bytes), prints who said what, and keeps serving:
// a client that resets or leaves early cannot bring it down.
//
// Run it by hand, then run the client of exercise 03 in another terminal:
//   npx tsx exercises/04-tcp-server/server.ts
//   npx tsx exercises/04-tcp-server/server.ts --port 9999 --host 127.0.0.1
import { createServer, type AddressInfo, type Server, type Socket } from "node:net";
import { parseArgs } from "node:util";

/** What the server says to every client as soon as it connects. */
export const GREETING = "Hello. Client.";

/** The note reads at most 100 bytes of the client's message: recv(100). */
export const MAX_MESSAGE_BYTES = 100;

export interface ServerOptions {
  host: string;
  port: number;
}

/**
 * Talks with one client over its own connection socket (the note's `sock`): greets it, reads its
 * message until the client has sent all of it (its FIN arrives) or MAX_MESSAGE_BYTES bytes have
 * come, prints `HOST:PORT says: MESSAGE` with the client's address, and closes the connection.
 * A client that resets the connection gets one line on stderr, never a crash.
 *
 * @exercise
 * 1. Note who the client is right away: `${socket.remoteAddress}:${socket.remotePort}` is its IP
 *    and port as the server sees them. A client that reset the connection before you got to it
 *    has no address any more (remoteAddress is undefined): say "a client that already left".
 * 2. Greet it: `socket.write(GREETING)`. Exactly those bytes: no newline.
 * 3. TCP is a byte stream: the message may come in many "data" events. Push every chunk into an
 *    array and count the bytes.
 * 4. The message is complete on "end" (the client sent FIN: it has nothing more to say), or as
 *    soon as you hold MAX_MESSAGE_BYTES bytes. Then, once only: join the chunks with
 *    `Buffer.concat`, keep the first MAX_MESSAGE_BYTES bytes, print
 *    `${client} says: ${message.toString("utf8")}`, and close with `socket.destroySoon()`
 *    (it sends what is still queued, then closes both directions, like the note's sock.close()).
 * 5. Handle "error": a client may reset the connection (ECONNRESET) at any moment. Print one
 *    line with console.error that names the client (`client`), and carry on; without a handler,
 *    Node stops the whole server.
 */
export function serveClient(socket: Socket): void {
  // Read it now: a client that is already gone has no address any more.
  const client = socket.remoteAddress === undefined ? "a client that already left" : `${socket.remoteAddress}:${socket.remotePort}`;
  const chunks: Buffer[] = [];
  let received = 0;
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    const message = Buffer.concat(chunks).subarray(0, MAX_MESSAGE_BYTES);
    console.log(`${client} says: ${message.toString("utf8")}`);
    socket.destroySoon();
  };
  socket.write(GREETING);
  socket.on("data", (chunk: Buffer) => {
    chunks.push(chunk);
    received += chunk.length;
    if (received >= MAX_MESSAGE_BYTES) finish();
  });
  socket.on("end", finish);
  socket.on("error", (error: NodeJS.ErrnoException) => {
    if (finished) return;
    finished = true;
    const what = error.code === "ECONNRESET" ? "reset the connection" : `broke off the connection (${error.code ?? error.message})`;
    console.error(`${client} ${what} before its message was complete`);
  });
}

/**
 * Opens the listening socket (the note's `serverSocket`) on `host` and `port` and hands every
 * client that connects to serveClient, one after another, for as long as the program runs.
 * Resolves with the server once it listens; rejects with an Error a person understands when it
 * cannot listen, for example because another program already uses the port.
 *
 * @exercise
 * 1. `createServer({ allowHalfOpen: true }, serveClient)` from node:net calls serveClient with
 *    each new connection: the note's accept(), for every client instead of only the first.
 *    allowHalfOpen: the client's FIN ends only its direction; serveClient closes ours.
 * 2. `server.listen({ host, port }, callback)`: the callback runs once it listens. Resolve there.
 * 3. Listening can fail: the server's "error" event brings EADDRINUSE when another program
 *    already listens on that port. Reject with a sentence that says the port is in use and
 *    what to try. Without a handler, Node crashes with a stack trace.
 */
export function startServer(options: ServerOptions): Promise<Server> {
  const { host, port } = options;
  return new Promise((resolve, reject) => {
    const server = createServer({ allowHalfOpen: true }, serveClient);
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") {
        reject(new Error(`port ${port} on ${host} is already in use. Is another server (maybe an older copy of this one) still running? Stop it, or pick another --port.`));
      } else {
        reject(new Error(`cannot listen on ${host}:${port}: ${error.message}`));
      }
    });
    server.listen({ host, port }, () => resolve(server));
  });
}

/** Reads --host and --port, with the note's port as the default and loopback as the host. */
export function readOptions(args: string[]): ServerOptions {
  const { values } = parseArgs({
    args,
    options: {
      host: { type: "string", default: "127.0.0.1" },
      port: { type: "string", default: "9999" },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535 (0 lets the system choose), not "${values.port}"`);
  }
  return { host: values.host, port };
}

async function main(): Promise<void> {
  try {
    const server = await startServer(readOptions(process.argv.slice(2)));
    // The real address: with --port 0 the system picked the port.
    const { address, port } = server.address() as AddressInfo;
    console.log(`listening on ${address}:${port}`);
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

await main();
