// Exercise 12's seed checks: the student's `peer.ts seed FILE.torrent DIR --port 0` serves a
// file the grader wrote (33 pieces of 32 KiB, the last one 16,960 bytes: a bitfield whose spare
// bits show, and a last block of 576 bytes) to the grader's scripted leechers
// (graders/peers/bt-leecher.ts), and announces to the grader's tracker (graders/peers/tracker.ts).
// The leechers do what real ones do: ask for every block, pipelined and out of order; open with
// random bytes (aria2's encrypted first try); send their bitfield again and again; ask for a
// block past the end or a 32 KiB one; belong to another torrent. Each bad connection must be
// closed, and the seeder must go on serving every other one. Facts are read from the wire and
// the exit code, never the wording: the port from the first stdout line.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CheckContext, CheckDefinition } from "../../harness/check.ts";
import { CheckFailure } from "../../harness/check.ts";
import { DEADLINES, DeadlineExceeded } from "../../harness/deadline.ts";
import type { StudentProcess } from "../../harness/launch.ts";
import { t } from "../../i18n/index.ts";
import { blocksOf, bytesOf, leecherOn, type Block, type Leecher } from "../../peers/bt-leecher.ts";
import { bitfield, BLOCK, handshake, keepAlive, have, message, MESSAGE, messageName, PROTOCOL, readPiece, request } from "../../peers/bt-wire.ts";
import { makeMetainfo, seededContent, sha1, type Metainfo } from "../../peers/metainfo.ts";
import { refusedTrackerUrl, startTracker, type Tracker } from "../../peers/tracker.ts";
import { connectToServer, describeExit, expectCleanFailure, type StudentServer } from "../expect.ts";

const FILE = "peer.ts";
/** `seed` reads the torrent (bencode.ts, torrent.ts), announces (tracker.ts) and serves (peer.ts). */
const NEEDS = ["decodeAt", "decode", "parseTorrent", "pieceSize", "announceUrl", "parseAnnounce", "announce", "seed"];
const NAME = "payload.bin";
const PIECE_LENGTH = 32 * 1024;
/** 33 pieces: 32 of 32 KiB and one of 16,960 bytes (16,384 and 576), as the lesson's mktorrent example. */
const CONTENT_LENGTH = 32 * PIECE_LENGTH + 16_960;
const PIECES = 33;
const CONTENT_SEED = 1213;
/** The full bitfield of 33 pieces: the 33rd is the high bit of byte 4, the 7 spare bits after it 0. */
const FULL_BITFIELD = Buffer.from([0xff, 0xff, 0xff, 0xff, 0x80]);
/** The piece the wrong file has one byte changed in. */
const BAD_PIECE = 17;
/** Where a seeding line's address is: on the first line of stdout (the spec's regex). */
const ADDRESS = /(\d{1,3}(?:\.\d{1,3}){3}):(\d+)/;

const hexOf = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex").replace(/(..)(?=.)/g, "$1 ");
const showBlock = ({ index, begin, length }: Block) => `(${index}, ${begin}, ${length})`;

let content: Buffer | undefined;
/** The torrent of the checks (the same file every time), its announce URL pointing at `announce`. */
function torrentFor(announce: string): Metainfo {
  content ??= seededContent(CONTENT_LENGTH, CONTENT_SEED);
  return makeMetainfo(content, { announce, name: NAME, pieceLength: PIECE_LENGTH });
}

interface Seeding {
  torrent: Metainfo;
  program: StudentProcess;
  tracker?: Tracker;
}

/**
 * Writes the torrent (announce URL `announce`) and DIR/payload.bin (`file`, or none) into the
 * folder the program may read, and starts `peer.ts seed payload.torrent DIR --port 0`.
 */
async function launchSeed(check: CheckContext, announce: string, file: (torrent: Metainfo) => Buffer | undefined = (torrent) => torrent.content): Promise<Seeding> {
  const torrent = torrentFor(announce);
  const folder = check.containment.givenFolder;
  const dir = join(folder, "seed");
  await check.act(t("write a torrent of {bytes} bytes in {pieces} pieces of 32 KiB (announce URL {url}), and the folder seed/ for your seeder", { bytes: CONTENT_LENGTH, pieces: PIECES, url: announce }), () => {
    writeFileSync(join(folder, "payload.torrent"), torrent.bytes);
    mkdirSync(dir, { recursive: true });
    const bytes = file(torrent);
    if (bytes !== undefined) writeFileSync(join(dir, NAME), bytes);
  });
  const args = ["seed", join(folder, "payload.torrent"), dir, "--port", "0"];
  const program = await check.act(t("run {command}", { command: "peer.ts seed payload.torrent seed --port 0" }), () => check.launch(FILE, args));
  return { torrent, program };
}

