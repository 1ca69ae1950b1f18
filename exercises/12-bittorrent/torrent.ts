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
 */
export function parseTorrent(data: Uint8Array): Torrent {
  // TODO: write parseTorrent. Read lessons/12-bittorrent.md first; these steps get you there:
  //   1. The file is one dictionary: walk its keys yourself with `decodeAt` (key at `at`, value at
  //      the key's end), and when the key is "info", remember the value's start and end offsets.
  //      Nothing may follow the dictionary's closing "e".
  //   2. `infoHash = createHash("sha1").update(data.subarray(start, end)).digest()`: the hash of
  //      the bytes as they stand in the file, never of `encode(info)`.
  //   3. Read announce, name, length and "piece length" (a key with a space), with a clear Error
  //      for each that is missing. A dictionary with "files" is a multi-file torrent: refuse it.
  //   4. Cut "pieces" into 20-byte Buffers (`subarray(i * 20, i * 20 + 20)`). Check the count:
  //      Math.ceil(length / pieceLength) pieces, no more and no less.
  throw new Error("TODO: write parseTorrent (see lessons/12-bittorrent.md)");
}

/**
 * The size in bytes of piece `index`: "piece length" for every piece but the last, which holds
 * what is left of the file.
 */
export function pieceSize(torrent: Torrent, index: number): number {
  // TODO: write pieceSize. Read lessons/12-bittorrent.md first; these steps get you there:
  //   1. The last piece is `pieces.length - 1`; its size is `length - index * pieceLength`.
  //   2. Every other piece is `pieceLength`. A file whose length is an exact multiple has a full
  //      last piece: the formula above gives that too.
  throw new Error("TODO: write pieceSize (see lessons/12-bittorrent.md)");
}

/**
 * What `peer.ts info FILE.torrent` prints, one fact a line:
 *   name: …, length: N bytes, piece length: N bytes, pieces: N, info hash: 40 hex digits,
 *   announce: URL, then one line per piece: "piece I: 40 hex digits, N bytes".
 */
export function describeTorrent(torrent: Torrent): string {
  // TODO: write describeTorrent. Read lessons/12-bittorrent.md first; these steps get you there:
  //   1. Hashes in hex with `buffer.toString("hex")`: two digits a byte, leading zeros kept.
  //   2. The size of each piece comes from pieceSize.
  throw new Error("TODO: write describeTorrent (see lessons/12-bittorrent.md)");
}
