// The grader's own length-prefixed framing (4-byte big-endian length, then the payload), and a
// reference echo server that speaks it. Kept apart from any student code: the grader must
// never rely on the work it grades.
import type { CheckContext } from "../harness/check.ts";
import type { Conversation } from "../harness/wire.ts";
import { t } from "../i18n/index.ts";
import { startReferenceServer, type ReferenceServer } from "./tcp-server.ts";

/** The protocol's limit; the reference peers refuse anything larger. */
export const MAX_FRAME_BYTES = 64 * 1024;

/** A frame as the protocol defines it: 4-byte big-endian length in bytes, then the payload. */
export function frame(payload: string | Uint8Array): Buffer {
  const bytes = typeof payload === "string" ? Buffer.from(payload, "utf8") : Buffer.from(payload);
  const header = Buffer.alloc(4);
  header.writeUInt32BE(bytes.length, 0);
  return Buffer.concat([header, bytes]);
}

/** Several frames back to back, as they travel on the wire. */
export function frames(payloads: readonly (string | Uint8Array)[]): Buffer {
  return Buffer.concat(payloads.map((payload) => frame(payload)));
}

/** Just a header, announcing `length` bytes that may never come. */
export function header(length: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(length, 0);
  return bytes;
}

/** How the reference echo server cuts the echo of the frame numbered `index` into writes. */
export type Cutter = (framed: Buffer, index: number) => Buffer[];

/**
 * Starts a reference echo server: it reads the client's frames one by one and sends each back,
 * cut into the writes `cut` chooses. It closes its side when the client does, or after `echoes`
 * echoes, and drops a client that announces a frame over the limit (or sends something that is
 * not a frame at all).
 */
export function startEchoServer(check: CheckContext, cut: Cutter, echoes = Infinity, host = "127.0.0.1"): Promise<ReferenceServer> {
  return startReferenceServer(check, async (conversation) => {
    for (let offset = 0, index = 0; index < echoes; index++) {
      const framed = await nextFrame(check, conversation, offset);
      if (!framed) break;
      offset += framed.length;
      const pieces = cut(framed, index);
      // Each piece is read on its own (see Conversation.settle), so every echo is split for sure.
      await conversation.sendInPieces(pieces);
    }
    // Its own FIN, in the transcript too (a drop in nextFrame has sent it already).
    if (!conversation.socket.writableEnded) conversation.endWriting();
  }, host);
}

/**
 * Starts a reference server that reads the client's `count` frames and answers with a header
 * announcing one byte over the limit, then waits, connection open: a client that waits for that
 * body instead of refusing it at the header hangs.
 */
export function startOversizedEchoServer(check: CheckContext, count: number): Promise<ReferenceServer> {
  return startReferenceServer(check, async (conversation) => {
    for (let offset = 0, index = 0; index < count; index++) {
      const framed = await nextFrame(check, conversation, offset);
      if (!framed) return;
      offset += framed.length;
    }
    await conversation.send(header(MAX_FRAME_BYTES + 1));
  });
}

/** The next whole frame at `offset` of what the client sent; undefined once the client is done. */
async function nextFrame(check: CheckContext, conversation: Conversation, offset: number): Promise<Buffer | undefined> {
  const received = await conversation.waitForBytes(offset + 4, t("the header of the next frame"));
  if (received.length < offset + 4) return undefined;
  const length = received.readUInt32BE(offset);
  if (length > MAX_FRAME_BYTES) {
    check.transcript.note(
      t("the reference server drops the client: a header announces {length} bytes, over the {max}-byte limit", { length, max: MAX_FRAME_BYTES }),
    );
    // FIN, never a reset: destroying a socket with bytes still unread makes the kernel send a
    // reset instead, so the client would see a reset or an ordinary close depending on whether
    // its next bytes had arrived yet, and its verdict would depend on timing.
    conversation.endWriting();
    return undefined;
  }
  const whole = await conversation.waitForBytes(offset + 4 + length, t("the {length}-byte payload of the frame", { length }));
  return whole.length < offset + 4 + length ? undefined : whole.subarray(offset, offset + 4 + length);
}