/** Starts the grader's tracker (answering with no peers) and the student's seeder on the file, and reads its port. */
async function startSeeding(check: CheckContext): Promise<{ seeding: Seeding; server: StudentServer }> {
  const tracker = await check.act(t("start the grader's tracker, which answers with no peers"), () => startTracker(check, { peers: [] }));
  const seeding = await launchSeed(check, tracker.url);
  seeding.tracker = tracker;
  return { seeding, server: await seederAddress(check, seeding.program) };
}

/** Reads the port from the seeder's first line on stdout: `seeding NAME on HOST:PORT`, in the student's words. */
async function seederAddress(check: CheckContext, program: StudentProcess): Promise<StudentServer> {
  const lines = await check.act(t("wait for your seeder to print the address it listens on"), () =>
    program.waitForStdoutLines((printed) => printed.length > 0, t("your seeder's first line, with the address it listens on"), DEADLINES.ready).catch((error: unknown) => {
      if (!(error instanceof DeadlineExceeded)) throw error;
      return undefined;
    }),
  );
  return check.expect(t("its first line names the address it listens on, 127.0.0.1:PORT"), () => {
    if (lines === undefined) {
      throw new CheckFailure(t("Your seeder printed nothing on stdout in {seconds} s: once it listens, print seeding NAME on HOST:PORT, before anything that may wait (the tracker), so leechers can connect.", { seconds: (DEADLINES.ready / 1000).toFixed(1) }), {
        trouble: "timeout",
      });
    }
    const first = lines[0];
    if (first === undefined) {
      throw new CheckFailure(t("Your seeder {how} before it printed the address it listens on (see its output).", { how: describeExit(program.exit!) }), { trouble: "crash" });
    }
    const match = ADDRESS.exec(first);
    if (!match) {
      throw new CheckFailure(t("Your seeder's first line is {line}: it must name the address it listens on, as seeding {name} on 127.0.0.1:PORT, so peers (and the grader) know where to connect.", { line: JSON.stringify(first), name: NAME }), {
        mismatch: { expected: `seeding ${NAME} on 127.0.0.1:PORT`, observed: first },
      });
    }
    if (Number(match[2]) === 0) {
      throw new CheckFailure(t("Your seeder printed {line} when it was given --port 0: the system chooses the real port only once it listens. Print server.address().port from the listen callback.", { line: JSON.stringify(first) }), {
        trouble: "listening-early",
      });
    }
    return { program, port: Number(match[2]), host: "127.0.0.1" };
  });
}

/** Connects a leecher (`who`, in t()) and sends its handshake, for `infoHash` (the torrent's unless given). */
async function connectLeecher(check: CheckContext, server: StudentServer, torrent: Metainfo, who: string, infoHash: Buffer = torrent.infoHash): Promise<Leecher> {
  return check.act(who, async () => {
    const leecher = leecherOn(check, await connectToServer(check, server));
    await leecher.send(handshake(infoHash, leecher.peerId));
    return leecher;
  });
}

/** Why a connection ended, for a message: the seeder crashed, or closed it. */
function endedHow(server: StudentServer): string {
  return server.program.exit ? t("your seeder {how}", { how: describeExit(server.program.exit) }) : t("your seeder closed the connection");
}

