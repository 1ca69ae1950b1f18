// Exercise 12's metainfo checks: the student's bencode.ts and torrent.ts run in a probe
// (graders/probes/12-metainfo.ts) on bytes the grader writes with its own bencode writer
// (graders/peers/metainfo.ts), never the student's; `peer.ts info` runs as a real process on
// torrents the grader writes into the folder the program may read. What is compared are values,
// bytes, hex digits and numbers, never sentences: the student words every message.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CheckContext, CheckDefinition } from "../../harness/check.ts";
import { CheckFailure } from "../../harness/check.ts";
import { DEADLINES } from "../../harness/deadline.ts";
import { KIT_ROOT } from "../../harness/static.ts";
import { t } from "../../i18n/index.ts";
import { bencode, dict, makeMetainfo, seededContent, sha1, sortedDict, type Bvalue, type Metainfo } from "../../peers/metainfo.ts";
import type { Outcome, ReadTorrent, Shown, Spec } from "../../probes/12-metainfo.ts";
import type { ProbeOutcome } from "../../probes/run-probe.ts";
import { describeExit, expectCleanFailure, expectEndsPromptly } from "../expect.ts";

const PROBE = join(KIT_ROOT, "graders", "probes", "12-metainfo.ts");
const ANNOUNCE = "http://127.0.0.1:6969/announce";
const BENCODE = ["decodeAt", "decode", "encode"];
const DECODE = ["decodeAt", "decode"];
const TORRENT = ["decodeAt", "parseTorrent"];
const INFO = ["decodeAt", "parseTorrent", "pieceSize", "describeTorrent"];
const PIECE = 16 * 1024;
/** The file `info` describes: 4 full pieces and a last one of 3000 bytes. */
const INFO_LENGTH = 4 * PIECE + 3000;
/** Where the search for that file's seed starts: 1228 gives piece 1 a hash that starts with 0x00, and an info hash that starts with 0x02. */
const INFO_SEED = 1228;

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");
const utf8 = (text: string) => Buffer.from(text, "utf8");

/** Runs one case of the probe (`describe`d in t()); an error the probe itself did not catch fails the check. */
async function probe<T>(check: CheckContext, caseName: string, input: unknown, describe: string): Promise<T> {
  const outcome = await check.act(describe, () => check.probe<ProbeOutcome<T>>(PROBE, caseName, input));
  if ("threw" in outcome) throw new CheckFailure(t("Your code threw an error the grader did not expect: {error}", { error: outcome.threw }), { trouble: "crash" });
  return outcome.returned;
}

// ── Values: the grader's Spec (what encode is given), its bytes (the grader's writer) and the value decode must give.
const int = (value: number): Spec => ({ int: value });
const text = (value: string): Spec => ({ text: value });
const bytes = (value: Uint8Array): Spec => ({ bytes: hex(value) });
const list = (...items: Spec[]): Spec => ({ list: items });
const dictionary = (...pairs: [string, Spec][]): Spec => ({ dict: pairs });

/** The grader's own bencode of `spec`: keys sorted by raw bytes, text as UTF-8. */
function bvalue(spec: Spec): Bvalue {
  if ("int" in spec) return spec.int;
  if ("bytes" in spec) return Buffer.from(spec.bytes, "hex");
  if ("text" in spec) return spec.text;
  if ("list" in spec) return spec.list.map(bvalue);
  return sortedDict(...spec.dict.map(([key, item]): [Uint8Array, Bvalue] => [Buffer.from(key, "latin1"), bvalue(item)]));
}
const bencodeOf = (spec: Spec) => bencode(bvalue(spec));

/** The value decode must give for `spec`'s bytes: strings as Buffers, dictionaries compared whatever their key order. */
function expected(spec: Spec): Shown {
  if ("int" in spec) return spec;
  if ("bytes" in spec) return spec;
  if ("text" in spec) return { bytes: hex(utf8(spec.text)) };
  if ("list" in spec) return { list: spec.list.map(expected) };
  return { dict: spec.dict.map(([key, item]): [string, Shown] => [key, expected(item)]), proto: false };
}

/** A decoded value in a form to compare: dictionaries by sorted keys, their prototype left out. */
function normal(value: Shown): unknown {
  if ("list" in value) return { list: value.list.map(normal) };
  if ("dict" in value) return { dict: [...value.dict].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, item]) => [key, normal(item)]) };
  return value;
}

