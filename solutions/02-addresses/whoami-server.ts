// Exercise 02, the program: a "who am I" server. Every client that connects is told the IP
// address and port its connection comes from, as the server sees them: "you are 127.0.0.1:54321".
//
// The note says the server learns the browser's port because the client connects first and its
// packets carry its IP and port. Here you can watch it: the server's port is fixed (9999), the
// client's port is a new ephemeral one each time.
//
// Run it by hand, then connect from another terminal (see the lesson for a one-line client):
//   npx tsx exercises/02-addresses/whoami-server.ts
//   npx tsx exercises/02-addresses/whoami-server.ts --host ::ffff:127.0.0.1 --port 9999
import { createServer, type Server } from "node:net";
import { parseArgs } from "node:util";
import { normaliseAddress, parsePort } from "./addresses.ts";

export interface ServerOptions {
  host: string;
  port: number;
}

/**
 * Starts the who-am-I server on `host`:`port`. Each client gets one line, "you are IP:PORT\n",
 * with the IP and port the client's connection comes from (the address normalised with
 * normaliseAddress), and then the connection is closed. The server keeps serving client after
 * client, several at once too.
 *
 * Resolves with the listening server. Rejects with the listen error (for example EADDRINUSE,
 * when another program already owns the port).
 *
 * @exercise
 * 1. Create the server with `createServer((socket) => { ... })` from node:net. The function runs
 *    once per client, with a socket for that client only.
 * 2. The client's side of the connection is `socket.remoteAddress` and `socket.remotePort`
 *    (`socket.localPort` is the server's own port, the same for everyone). Either may be
 *    undefined when the client has already gone: then just `socket.destroy()`.
 * 3. Build the line: "you are " + normaliseAddress(address) + ":" + port + "\n". Send it with
 *    `socket.end(line)`, which writes the line and then closes the connection. Do not close the
 *    server: the next client is coming.
 * 4. Give each socket an "error" handler, so a client that resets cannot crash the server.
 * 5. Call `server.listen({ host, port }, ...)` and resolve when it listens; until then, reject
 *    on the server's "error" event (EADDRINUSE: another program owns that port).
 */
export function startWhoAmIServer(options: ServerOptions): Promise<Server> {
  const { host, port } = options;
  return new Promise((resolve, reject) => {
    const server = createServer((socket) => {
      socket.on("error", () => {}); // a client that resets is its own problem, not the server's
      const address = socket.remoteAddress;
      const clientPort = socket.remotePort;
      if (address === undefined || clientPort === undefined) {
        socket.destroy();
        return;
      }
      socket.end(`you are ${normaliseAddress(address)}:${clientPort}\n`);
    });
    server.once("error", reject);
    server.listen({ host, port }, () => {
      server.off("error", reject);
      resolve(server);
    });
  });
}

/** Reads --host and --port, with the note's port 9999 and the loopback address as defaults. */
export function readOptions(args: string[]): ServerOptions {
  const { values } = parseArgs({
    args,
    options: {
      host: { type: "string", default: "127.0.0.1" },
      port: { type: "string", default: "9999" },
    },
  });
  return { host: values.host, port: parsePort(values.port) };
}

async function main(): Promise<void> {
  let options: ServerOptions | undefined;
  try {
    options = readOptions(process.argv.slice(2));
    const server = await startWhoAmIServer(options);
    const address = server.address();
    // Port 0 means "any free port": print the one the system chose, so clients can find us.
    const port = typeof address === "object" && address ? address.port : options.port;
    console.log(`listening on ${options.host}:${port}`);
  } catch (error) {
    const inUse = (error as NodeJS.ErrnoException).code === "EADDRINUSE";
    const reason = inUse
      ? `${options?.host}:${options?.port} is already in use by another program; try another --port`
      : error instanceof Error
        ? error.message
        : String(error);
    console.error(`error: ${reason}`);
    process.exitCode = 1;
  }
}

await main();
