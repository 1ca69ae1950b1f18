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
 *
 * @exercise
 * 1. One byte 19 (`Buffer.from([19])`, not the text "19"), then "BitTorrent protocol" (19
 *    bytes), then 8 zero bytes (`Buffer.alloc(8)`), the 20-byte info hash, the 20-byte peer id.
 * 2. Buffer.concat the five parts.
 */
export function handshake(infoHash: Buffer, peerId: Buffer): Buffer {
  return Buffer.concat([Buffer.from([PROTOCOL.length]), Buffer.from(PROTOCOL, "latin1"), Buffer.alloc(8), infoHash, peerId]);
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
   *
   * @exercise
   * 1. Keep the bytes not used yet in one Buffer (`Buffer.concat([this.buffered, chunk])`).
   * 2. Until the handshake is taken: with at least 68 bytes buffered, take them as `handshake`.
   * 3. Then, while at least 4 bytes are buffered: read the length (`readUInt32BE(0)`); over
   *    MAX_MESSAGE_LENGTH, throw an Error (a peer that is not speaking BitTorrent, or lying).
   *    Length 0 is a keep-alive, `{ id: undefined }`. When the whole message is there, take it
   *    (`id` is the byte after the length, the payload the rest); otherwise wait for more.
   * 4. Return what is whole now; keep the rest for the next push.
   */
  push(chunk: Buffer): { handshake?: Buffer; messages: Message[] } {
    this.buffered = Buffer.concat([this.buffered, chunk]);
    const result: { handshake?: Buffer; messages: Message[] } = { messages: [] };
    if (!this.handshakeTaken) {
      if (this.buffered.length < HANDSHAKE_LENGTH) return result;
      result.handshake = this.buffered.subarray(0, HANDSHAKE_LENGTH);
      this.buffered = this.buffered.subarray(HANDSHAKE_LENGTH);
      this.handshakeTaken = true;
    }
    while (this.buffered.length >= 4) {
      const length = this.buffered.readUInt32BE(0);
      if (length > MAX_MESSAGE_LENGTH) throw new Error(`a message of ${length} bytes was announced, more than the ${MAX_MESSAGE_LENGTH} a block needs`);
      if (this.buffered.length < 4 + length) break;
      const body = this.buffered.subarray(4, 4 + length);
      result.messages.push(length === 0 ? { id: undefined, payload: Buffer.alloc(0) } : { id: body[0], payload: body.subarray(1) });
      this.buffered = this.buffered.subarray(4 + length);
    }
    return result;
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
 *
 * @exercise
 * 1. The peers: options.peers, or `(await announce(torrent, { …, left: torrent.length, event: "started" }, timeoutMs)).peers`.
 * 2. For each peer, one at a time, until no piece is missing: connect; write your handshake,
 *    alone; push every chunk into a MessageReader. The first 68 bytes are its handshake: 19,
 *    "BitTorrent protocol", and YOUR info hash (then write `interested`), or close and go to the
 *    next peer.
 * 3. Note what it has (bitfield: piece 0 is the high bit of byte 0; have: one index). Ignore
 *    keep-alives and ids you do not know. Send no request before "unchoke"; on "choke", forget
 *    the requests you had out and wait.
 * 4. Keep up to 5 requests out: (index, begin, length), begin a multiple of 16384, length 16384
 *    or what is left of the piece (`pieceSize` gives the last piece's real size).
 * 5. Put each block at its begin. When a piece is whole, compare `sha1(piece)` with
 *    torrent.pieces[index]: equal, keep it and send `have`; not equal, throw it away and drop
 *    this peer (close; try the next). A deadline (setTimeout, timeoutMs) on every wait.
 * 6. When nothing is missing, write OUT.part and rename it to OUT; if peers run out first,
 *    throw an Error naming how many pieces are missing.
 */
export async function download(torrent: Torrent, options: DownloadOptions): Promise<void> {
  const count = torrent.pieces.length;
  const peers =
    options.peers.length > 0
      ? options.peers
      : (await announce(torrent, { peerId: options.peerId, port: options.port, uploaded: 0, downloaded: 0, left: torrent.length, event: "started" }, options.timeoutMs)).peers;
  /** The checked pieces so far, each kept only once its SHA-1 matched. */
  const pieces: (Buffer | undefined)[] = new Array(count).fill(undefined);
  /**
   * Fetches from `peer` every piece it has and that is still missing, checking each.
   * Resolves when nothing is missing; rejects (and closes the connection) when the peer refuses,
   * answers another info hash, goes silent for timeoutMs, sends a piece whose hash is wrong, or
   * closes with pieces still missing. Checked pieces stay in `pieces` either way.
   */
  function fetchFrom(peer: Address): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const socket = connect({ host: peer.address, port: peer.port });
      const reader = new MessageReader();
      const has: boolean[] = new Array(count).fill(false);
      let heardWhatItHas = false;
      let choked = true;
      /** The blocks asked for and not yet answered, by "index:begin". */
      const outstanding = new Set<string>();
      /** The pieces under way: their bytes so far and the begins still to come. */
      const underWay = new Map<number, { bytes: Buffer; missing: Set<number> }>();
      let done = false;
      let timer = setTimeout(() => {}, 0);
      const finish = (error?: Error) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        socket.destroy();
        if (error) reject(error);
        else resolve();
      };
      const quiet = () => {
        clearTimeout(timer);
        timer = setTimeout(() => finish(new Error(`nothing came for ${options.timeoutMs} ms`)), options.timeoutMs);
      };
      const missing = () => pieces.filter((piece) => piece === undefined).length;

      /** The next block worth asking for: of a piece the peer has, not checked, not asked for. */
      const nextBlock = (): { index: number; begin: number; length: number } | undefined => {
        for (let index = 0; index < count; index++) {
          if (pieces[index] || !has[index]) continue;
          const size = pieceSize(torrent, index);
          for (let begin = 0; begin < size; begin += BLOCK_SIZE) {
            const got = underWay.get(index);
            if (got && !got.missing.has(begin)) continue;
            if (outstanding.has(`${index}:${begin}`)) continue;
            return { index, begin, length: Math.min(BLOCK_SIZE, size - begin) };
          }
        }
        return undefined;
      };
      const askForMore = () => {
        while (!choked && outstanding.size < PIPELINE) {
          const block = nextBlock();
          if (!block) break;
          outstanding.add(`${block.index}:${block.begin}`);
          socket.write(message(ID.request, numbers(block.index, block.begin, block.length)));
        }
        if (missing() === 0) finish();
        else if (!choked && heardWhatItHas && outstanding.size === 0) finish(new Error(`it has none of the ${missing()} pieces still missing`));
      };
      const takeBlock = (payload: Buffer) => {
        const index = payload.readUInt32BE(0);
        const begin = payload.readUInt32BE(4);
        const block = payload.subarray(8);
        if (!outstanding.delete(`${index}:${begin}`)) return; // not asked for (or asked before a choke)
        const size = pieceSize(torrent, index);
        if (block.length !== Math.min(BLOCK_SIZE, size - begin)) throw new Error(`its block ${index}:${begin} is ${block.length} bytes, not the ${Math.min(BLOCK_SIZE, size - begin)} asked for`);
        let piece = underWay.get(index);
        if (!piece) {
          piece = { bytes: Buffer.alloc(size), missing: new Set(Array.from({ length: Math.ceil(size / BLOCK_SIZE) }, (_, at) => at * BLOCK_SIZE)) };
          underWay.set(index, piece);
        }
        block.copy(piece.bytes, begin);
        piece.missing.delete(begin);
        if (piece.missing.size > 0) return;
        underWay.delete(index);
        // The only proof a piece is right: its SHA-1 against the torrent's. A wrong one is thrown away whole.
        if (!sha1(piece.bytes).equals(torrent.pieces[index]!)) throw new Error(`its piece ${index} does not match the torrent's hash: dropped it`);
        pieces[index] = piece.bytes;
        socket.write(message(ID.have, numbers(index)));
      };
      const take = ({ id, payload }: Message) => {
        if (id === ID.choke) {
          choked = true;
          outstanding.clear(); // these may never be answered now: ask again after the next unchoke
        } else if (id === ID.unchoke) {
          choked = false;
        } else if (id === ID.have) {
          const index = payload.readUInt32BE(0);
          if (index < count) has[index] = true;
          heardWhatItHas = true;
        } else if (id === ID.bitfield) {
          // Piece 0 is the high bit of the first byte. A bitfield sent again replaces the last.
          for (let index = 0; index < count; index++) has[index] = ((payload[index >> 3] ?? 0) & (0x80 >> (index & 7))) !== 0;
          heardWhatItHas = true;
        } else if (id === ID.piece) {
          takeBlock(payload);
        } // keep-alives, interested, requests, cancels and ids we do not know: nothing to do
      };

      quiet();
      // The handshake goes alone: aria2 drops a connection whose handshake comes with more bytes.
      socket.on("connect", () => socket.write(handshake(torrent.infoHash, options.peerId)));
      socket.on("data", (chunk: Buffer) => {
        try {
          quiet();
          const { handshake: theirs, messages } = reader.push(chunk);
          if (theirs) {
            const problem = handshakeProblem(theirs, torrent.infoHash);
            if (problem) throw new Error(`its handshake says ${problem}`);
            socket.write(message(ID.interested));
          }
          for (const each of messages) take(each);
          askForMore();
        } catch (error) {
          finish(error instanceof Error ? error : new Error(String(error)));
        }
      });
      socket.on("error", (error) => finish(error));
      socket.on("close", () => finish(new Error(`it closed the connection with ${missing()} pieces still missing`)));
    });
  }

  const problems: string[] = [];
  for (const peer of peers) {
    if (pieces.every((piece) => piece !== undefined)) break;
    try {
      await fetchFrom(peer);
    } catch (error) {
      problems.push(`${peer.address}:${peer.port}: ${describeError(error)}`);
    }
  }
  const missing = pieces.filter((piece) => piece === undefined).length;
  if (missing > 0) {
    const why = peers.length === 0 ? "the tracker named no peers" : problems.join("; ");
    throw new Error(`${missing} of ${count} pieces still missing after ${peers.length} peer(s), so ${options.out} was not written (${why})`);
  }
  const part = `${options.out}.part`;
  try {
    await writeFile(part, Buffer.concat(pieces as Buffer[]));
    await rename(part, options.out);
  } catch (error) {
    await rm(part, { force: true });
    throw new Error(`could not write ${options.out}: ${describeError(error)}`);
  }
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
 *
 * @exercise
 * 1. Read `join(options.dir, torrent.name)`; check its length and every piece's SHA-1 against
 *    the torrent: an Error naming the file (and the piece) for any difference.
 * 2. `createServer`, listen on options.host and options.port (await "listening"), and read the
 *    real port from `server.address()` (port 0 means any free port).
 * 3. Announce with left: 0 and event "started"; if it fails, console.warn a warning and go on.
 * 4. For each connection, a MessageReader: the first 68 bytes are its handshake; another info
 *    hash, or not 19 "BitTorrent protocol" at all (an encrypted first try): close it. Otherwise
 *    write your handshake and a full bitfield. "interested": write "unchoke". "request": check
 *    index, begin and length (at most 16384, inside the piece), then write the "piece".
 * 5. Anything wrong in one connection (a bad request, a message too long) closes that
 *    connection: catch it, `socket.destroy()`, and keep serving the others.
 */
