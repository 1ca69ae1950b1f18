// Exercise 05: messages on a byte stream, with a 4-byte length prefix.
//
// TCP delivers bytes, not messages: one "data" event may hold half a message, or three. The
// note's server reads with recv(100) and hopes the whole greeting is there. A frame says how
// long the message is before the message itself, so the reader knows exactly where it ends:
//
//   [ length: 4 bytes, unsigned, big-endian ][ payload: exactly `length` bytes ]
//
//   "Hi" -> 00 00 00 02 48 69        "" (an empty message) -> 00 00 00 00
//
// This file is a library: echo-server.ts and echo-client.ts import it, and so does the grader.

/** Size of the length prefix in front of every payload. */
export const HEADER_BYTES = 4;

/** The largest payload a frame may carry: 64 KiB. A header announcing more is refused. */
export const MAX_FRAME_BYTES = 64 * 1024;

/**
 * Wraps `payload` in a frame: a 4-byte header holding the payload's length in bytes (unsigned,
 * big-endian, "network byte order"), followed by the payload itself. Text is sent as UTF-8.
 *
 * Throws an Error when the payload is longer than MAX_FRAME_BYTES: the other side would refuse it.
 */
export function encodeFrame(payload: Uint8Array | string): Buffer {
  // TODO: write encodeFrame. Read lessons/05-framing.md first; these steps get you there:
  //   1. Turn text into bytes first: `Buffer.from(payload, "utf8")` when `typeof payload === "string"`.
  //      Count the length in bytes, not characters: "안녕".length is 2, but it is 6 bytes in UTF-8.
  //   2. If there are more than MAX_FRAME_BYTES bytes, throw an Error that says the payload is too
  //      large, how large it is, and what the maximum is.
  //   3. Make the header: `Buffer.alloc(HEADER_BYTES)` and `header.writeUInt32BE(length, 0)`.
  //      BE means big-endian: the most significant byte first, so 300 becomes 00 00 01 2c.
  //   4. Return the header and the payload joined: `Buffer.concat([header, bytes])`.
  throw new Error("TODO: write encodeFrame (see lessons/05-framing.md)");
}

/**
 * Turns the chunks of a byte stream back into the payloads of the frames in it. Give it every
 * chunk in the order it arrived; it keeps the bytes of an unfinished frame until the rest comes.
 */
export class FrameDecoder {
  /** Bytes received but not yet returned: the start of the next frame. */
  private pending: Buffer = Buffer.alloc(0);

  constructor(readonly maxFrameBytes: number = MAX_FRAME_BYTES) {}

  /**
   * Adds `chunk` to the bytes received so far and returns the payload of every frame that is now
   * complete, in order: none, one or several. An empty frame (length 0) gives an empty Buffer.
   *
   * Throws an Error as soon as a header announces more than `maxFrameBytes` bytes, before waiting
   * for that body: a peer must not make us hold gigabytes in memory.
   */
  push(chunk: Uint8Array): Buffer[] {
    // TODO: write push. Read lessons/05-framing.md first; these steps get you there:
    //   1. Append the chunk to what is pending: `this.pending = Buffer.concat([this.pending, chunk])`.
    //      A chunk can end anywhere: in the middle of a header, of a payload, or of a character.
    //   2. Loop `while` at least HEADER_BYTES bytes are pending (a loop, not an `if`: one chunk can
    //      hold several frames). Read the length with `this.pending.readUInt32BE(0)`.
    //   3. If the length is more than `this.maxFrameBytes`, throw an Error right away that says the
    //      frame is too large, and gives both numbers.
    //   4. If fewer than HEADER_BYTES + length bytes are pending, the frame is not complete yet:
    //      stop the loop and wait for the next chunk.
    //   5. Otherwise take the payload with `subarray(HEADER_BYTES, HEADER_BYTES + length)`, add it to
    //      the result, and keep only the bytes after it pending. Length 0 is a real (empty) frame.
    //   6. Keep the payloads as bytes: do not turn them into text here. Only the user of a whole
    //      payload knows whether it is text.
    throw new Error("TODO: write push (see lessons/05-framing.md)");
  }
}
