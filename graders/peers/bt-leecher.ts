// The grader's scripted leecher for exercise 12: it connects to the student's `peer.ts seed`,
// and a check scripts what it sends (a handshake, or random bytes as an encrypted first try
// would be; interested; requests, pipelined; a bitfield again and again; a request it should
// not make) and reads what the seeder sends back. The connection is a Conversation
// (graders/harness/wire.ts), so every byte each way and the close are in the transcript; the
// stream is cut into the handshake and messages with the grader's own codec (bt-wire.ts), and
// each message is written in the transcript by name. Every wait has a deadline.
//
//   const leecher = leecherOn(check, await connectToServer(check, server)); // graders/checks/expect.ts
//   await leecher.send(handshake(torrent.infoHash, leecher.peerId));
//   const theirs = await leecher.waitForHandshake();             // undefined: closed first
//   const bits = await leecher.waitForMessage(MESSAGE.bitfield); // undefined: closed first
//   const blocks = await leecher.fetch(blocksOf(torrent), 5);     // every block, 5 requests out
import type { CheckContext } from "../harness/check.ts";
import { Conditions, DEADLINES } from "../harness/deadline.ts";
import type { Conversation, Ending } from "../harness/wire.ts";
import { t } from "../i18n/index.ts";
import { BLOCK, messageName, MESSAGE, readPiece, request, WireReader, type Handshake, type WireMessage } from "./bt-wire.ts";
import type { Metainfo } from "./metainfo.ts";

/** A message the seeder sent, with its place among them and when it came (transcript ms). */
export interface ReceivedMessage extends WireMessage {
  /** 0 for the first message after the handshake. */
  order: number;
  at: number;
}

/** One block to ask for. */
export interface Block {
  index: number;
  begin: number;
  length: number;
}

/** What a fetch got: the blocks answered (by request), and how it ended. */
export interface Fetched {
  /** The bytes of each block answered, in the order asked. */
  blocks: Map<Block, Buffer>;
  /** Piece messages that answered no request of ours (another index or begin), or one of another length. */
  strays: { index: number; begin: number; length: number }[];
  /** Undefined when every block came; otherwise what stopped it. */
  stopped?: "closed" | "timeout";
}

/** The largest message the leecher will cut: far above a correct seeder's, so a seeder's 32 KiB block is read as what it is. */
const MAX_MESSAGE = 4 * BLOCK + 1024;

const hex = (bytes: Uint8Array, most = 16) => Buffer.from(bytes.subarray(0, most)).toString("hex").replace(/(..)(?=.)/g, "$1 ") + (bytes.length > most ? " …" : "");

/** Every block of a torrent, in order: 16 KiB each, the last of each piece what is left of it. */
export function blocksOf(torrent: Pick<Metainfo, "content" | "pieceLength" | "pieces">): Block[] {
  const blocks: Block[] = [];
  for (let index = 0; index < torrent.pieces.length; index++) {
    const size = Math.min(torrent.pieceLength, torrent.content.length - index * torrent.pieceLength);
    for (let begin = 0; begin < size; begin += BLOCK) blocks.push({ index, begin, length: Math.min(BLOCK, size - begin) });
  }
  return blocks;
}

/** The bytes a block should hold. */
export function bytesOf(torrent: Pick<Metainfo, "content" | "pieceLength">, block: Block): Buffer {
  const at = block.index * torrent.pieceLength + block.begin;
  return torrent.content.subarray(at, at + block.length);
}

export class Leecher {
  /** The seeder's handshake, once 68 bytes came. */
  handshake: Handshake | undefined;
  /** Every message after the handshake, in order. */
  readonly messages: ReceivedMessage[] = [];
  /** When the connection ended (transcript ms), once it has. */
  endedAt: number | undefined;
  /** Set when the seeder's bytes could not be cut into messages (a length far too large). */
  garbled: string | undefined;
  private readonly reader = new WireReader(true, MAX_MESSAGE);
  private readonly conditions = new Conditions();
  /** Messages before this one were looked at by a fetch already. */
  private piecesTaken = 0;

  constructor(
    readonly conversation: Conversation,
    private readonly check: CheckContext,
    /** This leecher's peer id: "-GR0012-" and 12 bytes of its number. */
    readonly peerId: Buffer,
  ) {
    conversation.socket.on("data", (chunk: Buffer) => this.take(chunk));
    for (const event of ["end", "close", "error"]) {
      conversation.socket.on(event, () => {
        this.endedAt ??= check.transcript.elapsed();
        this.conditions.changed();
      });
    }
  }

  /** The name the transcript gives this connection ("client 2"). */
  get name(): string {
    return this.conversation.peer ?? "";
  }

  /** How the seeder ended the connection, once it has. */
  get ending(): Ending | undefined {
    return this.conversation.ending;
  }

  private take(chunk: Buffer): void {
    if (this.garbled !== undefined) return;
    try {
      const { handshake, messages } = this.reader.push(chunk);
      if (handshake) {
        this.handshake = handshake;
        this.check.transcript.note(
          t("{who} read the seeder's handshake: first byte {length}, info hash {hash}", { who: this.name, length: handshake.length, hash: handshake.infoHash.toString("hex") }),
        );
      }
      for (const message of messages) {
        const received = { ...message, order: this.messages.length, at: this.check.transcript.elapsed() };
        this.messages.push(received);
        // Pieces are many and large: the transcript shows their bytes; the rest is named.
        if (message.id !== MESSAGE.piece) {
          this.check.transcript.note(t("{who} read a {name} message {payload}", { who: this.name, name: messageName(message.id), payload: hex(message.payload) }).trimEnd());
        }
      }
    } catch (error) {
      this.garbled = error instanceof Error ? error.message : String(error);
      this.check.transcript.note(t("{who} cannot read the seeder's bytes as messages: {error}", { who: this.name, error: this.garbled }));
    }
    this.conditions.changed();
  }

