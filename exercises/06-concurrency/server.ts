// Exercise 06: one server, many clients at once.
//
// The textbook's TCP server reads a sentence and sends it back in upper case, one client after
// another. This one does it for every line of every client, and for all clients at the same
// time: Node's event loop hands each connection its "data" as it comes, so no client waits for
// another. Two more things keep one client from hurting the others: a client that says nothing
// for --idle-ms is closed, and a client that does not read its answers is no longer read from
// (backpressure), so its answers cannot fill the server's memory.
//
// Run it by hand, then talk to it from two other terminals at once:
//   npx tsx exercises/06-concurrency/server.ts --idle-ms 10000
//   nc 127.0.0.1 9999        (type a line, press Enter: it comes back in upper case)
import { createServer, type AddressInfo, type Server, type Socket } from "node:net";
import { parseArgs } from "node:util";

/** How long a client may stay silent before the server closes it, unless --idle-ms says otherwise. */
export const DEFAULT_IDLE_MS = 30_000;

/** How many bytes of answers may wait unsent to one client before the server stops reading from it. */
export const MAX_PENDING_BYTES = 64 * 1024;

export interface ServerOptions {
  host: string;
  port: number;
  /** A client that sends nothing for this long is closed. */
  idleMs: number;
  /** Answers waiting unsent to one client, in bytes, above which the server stops reading from it. */
  maxPendingBytes: number;
}

/**
 * Serves one client on its own connection socket: every line it sends (up to "\n", with one
 * "\r" before it removed) is answered with the same line in upper case and "\n". An empty line
 * gets an empty line. A piece after the last "\n" is not a line yet: it waits for the rest, and
 * if the client leaves first it is never answered. Nothing is sent before a line arrives.
 * `log` prints one line for the person running the server.
 */
export function serveClient(socket: Socket, idleMs: number, log: (line: string) => void): void {
  // TODO: write serveClient. Read lessons/06-concurrency.md first; these steps get you there:
  //   1. Call `socket.setEncoding("utf8")` first: then "data" gives strings, and a character whose
  //      bytes arrive in two chunks is kept whole.
  //   2. Keep a `pending` string for THIS connection (declared inside this function, never at the
  //      top of the file: every client has its own). On "data", add the chunk to it, then take out
  //      every complete line: a while loop over `pending.indexOf("\n")`, since one chunk may hold
  //      several lines, or only part of one.
  //   3. For each line, remove one "\r" at its very end (a client that ends lines with CRLF; a "\r"
  //      inside the line is part of it) and answer
  //      `socket.write(line.toUpperCase() + "\n")`.
  //   4. Backpressure: `socket.write` returns false when answers pile up because the client does not
  //      read them. Then stop reading from it with `socket.pause()`, and `socket.resume()` once it
  //      emits "drain". Other clients are not affected: each socket is paused on its own.
  //   5. Idle clients: `socket.setTimeout(idleMs)` starts a timer that Node restarts whenever data
  //      comes or goes, and clears when the socket closes. On "timeout", log a line that names the
  //      client (`client`, its IP:port) and `socket.destroy()` it.
  //   6. Handle "error": a client may reset its connection at any moment (ECONNRESET). Log one line
  //      that names the client and carry on; without a handler, Node stops the whole server, and
  //      every other client with it.
  throw new Error("TODO: write serveClient (see lessons/06-concurrency.md)");
}

/**
 * Listens on `host` and `port` and serves every client that connects with serveClient, all at
 * the same time. Resolves with the server once it listens; rejects with an Error a person
 * understands when it cannot listen (another program already uses the port).
 */
export function startServer(options: ServerOptions): Promise<Server> {
  // TODO: write startServer. Read lessons/06-concurrency.md first; these steps get you there:
  //   1. `createServer({ highWaterMark: maxPendingBytes }, (socket) => serveClient(...))`: the
  //      handler runs for every new connection, while the others go on. highWaterMark is where
  //      `socket.write` starts returning false.
  //   2. `server.listen({ host, port }, callback)` and resolve in the callback: only then is the
  //      real port known (with port 0, the system picks it).
  //   3. Handle the server's "error" event: EADDRINUSE when another program already listens on the
  //      port. Reject with a sentence that names the port and says what to try.
  throw new Error("TODO: write startServer (see lessons/06-concurrency.md)");
}

/** Reads --host, --port and --idle-ms, with loopback, the note's port and DEFAULT_IDLE_MS as defaults. */
export function readOptions(args: string[]): ServerOptions {
  const { values } = parseArgs({
    args,
    options: {
      host: { type: "string", default: "127.0.0.1" },
      port: { type: "string", default: "9999" },
      "idle-ms": { type: "string", default: String(DEFAULT_IDLE_MS) },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535 (0 lets the system choose), not "${values.port}"`);
  }
  const idleMs = Number(values["idle-ms"]);
  // Node's timers hold at most 2^31 - 1 ms (about 24 days); past that they fire at once.
  if (!Number.isInteger(idleMs) || idleMs < 1 || idleMs > 2 ** 31 - 1) {
    throw new Error(`--idle-ms must be a whole number of milliseconds from 1 to 2147483647, not "${values["idle-ms"]}"`);
  }
  return { host: values.host, port, idleMs, maxPendingBytes: MAX_PENDING_BYTES };
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
