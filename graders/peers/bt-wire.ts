// The grader's own codec of BitTorrent's peer wire protocol (BEP 3), for exercise 12's scripted
// seeders and leechers; never the student's peer.ts. A connection opens with a 68-byte handshake
// each way; after it, every message is a 4-byte big-endian length, then an id byte and a payload
// (length 0 is a keep-alive, which has neither).

export const PROTOCOL = "BitTorrent protocol";
export const HANDSHAKE_LENGTH = 49 + PROTOCOL.length;
/** The block size every client asks for; BEP 3 lets a seeder refuse more than this. */
export const BLOCK = 16 * 1024;

export const MESSAGE = {
  choke: 0,
  unchoke: 1,
  interested: 2,
  notInterested: 3,
  have: 4,
  bitfield: 5,
  request: 6,
  piece: 7,
  cancel: 8,
} as const;

/** The name of message id `id`, for a transcript ("keep-alive" for none). */
export function messageName(id: number | undefined): string {
  if (id === undefined) return "keep-alive";
  return Object.entries(MESSAGE).find(([, value]) => value === id)?.[0] ?? `unknown id ${id}`;
}

/** The 68 bytes of a handshake: 19, "BitTorrent protocol", 8 reserved bytes, the info hash, the peer id. */
export function handshake(infoHash: Uint8Array, peerId: Uint8Array, reserved: Uint8Array = Buffer.alloc(8)): Buffer {
  return Buffer.concat([Buffer.from([PROTOCOL.length]), Buffer.from(PROTOCOL, "latin1"), reserved, infoHash, peerId]);
}

export interface Handshake {
  /** The first byte as the peer sent it (19 in a correct handshake, 0x31 for the text "19"). */
  length: number;
  protocol: Buffer;
  reserved: Buffer;
  infoHash: Buffer;
  peerId: Buffer;
}

/** The fields of the first 68 bytes of `bytes`, as sent, without judging them. */
export function readHandshake(bytes: Buffer): Handshake {
  return {
    length: bytes[0]!,
    protocol: bytes.subarray(1, 20),
    reserved: bytes.subarray(20, 28),
    infoHash: bytes.subarray(28, 48),
    peerId: bytes.subarray(48, 68),
  };
}

/** A framed message: id and payload; `length` 0 (no id) is a keep-alive. */
export function message(id: number, payload: Uint8Array = Buffer.alloc(0)): Buffer {
  const head = Buffer.alloc(5);
  head.writeUInt32BE(1 + payload.length, 0);
  head[4] = id;
  return Buffer.concat([head, payload]);
}

export const keepAlive = (): Buffer => Buffer.alloc(4);

export function have(index: number): Buffer {
  const payload = Buffer.alloc(4);
  payload.writeUInt32BE(index, 0);
  return message(MESSAGE.have, payload);
}

/** A bitfield of `count` pieces, piece 0 in the high bit of the first byte, spare bits 0. */
export function bitfield(count: number, has: (index: number) => boolean = () => true): Buffer {
  const bits = Buffer.alloc(Math.ceil(count / 8));
  for (let index = 0; index < count; index++) if (has(index)) bits[index >> 3]! |= 0x80 >> (index & 7);
  return message(MESSAGE.bitfield, bits);
}

export function request(index: number, begin: number, length: number): Buffer {
  const payload = Buffer.alloc(12);
  payload.writeUInt32BE(index, 0);
  payload.writeUInt32BE(begin, 4);
  payload.writeUInt32BE(length, 8);
  return message(MESSAGE.request, payload);
}

export function piece(index: number, begin: number, block: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(index, 0);
  head.writeUInt32BE(begin, 4);
  return message(MESSAGE.piece, Buffer.concat([head, block]));
}

export interface WireMessage {
  /** undefined for a keep-alive. */
  id: number | undefined;
  payload: Buffer;
}

/** index, begin, length of a request or cancel payload (begin and the block of a piece). */
export function readRequest(payload: Buffer): { index: number; begin: number; length: number } {
  return { index: payload.readUInt32BE(0), begin: payload.readUInt32BE(4), length: payload.readUInt32BE(8) };
}

export function readPiece(payload: Buffer): { index: number; begin: number; block: Buffer } {
  return { index: payload.readUInt32BE(0), begin: payload.readUInt32BE(4), block: payload.subarray(8) };
}

/** Whether a bitfield's payload says piece `index` is there (high bit first). */
export function hasPiece(bits: Uint8Array, index: number): boolean {
  return ((bits[index >> 3] ?? 0) & (0x80 >> (index & 7))) !== 0;
}

/**
 * Cuts a byte stream into the handshake and then messages, however the bytes arrive. A length
 * over `maxLength` is the peer's bug (or not BitTorrent at all): `push` throws, naming it.
 */
export class WireReader {
  private buffered = Buffer.alloc(0);
  private handshakeSeen: boolean;

  constructor(
    expectHandshake = true,
    private readonly maxLength = BLOCK + 1024,
  ) {
    this.handshakeSeen = !expectHandshake;
  }

  /** Bytes received and not yet part of a whole message. */
  get pending(): number {
    return this.buffered.length;
  }

  /** Adds `chunk`; returns the handshake (once) and the messages that are now whole. */
  push(chunk: Uint8Array): { handshake?: Handshake; messages: WireMessage[] } {
    this.buffered = Buffer.concat([this.buffered, chunk]);
    const result: { handshake?: Handshake; messages: WireMessage[] } = { messages: [] };
    if (!this.handshakeSeen) {
      if (this.buffered.length < HANDSHAKE_LENGTH) return result;
      result.handshake = readHandshake(this.buffered);
      this.buffered = this.buffered.subarray(HANDSHAKE_LENGTH);
      this.handshakeSeen = true;
    }
    while (this.buffered.length >= 4) {
      const length = this.buffered.readUInt32BE(0);
      if (length > this.maxLength) throw new Error(`a message of ${length} bytes announced (at most ${this.maxLength} expected)`);
      if (this.buffered.length < 4 + length) break;
      const body = this.buffered.subarray(4, 4 + length);
      result.messages.push(length === 0 ? { id: undefined, payload: Buffer.alloc(0) } : { id: body[0]!, payload: Buffer.from(body.subarray(1)) });
      this.buffered = this.buffered.subarray(4 + length);
    }
    return result;
  }
}