  /** Sends bytes in one write. */
  send(bytes: Uint8Array): Promise<void> {
    return this.conversation.send(bytes);
  }

  /** Resolves with the seeder's handshake, or undefined when it closed (or garbled) before 68 bytes. */
  waitForHandshake(ms: number = DEADLINES.reply): Promise<Handshake | undefined> {
    return this.conditions
      .waitFor(ms, t("the seeder's 68-byte handshake on {who}", { who: this.name }), () => this.handshake ?? (this.over() ? null : undefined))
      .then((found) => found ?? undefined);
  }

  /** Resolves with the first message from `from` on (by order) that `id` or `match` picks, or undefined when the connection ended first. */
  waitForMessage(match: number | ((message: ReceivedMessage) => boolean), what?: string, ms: number = DEADLINES.reply, from = 0): Promise<ReceivedMessage | undefined> {
    const picks = typeof match === "number" ? (message: ReceivedMessage) => message.id === match : match;
    const described = what ?? t("a {name} message from the seeder on {who}", { name: messageName(match as number), who: this.name });
    return this.conditions
      .waitFor(ms, described, () => this.messages.slice(from).find(picks) ?? (this.over() ? null : undefined))
      .then((found) => found ?? undefined);
  }

  /**
   * Resolves with how the seeder ended the connection, or undefined when it is still open after
   * `ms`; as soon as a message `unless` picks comes, with that message instead (the seeder did
   * what it should not, and will not close).
   */
  waitForEnding(ms: number = DEADLINES.reply, unless: (message: ReceivedMessage) => boolean = () => false): Promise<Ending | ReceivedMessage | undefined> {
    return this.conditions
      .waitFor<Ending | ReceivedMessage>(ms, t("the seeder to close {who}", { who: this.name }), () => this.messages.find(unless) ?? this.conversation.ending ?? (this.garbled !== undefined ? "close" : undefined))
      .catch(() => undefined);
  }

  /** The connection ended, or its bytes cannot be read any further. */
  private over(): boolean {
    return this.conversation.ending !== undefined || this.garbled !== undefined;
  }

  /**
   * Asks for `blocks` with at most `pipeline` requests out at a time (the next one sent as each
   * block comes), and collects the answers; each wait for the next block has `ms`. Pieces that
   * came before, and no earlier fetch took, count too.
   */
  async fetch(blocks: readonly Block[], pipeline = 5, ms: number = DEADLINES.reply, alreadyAsked = 0): Promise<Fetched> {
    const result: Fetched = { blocks: new Map(), strays: [] };
    // The first `alreadyAsked` blocks were requested before (behind interested, say).
    const waiting: Block[] = blocks.slice(0, alreadyAsked);
    let next = alreadyAsked;
    const sendMore = async () => {
      const batch: Buffer[] = [];
      while (waiting.length < pipeline && next < blocks.length) {
        const block = blocks[next++]!;
        waiting.push(block);
        batch.push(request(block.index, block.begin, block.length));
      }
      if (batch.length > 0) await this.send(Buffer.concat(batch));
    };
    await sendMore();
    while (waiting.length > 0) {
      const message = await this.waitForMessage(MESSAGE.piece, t("a piece message from the seeder on {who}", { who: this.name }), ms, this.piecesTaken).catch(() => "timeout" as const);
      if (message === "timeout" || message === undefined) {
        result.stopped = message === "timeout" ? "timeout" : "closed";
        return result;
      }
      this.piecesTaken = message.order + 1;
      const { index, begin, block } = readPiece(message.payload);
      const at = waiting.findIndex((asked) => asked.index === index && asked.begin === begin);
      if (at >= 0 && waiting[at]!.length !== block.length) {
        // The answer to that request, of another length: wrong, and nothing else will come for it.
        result.strays.push({ index, begin, length: block.length });
        waiting.splice(at, 1);
        await sendMore();
        continue;
      }
      if (at < 0) {
        result.strays.push({ index, begin, length: block.length });
        // A seeder that answers with other blocks never answers ours: stop at the first few.
        if (result.strays.length >= pipeline) {
          result.stopped = "closed";
          return result;
        }
        continue;
      }
      result.blocks.set(waiting[at]!, Buffer.from(block));
      waiting.splice(at, 1);
      await sendMore();
    }
    return result;
  }

  close(): void {
    this.conversation.close();
  }
}

let leechers = 0;

/** A peer id of the grader's: "-GR0012-" and 12 bytes that count the leechers. */
export function leecherPeerId(): Buffer {
  const id = Buffer.alloc(20, 0x30);
  id.write("-GR0012-", 0, "latin1");
  id.write(String(++leechers).padStart(12, "0"), 8, "latin1");
  return id;
}

/** A scripted leecher on `conversation`, a connection to the student's seeder (check.connect: recorded, closed when the check ends). */
export function leecherOn(check: CheckContext, conversation: Conversation): Leecher {
  return new Leecher(conversation, check, leecherPeerId());
}
