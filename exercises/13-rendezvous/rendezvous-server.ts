// Exercise 13, the rendezvous server: the introducer of the hybrid model.
//
// Two peers want to talk to each other directly, but neither knows where the other is: behind a
// NAT, a peer does not even know its own public address. Both know the rendezvous server. Each
// one registers with it under a name; the server writes down the address each datagram CAME
// FROM (the address the NAT gave the peer, which only the server can see), and when one peer
// asks for the other, the server tells each of them where the other is. From then on the peers
// talk to each other and the server hears nothing more of them (lessons/13-rendezvous.md,
// "the hybrid model"). The server never passes anything on: it introduces, it does not relay.
//
// The protocol, exactly (the grader holds your server to it; the words after ERROR are yours,
// in any language):
//   - UDP over IPv4 (udp4). One text message per datagram, UTF-8, with no line end; the fields
//     are separated by one space. An address is written ip:port, e.g. 127.0.0.1:40123.
//   - "REGISTER <name> <private ip:port>": a name is 1 to 16 ASCII letters and digits
//     (/^[A-Za-z0-9]{1,16}$/: "ann", "R2D2"; not "", "ann!", "an_n", "민수" or 17 letters).
//     The private address is what the peer's own socket says it is bound to: keep it for your
//     log only. Answer "REGISTERED <ip:port>" with the address the datagram came from (rinfo).
//     A REGISTER from the same address again is a refresh: the same answer.
//   - A name that another address holds (and that address is still alive): "ERROR <why>".
//     An illegal name, or no private address: "ERROR <why>".
//   - "CONNECT <name>" from a registered address: send "PEER <name> <ip:port>" to the asker (the
//     address the server saw for <name>) and "PEER <asker's name> <ip:port>" to <name> (the
//     address the server saw for the asker): one datagram each.
//     An unknown name: "ERROR <why>" that names it, to the asker only. A CONNECT from an address
//     that has not registered: "ERROR <why>".
//   - Anything else (another command, an empty datagram, bytes that are not UTF-8, a datagram
//     over 512 bytes): "ERROR <why>" to the sender, or nothing. Never a crash, never passed on.
//   - A registration is forgotten --peer-timeout-ms after the last datagram from its address.
//
// Run it by hand, then play two peers from two other terminals:
//   npx tsx exercises/13-rendezvous/rendezvous-server.ts
//   printf 'REGISTER ann 127.0.0.1:5000' | nc -u -w1 127.0.0.1 7777
//   (printf, not echo: a command has no line end, and echo would add one. The REGISTERED that
//   comes back shows the port nc's socket really had, not the 5000 it wrote.)
import { createSocket, type RemoteInfo, type Socket } from "node:dgram";
import { parseArgs } from "node:util";

/** The longest datagram the server reads as a command; anything longer is refused whole. */
export const MAX_DATAGRAM_BYTES = 512;

export interface RendezvousOptions {
  host: string;
  port: number;
  /** How long a registration lives after the last datagram from its address. */
  peerTimeoutMs: number;
}

/** Where a datagram goes: an IPv4 address and a port. */
interface Endpoint {
  ip: string;
  port: number;
}

/** One registered peer: its name, the address the server saw (ip, port), and when it forgets it. */
interface Registration extends Endpoint {
  name: string;
  /** What the peer said its socket is bound to: for the log only. */
  privateAddress: string;
  /** Fires --peer-timeout-ms after the last datagram from `address`; refresh() starts it over. */
  forget: NodeJS.Timeout;
}

const LEGAL_NAME = /^[A-Za-z0-9]{1,16}$/;
const IP_AND_PORT = /^\d{1,3}(?:\.\d{1,3}){3}:\d{1,5}$/;

/** `127.0.0.1:40123`. */
const written = (endpoint: Endpoint) => `${endpoint.ip}:${endpoint.port}`;

