// Exercise 13, the peer: the hybrid model of the lessons. A rendezvous server introduces two
// peers, and then they talk directly, over UDP, even though each sits behind a NAT router.
//
// Everything happens on ONE udp4 socket, and that is the point: a NAT router gives each socket
// its own public address (a mapping). The address STUN saw, the address the rendezvous server
// saw, and the address the other peer must reach are the same only if they all belong to the
// same socket. Open a second socket and you get a second mapping that nobody knows about.
//
// The steps (every text is one datagram, UTF-8, no line end; the words in capitals are the
// protocol and are exact; everything else you print is yours to word, in any language):
//   1. Bind the socket (--host, --port). Ask the STUN server (--stun) for the public address
//      with stun.ts's discover(), on this socket, and print a line containing it as ip:port.
//   2. Send `REGISTER <name> <ip:port the socket is bound to>` to the rendezvous server
//      (--server) until it answers `REGISTERED <ip:port>`; then send the same REGISTER again
//      every --keepalive-ms, so that the server (and your NAT) do not forget you.
//   3. With --connect NAME: send `CONNECT NAME` until the server answers `PEER NAME ip:port`
//      (an `ERROR …` instead: print it on stderr and exit with code 1). Without --connect: wait
//      until the server sends you `PEER <name> <ip:port>`: someone asked for you.
//   4. Print a line naming the peer and its ip:port. Then punch: send `PUNCH <your name>` to
//      that address at once, without waiting to hear from it first (your NAT drops what the
//      peer sends until you have sent to it), and again on the retransmit schedule, until a
//      `PUNCH …` or `PUNCHED …` comes from that address. Answer every `PUNCH …` with
//      `PUNCHED <your name>`.
//   5. Chat: every line you type goes to the peer as `MSG <text>` (lines typed before the punch
//      worked wait, in order); every `MSG <text>` from the peer is printed as `[<peer name>] <text>`
//      (exactly that). Every --keepalive-ms in which you sent the peer nothing, send it
//      `KEEPALIVE`: a NAT forgets a hole that nothing goes out through. Datagrams from anyone but
//      the server, the STUN server and the peer are ignored.
//   6. When your input ends (Ctrl-D): send what waits, close the socket, stop every timer, exit 0.
// A step that gets no answer on the schedule gives up: the Error on stderr names the address
// it asked, and the program exits with code 1.
//
// The retransmit schedule (the same as stun.ts's): send at once, then again after rtoMs, 2·rtoMs,
// 4·rtoMs, … (the wait doubles), at most `retries` times after the first; after the last send
// wait one more doubled interval, then give up.
//
// Run it by hand, in four terminals (the two peers are not behind a NAT there, and that is fine):
//   npx tsx exercises/13-rendezvous/rendezvous-server.ts
//   turnserver -n --listening-ip=127.0.0.1 --listening-port=3478 --stun-only --no-cli --no-tls --no-dtls
//   npx tsx exercises/13-rendezvous/peer.ts --name ann
//   npx tsx exercises/13-rendezvous/peer.ts --name bob --connect ann
// then type a line in either peer: it appears in the other one as "[ann] …" or "[bob] …".
import { createSocket, type RemoteInfo, type Socket } from "node:dgram";
import type { Readable } from "node:stream";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { discover, retransmit, type RetransmitOptions } from "./stun.ts";

/** Where a datagram goes or comes from. */
export interface Endpoint {
  host: string;
  port: number;
}

export interface PeerOptions {
  /** This peer's name at the rendezvous server: 1 to 16 ASCII letters and digits. */
  name: string;
  server: Endpoint;
  stun: Endpoint;
  /** The name to ask the server for; undefined: wait to be introduced. */
  connect: string | undefined;
  /** Where the socket binds. */
  host: string;
  port: number;
  /** The first wait of the retransmit schedule, and how many sends may follow the first. */
  rtoMs: number;
  retries: number;
  /** How often the REGISTER is refreshed, and the longest the peer goes without a datagram from us. */
  keepaliveMs: number;
}

/** What the peer reads and where it writes: the terminal, or a test's streams. */
export interface PeerIo {
  input: Readable;
  print: (line: string) => void;
}

/** `127.0.0.1:7777` */
export function show(endpoint: Endpoint): string {
  return `${endpoint.host}:${endpoint.port}`;
}

/** "127.0.0.1:7777" → { host, port }; undefined for anything else. */
export function parseEndpoint(text: string): Endpoint | undefined {
  const match = /^(\d{1,3}(?:\.\d{1,3}){3}):(\d{1,5})$/.exec(text);
  if (!match) return undefined;
  const port = Number(match[2]);
  return port >= 1 && port <= 65535 ? { host: match[1]!, port } : undefined;
}

function sameEndpoint(rinfo: RemoteInfo, endpoint: Endpoint): boolean {
  return rinfo.address === endpoint.host && rinfo.port === endpoint.port;
}

/** Sends one datagram and resolves once it is handed to the system. */
function sendText(socket: Socket, text: string, to: Endpoint): Promise<void> {
  return new Promise((resolve) => socket.send(text, to.port, to.host, () => resolve()));
}

/**
 * Sends `text` to `to` on the retransmit schedule until a datagram from `to` makes `answer`
 * return something other than undefined, and resolves with that. `answer` may throw (an ERROR
 * from the server): the request then fails with that Error. Without an answer, it rejects with
 * an Error that names `to`. Its listener and timers are gone when it ends.
 */