/** The seeder answers the leecher's handshake with its own: 19, the protocol, the same info hash. */
async function expectHandshake(check: CheckContext, server: StudentServer, leecher: Leecher, torrent: Metainfo): Promise<void> {
  const theirs = await check.act(t("read your seeder's handshake"), () => leecher.waitForHandshake().catch((error: unknown) => (error instanceof DeadlineExceeded ? "timeout" : Promise.reject(error))));
  await check.expect(t("its handshake is 19, \"BitTorrent protocol\", 8 reserved bytes, the same info hash and a peer id"), () => {
    if (theirs === "timeout") {
      throw new CheckFailure(t("Your seeder sent no handshake within {seconds} s of the leecher's ({count} bytes came). Read the leecher's 68 bytes, check its info hash, then send your own 68.", { seconds: (DEADLINES.reply / 1000).toFixed(1), count: leecher.conversation.receivedLength }), {
        trouble: "timeout",
      });
    }
    if (theirs === undefined) {
      throw new CheckFailure(t("Before it sent a whole handshake ({count} of 68 bytes), {how}. A leecher with the torrent's info hash is one to serve.", { count: leecher.conversation.receivedLength, how: endedHow(server) }), {
        trouble: server.program.exit ? "crash" : undefined,
      });
    }
    if (theirs.length !== PROTOCOL.length || theirs.protocol.toString("latin1") !== PROTOCOL) {
      throw new CheckFailure(t("Your seeder's handshake starts {start}: it must start with the byte 19 (0x13, not the text \"19\") and the 19 letters of \"BitTorrent protocol\".", { start: hexOf(leecher.conversation.received.subarray(0, 20)) }), {
        mismatch: { expected: hexOf(Buffer.concat([Buffer.of(19), Buffer.from(PROTOCOL, "latin1")])), observed: hexOf(leecher.conversation.received.subarray(0, 20)) },
      });
    }
    if (!theirs.infoHash.equals(torrent.infoHash)) {
      throw new CheckFailure(t("Your seeder's handshake carries the info hash {got}, but the torrent's is {want}: send the 20 bytes of the torrent's info hash, the same the leecher sent.", { got: theirs.infoHash.toString("hex"), want: torrent.infoHash.toString("hex") }), {
        mismatch: { expected: torrent.infoHash.toString("hex"), observed: theirs.infoHash.toString("hex") },
      });
    }
  });
}

/** The seeder's first message is its bitfield: 5 bytes, ff ff ff ff 80. */
async function expectBitfield(check: CheckContext, server: StudentServer, leecher: Leecher): Promise<void> {
  const first = await check.act(t("read your seeder's first message"), () =>
    leecher.waitForMessage((message) => message.id !== undefined, t("your seeder's first message"), DEADLINES.reply).catch((error: unknown) => (error instanceof DeadlineExceeded ? "timeout" : Promise.reject(error))),
  );
  await check.expect(t("its first message is a bitfield of every piece, high bit first, spare bits 0: {bits}", { bits: hexOf(FULL_BITFIELD) }), () => {
    if (first === "timeout") {
      throw new CheckFailure(t("Your seeder sent no message within {seconds} s of its handshake. Right after it, send a bitfield that says you have every piece.", { seconds: (DEADLINES.reply / 1000).toFixed(1) }), { trouble: "timeout" });
    }
    if (first === undefined) {
      throw new CheckFailure(t("After its handshake, {how} without sending a bitfield.", { how: endedHow(server) }), { trouble: server.program.exit ? "crash" : undefined });
    }
    if (first.id !== MESSAGE.bitfield) {
      throw new CheckFailure(t("Your seeder's first message is {name}, not a bitfield: a bitfield may only come first, right after the handshake, and a seeder sends one so the leecher knows it has every piece.", { name: messageName(first.id) }));
    }
    const bits = first.payload;
    const mismatch = { expected: hexOf(FULL_BITFIELD), observed: hexOf(bits) };
    if (bits.length !== FULL_BITFIELD.length) {
      throw new CheckFailure(t("Your seeder's bitfield is {length} bytes; {pieces} pieces need {want}, one bit each, rounded up to whole bytes.", { length: bits.length, pieces: PIECES, want: FULL_BITFIELD.length }), { mismatch });
    }
    if (bits[4] === 0x01) {
      throw new CheckFailure(t("Your seeder's bitfield ends with 01: piece 32 is in the low bit of byte 4. The high bit of each byte is the lowest piece: 0x80 >> (index % 8)."), { mismatch });
    }
    if (bits.subarray(0, 4).every((byte) => byte === 0xff) && (bits[4]! & 0x80) !== 0 && (bits[4]! & 0x7f) !== 0) {
      throw new CheckFailure(t("Your seeder's bitfield sets spare bits after piece 32 ({last}): it says you have pieces that do not exist, and many clients close the connection. The 7 bits after the last piece are 0.", { last: bits[4]!.toString(16).padStart(2, "0") }), { mismatch });
    }
    if (!bits.equals(FULL_BITFIELD)) {
      throw new CheckFailure(t("Your seeder's bitfield is {got}, but a seeder of {pieces} pieces has every one: {want}.", { got: hexOf(bits), pieces: PIECES, want: hexOf(FULL_BITFIELD) }), { mismatch });
    }
  });
}

/**
 * Sends interested (and `then`, in the same write), and expects an unchoke, with no piece before
 * it. An unchoke that came already, before interested, counts: a seeder may unchoke at once.
 */
