// Exercise 12, part 2: the metainfo (.torrent) file, BEP 3. It is one bencoded dictionary:
//   announce  the tracker's URL
//   info      a dictionary describing the file:
//     name          the file's name
//     length        its size in bytes (a single-file torrent; "files" instead means many files,
//                   which this exercise does not download)
//     piece length  the size of every piece but the last, which is what is left
//     pieces        the 20-byte SHA-1 hash of every piece, back to back, as one byte string
// The swarm names a torrent by its INFO HASH: the SHA-1 of the info dictionary's bytes exactly
// as they stand in the file. Never re-encode the dictionary to hash it: a file whose keys are
// not sorted, or that holds a key your encoder drops or writes differently, would get another
// hash, and every tracker and peer would take you for a stranger.
import { createHash } from "node:crypto";
import { decodeAt, type Bencode, type BencodeDictionary } from "./bencode.ts";

/** What a single-file torrent says. */
export interface Torrent {
  announce: string;
  name: string;
  length: number;
  pieceLength: number;
  /** The SHA-1 of each piece, 20 bytes each, in order. */
  pieces: Buffer[];
  /** The SHA-1 of the raw bytes of the info dictionary: the torrent's name in the swarm. */
  infoHash: Buffer;
}

function isDictionary(value: Bencode | undefined): value is BencodeDictionary {
  return typeof value === "object" && !Buffer.isBuffer(value) && !Array.isArray(value);
}

function text(dictionary: BencodeDictionary, key: string, where: string): string {
  const value = dictionary[key];
  if (!Buffer.isBuffer(value)) throw new Error(`the torrent's ${where} has no "${key}" string`);
  return value.toString("utf8");
}

function count(dictionary: BencodeDictionary, key: string, where: string, least: number): number {
  const value = dictionary[key];
  if (typeof value !== "number") throw new Error(`the torrent's ${where} has no "${key}" number`);
  if (value < least) throw new Error(`the torrent's "${key}" is ${value}: it must be at least ${least}`);
  return value;
}

/**
 * The torrent a .torrent file holds. Throws an Error saying what is missing or wrong: not
 * bencode, no "announce", no "info", a multi-file torrent, "pieces" not a multiple of 20 bytes,
 * or a number of pieces that does not fit "length" and "piece length".
 *
 * @exercise
 * 1. The file is one dictionary: walk its keys yourself with `decodeAt` (key at `at`, value at
 *    the key's end), and when the key is "info", remember the value's start and end offsets.
 *    Nothing may follow the dictionary's closing "e".
 * 2. `infoHash = createHash("sha1").update(data.subarray(start, end)).digest()`: the hash of
 *    the bytes as they stand in the file, never of `encode(info)`.
 * 3. Read announce, name, length and "piece length" (a key with a space), with a clear Error
 *    for each that is missing. A dictionary with "files" is a multi-file torrent: refuse it.
 * 4. Cut "pieces" into 20-byte Buffers (`subarray(i * 20, i * 20 + 20)`). Check the count:
 *    Math.ceil(length / pieceLength) pieces, no more and no less.
 */
export function parseTorrent(data: Uint8Array): Torrent {
  if (data[0] !== 0x64) throw new Error("a .torrent file is one bencoded dictionary, and this one does not start with \"d\"");
  const top: BencodeDictionary = Object.create(null) as BencodeDictionary;
  let info: { start: number; end: number } | undefined;
  let at = 1;
  while (data[at] !== 0x65) {
    if (at >= data.length) throw new Error("the torrent's dictionary never ends (no \"e\")");
    const key = decodeAt(data, at);
    if (!Buffer.isBuffer(key.value)) throw new Error(`bad bencode at byte ${at}: a dictionary key is not a string`);
    const value = decodeAt(data, key.end);
    const name = key.value.toString("latin1");
    top[name] = value.value;
    if (name === "info") info = { start: key.end, end: value.end };
    at = value.end;
  }
  if (at + 1 !== data.length) throw new Error(`bad bencode at byte ${at + 1}: ${data.length - at - 1} bytes follow the torrent's dictionary`);
  const announce = text(top, "announce", "dictionary");
  const dictionary = top.info;
  if (info === undefined || !isDictionary(dictionary)) throw new Error("the torrent has no \"info\" dictionary");
  if (dictionary.files !== undefined) throw new Error("this is a torrent of several files (its info has \"files\"): this exercise downloads single-file torrents");
  const name = text(dictionary, "name", "info");
  const length = count(dictionary, "length", "info", 0);
  const pieceLength = count(dictionary, "piece length", "info", 1);
  const hashes = dictionary.pieces;
  if (!Buffer.isBuffer(hashes)) throw new Error("the torrent's info has no \"pieces\" string");
  if (hashes.length % 20 !== 0) throw new Error(`the torrent's "pieces" is ${hashes.length} bytes long: it must be 20 bytes (one SHA-1) a piece`);
  const pieces: Buffer[] = [];
  for (let index = 0; index * 20 < hashes.length; index += 1) pieces.push(hashes.subarray(index * 20, index * 20 + 20));
  const expected = Math.ceil(length / pieceLength);
  if (pieces.length !== expected) {
    throw new Error(`the torrent has ${pieces.length} piece hashes, but a file of ${length} bytes in pieces of ${pieceLength} has ${expected} pieces`);
  }
  const infoHash = createHash("sha1").update(data.subarray(info.start, info.end)).digest();
  return { announce, name, length, pieceLength, pieces, infoHash };
}

/**
 * The size in bytes of piece `index`: "piece length" for every piece but the last, which holds
 * what is left of the file.
 *
 * @exercise
 * 1. The last piece is `pieces.length - 1`; its size is `length - index * pieceLength`.
 * 2. Every other piece is `pieceLength`. A file whose length is an exact multiple has a full
 *    last piece: the formula above gives that too.
 */
export function pieceSize(torrent: Torrent, index: number): number {
  if (!Number.isInteger(index) || index < 0 || index >= torrent.pieces.length) {
    throw new RangeError(`there is no piece ${index}: the torrent has pieces 0 to ${torrent.pieces.length - 1}`);
  }
  return index === torrent.pieces.length - 1 ? torrent.length - index * torrent.pieceLength : torrent.pieceLength;
}

/**
 * What `peer.ts info FILE.torrent` prints, one fact a line:
 *   name: …, length: N bytes, piece length: N bytes, pieces: N, info hash: 40 hex digits,
 *   announce: URL, then one line per piece: "piece I: 40 hex digits, N bytes".
 *
 * @exercise
 * 1. Hashes in hex with `buffer.toString("hex")`: two digits a byte, leading zeros kept.
 * 2. The size of each piece comes from pieceSize.
 */
export function describeTorrent(torrent: Torrent): string {
  const lines = [
    `name: ${torrent.name}`,
    `length: ${torrent.length} bytes`,
    `piece length: ${torrent.pieceLength} bytes`,
    `pieces: ${torrent.pieces.length}`,
    `info hash: ${torrent.infoHash.toString("hex")}`,
    `announce: ${torrent.announce}`,
    ...torrent.pieces.map((hash, index) => `piece ${index}: ${hash.toString("hex")}, ${pieceSize(torrent, index)} bytes`),
  ];
  return lines.join("\n");
}
