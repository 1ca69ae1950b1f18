// Exercise 12, part 1: bencode, the encoding of every .torrent file and every tracker answer
// (BEP 3). Four kinds of value, each told by its first byte:
//   integers      i42e  i-7e  i0e            (no leading zeros, no "-0")
//   byte strings  4:spam  0:                 (the length in decimal, ":", then that many BYTES)
//   lists         l4:spami42ee               (values until "e")
//   dictionaries  d3:bar4:spam3:fooi42ee     (key, value, key, value … until "e"; keys are byte
//                                             strings, written sorted by their raw bytes)
// A byte string is bytes, not text: a torrent's "pieces" is 20-byte SHA-1 hashes back to back,
// and decoding them as UTF-8 destroys them. So strings decode to Buffers here, and dictionary
// keys (which are ASCII names in practice) to "latin1" strings, one character per byte, so that
// encode(decode(x)) gives back exactly x.
//
// Try it by hand: npx tsx exercises/12-bittorrent/peer.ts info some.torrent

/** A decoded bencode value. Dictionaries have no prototype: a key "__proto__" is just a key. */
export type Bencode = number | Buffer | Bencode[] | BencodeDictionary;
export interface BencodeDictionary {
  [key: string]: Bencode;
}

/** A decoded value and the offset just after its last byte. */
export interface Decoded {
  value: Bencode;
  end: number;
}

const I = 0x69; // "i"
const L = 0x6c; // "l"
const D = 0x64; // "d"
const E = 0x65; // "e"
const COLON = 0x3a;
const MINUS = 0x2d;
const ZERO = 0x30;
const NINE = 0x39;

function fail(what: string, at: number): never {
  throw new Error(`bad bencode at byte ${at}: ${what}`);
}

/** The decimal digits from `start` up to `stop` (a byte), as a number, with its end. */
function readNumber(data: Uint8Array, start: number, stop: number, what: string): { number: number; end: number } {
  let at = start;
  const negative = data[at] === MINUS;
  if (negative) at += 1;
  const first = at;
  while (at < data.length && data[at]! >= ZERO && data[at]! <= NINE) at += 1;
  if (at >= data.length) fail(`${what} never ends (no "${String.fromCharCode(stop)}")`, start);
  if (data[at] !== stop) fail(`${what} holds ${JSON.stringify(String.fromCharCode(data[at]!))}, not a digit`, at);
  if (at === first) fail(`${what} has no digits`, start);
  if (data[first] === ZERO && at - first > 1) fail(`${what} has a leading zero`, first);
  if (negative && data[first] === ZERO) fail(`${what} is "-0"`, start);
  const number = Number(Buffer.from(data.subarray(start, at)).toString("latin1"));
  if (!Number.isSafeInteger(number)) fail(`${what} is too large for this decoder`, start);
  return { number, end: at + 1 };
}

/**
 * The one value that starts at `offset` of `data`, and where it ends. Bytes after it are not
 * looked at: torrent.ts uses this to find where the "info" dictionary's raw bytes begin and end.
 * Throws an Error naming the byte offset for anything that is not bencode: a value cut off, a
 * length past the end, an integer with a leading zero or "-0", an unknown first byte.
 *
 * @exercise
 * 1. Look at the first byte: "i" an integer up to "e", a digit a string, "l" a list, "d" a
 *    dictionary; anything else (or no byte at all) is an error naming the offset.
 * 2. An integer: digits (with one optional "-") up to "e". Refuse "i03e" and "i-0e": each number
 *    has exactly one spelling, or two torrents that differ only there would hash differently.
 * 3. A string: the length digits up to ":", then exactly that many bytes, kept as a Buffer
 *    (`Buffer.from(data.subarray(…))`, a copy). A length that runs past the data is an error.
 * 4. A list: decode values one after the other (call yourself with the offset you reached)
 *    until the byte "e". A dictionary: the same, in pairs; each key must be a string; keep it
 *    as `key.toString("latin1")` in an object made with `Object.create(null)`. Accept keys in
 *    any order: real torrents are not always sorted, and the info hash comes from the raw bytes.
 * 5. Return the value and the offset after its last byte ("e" included).
 */
