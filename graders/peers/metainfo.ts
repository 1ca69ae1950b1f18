// The grader's own bencode writer and .torrent maker, for exercise 12's scripted trackers, seeders
// and leechers (never the student's bencode.ts). A dictionary is written in the order it is
// given, so a check can hand the student a torrent whose keys are not sorted, or whose info
// holds a key a re-encoding would drop or move: only the info hash of the raw bytes survives that.
import { createHash } from "node:crypto";

/** A value to write. A dictionary is an ordered list of pairs, written exactly in that order. */
export type Bvalue = number | bigint | string | Uint8Array | Bvalue[] | { pairs: [string | Uint8Array, Bvalue][] };

/** A dictionary of `pairs`, written in their order. */
export function dict(...pairs: [string | Uint8Array, Bvalue][]): { pairs: [string | Uint8Array, Bvalue][] } {
  return { pairs };
}

/** The same, sorted by the keys' raw bytes: what BEP 3 asks of a writer. */
export function sortedDict(...pairs: [string | Uint8Array, Bvalue][]): { pairs: [string | Uint8Array, Bvalue][] } {
  const raw = (key: string | Uint8Array) => (typeof key === "string" ? Buffer.from(key, "utf8") : Buffer.from(key));
  return { pairs: [...pairs].sort(([a], [b]) => Buffer.compare(raw(a), raw(b))) };
}

/** The bencode bytes of `value` (strings as UTF-8). */
export function bencode(value: Bvalue): Buffer {
  if (typeof value === "number" || typeof value === "bigint") return Buffer.from(`i${value}e`, "latin1");
  if (typeof value === "string" || value instanceof Uint8Array) {
    const bytes = typeof value === "string" ? Buffer.from(value, "utf8") : Buffer.from(value);
    return Buffer.concat([Buffer.from(`${bytes.length}:`, "latin1"), bytes]);
  }
  if (Array.isArray(value)) return Buffer.concat([Buffer.from("l"), ...value.map(bencode), Buffer.from("e")]);
  return Buffer.concat([Buffer.from("d"), ...value.pairs.flatMap(([key, item]) => [bencode(key), bencode(item)]), Buffer.from("e")]);
}

export const sha1 = (bytes: Uint8Array): Buffer => createHash("sha1").update(bytes).digest();

/** A file to share, and the torrent that describes it. */
export interface Metainfo {
  /** The .torrent file's bytes. */
  bytes: Buffer;
  /** The file it describes. */
  content: Buffer;
  name: string;
  pieceLength: number;
  /** SHA-1 of each piece. */
  pieces: Buffer[];
  /** SHA-1 of the info dictionary's raw bytes. */
  infoHash: Buffer;
  /** The info dictionary's raw bytes. */
  info: Buffer;
}

export interface MetainfoOptions {
  announce: string;
  name?: string;
  /** 16 KiB unless given; BitTorrent clients use powers of two from 16 KiB up. */
  pieceLength?: number;
  /** Keys in the order a careless writer might use (not sorted), at both levels. */
  unsorted?: boolean;
  /** Extra pairs in the info dictionary, where they stand (e.g. "private", or an unknown key). */
  extraInfo?: [string | Uint8Array, Bvalue][];
  /** Extra pairs in the top dictionary. */
  extraTop?: [string | Uint8Array, Bvalue][];
}

/** The pieces of `content` and their hashes. */
export function piecesOf(content: Uint8Array, pieceLength: number): Buffer[] {
  const hashes: Buffer[] = [];
  for (let at = 0; at < content.length; at += pieceLength) hashes.push(sha1(content.subarray(at, at + pieceLength)));
  return hashes;
}

/** A single-file torrent of `content`. */
export function makeMetainfo(content: Uint8Array, options: MetainfoOptions): Metainfo {
  const pieceLength = options.pieceLength ?? 16 * 1024;
  const name = options.name ?? "file.bin";
  const pieces = piecesOf(content, pieceLength);
  const infoPairs: [string | Uint8Array, Bvalue][] = [
    ["length", content.length],
    ["name", name],
    ["piece length", pieceLength],
    ["pieces", Buffer.concat(pieces)],
    ...(options.extraInfo ?? []),
  ];
  const info = bencode(options.unsorted ? dict(...infoPairs.reverse()) : sortedDict(...infoPairs));
  const topPairs: [string | Uint8Array, Bvalue][] = [["announce", options.announce], ...(options.extraTop ?? [])];
  // The info dictionary goes in as raw bytes, so its order survives.
  const top = options.unsorted ? [...topPairs].reverse() : sortedDict(...topPairs).pairs;
  const parts: Buffer[] = [Buffer.from("d")];
  const withInfo: [string | Uint8Array, Bvalue | Buffer][] = options.unsorted ? [["info", info], ...top] : insertSorted(top, info);
  for (const [key, value] of withInfo) parts.push(bencode(key), value === info ? info : bencode(value as Bvalue));
  parts.push(Buffer.from("e"));
  return { bytes: Buffer.concat(parts), content: Buffer.from(content), name, pieceLength, pieces, infoHash: sha1(info), info };
}

function insertSorted(pairs: [string | Uint8Array, Bvalue][], info: Buffer): [string | Uint8Array, Bvalue | Buffer][] {
  const raw = (key: string | Uint8Array) => (typeof key === "string" ? Buffer.from(key, "utf8") : Buffer.from(key));
  const all: [string | Uint8Array, Bvalue | Buffer][] = [...pairs, ["info", info]];
  return all.sort(([a], [b]) => Buffer.compare(raw(a), raw(b)));
}

/** Bytes that look like a file, the same for the same seed (a simple LCG, no Math.random). */
export function seededContent(length: number, seed = 12): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed >>> 0;
  for (let index = 0; index < length; index += 1) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    bytes[index] = state >>> 24;
  }
  return bytes;
}