/** A decoded value as a student reads it: 42, "spam" (bytes in hex when not text), [ … ], { key: … }. */
function showValue(value: Shown): string {
  if ("int" in value) return String(value.int);
  if ("bytes" in value) {
    const raw = Buffer.from(value.bytes, "hex");
    const asText = raw.toString("utf8");
    return Buffer.from(asText, "utf8").equals(raw) && !/[\u0000-\u001f]/.test(asText) ? t("the bytes {text}", { text: JSON.stringify(asText) }) : t("the bytes {hex}", { hex: raw.length === 0 ? t("(none)") : shortHex(raw) });
  }
  if ("text" in value) return t("the JS string {text}", { text: JSON.stringify(value.text) });
  if ("list" in value) return `[${value.list.map(showValue).join(", ")}]`;
  if ("dict" in value) return `{${value.dict.map(([key, item]) => `${JSON.stringify(key)}: ${showValue(item)}`).join(", ")}}`;
  return t("a {type}", { type: value.other });
}

/** Hex of at most 32 bytes, with how many there are when there are more. */
const shortHex = (raw: Uint8Array) => (raw.length > 32 ? t("{hex}… ({count} bytes, hex)", { hex: hex(raw.subarray(0, 32)), count: raw.length }) : t("{hex} (hex)", { hex: hex(raw) }));

/** Bytes as a student reads them: text where it is printable ASCII, hex otherwise. */
function showBytes(raw: Uint8Array): string {
  const buffer = Buffer.from(raw);
  return /^[\x20-\x7e]*$/.test(buffer.toString("latin1")) ? JSON.stringify(buffer.toString("latin1")) : shortHex(buffer);
}

/** Where a decoded value holds a JS string instead of a Buffer, if it does. */
function holdsText(value: Shown): boolean {
  if ("text" in value) return true;
  if ("list" in value) return value.list.some(holdsText);
  if ("dict" in value) return value.dict.some(([, item]) => holdsText(item));
  return false;
}

/** decode(`data`) must give the value of `spec`. */
function expectDecoded(outcome: Outcome<Shown>, data: Uint8Array, spec: Spec): void {
  const want = expected(spec);
  if ("threw" in outcome) {
    throw new CheckFailure(t("decode({input}) threw \"{error}\", but those bytes are valid bencode: {value}.", { input: showBytes(data), error: outcome.threw, value: showValue(want) }));
  }
  if (JSON.stringify(normal(outcome.ok)) === JSON.stringify(normal(want))) return;
  const mismatch = { expected: showValue(want), observed: showValue(outcome.ok) };
  if (holdsText(outcome.ok)) {
    throw new CheckFailure(t("decode({input}) gave {got}: a byte string decodes to a Buffer of its bytes (Buffer.from(data.subarray(…))), never to a JS string, because most of the strings in a torrent are not text.", { input: showBytes(data), got: showValue(outcome.ok) }), { mismatch });
  }
  throw new CheckFailure(t("decode({input}) gave {got}, not {want}.", { input: showBytes(data), got: showValue(outcome.ok), want: showValue(want) }), { mismatch });
}

interface Encoded {
  encoded: Outcome<string>;
  back?: Outcome<Shown>;
}

/** encode(`spec`) must give the grader's bytes. `why` says what to look at when it does not (in t()). */
function expectEncoded(result: Encoded, spec: Spec, why: string): void {
  const want = bencodeOf(spec);
  if ("threw" in result.encoded) throw new CheckFailure(t("encode({value}) threw \"{error}\": it should give the bytes {bytes}.", { value: showValue(expected(spec)), error: result.encoded.threw, bytes: showBytes(want) }));
  const got = Buffer.from(result.encoded.ok, "hex");
  if (!/^[0-9a-f]*$/.test(result.encoded.ok)) throw new CheckFailure(t("encode({value}) returned {got}: it returns a Buffer.", { value: showValue(expected(spec)), got: result.encoded.ok }));
  if (!got.equals(want)) {
    throw new CheckFailure(t("encode({value}) gave {got}, but it should give {want}. {why}", { value: showValue(expected(spec)), got: showBytes(got), want: showBytes(want), why }), {
      mismatch: { expected: Uint8Array.from(want), observed: Uint8Array.from(got) },
    });
  }
}

