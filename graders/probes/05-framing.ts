// Probe for exercise 05: runs the student's encodeFrame and FrameDecoder on bytes the grader
// chooses, and reports what came out. Bytes travel as hex, so JSON carries any of them.
import { encodeFrame, FrameDecoder, MAX_FRAME_BYTES } from "student:framing.ts";
import { runProbe } from "./run-probe.ts";

/** A payload to encode: text (sent as UTF-8), raw bytes in hex, or `size` bytes of zeros. */
export type PayloadSpec = { text: string } | { hex: string } | { size: number };

/** What encodeFrame did: the frame in hex (only its length and header for big ones), or its error. */
export type Encoded = { frame: string } | { frameLength: number; header: string } | { threw: string };

/** What each push returned (payloads in hex); on an error, where and what it was. */
export interface Decoded {
  pushes: string[][];
  threw?: { atPush: number; message: string };
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

/** A header announcing `length` bytes (built here, not by the student's encoder), then `body`. */
function withHeader(length: number, body: Uint8Array = new Uint8Array()): Buffer {
  const header = Buffer.alloc(4);
  header.writeUInt32BE(length, 0);
  return Buffer.concat([header, body]);
}

function payloadOf(spec: PayloadSpec): string | Uint8Array {
  if ("text" in spec) return spec.text;
  if ("hex" in spec) return Buffer.from(spec.hex, "hex");
  return new Uint8Array(spec.size);
}

function encode(spec: PayloadSpec): Encoded {
  try {
    const frame = encodeFrame(payloadOf(spec));
    return "size" in spec ? { frameLength: frame.length, header: hex(frame.subarray(0, 4)) } : { frame: hex(frame) };
  } catch (error) {
    return { threw: error instanceof Error ? error.message : String(error) };
  }
}

function decode(chunks: string[], maxFrameBytes?: number): Decoded {
  const decoder = maxFrameBytes === undefined ? new FrameDecoder() : new FrameDecoder(maxFrameBytes);
  const pushes: string[][] = [];
  for (const [index, chunk] of chunks.entries()) {
    try {
      pushes.push(decoder.push(Buffer.from(chunk, "hex")).map(hex));
    } catch (error) {
      return { pushes, threw: { atPush: index, message: error instanceof Error ? error.message : String(error) } };
    }
  }
  return { pushes };
}

await runProbe({
  /** encodeFrame on each payload. */
  encode: (payloads: PayloadSpec[]) => payloads.map(encode),
  /** One new FrameDecoder, fed the chunks in order. */
  decode: ({ chunks, maxFrameBytes }: { chunks: string[]; maxFrameBytes?: number }) => decode(chunks, maxFrameBytes),
  /**
   * The limit on both sides: the encoder one under, at and over MAX_FRAME_BYTES; a
   * FrameDecoder(smallMax) given frames of smallMax - 1 and smallMax bytes, then a lone header
   * announcing one byte more; and a default FrameDecoder given a header announcing
   * MAX_FRAME_BYTES + 1 followed by two bytes.
   */
  limits: ({ smallMax }: { smallMax: number }) => ({
    maxFrameBytes: MAX_FRAME_BYTES,
    encodeUnderMax: encode({ size: MAX_FRAME_BYTES - 1 }),
    encodeAtMax: encode({ size: MAX_FRAME_BYTES }),
    encodeOverMax: encode({ size: MAX_FRAME_BYTES + 1 }),
    decodeSmall: decode(
      [hex(withHeader(smallMax - 1, Buffer.alloc(smallMax - 1, 0x62))), hex(withHeader(smallMax, Buffer.alloc(smallMax, 0x61))), hex(withHeader(smallMax + 1))],
      smallMax,
    ),
    decodeDefault: decode([hex(withHeader(MAX_FRAME_BYTES + 1, Buffer.from("ab")))]),
  }),
  /** A default FrameDecoder given each header alone (with two bytes after it): lengths past 2^31. */
  hugeHeaders: ({ lengths }: { lengths: number[] }) => lengths.map((length) => decode([hex(withHeader(length, Buffer.from("ab")))])),
});