export function decodeAt(data: Uint8Array, offset = 0): Decoded {
  const kind = data[offset];
  if (kind === undefined) fail("the data ends where a value should start", offset);
  if (kind === I) {
    const { number, end } = readNumber(data, offset + 1, E, "an integer");
    return { value: number, end };
  }
  if (kind >= ZERO && kind <= NINE) {
    const { number: length, end: start } = readNumber(data, offset, COLON, "a string's length");
    if (start + length > data.length) fail(`a string of ${length} bytes runs past the end of the data`, offset);
    return { value: Buffer.from(data.subarray(start, start + length)), end: start + length };
  }
  if (kind === L) {
    const list: Bencode[] = [];
    let at = offset + 1;
    while (data[at] !== E) {
      if (at >= data.length) fail("a list never ends (no \"e\")", offset);
      const item = decodeAt(data, at);
      list.push(item.value);
      at = item.end;
    }
    return { value: list, end: at + 1 };
  }
  if (kind === D) {
    const dictionary: BencodeDictionary = Object.create(null) as BencodeDictionary;
    let at = offset + 1;
    while (data[at] !== E) {
      if (at >= data.length) fail("a dictionary never ends (no \"e\")", offset);
      const key = decodeAt(data, at);
      if (!Buffer.isBuffer(key.value)) fail("a dictionary key is not a string", at);
      const value = decodeAt(data, key.end);
      dictionary[key.value.toString("latin1")] = value.value;
      at = value.end;
    }
    return { value: dictionary, end: at + 1 };
  }
  fail(`${JSON.stringify(String.fromCharCode(kind))} starts no bencode value`, offset);
}

/**
 * The value `data` holds: exactly one, with nothing after it.
 *
 * @exercise
 * 1. `decodeAt(data, 0)`, then refuse any bytes left after its end: "i1ei2e" is not one value.
 */
export function decode(data: Uint8Array): Bencode {
  const { value, end } = decodeAt(data, 0);
  if (end !== data.length) fail(`${data.length - end} bytes follow the value`, end);
  return value;
}

/**
 * The bencode bytes of `value`. A string given as text is written as its UTF-8 bytes.
 * Dictionary keys are written sorted by their raw bytes, as BEP 3 requires.
 *
 * @exercise
 * 1. A number: `i${n}e`; refuse one that is not an integer (1.5, NaN).
 * 2. A Buffer (or a string, as UTF-8): its length in BYTES (`buffer.length`, not the text's
 *    length), ":", the bytes.
 * 3. A list: "l", each item, "e".
 * 4. A dictionary: "d", then for each key in sorted order (compare the keys' latin1 bytes with
 *    Buffer.compare, not with localeCompare) the key as a string and its value, then "e".
 * 5. Collect Buffers in an array and Buffer.concat them once at the end.
 */
export function encode(value: Bencode | string): Buffer {
  const parts: Buffer[] = [];
  const write = (item: Bencode | string): void => {
    if (typeof item === "number") {
      if (!Number.isSafeInteger(item)) throw new Error(`bencode has only integers, not ${item}`);
      parts.push(Buffer.from(`i${item}e`, "latin1"));
    } else if (typeof item === "string" || Buffer.isBuffer(item)) {
      const bytes = typeof item === "string" ? Buffer.from(item, "utf8") : item;
      parts.push(Buffer.from(`${bytes.length}:`, "latin1"), bytes);
    } else if (Array.isArray(item)) {
      parts.push(Buffer.from("l", "latin1"));
      for (const element of item) write(element);
      parts.push(Buffer.from("e", "latin1"));
    } else {
      parts.push(Buffer.from("d", "latin1"));
      const keys = Object.keys(item).sort((a, b) => Buffer.compare(Buffer.from(a, "latin1"), Buffer.from(b, "latin1")));
      for (const key of keys) {
        write(Buffer.from(key, "latin1"));
        write(item[key]!);
      }
      parts.push(Buffer.from("e", "latin1"));
    }
  };
  write(value);
  return Buffer.concat(parts);
}