/** Every input must be refused with an Error (decode or decodeAt at 0), none read past its end. */
function expectRefused(outcomes: Outcome<{ value: Shown; end: unknown } | Shown>[], inputs: string[], call: string, why: (input: string) => string): void {
  for (const [index, outcome] of outcomes.entries()) {
    const input = Buffer.from(inputs[index]!, "latin1");
    if ("threw" in outcome) {
      if (!outcome.error) throw new CheckFailure(t("{call}({input}) threw {thrown}, which is not an Error: throw new Error(\"…\"), so the caller gets a message and a stack.", { call, input: showBytes(input), thrown: JSON.stringify(outcome.threw) }));
      continue;
    }
    const value = "value" in outcome.ok ? outcome.ok.value : outcome.ok;
    const end = "value" in outcome.ok ? outcome.ok.end : undefined;
    const past = typeof end === "number" && end > input.length ? t(" (and said it ends at byte {end}, past the {length} bytes there are)", { end, length: input.length }) : "";
    throw new CheckFailure(t("{call}({input}) returned {got}{past} instead of throwing an Error: {why}", { call, input: showBytes(input), got: showValue(value), past, why: why(inputs[index]!) }), { mismatch: { expected: t("an Error"), observed: showValue(value) } });
  }
}

// ── Torrents.

/** Writes `data` into the folder the program may read, as `name`, and returns its path. */
function writeGiven(check: CheckContext, name: string, data: Uint8Array): string {
  const path = join(check.containment.givenFolder, name);
  writeFileSync(path, data);
  return path;
}

/** The torrent `info` is run on: a seeded file whose piece and info hashes start with a 0 hex digit (the search is deterministic, and starts where it succeeds). */
function leadingZeroTorrent(): Metainfo {
  for (let seed = INFO_SEED; ; seed += 1) {
    const torrent = makeMetainfo(seededContent(INFO_LENGTH, seed), { announce: ANNOUNCE, name: "zeros.bin" });
    const zero = torrent.pieces.findIndex((hash) => hash[0]! < 0x10);
    if (torrent.infoHash[0]! < 0x10 && zero >= 0 && zero < torrent.pieces.length - 1) return torrent;
  }
}

/** Lines of stdout, without blank ones. */
const printedLines = (stdout: string) => stdout.split("\n").map((line) => line.trim()).filter((line) => line !== "");

/** Whether `line` holds `number` on its own (not as part of a longer number or a hex run). */
const holdsNumber = (line: string, number: number) => new RegExp(`(?<![0-9A-Za-z])${number}(?![0-9])`).test(line);

/** A torrent that breaks one rule, and what its message must name. */
interface Broken {
  name: string;
  data: Buffer;
  what: string;
  mentions: { text: string; what: string }[];
}

function brokenTorrents(): Broken[] {
  const content = seededContent(20_000, 1213);
  const good = makeMetainfo(content, { announce: ANNOUNCE, name: "broken.bin" });
  const hashes = Buffer.concat(good.pieces);
  const noInfo = bencode(sortedDict(["announce", ANNOUNCE], ["comment", "a torrent without its info dictionary"]));
  // 30 bytes of hashes, a piece and a half: what a file cut while being written looks like.
  const badPieces = bencode(
    sortedDict(["announce", ANNOUNCE], ["info", sortedDict(["length", content.length], ["name", "broken.bin"], ["piece length", PIECE], ["pieces", hashes.subarray(0, 30)])]),
  );
  return [
    { name: "no-dictionary.torrent", data: noInfo, what: t("a torrent with no \"info\" dictionary"), mentions: [{ text: "info", what: t("the missing key \"info\"") }] },
    { name: "thirty-bytes.torrent", data: badPieces, what: t("a torrent whose \"pieces\" is 30 bytes, not a multiple of 20"), mentions: [{ text: "pieces", what: t("the key \"pieces\"") }] },
    { name: "cut-short.torrent", data: good.bytes.subarray(0, Math.floor(good.bytes.length / 2)), what: t("a torrent cut off in the middle (not bencode)"), mentions: [] },
  ];
}

