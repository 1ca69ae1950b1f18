// Exercise 13, part 1: a STUN client (RFC 8489). Ask a STUN server "which address do you see me
// at?", the first step of the hybrid model: a peer behind a NAT does not know its own public
// address, but any server it writes to can see it (the source address of the datagram).
//
// One Binding request, one Binding success response, both UDP datagrams:
//   C → S  header only: type 0x0001 (Binding request), length 0, magic cookie 0x2112A442,
//          a 12-byte transaction id you chose at random
//   S → C  type 0x0101 (Binding success response), the same cookie and transaction id, then
//          attributes; XOR-MAPPED-ADDRESS (0x0020) holds the address the server saw you at
// Every message starts with this 20-byte header (numbers are big-endian):
//   0      2      4            8                          20
//   | type | len  | 0x2112A442 |  transaction id (12 B)   | attributes (len bytes) …
// and every attribute is: type (2 bytes), length (2 bytes: the value's length, without padding),
// the value, then zero bytes up to the next multiple of 4.
//
// UDP loses datagrams, so a request that gets no answer is sent again, with the SAME transaction
// id, after rtoMs, then after twice that, four times that, … (`retransmit`, which peer.ts reuses
// for every request it makes).
//
// Run it by hand against this machine's coturn (or the grader's STUN server, or stund):
//   turnserver -n --listening-ip=127.0.0.1 --listening-port=3478 --stun-only --no-cli --no-tls --no-dtls
//   npx tsx exercises/13-rendezvous/stun.ts --server 127.0.0.1:3478
// It prints one line with the address the server saw, `ip:port`, and exits with code 0; with no
// answer it says which server was silent, on stderr, and exits with code 1.
import { randomBytes } from "node:crypto";
import { createSocket, type RemoteInfo, type Socket } from "node:dgram";
import { isIP } from "node:net";
import { parseArgs } from "node:util";

/** Every STUN message since RFC 5389 carries this number at bytes 4–7: it tells STUN from other traffic. */
export const MAGIC_COOKIE = 0x2112a442;
export const BINDING_REQUEST = 0x0001;
export const BINDING_SUCCESS = 0x0101;
export const BINDING_ERROR = 0x0111;
export const MAPPED_ADDRESS = 0x0001;
export const XOR_MAPPED_ADDRESS = 0x0020;
export const ERROR_CODE = 0x0009;
/** The first wait before a request is sent again (RFC 8489 recommends 500 ms). */
export const DEFAULT_RTO_MS = 500;
/** How many times a request is sent again after the first. */
export const DEFAULT_RETRIES = 4;

/** Where a datagram goes, or where one came from. */
export interface Address {
  address: string;
  port: number;
}

/** The retransmit schedule: the first wait, and how many times to send again. */
export interface RetransmitOptions {
  rtoMs: number;
  retries: number;
}

export interface StunOptions extends RetransmitOptions {
  /** The STUN server to ask. */
  server: { host: string; port: number };
  /** The local address and port to bind (0: any free port). */
  host: string;
  port: number;
}

/** `127.0.0.1:3478`. */
export function showAddress(where: { address: string; port: number } | { host: string; port: number }): string {
  const address = "address" in where ? where.address : where.host;
  return isIP(address) === 6 ? `[${address}]:${where.port}` : `${address}:${where.port}`;
}

/**
 * The bytes of a Binding request with this 12-byte transaction id: a 20-byte header and no
 * attributes.
 */
export function bindingRequest(transactionId: Buffer): Buffer {
  // TODO: write bindingRequest. Read lessons/13-rendezvous.md first; these steps get you there:
  //   1. `Buffer.alloc(20)` gives 20 zero bytes.
  //   2. `writeUInt16BE(0x0001, 0)`: the type, Binding request. The length at byte 2 stays 0: no
  //      attributes follow the header.
  //   3. `writeUInt32BE(0x2112a442, 4)`: the magic cookie.
  //   4. `transactionId.copy(buffer, 8)`: the 12 bytes of the id at bytes 8–19. Take the id you are
  //      given; making a fresh one is the caller's job (one per request, the same on a retransmit).
  throw new Error("TODO: write bindingRequest (see lessons/13-rendezvous.md)");
}

/**
 * The mapped address in a Binding success response to the request with `transactionId`, or
 * undefined when `message` is not one: too short, another type, no magic cookie, another
 * transaction id, a length that does not fit, or no (IPv4) mapped address in it. A Binding error
 * response (0x0111) to this request throws an Error quoting its ERROR-CODE: the code and reason.
 */
