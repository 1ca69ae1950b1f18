// Exercise 12, part 4: a BitTorrent peer (BEP 3's peer wire protocol), and the program's command
// line. Two peers talk over one TCP connection: first a 68-byte handshake each way (the same info
// hash, or the connection is closed), then messages, each a 4-byte big-endian length, an id byte
// and a payload. The downloader says "interested", waits for "unchoke", asks for 16 KiB blocks
// with "request", and checks every whole piece against its SHA-1 in the torrent; the seeder
// answers each request with a "piece". TCP cuts the stream wherever it likes: buffer, then take
// whole messages (exercise 05).
//
//   npx tsx exercises/12-bittorrent/peer.ts info FILE.torrent
//   npx tsx exercises/12-bittorrent/peer.ts peers FILE.torrent [--port 6881]
//   npx tsx exercises/12-bittorrent/peer.ts download FILE.torrent -o OUT [--peer HOST:PORT …] [--port 6881] [--timeout-ms 10000]
//   npx tsx exercises/12-bittorrent/peer.ts seed FILE.torrent DIR [--host 127.0.0.1] [--port 6881] [--timeout-ms 10000]
import { createHash, randomBytes } from "node:crypto";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { connect, createServer, isIP, type Socket } from "node:net";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { describeTorrent, parseTorrent, pieceSize, type Torrent } from "./torrent.ts";
import { announce, type Address } from "./tracker.ts";

/** The port a peer says it listens on when --port is not given (BitTorrent's traditional 6881). */
export const DEFAULT_PORT = 6881;

export interface Options {
  command: "info" | "peers" | "download" | "seed";
  torrent: string;
  /** download: the file to write. */
  out?: string;
  /** seed: the folder that holds the file. */
  dir?: string;
  /** seed: the address to listen on. */
  host: string;
  /** The port to listen on (seed; 0: any free one) and to announce. */
  port: number;
  /** download: peers to use instead of asking the tracker. */
  peers: Address[];
  /** The longest one wait may take: a connect, a handshake, the next message of a peer. */
  timeoutMs: number;
}

/** How long one wait may take when --timeout-ms is not given. */
export const DEFAULT_TIMEOUT_MS = 10_000;

const USAGE = "usage: peer.ts info FILE.torrent | peers FILE.torrent [--port N] | download FILE.torrent -o OUT [--peer HOST:PORT …] [--timeout-ms MS] | seed FILE.torrent DIR [--host HOST] [--port N] [--timeout-ms MS]";

function portOf(text: string, what: string): number {
  if (!/^\d+$/.test(text) || Number(text) > 65535) throw new Error(`${what} must be a port number from 0 to 65535, not ${JSON.stringify(text)}`);
  return Number(text);
}

/** `127.0.0.1:6881` as an address. */
function addressOf(text: string): Address {
  const at = text.lastIndexOf(":");
  const address = text.slice(0, at);
  if (at < 0 || isIP(address) !== 4) throw new Error(`--peer must be an IPv4 HOST:PORT, like 127.0.0.1:6881, not ${JSON.stringify(text)}`);
  const port = portOf(text.slice(at + 1), "--peer's port");
  if (port === 0) throw new Error(`--peer's port must be from 1 to 65535, not 0 in ${JSON.stringify(text)}`);
  return { address, port };
}

/** The command line as options; throws an Error naming what is wrong. */
export function readOptions(argv: string[]): Options {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: "string", short: "o" },
      host: { type: "string", default: "127.0.0.1" },
      port: { type: "string", default: String(DEFAULT_PORT) },
      peer: { type: "string", multiple: true, default: [] },
      "timeout-ms": { type: "string", default: String(DEFAULT_TIMEOUT_MS) },
    },
  });
  const [command, torrent, dir, ...extra] = positionals;
  if (command !== "info" && command !== "peers" && command !== "download" && command !== "seed") {
    throw new Error(command === undefined ? USAGE : `unknown command ${JSON.stringify(command)}; ${USAGE}`);
  }
  if (torrent === undefined) throw new Error(`${command} needs a .torrent file; ${USAGE}`);
  if (command === "seed" && dir === undefined) throw new Error(`seed needs the folder that holds the file; ${USAGE}`);
  if ((command !== "seed" && dir !== undefined) || extra.length > 0) throw new Error(`unexpected argument ${JSON.stringify(command === "seed" ? extra[0] : dir)}; ${USAGE}`);
  if (command === "download" && values.out === undefined) throw new Error(`download needs -o OUT, the file to write; ${USAGE}`);
  if (isIP(values.host) === 0) throw new Error(`--host must be an IP address, not ${JSON.stringify(values.host)}`);
  const timeoutMs = values["timeout-ms"];
  if (!/^\d+$/.test(timeoutMs) || Number(timeoutMs) < 1) throw new Error(`--timeout-ms must be a number of milliseconds, at least 1, not ${JSON.stringify(timeoutMs)}`);
  return { command, torrent, out: values.out, dir, host: values.host, port: portOf(values.port, "--port"), peers: values.peer.map(addressOf), timeoutMs: Number(timeoutMs) };
}