async function expectUnchoke(check: CheckContext, server: StudentServer, leecher: Leecher, then: Buffer = Buffer.alloc(0)): Promise<void> {
  await check.act(then.length > 0 ? t("send interested, and at once a request for block {block}", { block: showBlock(readRequestOf(then)) }) : t("send interested"), () =>
    leecher.send(Buffer.concat([message(MESSAGE.interested), then])),
  );
  const unchoke = await leecher.waitForMessage((found) => found.id === MESSAGE.unchoke || found.id === MESSAGE.piece, t("an unchoke from your seeder"), DEADLINES.reply).catch((error: unknown) =>
    error instanceof DeadlineExceeded ? ("timeout" as const) : Promise.reject(error),
  );
  await check.expect(t("it answers interested with unchoke, and sends no piece before it"), () => {
    if (unchoke === "timeout") {
      throw new CheckFailure(t("Your seeder did not unchoke the leecher within {seconds} s of its interested. Every connection starts choked: answer interested with unchoke, or the leecher never asks for a block.", { seconds: (DEADLINES.reply / 1000).toFixed(1) }), {
        trouble: "timeout",
      });
    }
    if (unchoke === undefined) {
      throw new CheckFailure(t("After the leecher's interested, {how} without an unchoke.", { how: endedHow(server) }), { trouble: server.program.exit ? "crash" : undefined });
    }
    if (unchoke.id === MESSAGE.piece) {
      throw new CheckFailure(t("Your seeder sent a piece before it sent unchoke: the leecher is choked until then, and a correct one waits for unchoke before it asks. Send unchoke when interested comes."));
    }
  });
}

function readRequestOf(bytes: Buffer): Block {
  return { index: bytes.readUInt32BE(5), begin: bytes.readUInt32BE(9), length: bytes.readUInt32BE(13) };
}

/** A leecher through handshake, bitfield and unchoke. */
async function readyLeecher(check: CheckContext, server: StudentServer, torrent: Metainfo, who: string): Promise<Leecher> {
  const leecher = await connectLeecher(check, server, torrent, who);
  await expectHandshake(check, server, leecher, torrent);
  await expectBitfield(check, server, leecher);
  await expectUnchoke(check, server, leecher);
  return leecher;
}

/** Asks for `blocks` (pipelined, `pipeline` out at a time) and expects each with the file's bytes. */
async function expectBlocks(check: CheckContext, server: StudentServer, leecher: Leecher, torrent: Metainfo, blocks: Block[], pipeline: number, describe: string, options: { alreadyAsked?: number; after?: string } = {}): Promise<void> {
  const { alreadyAsked = 0, after } = options;
  const fetched = await check.act(describe, () => leecher.fetch(blocks, pipeline, DEADLINES.reply, alreadyAsked));
  await check.expect(t("each piece message answers its request with the file's bytes: {count} blocks", { count: blocks.length }), () => {
    for (const block of blocks) {
      const got = fetched.blocks.get(block);
      const want = bytesOf(torrent, block);
      if (got === undefined) continue;
      if (got.equals(want)) continue;
      const at = [...got].findIndex((byte, offset) => byte !== want[offset]);
      const mismatch = { expected: want.subarray(Math.max(0, at - 8), at + 24), observed: got.subarray(Math.max(0, at - 8), at + 24) };
      if (block.begin > 0 && got.equals(bytesOf(torrent, { ...block, begin: 0 }))) {
        throw new CheckFailure(t("Your seeder answered block {block} with the bytes at the start of piece {index}: the block starts begin bytes into the piece, at index × piece length + begin in the file.", { block: showBlock(block), index: block.index }), { mismatch });
      }
      throw new CheckFailure(t("Your seeder's block {block} differs from the file from byte {at} of the block on: a block is the length bytes of the file from index × piece length + begin.", { block: showBlock(block), at }), { mismatch });
    }
    const stray = fetched.strays[0];
    if (stray) {
      const asked = blocks.find((block) => block.index === stray.index && block.begin === stray.begin);
      if (asked && asked.length !== stray.length) {
        throw new CheckFailure(
          t("Your seeder answered the request {block} with {got} bytes: a piece message carries exactly the length asked for ({length}); the last block of the last piece is short, and nothing is padded.", { block: showBlock(asked), got: stray.length, length: asked.length }),
          { mismatch: { expected: String(asked.length), observed: String(stray.length) } },
        );
      }
      throw new CheckFailure(t("Your seeder sent a piece message for {block}, which the leecher did not ask for: answer each request with its own index, begin and length.", { block: showBlock(stray) }));
    }
    const missing = blocks.filter((block) => !fetched.blocks.has(block));
    if (missing.length > 0 && after !== undefined && fetched.stopped === "closed" && !server.program.exit && leecher.garbled === undefined) {
      throw new CheckFailure(t("Your seeder closed the connection after {after}, before it answered {count} of the leecher's requests. Real clients do this (aria2 sends its bitfield again and again): a bitfield, have, not interested or keep-alive after the first needs no answer, and is no reason to close.", { after, count: missing.length }));
    }
    if (missing.length > 0) {
      const how =
        fetched.stopped === "timeout"
          ? t("it sent no piece for {seconds} s", { seconds: (DEADLINES.reply / 1000).toFixed(1) })
          : leecher.garbled !== undefined
            ? t("its bytes could not be read as messages ({error})", { error: leecher.garbled })
            : endedHow(server);
      throw new CheckFailure(t("Your seeder answered {got} of {count} requests, then {how}. First unanswered: {block}.", { got: blocks.length - missing.length, count: blocks.length, how, block: showBlock(missing[0]!) }), {
        trouble: fetched.stopped === "timeout" ? "timeout" : server.program.exit ? "crash" : undefined,
      });
    }
  });
}