export function parseBindingResponse(message: Buffer, transactionId: Buffer): Address | undefined {
  // TODO: write parseBindingResponse. Read lessons/13-rendezvous.md first; these steps get you there:
  //   1. Check the header: at least 20 bytes, `readUInt32BE(4)` is the cookie, bytes 8–19 equal
  //      `transactionId` (`message.subarray(8, 20).equals(transactionId)`), and 20 + the length at
  //      byte 2 is not more than the datagram. A datagram that fails any of these is not for you:
  //      return undefined (never throw: anyone can send you anything).
  //   2. Walk the attributes from byte 20: type = readUInt16BE(at), length = readUInt16BE(at + 2),
  //      the value is the `length` bytes after those 4. The next attribute starts after the value
  //      AND its padding: at += 4 + Math.ceil(length / 4) * 4. Skip every type you do not know.
  //   3. XOR-MAPPED-ADDRESS (0x0020): byte 1 of the value is the family (1 = IPv4), bytes 2–3 the
  //      port XOR 0x2112, bytes 4–7 the address XOR 0x2112A442. Undo the XOR (`^`, then `>>> 0` to
  //      keep the number positive) and write the 4 bytes as `a.b.c.d`.
  //      MAPPED-ADDRESS (0x0001) has the same layout without the XOR (old servers send only this).
  //      Keep both; return the XOR one if there was one, else the plain one, in whatever order
  //      they came.
  //   4. If the type is 0x0111 (a Binding error response), read ERROR-CODE (0x0009): byte 2 of the
  //      value is the class (4 for 4xx), byte 3 the number, then a UTF-8 reason phrase. Throw an
  //      Error with class * 100 + number and the reason. Only type 0x0101 is a success.
  throw new Error("TODO: write parseBindingResponse (see lessons/13-rendezvous.md)");
}

/** An IPv4 (MAPPED|XOR-MAPPED)-ADDRESS value: 0, family, port, address. */
function readAddress(value: Buffer, xor: boolean): Address | undefined {
  if (value.length < 8 || value[1] !== 0x01) return undefined;
  const port = value.readUInt16BE(2) ^ (xor ? MAGIC_COOKIE >>> 16 : 0);
  const ip = (value.readUInt32BE(4) ^ (xor ? MAGIC_COOKIE : 0)) >>> 0;
  return { address: [ip >>> 24, (ip >>> 16) & 0xff, (ip >>> 8) & 0xff, ip & 0xff].join("."), port };
}

/**
 * Sends a request on the retransmit schedule until it is answered: `send()` at once, again after
 * rtoMs, after 2·rtoMs more, 4·rtoMs more, … at most `retries` times after the first; after the
 * last send it waits one more doubled interval and rejects with an Error that names `to`.
 * `listen(answer, fail)` starts listening and returns a function that stops it: call `answer`
 * with what came back (the schedule stops, the promise resolves with it) or `fail` with an Error
 * (it stops and rejects). Either way, no timer and no listener is left behind.
 * With rtoMs = 500 and retries = 4: sends at 0, 0.5, 1.5, 3.5 and 7.5 s, gives up at 15.5 s.
 */
export function retransmit<T>(send: () => void, listen: (answer: (value: T) => void, fail: (error: Error) => void) => () => void, options: RetransmitOptions, to: string): Promise<T> {
  // TODO: write retransmit. Read lessons/13-rendezvous.md first; these steps get you there:
  //   1. Return a `new Promise((resolve, reject) => …)`. Inside: `let wait = rtoMs`, `let sent = 0`,
  //      and one `timer` variable.
  //   2. `const tick = () => { … }`: when sent <= retries, send() and count it, then
  //      `timer = setTimeout(tick, wait)` and double `wait`. When sent is already retries + 1, the
  //      last wait is over: stop and reject with an Error that names `to` and says how many times
  //      you asked.
  //   3. `const stop = listen(value => { finish(); resolve(value) }, error => { finish(); reject(error) })`,
  //      where finish() does `clearTimeout(timer)` and `stop()`, once. Then call tick() for the
  //      first send.
  //   4. Why double? When the network is congested, sending faster makes it worse; waiting longer
  //      each time gives it room. Why a limit? A server that is gone must not keep you waiting forever.
  throw new Error("TODO: write retransmit (see lessons/13-rendezvous.md)");
}