/** A peer id: "-AL0001-" and 12 random bytes (Azureus style: client and version, then random). */
export function newPeerId(): Buffer {
  return Buffer.concat([Buffer.from("-AL0001-", "latin1"), randomBytes(12)]);
}

/** The 19 bytes every handshake names its protocol with. */
const PROTOCOL = "BitTorrent protocol";
/** A handshake's length: 1 + 19 + 8 reserved + 20 info hash + 20 peer id. */
export const HANDSHAKE_LENGTH = 68;
/** The largest block a peer asks for, and the largest a seeder serves (BEP 3's custom). */
export const BLOCK_SIZE = 16_384;
/** The longest message accepted: a piece of one block (1 id + 8 + 16384) and some room. */
export const MAX_MESSAGE_LENGTH = BLOCK_SIZE + 13;
/** How many requests a downloader keeps out at once: one at a time costs a round trip a block. */
const PIPELINE = 5;

/** The message ids of BEP 3. */
export const ID = { choke: 0, unchoke: 1, interested: 2, notInterested: 3, have: 4, bitfield: 5, request: 6, piece: 7, cancel: 8 } as const;

/** A message after the handshake: `id` undefined is a keep-alive (length 0, no id). */
export interface Message {
  id: number | undefined;
  payload: Buffer;
}

/**
 * The 68 bytes a connection opens with, on both sides.
 */
export function handshake(infoHash: Buffer, peerId: Buffer): Buffer {
  // TODO: write handshake. Read lessons/12-bittorrent.md first; these steps get you there:
  //   1. One byte 19 (`Buffer.from([19])`, not the text "19"), then "BitTorrent protocol" (19
  //      bytes), then 8 zero bytes (`Buffer.alloc(8)`), the 20-byte info hash, the 20-byte peer id.
  //   2. Buffer.concat the five parts.
  throw new Error("TODO: write handshake (see lessons/12-bittorrent.md)");
}

/** A message's bytes: the 4-byte big-endian length of id and payload, the id, the payload. */
export function message(id: number, payload: Buffer = Buffer.alloc(0)): Buffer {
  const head = Buffer.alloc(5);
  head.writeUInt32BE(1 + payload.length, 0);
  head[4] = id;
  return Buffer.concat([head, payload]);
}

/** Three 4-byte big-endian numbers: the payload of a request (index, begin, length) or a have (one). */
function numbers(...values: number[]): Buffer {
  const bytes = Buffer.alloc(4 * values.length);
  values.forEach((value, at) => bytes.writeUInt32BE(value, 4 * at));
  return bytes;
}

/** Why a handshake is not one of this torrent's, or undefined when it is. */
function handshakeProblem(bytes: Buffer, infoHash: Buffer): string | undefined {
  if (bytes[0] !== PROTOCOL.length || bytes.subarray(1, 20).toString("latin1") !== PROTOCOL) return "that is not a BitTorrent handshake";
  if (!bytes.subarray(28, 48).equals(infoHash)) return `another info hash (${bytes.subarray(28, 48).toString("hex")}): another torrent`;
  return undefined;
}

/**
 * Cuts the bytes of one connection into its handshake and its messages, however TCP delivers
 * them: one byte at a time, or many messages in one chunk (exercise 05's FrameDecoder again).
 */
export class MessageReader {
  /** Bytes received but not yet returned: the start of what comes next. */
  private buffered = Buffer.alloc(0);
  private handshakeTaken = false;

  /**
   * Adds `chunk`; returns the handshake (once, its 68 bytes) and the messages now whole.
   * Throws an Error for a length over MAX_MESSAGE_LENGTH.
   */
  push(chunk: Buffer): { handshake?: Buffer; messages: Message[] } {
    // TODO: write push. Read lessons/12-bittorrent.md first; these steps get you there:
    //   1. Keep the bytes not used yet in one Buffer (`Buffer.concat([this.buffered, chunk])`).
    //   2. Until the handshake is taken: with at least 68 bytes buffered, take them as `handshake`.
    //   3. Then, while at least 4 bytes are buffered: read the length (`readUInt32BE(0)`); over
    //      MAX_MESSAGE_LENGTH, throw an Error (a peer that is not speaking BitTorrent, or lying).
    //      Length 0 is a keep-alive, `{ id: undefined }`. When the whole message is there, take it
    //      (`id` is the byte after the length, the payload the rest); otherwise wait for more.
    //   4. Return what is whole now; keep the rest for the next push.
    throw new Error("TODO: write push (see lessons/12-bittorrent.md)");
  }
}