export const checks: CheckDefinition[] = [
  {
    id: "bencode-round-trips-nested-values",
    title: t("encode writes integers, strings, lists and dictionaries, nested, as bencode, and decode reads them back"),
    needs: BENCODE,
    async run(check) {
      const values: Spec[] = [
        int(0),
        int(-42),
        int(2 ** 40 + 7),
        text(""),
        text("spam"),
        list(),
        dictionary(),
        list(text("spam"), int(42), list(int(1), list(int(2), list(int(3)))), dictionary(["cow", text("moo")])),
        dictionary(
          ["announce", text(ANNOUNCE)],
          ["info", dictionary(["length", int(40_000)], ["name", text("file.bin")], ["piece length", int(PIECE)], ["pieces", bytes(Buffer.from("0123456789abcdefghij", "latin1"))])],
          ["url-list", list(text("http://127.0.0.1/a"), text("http://127.0.0.1/b"))],
          ["empty", dictionary(["list", list()], ["string", text("")])],
        ),
      ];
      const encoded = await probe<Encoded[]>(check, "encode", values, t("call encode on {count} values: integers (0, negative, 2^40 + 7), empty and nested lists, dictionaries in dictionaries", { count: values.length }));
      await check.expect(t("encode gives the bencode bytes of each value"), () => {
        for (const [index, spec] of values.entries()) expectEncoded(encoded[index]!, spec, t("An integer is i…e, a string its length in bytes, \":\" and the bytes, a list l…e, a dictionary d…e with its keys sorted."));
      });
      const decoded = await probe<Outcome<Shown>[]>(check, "decode", values.map((spec) => hex(bencodeOf(spec))), t("call decode on the bencode of each of those values (written by the grader)"));
      await check.expect(t("decode gives back each value: numbers as numbers, strings as Buffers, lists as arrays, dictionaries as objects"), () => {
        for (const [index, spec] of values.entries()) expectDecoded(decoded[index]!, bencodeOf(spec), spec);
      });
      await check.expect(t("decode(encode(x)) is x for each value"), () => {
        for (const [index, spec] of values.entries()) {
          const back = encoded[index]!.back;
          if (back) expectDecoded(back, Buffer.from("ok" in encoded[index]!.encoded ? encoded[index]!.encoded.ok : "", "hex"), spec);
        }
      });
    },
  },
  {
    id: "bencode-sorts-keys-by-raw-bytes",
    title: t("encode writes dictionary keys sorted by their raw bytes (\"B\" before \"a\"), whatever order they were added in"),
    needs: BENCODE,
    async run(check) {
      // Byte order: A B Z _ a aa b. localeCompare puts them _ a A aa b B Z; insertion order is neither.
      const keys = ["a", "B", "_", "aa", "Z", "b", "A"];
      const flat = dictionary(...keys.map((key, index): [string, Spec] => [key, int(index)]));
      const nested = dictionary(["list", list(dictionary(["y", int(1)], ["x", int(2)], ["X", int(3)]))], ["Info", dictionary(["pieces", text("p")], ["name", text("n")])]);
      const encoded = await probe<Encoded[]>(check, "encode", [flat, nested], t("call encode on a dictionary whose keys were added in the order {keys}, and on dictionaries inside a list and a dictionary", { keys: keys.join(" ") }));
      await check.expect(t("the keys come out in the order of their bytes: {keys}", { keys: [...keys].sort().join(" ") }), () => {
        for (const [index, spec] of [flat, nested].entries()) {
          expectEncoded(encoded[index]!, spec, t("Sort the keys by their raw bytes: Buffer.compare(Buffer.from(a, \"latin1\"), Buffer.from(b, \"latin1\")). localeCompare sorts for people (a before B), and keys left in the order they were added are not sorted at all; every dictionary, at every depth, is sorted."));
        }
      });
    },
  },
  {
    id: "bencode-keeps-bytes-as-bytes",
    title: t("byte strings that are not UTF-8 (every byte value, 0x80–0xff) come through decode and encode unchanged"),
    needs: BENCODE,
    async run(check) {
      const everyByte = Uint8Array.from({ length: 256 }, (_, index) => (index * 7) % 256);
      const invalid = Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0x80, 0x00, 0xed, 0xa0, 0x80]);
      const values = [bytes(everyByte), list(bytes(invalid), int(1)), dictionary(["pieces", bytes(Buffer.concat([sha1(invalid), sha1(everyByte)]))])];
      const decoded = await probe<Outcome<Shown>[]>(check, "decode", values.map((spec) => hex(bencodeOf(spec))), t("call decode on byte strings of all 256 byte values, of bytes that are not UTF-8, and on two SHA-1 hashes in a \"pieces\" string"));
      await check.expect(t("decode gives exactly those bytes, as Buffers"), () => {
        for (const [index, spec] of values.entries()) expectDecoded(decoded[index]!, bencodeOf(spec), spec);
      });
      const encoded = await probe<Encoded[]>(check, "encode", values, t("call encode on the same values, the bytes given as Buffers"));
      await check.expect(t("encode writes those bytes unchanged, each length counted in bytes"), () => {
        for (const [index, spec] of values.entries()) {
          expectEncoded(encoded[index]!, spec, t("A Buffer is written as it is: never turn it into text (toString(), TextDecoder) and back, since bytes that are not UTF-8 become U+FFFD, 3 bytes each."));
        }
      });
    },
  },
  {
    id: "bencode-counts-lengths-in-bytes",
    title: t("Korean text is written with its length in bytes (\"안녕\" is 6:안녕), and read back by bytes"),
    needs: BENCODE,
    async run(check) {
      const values = [text("안녕"), list(text("안녕하세요"), int(7)), dictionary(["name", text("토렌트 파일.bin")], ["length", int(12)])];
      const encoded = await probe<Encoded[]>(check, "encode", values, t("call encode on Korean text given as JS strings: \"안녕\", a list, a dictionary"));
      await check.expect(t("each string is its UTF-8 bytes, after their number (\"안녕\" is 2 characters and 6 bytes: 6:안녕)"), () => {
        for (const [index, spec] of values.entries()) {
          expectEncoded(encoded[index]!, spec, t("The length before \":\" counts bytes: Buffer.from(text, \"utf8\").length, not text.length, which counts UTF-16 units (2 for \"안녕\")."));
        }
      });
      const decoded = await probe<Outcome<Shown>[]>(check, "decode", values.map((spec) => hex(bencodeOf(spec))), t("call decode on the grader's bencode of those values (6:안녕 …)"));
      await check.expect(t("decode reads each length as a count of bytes"), () => {
        for (const [index, spec] of values.entries()) expectDecoded(decoded[index]!, bencodeOf(spec), spec);
      });
    },
  },
  {
    id: "bencode-refuses-bad-integers",
    title: t("decode refuses integers with a leading zero or \"-0\" (i03e, i-0e), and ones with no digits, with an Error"),
    needs: DECODE,
    async run(check) {
      const inputs = ["i03e", "i-0e", "i00e", "i-012e", "ie", "i-e", "i+5e", "i1x2e"];
      const decoded = await probe<Outcome<Shown>[]>(check, "decode", inputs.map((input) => hex(Buffer.from(input, "latin1"))), t("call decode on {inputs}", { inputs: inputs.join(", ") }));
      await check.expect(t("each throws an Error"), () =>
        expectRefused(decoded, inputs, "decode", (input) =>
          /^i-?0\d/.test(input) || input === "i-0e"
            ? t("an integer has one spelling only (0 is i0e, 3 is i3e): refuse a leading zero and \"-0\", or two torrents that differ only there would get different info hashes.")
            : t("an integer is an optional \"-\" and at least one digit, then \"e\"; anything else is not bencode."),
        ),
      );
    },
  },
  {
    id: "bencode-refuses-cut-values",
    title: t("decodeAt refuses a value that is cut off (no \"e\", a string length past the end) with an Error"),
    needs: DECODE,
    async run(check) {
      const inputs = ["i42", "l1:a", "li1ei2e", "d1:ai1e", "d1:a", "5:abc", "10:abcdefghi", "l5:abce", "", "l", "d"];
      const decoded = await probe<Outcome<{ value: Shown; end: unknown }>[]>(
        check,
        "decodeAt",
        inputs.map((input) => ({ data: hex(Buffer.from(input, "latin1")), offset: 0 })),
        t("call decodeAt(data, 0) on {inputs} and an empty buffer", { inputs: inputs.filter((input) => input !== "").join(", ") }),
      );
      await check.expect(t("each throws an Error"), () =>
        expectRefused(decoded, inputs, "decodeAt", (input) =>
          /^\d/.test(input) || input === "l5:abce"
            ? t("a string's length says how many bytes follow the \":\"; when fewer are left, the data was cut off. Check it before you take the bytes: subarray quietly gives fewer.")
            : t("the data ends before the value does. A list or dictionary ends at its \"e\", an integer too: reaching the end of the data first is an error, not the end of the value."),
        ),
      );
    },
  },
  {
    id: "bencode-refuses-trailing-bytes",
    title: t("decode refuses bytes after the value (i1ei2e), while decodeAt stops at the end of the first value"),
    needs: DECODE,
    async run(check) {
      const inputs = ["i1ei2e", "4:spamX", "lee", "de\n", "i7e "];
      const decoded = await probe<Outcome<Shown>[]>(check, "decode", inputs.map((input) => hex(Buffer.from(input, "latin1"))), t("call decode on {inputs}", { inputs: inputs.map((input) => JSON.stringify(input)).join(", ") }));
      await check.expect(t("each throws an Error"), () =>
        expectRefused(decoded, inputs, "decode", () => t("decode takes exactly one value: when decodeAt's end is not data.length, bytes follow it, and the data is not one bencode value.")),
      );
      const data = hex(Buffer.from("i1ei2e", "latin1"));
      const stepped = await probe<Outcome<{ value: Shown; end: unknown }>[]>(check, "decodeAt", [{ data, offset: 0 }, { data, offset: 3 }], t("call decodeAt on \"i1ei2e\" at offset 0 and at offset 3"));
      await check.expect(t("decodeAt gives 1 ending at 3, then 2 ending at 6: it reads one value and leaves what follows"), () => {
        const want = [{ value: { int: 1 }, end: 3 }, { value: { int: 2 }, end: 6 }];
        for (const [index, outcome] of stepped.entries()) {
          const offset = index * 3;
          if ("threw" in outcome) {
            throw new CheckFailure(t("decodeAt(\"i1ei2e\", {offset}) threw \"{error}\": decodeAt reads the one value at the offset and returns where it ends; only decode refuses what follows.", { offset, error: outcome.threw }));
          }
          const got = { value: outcome.ok.value, end: outcome.ok.end };
          check.sameValue(got, want[index], t("decodeAt(\"i1ei2e\", {offset}) should give the value {value} and end {end}: the offset just after its \"e\".", { offset, value: want[index]!.value.int, end: want[index]!.end }));
        }
      });
    },
  },
  {
    id: "torrent-hashes-the-raw-info-bytes",
    title: t("the info hash is the SHA-1 of the info dictionary's bytes as they stand in the file, keys unsorted and an extra key included"),
    needs: TORRENT,
    async run(check) {
      const content = seededContent(40_000, 1214);
      const torrent = makeMetainfo(content, {
        announce: ANNOUNCE,
        name: "unsorted.bin",
        unsorted: true,
        extraInfo: [["private", 1], ["x-grader-source", "kept as written"]],
        extraTop: [["comment", "written by the grader, keys not sorted"], ["created by", "app-layer-lab"]],
      });
      const outcome = (await probe<Outcome<ReadTorrent>[]>(check, "parseTorrent", [hex(torrent.bytes)], t("call parseTorrent on a torrent whose keys are not sorted, and whose info also has \"private\" and \"x-grader-source\"")))[0]!;
      await check.expect(t("infoHash is {hash}, the SHA-1 of the info dictionary's raw bytes", { hash: hex(torrent.infoHash) }), () => {
        if ("threw" in outcome) {
          throw new CheckFailure(t("parseTorrent threw \"{error}\". The torrent is valid: its keys are not sorted (a reader accepts any order) and its info has keys this exercise does not use (keep them).", { error: outcome.threw }));
        }
        const got = outcome.ok.infoHash;
        const want = hex(torrent.infoHash);
        if (got === want) return;
        const info = bencode(dict(...(sortedDictPairs(torrent.info) ?? [])));
        const known = ["length", "name", "piece length", "pieces"];
        const dropped = bencode(dict(...(sortedDictPairs(torrent.info) ?? []).filter(([key]) => known.includes(Buffer.from(key).toString("latin1")))));
        const mismatch = { expected: want, observed: got };
        if (got === hex(sha1(info)) || got === hex(sha1(dropped))) {
          throw new CheckFailure(t("Your infoHash is the SHA-1 of the info dictionary encoded again (sorted{dropped}), not of its bytes in the file. Every other peer hashes the bytes as written: remember where the value of \"info\" starts and ends (decodeAt gives its end) and hash data.subarray(start, end).", { dropped: got === hex(sha1(dropped)) ? t(", with only the keys you know") : "" }), { mismatch });
        }
        if (got === hex(sha1(torrent.bytes))) throw new CheckFailure(t("Your infoHash is the SHA-1 of the whole .torrent file: hash only the value of \"info\", from its \"d\" to its \"e\"."), { mismatch });
        throw new CheckFailure(t("Your infoHash is {got}, not {want}: hash the bytes of the info dictionary exactly as they stand in the file, from its \"d\" to its \"e\", as 20 raw bytes.", { got, want }), { mismatch });
      });
    },
  },
  {
    id: "torrent-sizes-the-last-piece",
    title: t("pieceSize gives every piece \"piece length\" bytes but the last, which holds what is left"),
    needs: [...TORRENT, "pieceSize"],
    async run(check) {
      const cases = [
        { length: 40_000, sizes: [PIECE, PIECE, 40_000 - 2 * PIECE] },
        { length: 2 * PIECE, sizes: [PIECE, PIECE] },
        { length: 1000, sizes: [1000] },
      ];
      const torrents = cases.map(({ length }, index) => makeMetainfo(seededContent(length, 1215 + index), { announce: ANNOUNCE, name: `size-${length}.bin` }));
      const read = await probe<Outcome<ReadTorrent>[]>(check, "parseTorrent", torrents.map((torrent) => hex(torrent.bytes)), t("call parseTorrent, then pieceSize of every piece, on files of {lengths} bytes in pieces of {piece}", { lengths: cases.map(({ length }) => length).join(", "), piece: PIECE }));
      await check.expect(t("the sizes are {sizes}", { sizes: cases.map(({ sizes }) => `[${sizes.join(", ")}]`).join(", ") }), () => {
        for (const [index, { length, sizes }] of cases.entries()) {
          const outcome = read[index]!;
          if ("threw" in outcome) {
            throw new CheckFailure(t("parseTorrent threw \"{error}\" on a valid torrent of {length} bytes in pieces of {piece}: it has {count} pieces, Math.ceil(length / piece length), the last one shorter unless it fits exactly.", { error: outcome.threw, length, piece: PIECE, count: sizes.length }));
          }
          const got = outcome.ok.sizes.map((size) => ("ok" in size ? size.ok : t("an error ({error})", { error: size.threw })));
          if (JSON.stringify(got) !== JSON.stringify(sizes)) {
            throw new CheckFailure(t("For a file of {length} bytes in pieces of {piece}, pieceSize gave {got}, not {want}. The last piece is what is left, length - index × piece length: {last} here.", { length, piece: PIECE, got: got.join(", "), want: sizes.join(", "), last: sizes.at(-1)! }), {
              mismatch: { expected: sizes.join(", "), observed: got.join(", ") },
            });
          }
        }
      });
    },
  },
  {
    id: "torrent-info-prints-every-piece",
    title: t("info prints the info hash and each piece's hash as 40 hex digits (leading zeros kept) with its size, the last piece's own"),
    needs: INFO,
    async run(check) {
      const torrent = leadingZeroTorrent();
      const path = await check.act(t("write a torrent of {bytes} bytes in pieces of {piece}, whose info hash and one piece hash start with 0", { bytes: INFO_LENGTH, piece: PIECE }), () => writeGiven(check, "zeros.torrent", torrent.bytes));
      const program = await check.act(t("run {command}", { command: "peer.ts info zeros.torrent" }), () => check.launch("peer.ts", ["info", path]));
      const status = await expectEndsPromptly(check, program, { ms: DEADLINES.exit, after: t("it was started") });
      const lines = printedLines(program.stdout);
      const lower = lines.map((line) => line.toLowerCase());
      await check.expect(t("it exits with code 0 and prints the info hash {hash}", { hash: hex(torrent.infoHash) }), () => {
        if (status.code !== 0) throw new CheckFailure(t("Your program {how} on a valid torrent (see its output).", { how: describeExit(status) }), { trouble: "crash" });
        if (!lower.some((line) => line.includes(hex(torrent.infoHash)))) {
          throw new CheckFailure(t("Your program did not print the info hash {hash}, all 40 hex digits. Write hashes with buffer.toString(\"hex\"): two digits a byte, so 0x02 is 02, not 2.", { hash: hex(torrent.infoHash) }), {
            mismatch: { expected: hex(torrent.infoHash), observed: lines.join("\n") },
          });
        }
      });
      const sizes = torrent.pieces.map((_, index) => Math.min(PIECE, INFO_LENGTH - index * PIECE));
      await check.expect(t("each of the {count} piece hashes is printed in 40 hex digits, on a line with its size ({last} bytes for the last)", { count: torrent.pieces.length, last: sizes.at(-1)! }), () => {
        for (const [index, hash] of torrent.pieces.entries()) {
          const digits = hex(hash);
          const at = lower.findIndex((line) => line.includes(digits));
          if (at < 0) {
            throw new CheckFailure(t("Your program did not print piece {index}'s hash {hash}, all 40 hex digits (two a byte: 0x00 is 00, and leading zeros stay).", { index, hash: digits }), { mismatch: { expected: digits, observed: lines.join("\n") } });
          }
          const rest = lower[at]!.replace(digits, " ");
          if (!holdsNumber(rest, sizes[index]!)) {
            const last = index === torrent.pieces.length - 1;
            throw new CheckFailure(
              last && holdsNumber(rest, PIECE)
                ? t("The last piece's line says {full} bytes, but the file has only {size} bytes left for it ({length} - {index} × {full}): pieceSize must give the last piece what is left.", { full: PIECE, size: sizes[index]!, length: INFO_LENGTH, index })
                : t("The line of piece {index} ({line}) does not give its size, {size} bytes: print each piece's size (pieceSize) on its line.", { index, line: lines[at]!, size: sizes[index]! }),
              { mismatch: { expected: String(sizes[index]), observed: lines[at]! } },
            );
          }
        }
      });
    },
  },
  {
    id: "torrent-info-explains-a-broken-torrent",
    title: t("info on a broken torrent (no info, pieces not a multiple of 20, cut off) prints a clear message and exits with 1"),
    needs: INFO,
    async run(check) {
      for (const broken of brokenTorrents()) {
        const path = await check.act(t("write {what} as {name}", { what: broken.what, name: broken.name }), () => writeGiven(check, broken.name, broken.data));
        const program = await check.act(t("run {command}", { command: `peer.ts info ${broken.name}` }), () => check.launch("peer.ts", ["info", path]));
        await expectCleanFailure(check, program, broken.what, { mentions: broken.mentions, printsWithin: DEADLINES.reply });
      }
    },
  },
];