/** A piece of what a client sent, safe to quote in an answer or the log: short, and in quotes. */
function quoted(text: string): string {
  return JSON.stringify(text.length > 20 ? `${text.slice(0, 20)}…` : text);
}

/**
 * Binds a udp4 socket on `host` and `port` and introduces peers (see the protocol at the top of
 * this file). Resolves with the socket once it is bound; rejects with an Error that names the
 * port when it cannot bind (another program already uses it).
 */
export function startRendezvous(options: RendezvousOptions): Promise<Socket> {
  // TODO: write startRendezvous. Read lessons/13-rendezvous.md first; these steps get you there:
  //   1. Keep two Maps: from a name to its registration, and from an observed address ("ip:port",
  //      built from rinfo.address and rinfo.port) to the same registration. A registration holds the
  //      name, the observed ip and port, the private address (for the log) and a forget timer.
  //   2. On "message", look at the bytes before you trust them: more than 512, or not UTF-8
  //      (new TextDecoder("utf-8", { fatal: true }).decode throws on bad bytes: catch it), or empty:
  //      answer "ERROR <why>" to the sender (or nothing) and return. Nothing here may throw: one bad
  //      datagram must not stop the server for everyone.
  //   3. Split the text at " " and switch on the first field. Every answer goes to the address the
  //      datagram came from (rinfo), never to the address a peer wrote inside its message.
  //   4. REGISTER: exactly three fields, a name that matches /^[A-Za-z0-9]{1,16}$/, a private
  //      address. A name held by another address: ERROR. Otherwise store it (or refresh it) and
  //      answer `REGISTERED ${rinfo.address}:${rinfo.port}`: the address YOU saw, which is the one
  //      the other peer can reach, behind a NAT too.
  //   5. CONNECT: the asker must be registered (look its address up), the name must be known (an
  //      ERROR that names it otherwise, to the asker only). Then two datagrams: to the asker
  //      `PEER ${target.name} ${target.ip}:${target.port}` and to the target
  //      `PEER ${asker.name} ${asker.ip}:${asker.port}`: the addresses you saw, never the written ones.
  //   6. Every datagram from a registered address keeps it alive: start its timer over
  //      (timer.refresh()). When the timer fires, delete the registration from both Maps, so the
  //      name is free again and a CONNECT to it gets ERROR.
  //   7. Anything else: ERROR to the sender. Never send a datagram to a third party: the server
  //      introduces, it does not relay.
  //   8. Bind with socket.bind(port, host, callback). Listen for "error" once before: EADDRINUSE
  //      means another program has the port; close the socket and reject with a sentence that names
  //      the port. After binding, keep an "error" handler that only logs.
  throw new Error("TODO: write startRendezvous (see lessons/13-rendezvous.md)");
}

/** Reads --host, --port and --peer-timeout-ms, with loopback, 7777 and 30 s as defaults. */
export function readOptions(args: string[]): RendezvousOptions {
  const { values } = parseArgs({
    args,
    options: {
      host: { type: "string", default: "127.0.0.1" },
      port: { type: "string", default: "7777" },
      "peer-timeout-ms": { type: "string", default: "30000" },
    },
  });
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535 (0 lets the system choose), not "${values.port}"`);
  }
  const timeout = values["peer-timeout-ms"];
  const peerTimeoutMs = Number(timeout);
  // setTimeout takes at most 2^31 - 1 ms; a longer one would fire at once.
  if (!/^\d+$/.test(timeout) || peerTimeoutMs < 1 || peerTimeoutMs > 2 ** 31 - 1) {
    throw new Error(`--peer-timeout-ms must be a whole number from 1 to 2147483647, not "${timeout}"`);
  }
  return { host: values.host, port, peerTimeoutMs };
}

async function main(): Promise<void> {
  try {
    const socket = await startRendezvous(readOptions(process.argv.slice(2)));
    // The real address: with --port 0 the system picked the port.
    const { address, port } = socket.address();
    console.log(`listening on ${address}:${port}`);
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

await main();