/** How long the schedule runs before it gives up: rtoMs · (2^(retries+1) − 1). */
export function totalWaitMs(options: RetransmitOptions): number {
  return options.rtoMs * (2 ** (options.retries + 1) - 1);
}

/**
 * Asks the STUN server `server` for this socket's mapped address: a Binding request with a fresh
 * transaction id, sent on the retransmit schedule; resolves with the first answer that parses.
 * It sends on the caller's socket (never creates or closes one), ignores every datagram that does
 * not parse (another transaction id, another sender, garbage), and removes its listener and its
 * timers when it is done. A Binding error response rejects with its code.
 */
export function discover(socket: Socket, server: { host: string; port: number }, options: RetransmitOptions): Promise<Address> {
  // TODO: write discover. Read lessons/13-rendezvous.md first; these steps get you there:
  //   1. `randomBytes(12)` from node:crypto: a fresh transaction id for this request, and
  //      `bindingRequest(id)` its bytes. Make them once: a retransmit sends the same bytes.
  //   2. `return retransmit(send, listen, options, "the STUN server at host:port")` where send does
  //      `socket.send(request, server.port, server.host)` and listen adds a "message" listener and
  //      returns a function that removes it (`socket.off("message", onMessage)`).
  //   3. In onMessage(message, from): ignore it unless from.address and from.port are the server's.
  //      Then `parseBindingResponse(message, id)` inside try/catch: a result → answer(it); a thrown
  //      error (an error response) → fail(it); undefined → ignore it and keep waiting.
  throw new Error("TODO: write discover (see lessons/13-rendezvous.md)");
}

/** `HOST:PORT` (an IPv4 address) into its parts, or undefined. */
export function parseHostPort(text: string): { host: string; port: number } | undefined {
  const match = /^(\d{1,3}(?:\.\d{1,3}){3}):(\d{1,5})$/.exec(text);
  if (!match || isIP(match[1]!) !== 4) return undefined;
  const port = Number(match[2]);
  return port >= 1 && port <= 65535 ? { host: match[1]!, port } : undefined;
}

/** A whole number from `min` to `max` in option `name`, or an Error naming it and quoting the value. */
function wholeNumber(name: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${text}"`);
  return value;
}

/** Reads --server, --host, --port, --rto-ms and --retries; throws a sentence naming a bad option. */
export function readOptions(args: string[]): StunOptions {
  const { values } = parseArgs({
    args,
    options: {
      server: { type: "string", default: "127.0.0.1:3478" },
      host: { type: "string", default: "127.0.0.1" },
      port: { type: "string", default: "0" },
      "rto-ms": { type: "string", default: String(DEFAULT_RTO_MS) },
      retries: { type: "string", default: String(DEFAULT_RETRIES) },
    },
  });
  const server = parseHostPort(values.server);
  if (!server) throw new Error(`--server must be an IPv4 address and a port such as 127.0.0.1:3478, not "${values.server}"`);
  if (isIP(values.host) !== 4) throw new Error(`--host must be an IPv4 address such as 127.0.0.1, not "${values.host}"`);
  const port = wholeNumber("--port", values.port, 0, 65535);
  const rtoMs = wholeNumber("--rto-ms", values["rto-ms"], 1, 60000);
  const retries = wholeNumber("--retries", values.retries, 0, 10);
  return { server, host: values.host, port, rtoMs, retries };
}

async function main(): Promise<void> {
  let socket: Socket | undefined;
  try {
    const options = readOptions(process.argv.slice(2));
    const bound = createSocket("udp4");
    socket = bound;
    await new Promise<void>((resolve, reject) => {
      bound.once("error", reject);
      bound.bind({ address: options.host, port: options.port }, () => {
        bound.off("error", reject);
        resolve();
      });
    });
    const mapped = await discover(bound, options.server, options);
    console.log(`public address ${showAddress(mapped)}`);
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  } finally {
    socket?.close();
  }
}

// Only when this file is the program (npx tsx …/stun.ts), not when peer.ts imports it for
// discover(): the grader bundles peer.ts and stun.ts into one file, so the test is on the name
// of the program that runs ("stun.ts" by hand, "…-stun.mjs" as the grader builds it).
if (/(^|[\\/-])stun\.(ts|mjs|js)$/.test(process.argv[1] ?? "")) await main();