/** Every block, in a seeded order that is not the file's (so a seeder that ignores index or begin shows it), with the very last block among the first. */
function shuffledBlocks(torrent: Metainfo): Block[] {
  const blocks = blocksOf(torrent);
  const order = seededContent(blocks.length, 33);
  const shuffled = blocks.map((block, at) => ({ block, key: order[at]! * 1000 + at })).sort((a, b) => a.key - b.key).map(({ block }) => block);
  const last = shuffled.indexOf(blocks.at(-1)!);
  shuffled.splice(last, 1);
  shuffled.splice(2, 0, blocks.at(-1)!);
  return shuffled;
}

/** The last block of the file: piece 32, begin 16384, 576 bytes. */
const lastBlock = (torrent: Metainfo) => blocksOf(torrent).at(-1)!;

/** The leecher's connection is closed, with no piece for `asked` on it; `why` (in t()) says what it did. */
async function expectClosed(check: CheckContext, server: StudentServer, leecher: Leecher, why: string, forbidden: "bitfield" | "piece"): Promise<void> {
  const forbiddenId = forbidden === "bitfield" ? MESSAGE.bitfield : MESSAGE.piece;
  const ending = await check.act(t("wait for your seeder to close the connection"), () => leecher.waitForEnding(DEADLINES.reply, (found) => found.id === forbiddenId));
  await check.expect(t("it closes that connection after {why}", { why }), () => {
    if (forbidden === "bitfield" && leecher.messages.some((found) => found.id === MESSAGE.bitfield)) {
      throw new CheckFailure(t("Your seeder sent a bitfield to a leecher after {why}: compare the handshake's info hash with your torrent's, and close the connection when they differ.", { why }));
    }
    if (forbidden === "piece" && leecher.messages.some((found) => found.id === MESSAGE.piece)) {
      const piece = readPiece(leecher.messages.find((found) => found.id === MESSAGE.piece)!.payload);
      throw new CheckFailure(t("Your seeder answered with a piece message ({index}, {begin}, {length} bytes) after {why}. Check index, begin and length against the piece's size and the 16 KiB limit before you read the file; when they do not fit, close that connection.", { why, index: piece.index, begin: piece.begin, length: piece.block.length }));
    }
    if (ending === undefined) {
      throw new CheckFailure(t("Your seeder kept the connection open for {seconds} s after {why}: close it (socket.destroy()), and go on serving the others.", { why, seconds: (DEADLINES.reply / 1000).toFixed(1) }), { trouble: "timeout" });
    }
  });
}

/** A fresh leecher is served: handshake, bitfield, unchoke, and the file's last block. */
async function expectStillServing(check: CheckContext, server: StudentServer, torrent: Metainfo, who: string): Promise<void> {
  const leecher = await readyLeecher(check, server, torrent, who);
  await expectBlocks(check, server, leecher, torrent, [blocksOf(torrent)[1]!, lastBlock(torrent)], 2, t("ask for 2 blocks"));
}

