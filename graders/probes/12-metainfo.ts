// Probe for exercise 12's metainfo: runs the student's decode, decodeAt, encode, parseTorrent and
// pieceSize on inputs the grader chooses, and reports what came out or what they threw. Bytes
// travel as hex, and decoded values as tagged JSON (`Shown`), so any byte and any shape survives.
import { decode, decodeAt, encode, type Bencode } from "student:bencode.ts";
import { parseTorrent, pieceSize } from "student:torrent.ts";
import { runProbe } from "./run-probe.ts";

/**
 * A bencode value as JSON. `bytes` is a Buffer (hex); `text` a JS string where a Buffer belongs
 * (the student decoded a byte string as text); `dict` a dictionary's keys in the order its object
 * holds them, with `proto` true when it is an ordinary object (not Object.create(null)); `other`
 * anything else (undefined, a boolean, a Uint8Array that is not a Buffer …), by its type.
 */
export type Shown =
  | { int: number }
  | { bytes: string }
  | { text: string }
  | { list: Shown[] }
  | { dict: [string, Shown][]; proto: boolean }
  | { other: string };

/** A value for encode, built here: `text` goes in as a JS string, `dict` in the order given, with no prototype. */
export type Spec = { int: number } | { bytes: string } | { text: string } | { list: Spec[] } | { dict: [string, Spec][] };

/** What a call did: what it returned, or the message of what it threw (and whether that was an Error). */
export type Outcome<T> = { ok: T } | { threw: string; error: boolean };

/** What parseTorrent read, and pieceSize for each of its pieces. */
export interface ReadTorrent {
  announce: unknown;
  name: unknown;
  length: unknown;
  pieceLength: unknown;
  /** Each piece hash in hex (a non-Buffer as its type). */
  pieces: string[];
  infoHash: string;
  sizes: Outcome<unknown>[];
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");
const bytesOf = (hexText: string) => Buffer.from(hexText, "hex");

function attempt<T>(body: () => T): Outcome<T> {
  try {
    return { ok: body() };
  } catch (error) {
    return { threw: error instanceof Error ? error.message : String(error), error: error instanceof Error };
  }
}

function show(value: unknown, depth = 0): Shown {
  if (depth > 50) return { other: "nesting deeper than 50" };
  if (typeof value === "number") return { int: value };
  if (Buffer.isBuffer(value)) return { bytes: hex(value) };
  if (typeof value === "string") return { text: value };
  if (Array.isArray(value)) return { list: value.map((item) => show(item, depth + 1)) };
  if (typeof value === "object" && value !== null && !(value instanceof Uint8Array)) {
    const entries = Object.keys(value).map((key): [string, Shown] => [key, show((value as Record<string, unknown>)[key], depth + 1)]);
    return { dict: entries, proto: Object.getPrototypeOf(value) !== null };
  }
  return { other: value instanceof Uint8Array ? "Uint8Array" : value === null ? "null" : typeof value };
}

function build(spec: Spec): Bencode | string {
  if ("int" in spec) return spec.int;
  if ("bytes" in spec) return bytesOf(spec.bytes);
  if ("text" in spec) return spec.text;
  if ("list" in spec) return spec.list.map(build) as Bencode[];
  const dictionary = Object.create(null) as Record<string, Bencode>;
  for (const [key, item] of spec.dict) dictionary[key] = build(item) as Bencode;
  return dictionary;
}

/** A Buffer in hex; anything else as its JSON shape in brackets, which no hash comparison matches. */
const hexOr = (value: unknown) => (Buffer.isBuffer(value) ? hex(value) : `(${JSON.stringify(show(value))})`);

function readTorrent(data: string): Outcome<ReadTorrent> {
  return attempt(() => {
    const torrent = parseTorrent(bytesOf(data));
    const pieces = Array.isArray(torrent.pieces) ? torrent.pieces : [];
    return {
      announce: torrent.announce,
      name: torrent.name,
      length: torrent.length,
      pieceLength: torrent.pieceLength,
      pieces: pieces.map(hexOr),
      infoHash: hexOr(torrent.infoHash),
      sizes: pieces.map((_, index) => attempt(() => pieceSize(torrent, index) as unknown)),
    };
  });
}

await runProbe({
  /** decode on each input (hex). */
  decode: (inputs: string[]) => inputs.map((input) => attempt(() => show(decode(bytesOf(input))))),
  /** decodeAt on each input at its offset: the value and its end. */
  decodeAt: (inputs: { data: string; offset: number }[]) =>
    inputs.map(({ data, offset }) =>
      attempt(() => {
        const { value, end } = decodeAt(bytesOf(data), offset);
        return { value: show(value), end: end as unknown };
      }),
    ),
  /** encode on each value, the bytes in hex; then decode of those bytes. */
  encode: (specs: Spec[]) =>
    specs.map((spec) => {
      const encoded = attempt(() => {
        const bytes: unknown = encode(build(spec));
        return Buffer.isBuffer(bytes) || bytes instanceof Uint8Array ? hex(bytes) : `(not bytes: ${typeof bytes})`;
      });
      const back = "ok" in encoded && /^[0-9a-f]*$/.test(encoded.ok) ? attempt(() => show(decode(bytesOf(encoded.ok)))) : undefined;
      return { encoded, back };
    }),
  /** parseTorrent on each .torrent (hex), with pieceSize of every piece. */
  parseTorrent: (files: string[]) => files.map(readTorrent),
});