export function request<T>(socket: Socket, text: string, to: Endpoint, schedule: RetransmitOptions, answer: (reply: string) => T | undefined): Promise<T> {
  // TODO: write request. Read lessons/13-rendezvous.md first; these steps get you there:
  //   1. This is stun.ts's `retransmit(send, listen, options, what)` again, for text: send is
  //      `socket.send(text, to.port, to.host)`; what is a phrase naming `to` ("127.0.0.1:7777").
  //   2. listen(answer, fail) adds a "message" listener and returns the function that removes it.
  //      The listener ignores datagrams whose rinfo.address and rinfo.port are not `to`'s (anyone
  //      may send you anything), gives the text (`message.toString("utf8")`) to the `answer`
  //      callback of this request, and calls answer(value) when it gives a value, fail(error) when
  //      it throws.
  throw new Error("TODO: write request (see lessons/13-rendezvous.md)");
}

/** The `PEER <name> <ip:port>` of a datagram, if it is one. */
export function parsePeer(text: string): { name: string; endpoint: Endpoint } | undefined {
  const match = /^PEER ([A-Za-z0-9]{1,16}) (\S+)$/.exec(text);
  const endpoint = match ? parseEndpoint(match[2]!) : undefined;
  return match && endpoint ? { name: match[1]!, endpoint } : undefined;
}

/**
 * Runs one peer from start to end (the steps at the top of this file): resolves when `io.input`
 * has ended and everything is closed; rejects with an Error naming the address when a step gets
 * no answer, or the server answers ERROR.
 */
export async function runPeer(options: PeerOptions, io: PeerIo): Promise<void> {
  // TODO: write runPeer. Read lessons/13-rendezvous.md first; these steps get you there:
  //   1. One socket: `createSocket("udp4")`, bind it to options.host and options.port (await the
  //      "listening" event). Every step below sends and receives on this socket, never another one.
  //   2. Start reading lines at once (`createInterface({ input: io.input, crlfDelay: Infinity })`):
  //      keep each line in a queue until the peer can be reached, and note when the input ends.
  //   3. `await discover(socket, { host: options.stun.host, port: options.stun.port }, options)` and
  //      print the address it found: that is your public address, the one your NAT gave this socket.
  //   4. `request()` the REGISTER until REGISTERED (an ERROR: throw it), then `setInterval` the same
  //      REGISTER every keepaliveMs. With --connect, `request()` the CONNECT until `parsePeer` gives a
  //      peer (an ERROR: throw an Error that names the server and quotes it); without it, wait for a
  //      PEER from the server's address (or for the input to end: then you are done).
  //   5. Listen to the peer's address: answer "PUNCH …" with "PUNCHED <name>", print "MSG text" as
  //      `[peer] text`. Then `request()` the PUNCH until a PUNCH or PUNCHED comes back: your first
  //      datagram to the peer is what opens the hole in your NAT.
  //   6. Send the queued lines as "MSG text", and every line after that as it comes. Each send to the
  //      peer restarts a keepalive timer of keepaliveMs that sends "KEEPALIVE" when it fires.
  //   7. When the input ends: wait for the last sends, clear every timer and interval, close the
  //      socket. Do that in a `finally`, so an error leaves nothing running either.
  throw new Error("TODO: write runPeer (see lessons/13-rendezvous.md)");
}

function whole(name: string, text: string, low: number, high: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < low || value > high) throw new Error(`--${name} must be a whole number from ${low} to ${high}, not "${text}"`);
  return value;
}

function endpointOption(name: string, text: string): Endpoint {
  const match = /^([^:\s]+):(\d+)$/.exec(text);
  if (!match) throw new Error(`--${name} must be HOST:PORT, such as 127.0.0.1:7777, not "${text}"`);
  return { host: match[1]!, port: whole(`${name} port`, match[2]!, 1, 65535) };
}

export function readOptions(args: string[]): PeerOptions {
  const { values } = parseArgs({
    args,
    options: {
      name: { type: "string" },
      server: { type: "string", default: "127.0.0.1:7777" },
      stun: { type: "string", default: "127.0.0.1:3478" },
      connect: { type: "string" },
      host: { type: "string", default: "127.0.0.1" },
      port: { type: "string", default: "0" },
      "rto-ms": { type: "string", default: "500" },
      retries: { type: "string", default: "4" },
      "keepalive-ms": { type: "string", default: "15000" },
    },
  });
  const name = /^[A-Za-z0-9]{1,16}$/;
  if (values.name === undefined) throw new Error("--name is missing: give this peer a name, e.g. --name ann");
  if (!name.test(values.name)) throw new Error(`--name must be 1 to 16 letters or digits (A-Z, a-z, 0-9), not "${values.name}"`);
  if (values.connect !== undefined && !name.test(values.connect)) throw new Error(`--connect must be 1 to 16 letters or digits, not "${values.connect}"`);
  return {
    name: values.name,
    server: endpointOption("server", values.server),
    stun: endpointOption("stun", values.stun),
    connect: values.connect,
    host: values.host,
    port: whole("port", values.port, 0, 65535),
    rtoMs: whole("rto-ms", values["rto-ms"], 1, 60000),
    retries: whole("retries", values.retries, 0, 10),
    keepaliveMs: whole("keepalive-ms", values["keepalive-ms"], 1, 2 ** 31 - 1),
  };
}

async function main(): Promise<void> {
  try {
    await runPeer(readOptions(process.argv.slice(2)), { input: process.stdin, print: (line) => console.log(line) });
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
    process.stdin.destroy();
  }
}

await main();