export async function seed(torrent: Torrent, options: SeedOptions): Promise<{ address: string; port: number; close: () => Promise<void> }> {
  const path = join(options.dir, torrent.name);
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (error) {
    throw new Error(`cannot read ${path}, the file to seed: ${describeError(error)}`);
  }
  if (data.length !== torrent.length) throw new Error(`${path} is ${data.length} bytes, but the torrent says ${torrent.length}: not the torrent's file`);
  torrent.pieces.forEach((hash, index) => {
    const at = index * torrent.pieceLength;
    if (!sha1(data.subarray(at, at + pieceSize(torrent, index))).equals(hash)) throw new Error(`piece ${index} of ${path} does not match the torrent's hash: not the torrent's file`);
  });
  /** The bitfield of a seeder: every piece, piece 0 the high bit of byte 0, spare bits 0. */
  function fullBitfield(): Buffer {
    const count = torrent.pieces.length;
    const bits = Buffer.alloc(Math.ceil(count / 8));
    for (let index = 0; index < count; index++) bits[index >> 3]! |= 0x80 >> (index & 7);
    return bits;
  }

  /** Why a request cannot be served, or undefined when it can. */
  function requestProblem(index: number, begin: number, length: number): string | undefined {
    if (index >= torrent.pieces.length) return `piece ${index} does not exist (the torrent has ${torrent.pieces.length})`;
    if (length === 0 || length > BLOCK_SIZE) return `a block of ${length} bytes (at most ${BLOCK_SIZE})`;
    if (begin + length > pieceSize(torrent, index)) return `bytes ${begin}–${begin + length} of piece ${index}, which has ${pieceSize(torrent, index)}`;
    return undefined;
  }

  /** Serves one leecher; whatever it does wrong closes its connection and nothing else. */
  function serve(socket: Socket): void {
    const reader = new MessageReader();
    let choking = true;
    const timer = setTimeout(() => socket.destroy(), options.timeoutMs); // no handshake in time
    socket.on("error", () => {}); // one peer's reset is its own affair
    socket.on("close", () => clearTimeout(timer));
    socket.on("data", (chunk: Buffer) => {
      try {
        const { handshake: theirs, messages } = reader.push(chunk);
        if (theirs) {
          clearTimeout(timer);
          if (handshakeProblem(theirs, torrent.infoHash)) return socket.destroy();
          socket.write(Buffer.concat([handshake(torrent.infoHash, options.peerId), message(ID.bitfield, fullBitfield())]));
        }
        for (const { id, payload } of messages) {
          if (id === ID.interested && choking) {
            choking = false;
            socket.write(message(ID.unchoke));
          } else if (id === ID.request && !choking) {
            const [index, begin, length] = [payload.readUInt32BE(0), payload.readUInt32BE(4), payload.readUInt32BE(8)];
            if (requestProblem(index, begin, length)) return socket.destroy();
            const at = index * torrent.pieceLength + begin;
            socket.write(message(ID.piece, Buffer.concat([numbers(index, begin), data.subarray(at, at + length)])));
          } // have, bitfield (aria2 sends it again and again), not interested, cancel, keep-alives: nothing to do
        }
      } catch {
        socket.destroy(); // a message too long or cut wrong: this connection's problem only
      }
    });
  }

  const server = createServer(serve);
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error) => reject(new Error(`cannot listen on ${options.host}:${options.port}: ${error.message}`)));
    server.listen(options.port, options.host, resolve);
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  announce(torrent, { peerId: options.peerId, port, uploaded: 0, downloaded: 0, left: 0, event: "started" }, options.timeoutMs).catch((error: unknown) =>
    console.warn(`warning: ${describeError(error)}; peers given by hand can still connect`),
  );
  return { address: options.host, port, close: () => new Promise((resolve) => server.close(() => resolve())) };
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