/** The pairs of a dictionary's bytes, sorted by key (the grader's decoding of its own, well-formed bytes). */
function sortedDictPairs(bytes: Buffer): [Uint8Array, Bvalue][] | undefined {
  const pairs = readDict(bytes, 0)?.pairs;
  return pairs && [...pairs].sort(([a], [b]) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}

/** A tiny reader for the grader's own bytes: strings stay bytes, dictionaries pairs in file order. */
function readDict(data: Buffer, at: number): { pairs: [Uint8Array, Bvalue][]; end: number } | undefined {
  if (data[at] !== 0x64) return undefined;
  const pairs: [Uint8Array, Bvalue][] = [];
  let next = at + 1;
  while (data[next] !== 0x65) {
    const key = readValue(data, next);
    const value = readValue(data, key.end);
    pairs.push([key.value as Uint8Array, value.value]);
    next = value.end;
  }
  return { pairs, end: next + 1 };
}

function readValue(data: Buffer, at: number): { value: Bvalue; end: number } {
  const first = data[at]!;
  if (first === 0x69) {
    const end = data.indexOf(0x65, at);
    return { value: Number(data.subarray(at + 1, end).toString("latin1")), end: end + 1 };
  }
  if (first === 0x6c) {
    const items: Bvalue[] = [];
    let next = at + 1;
    while (data[next] !== 0x65) {
      const item = readValue(data, next);
      items.push(item.value);
      next = item.end;
    }
    return { value: items, end: next + 1 };
  }
  if (first === 0x64) {
    const read = readDict(data, at)!;
    return { value: { pairs: read.pairs }, end: read.end };
  }
  const colon = data.indexOf(0x3a, at);
  const length = Number(data.subarray(at, colon).toString("latin1"));
  return { value: Buffer.from(data.subarray(colon + 1, colon + 1 + length)), end: colon + 1 + length };
}