const sha1 = (bytes: Buffer): Buffer => createHash("sha1").update(bytes).digest();
const describeError = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export interface DownloadOptions {
  out: string;
  peerId: Buffer;
  /** The port announced to the tracker. */
  port: number;
  /** Peers to use instead of asking the tracker. */
  peers: Address[];
  timeoutMs: number;
}

/**
 * Downloads `torrent` into `options.out`: from `options.peers`, or from the peers the tracker
 * names. Every piece is checked against its SHA-1 before it is kept. OUT is written only when
 * the whole file is there: to OUT.part, then renamed, so a failed download never leaves a file
 * that looks complete. Rejects with an Error saying how many pieces are missing and why.
 */
export async function download(torrent: Torrent, options: DownloadOptions): Promise<void> {
  // TODO: write download. Read lessons/12-bittorrent.md first; these steps get you there:
  //   1. The peers: options.peers, or `(await announce(torrent, { …, left: torrent.length, event: "started" }, timeoutMs)).peers`.
  //   2. For each peer, one at a time, until no piece is missing: connect; write your handshake,
  //      alone; push every chunk into a MessageReader. The first 68 bytes are its handshake: 19,
  //      "BitTorrent protocol", and YOUR info hash (then write `interested`), or close and go to the
  //      next peer.
  //   3. Note what it has (bitfield: piece 0 is the high bit of byte 0; have: one index). Ignore
  //      keep-alives and ids you do not know. Send no request before "unchoke"; on "choke", forget
  //      the requests you had out and wait.
  //   4. Keep up to 5 requests out: (index, begin, length), begin a multiple of 16384, length 16384
  //      or what is left of the piece (`pieceSize` gives the last piece's real size).
  //   5. Put each block at its begin. When a piece is whole, compare `sha1(piece)` with
  //      torrent.pieces[index]: equal, keep it and send `have`; not equal, throw it away and drop
  //      this peer (close; try the next). A deadline (setTimeout, timeoutMs) on every wait.
  //   6. When nothing is missing, write OUT.part and rename it to OUT; if peers run out first,
  //      throw an Error naming how many pieces are missing.
  throw new Error("TODO: write download (see lessons/12-bittorrent.md)");
}

export interface SeedOptions {
  dir: string;
  host: string;
  port: number;
  peerId: Buffer;
  timeoutMs: number;
}

/**
 * Serves `torrent` from the file `options.dir/NAME` to every peer that connects, until the
 * program is stopped. Resolves with the address it listens on once it does; rejects before
 * listening when the file is missing or does not match the torrent.
 */
export async function seed(torrent: Torrent, options: SeedOptions): Promise<{ address: string; port: number; close: () => Promise<void> }> {
  // TODO: write seed. Read lessons/12-bittorrent.md first; these steps get you there:
  //   1. Read `join(options.dir, torrent.name)`; check its length and every piece's SHA-1 against
  //      the torrent: an Error naming the file (and the piece) for any difference.
  //   2. `createServer`, listen on options.host and options.port (await "listening"), and read the
  //      real port from `server.address()` (port 0 means any free port).
  //   3. Announce with left: 0 and event "started"; if it fails, console.warn a warning and go on.
  //   4. For each connection, a MessageReader: the first 68 bytes are its handshake; another info
  //      hash, or not 19 "BitTorrent protocol" at all (an encrypted first try): close it. Otherwise
  //      write your handshake and a full bitfield. "interested": write "unchoke". "request": check
  //      index, begin and length (at most 16384, inside the piece), then write the "piece".
  //   5. Anything wrong in one connection (a bad request, a message too long) closes that
  //      connection: catch it, `socket.destroy()`, and keep serving the others.
  throw new Error("TODO: write seed (see lessons/12-bittorrent.md)");
}

async function main(): Promise<void> {
  try {
    const options = readOptions(process.argv.slice(2));
    const torrent = parseTorrent(await readFile(options.torrent));
    const peerId = newPeerId();
    if (options.command === "info") {
      console.log(describeTorrent(torrent));
    } else if (options.command === "peers") {
      const { peers } = await announce(torrent, { peerId, port: options.port, uploaded: 0, downloaded: 0, left: torrent.length, event: "started" });
      for (const peer of peers) console.log(`${peer.address}:${peer.port}`);
    } else if (options.command === "download") {
      await download(torrent, { out: options.out!, peerId, port: options.port, peers: options.peers, timeoutMs: options.timeoutMs });
      console.log(`downloaded ${torrent.name}: ${torrent.length} bytes in ${torrent.pieces.length} pieces, to ${options.out}`);
    } else {
      const where = await seed(torrent, { dir: options.dir!, host: options.host, port: options.port, peerId, timeoutMs: options.timeoutMs });
      console.log(`seeding ${torrent.name} on ${where.address}:${where.port}`);
    }
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

if (/(^|[\\/-])peer\.(ts|mjs|js)$/.test(process.argv[1] ?? "")) await main();