export const checks: CheckDefinition[] = [
  {
    id: "seed-answers-with-its-handshake-and-bitfield",
    title: t("answers a leecher's handshake with its own (the same info hash) and a bitfield of every piece, high bit first"),
    needs: NEEDS,
    async run(check) {
      const { seeding, server } = await startSeeding(check);
      const leecher = await connectLeecher(check, server, seeding.torrent, t("connect a leecher and send its handshake"));
      await expectHandshake(check, server, leecher, seeding.torrent);
      await expectBitfield(check, server, leecher);
    },
  },
  {
    id: "seed-unchokes-an-interested-leecher",
    title: t("answers interested with unchoke, and sends no piece before it"),
    needs: NEEDS,
    async run(check) {
      const { seeding, server } = await startSeeding(check);
      const { torrent } = seeding;
      const leecher = await connectLeecher(check, server, torrent, t("connect a leecher and send its handshake"));
      await expectHandshake(check, server, leecher, torrent);
      await expectBitfield(check, server, leecher);
      // A leecher in a hurry sends its first request right behind interested: it reaches the
      // seeder once interested is dealt with, so a piece may come, but only after the unchoke.
      const [first, , third] = blocksOf(torrent);
      await expectUnchoke(check, server, leecher, request(first!.index, first!.begin, first!.length));
      await expectBlocks(check, server, leecher, torrent, [first!, third!], 2, t("read the answer to that request, and ask for block {block}", { block: showBlock(third!) }), { alreadyAsked: 1 });
    },
  },
  {
    id: "seed-serves-every-block",
    title: t("serves every block of the file, pipelined and out of order, the last one of 576 bytes"),
    needs: NEEDS,
    async run(check) {
      const { seeding, server } = await startSeeding(check);
      const { torrent } = seeding;
      const leecher = await readyLeecher(check, server, torrent, t("connect a leecher and send its handshake"));
      const blocks = shuffledBlocks(torrent);
      await expectBlocks(check, server, leecher, torrent, blocks, 5, t("ask for all {count} blocks in a shuffled order, 5 requests out at a time", { count: blocks.length }));
    },
  },
  {
    id: "seed-closes-a-leecher-of-another-torrent",
    title: t("closes the connection of a leecher with another info hash, and serves the next one"),
    needs: NEEDS,
    async run(check) {
      const { seeding, server } = await startSeeding(check);
      const { torrent } = seeding;
      const other = sha1(Buffer.from("another torrent, another swarm"));
      const stranger = await connectLeecher(check, server, torrent, t("connect a leecher whose handshake carries another info hash, {hash}", { hash: other.toString("hex") }), other);
      await expectClosed(check, server, stranger, t("a handshake with another info hash"), "bitfield");
      await expectStillServing(check, server, torrent, t("connect a second leecher, of this torrent, and send its handshake"));
    },
  },
  {
    id: "seed-takes-an-encrypted-try-and-repeated-bitfields",
    title: t("closes a connection that opens with random bytes (an encrypted handshake), serves the next, plain one, and takes a bitfield again and again"),
    needs: NEEDS,
    async run(check) {
      const { seeding, server } = await startSeeding(check);
      const { torrent } = seeding;
      // Message Stream Encryption opens with a 96-byte Diffie-Hellman key and random padding: nothing like 19.
      const random = seededContent(96 + 40, 1214);
      if (random[0] === PROTOCOL.length) random[0] = 0x9c;
      const encrypted = await check.act(t("connect a leecher that opens with {count} random bytes, as an encrypted (MSE) handshake does", { count: random.length }), async () => {
        const leecher = leecherOn(check, await connectToServer(check, server));
        await leecher.send(random);
        return leecher;
      });
      await expectClosed(check, server, encrypted, t("random bytes instead of a handshake"), "bitfield");
      const leecher = await connectLeecher(check, server, torrent, t("connect a second leecher, with a plain handshake"));
      await expectHandshake(check, server, leecher, torrent);
      await expectBitfield(check, server, leecher);
      await check.act(t("send an empty bitfield, then a keep-alive"), () => leecher.send(Buffer.concat([bitfield(PIECES, () => false), keepAlive()])));
      await expectUnchoke(check, server, leecher);
      const blocks = blocksOf(torrent);
      await expectBlocks(check, server, leecher, torrent, blocks.slice(0, 2), 2, t("ask for piece 0's 2 blocks"));
      await check.act(t("send have 0 and a bitfield again, then again, as aria2 does"), () =>
        leecher.send(Buffer.concat([have(0), bitfield(PIECES, (index) => index === 0), keepAlive(), bitfield(PIECES, (index) => index === 0), message(MESSAGE.notInterested), message(MESSAGE.interested)])),
      );
      await expectBlocks(check, server, leecher, torrent, blocks.slice(2, 6), 4, t("ask for 4 more blocks"), { after: t("have 0, a second and a third bitfield, not interested and interested") });
    },
  },
  {
    id: "seed-closes-a-leecher-that-asks-too-much",
    title: t("closes the connection of a leecher that asks past the end, for 0 bytes or for more than 16 KiB, or announces a huge message, and goes on serving the others"),
    needs: NEEDS,
    async run(check) {
      const { seeding, server } = await startSeeding(check);
      const { torrent } = seeding;
      const honest = await readyLeecher(check, server, torrent, t("connect a leecher and send its handshake"));
      const bad: [Block, string][] = [
        [{ index: PIECES, begin: 0, length: BLOCK }, t("a request for piece {index}, which does not exist (the last is {last})", { index: PIECES, last: PIECES - 1 })],
        [{ index: PIECES - 1, begin: BLOCK, length: BLOCK }, t("a request past the end of the last piece ({size} bytes)", { size: CONTENT_LENGTH - (PIECES - 1) * PIECE_LENGTH })],
        [{ index: 1, begin: 0, length: 2 * BLOCK }, t("a request for 32 KiB, more than 16 KiB")],
        [{ index: 2, begin: 0, length: 0 }, t("a request for 0 bytes")],
      ];
      // A message whose length says 1 MiB, far over a block's 16 KiB + 13: a reader that waits for it all keeps the connection for ever.
      const huge = Buffer.alloc(4 + 1 + 12);
      huge.writeUInt32BE(2 ** 20, 0);
      huge[4] = MESSAGE.piece;
      const cases: [string, Buffer, string][] = [
        ...bad.map(([block, why]): [string, Buffer, string] => [t("send request {block}", { block: showBlock(block) }), request(block.index, block.begin, block.length), why]),
        [t("send the first 17 bytes of a message whose length says {length} bytes", { length: 2 ** 20 }), huge, t("a message announced as {length} bytes, more than 16 KiB + 13", { length: 2 ** 20 })],
      ];
      for (const [send, bytes, why] of cases) {
        const leecher = await readyLeecher(check, server, torrent, t("connect another leecher, which will send {why}", { why }));
        await check.act(send, () => leecher.send(bytes));
        await expectClosed(check, server, leecher, why, "piece");
        // The first leecher waits meanwhile: a keep-alive says it is still there.
        await honest.send(keepAlive());
      }
      await expectBlocks(check, server, honest, torrent, [blocksOf(torrent)[4]!, lastBlock(torrent)], 2, t("ask for 2 blocks on the first leecher's connection, still open"));
      await expectStillServing(check, server, torrent, t("connect one more leecher and send its handshake"));
    },
  },
  {
    id: "seed-announces-left-zero",
    title: t("announces to the tracker as a seeder: the info hash, left=0, event=started and the port it really listens on"),
    needs: NEEDS,
    async run(check) {
      const { seeding, server } = await startSeeding(check);
      const tracker = seeding.tracker!;
      await check.act(t("wait for your seeder's announce"), () =>
        Promise.race([tracker.whenAnnounces(1, DEADLINES.ready), seeding.program.waitForExit(DEADLINES.ready)]).catch((error: unknown) => {
          if (!(error instanceof DeadlineExceeded)) throw error;
        }),
      );
      await check.expect(t("it announces with the torrent's info hash, left=0, event=started and the port it listens on, {port}", { port: server.port }), () => {
        const announce = tracker.announces[0];
        if (!announce) {
          throw new CheckFailure(t("Your seeder sent no announce to the tracker at {url} in {seconds} s: once it listens, announce with left=0, so the tracker hands it to leechers.", { url: tracker.url, seconds: (DEADLINES.ready / 1000).toFixed(1) }), {
            trouble: seeding.program.exit ? "crash" : "timeout",
          });
        }
        if (!announce.infoHash?.equals(seeding.torrent.infoHash)) {
          throw new CheckFailure(t("Your seeder's announce carries the info hash {got}, not the torrent's {want}: percent-encode its 20 raw bytes, as the peers command does.", { got: announce.infoHash?.toString("hex") ?? t("(none)"), want: seeding.torrent.infoHash.toString("hex") }), {
            mismatch: { expected: seeding.torrent.infoHash.toString("hex"), observed: announce.infoHash?.toString("hex") ?? "" },
          });
        }
        const left = announce.field("left")?.toString("latin1");
        if (announce.left !== 0) {
          throw new CheckFailure(t("Your seeder announces left={left}: a seeder has the whole file, so nothing is left. Announce left=0, or the tracker takes you for a leecher and may never hand you to one.", { left: left ?? t("(none)") }), {
            mismatch: { expected: "0", observed: left ?? "" },
          });
        }
        const port = announce.field("port")?.toString("latin1");
        if (announce.port !== server.port) {
          throw new CheckFailure(t("Your seeder announces port={sent}, but it listens on {port}: announce the port the system gave the server (server.address().port), not the --port it was given, 0.", { sent: port ?? t("(none)"), port: server.port }), {
            mismatch: { expected: String(server.port), observed: port ?? "" },
          });
        }
        const event = announce.event;
        if (event !== "started") {
          throw new CheckFailure(t("Your seeder's first announce says event={event}: the first announce of a peer says event=started.", { event: event ?? t("(none)") }), { mismatch: { expected: "started", observed: event ?? "" } });
        }
      });
    },
  },
  {
    id: "seed-serves-without-a-tracker",
    title: t("a tracker nobody listens on is a warning naming it, and the seeder still serves"),
    needs: NEEDS,
    async run(check) {
      const url = await check.act(t("find a port on 127.0.0.1 where nothing listens"), () => refusedTrackerUrl());
      const seeding = await launchSeed(check, url);
      const server = await seederAddress(check, seeding.program);
      await expectStillServing(check, server, seeding.torrent, t("connect a leecher and send its handshake"));
      const host = new URL(url).host;
      await check.act(t("wait for your seeder's warning"), () =>
        seeding.program.waitForLine(new RegExp(host.replace(/\./g, "\\.")), t("a warning that names the tracker"), DEADLINES.ready, "stderr").catch((error: unknown) => {
          if (!(error instanceof DeadlineExceeded)) throw error;
        }),
      );
      await check.expect(t("it warns on stderr about the tracker at {host}, and keeps running", { host }), () => {
        if (seeding.program.exit) {
          throw new CheckFailure(t("Your seeder {how} after the tracker refused the connection: a tracker that cannot be reached is a warning, not the end; leechers given your address by hand can still connect.", { how: describeExit(seeding.program.exit) }), {
            trouble: "crash",
          });
        }
        if (!seeding.program.stderr.includes(host)) {
          throw new CheckFailure(t("Your seeder printed no warning on stderr naming the tracker {host}, which refused the connection: say which tracker could not be reached (and go on serving).", { host }));
        }
      });
    },
  },
  {
    id: "seed-refuses-a-wrong-file",
    title: t("refuses to seed a missing file or one with a wrong piece: a clear message, exit code 1, and no listening"),
    needs: NEEDS,
    async run(check) {
      const tracker = await check.act(t("start the grader's tracker, which answers with no peers"), () => startTracker(check, { peers: [] }));
      const runs: [string, (torrent: Metainfo) => Buffer | undefined, { text: string; what: string }][] = [
        [t("no {name} in the folder", { name: NAME }), () => undefined, { text: NAME, what: t("the file") }],
        [
          t("a {name} whose piece {index} has one byte changed", { name: NAME, index: BAD_PIECE }),
          (torrent) => {
            const bytes = Buffer.from(torrent.content);
            bytes[BAD_PIECE * PIECE_LENGTH + 1000]! ^= 0x20;
            return bytes;
          },
          { text: String(BAD_PIECE), what: t("the piece") },
        ],
      ];
      for (const [what, file, mention] of runs) {
        const seeding = await launchSeed(check, tracker.url, file);
        await check.act(t("wait for your program to print its message"), () =>
          seeding.program.waitForOutput(DEADLINES.ready, t("your program to print its message")).catch((error: unknown) => {
            if (!(error instanceof DeadlineExceeded)) throw error;
          }),
        );
        await check.expect(t("it does not start seeding {what}", { what }), async () => {
          await seeding.program.waitForExit(2_000).catch(() => undefined);
          const line = seeding.program.stdout.split("\n").find((printed) => ADDRESS.test(printed));
          if (line !== undefined && !seeding.program.exit) {
            throw new CheckFailure(t("Your seeder printed {line} and serves {what}: check the file before you listen (its length, then every piece's SHA-1 against the torrent). Never serve bytes you cannot vouch for.", { line: JSON.stringify(line), what }));
          }
        });
        await expectCleanFailure(check, seeding.program, what, { mentions: [mention] });
      }
    },
  },
];
