// The grader's scripted BitTorrent seeder for exercise 12's download checks: it listens on
// 127.0.0.1 port 0, and the student's `peer.ts download … --peer 127.0.0.1:PORT` connects to it.
// Every byte each way is in the check's transcript (a Conversation records them); the seeder
// also cuts what the leecher sends into messages (the grader's own codec, bt-wire.ts) and
// measures every request: at most 16 KiB, inside its piece, of a piece it said it has, and not
// while the leecher is choked. A request that breaks one of those is written down and the
// connection is closed, as many real clients do.
//
//   const seeder = await startSeeder(check, { torrent, name: t("seeder 1"), cut: "bytes" });
//   …                                         // the student's program downloads from seeder.port
//   seeder.connections[0].handshake           // the leecher's 68 bytes, field by field
//   seeder.connections[0].requests            // every request, with `choked` when it came before the unchoke
//   seeder.problems()                         // what the seeder held against the leecher, in words
//
// The script: the info hash it answers with (another torrent's, say), which pieces its bitfield
// says it has (or a `have` for each instead of a bitfield), how it cuts its writes, how long it
// keeps the leecher choked, and which piece it corrupts (one byte flipped, same length).
import { createServer, type Server, type Socket } from "node:net";
import type { CheckContext } from "../harness/check.ts";
import { Conditions, DEADLINES, within } from "../harness/deadline.ts";
import { Conversation } from "../harness/wire.ts";
import { t } from "../i18n/index.ts";
import { bitfield, BLOCK, handshake, have, keepAlive, message, MESSAGE, piece, readRequest, WireReader, type Handshake, type WireMessage } from "./bt-wire.ts";
import type { Metainfo } from "./metainfo.ts";

export interface SeederScript {
  /** The torrent it serves: its content, pieces and info hash. */
  torrent: Metainfo;
  /** Its name in the transcript ("seeder 1"), already translated. */
  name: string;
  /** The info hash its handshake answers with; the torrent's unless given (another torrent's, say). */
  infoHash?: Buffer;
  /** Which pieces it has (and serves); every piece unless given. */
  has?: (index: number) => boolean;
  /** false: no bitfield, a `have` for each piece it has instead. */
  sendBitfield?: boolean;
  /**
   * How it cuts its writes: "whole" (each message a write of its own, the handshake and bitfield
   * together), "bytes" (every byte a write of its own, each sent once the leecher has read the
   * one before), "coalesced" (several messages in one write, keep-alives between them).
   */
  cut?: "whole" | "bytes" | "coalesced";
  /**
   * Keeps the leecher choked after its `interested` for `ms`, or until it has sent `messages`
   * messages more (a request, say), whichever comes first; unchoked at once unless given.
   */
  choke?: { ms: number; messages?: number };
  /** The piece whose bytes it sends wrong (the first byte of each block flipped). */
  corrupt?: number;
  /** It answers the handshake and then never sends another byte: no bitfield, no unchoke. */
  silent?: boolean;
}

export interface SeenRequest {
  index: number;
  begin: number;
  length: number;
  /** It came before the seeder's unchoke. */
  choked: boolean;
}

export interface SeederConnection {
  /** The leecher's handshake, once its 68 bytes came. */
  handshake?: Handshake;
  /** The leecher's 68 bytes as sent. */
  handshakeBytes?: Buffer;
  /** Every message after the handshake, in order. */
  messages: WireMessage[];
  requests: SeenRequest[];
  /** What the leecher did wrong, in words (a request too long, past the end, while choked, …). */
  problems: string[];
  conversation: Conversation;
}

export interface Seeder {
  port: number;
  name: string;
  connections: SeederConnection[];
  /** Every problem of every connection. */
  problems(): string[];
  /** Every request of every connection. */
  requests(): SeenRequest[];
  /** Resolves with what `probe` returns once it is not undefined (looked at after every byte that comes and every close), or fails after `ms`. */
  waitFor<T>(ms: number, what: string, probe: () => T | undefined): Promise<T>;
}

function pieceLengthOf(torrent: Metainfo, index: number): number {
  return Math.min(torrent.pieceLength, torrent.content.length - index * torrent.pieceLength);
}

/** Starts a scripted seeder on 127.0.0.1, port 0; it closes when the check ends. */
export async function startSeeder(check: CheckContext, script: SeederScript): Promise<Seeder> {
  const { torrent, name } = script;
  const count = torrent.pieces.length;
  const hasPiece = script.has ?? (() => true);
  const cut = script.cut ?? "whole";
  const connections: SeederConnection[] = [];
  const sockets = new Set<Socket>();
  const conditions = new Conditions();

  const serve = (socket: Socket) => {
    sockets.add(socket);
    socket.once("close", () => {
      sockets.delete(socket);
      conditions.changed();
    });
    check.transcript.record({ from: "peer", peer: name, kind: "accept", text: t("accepted a connection from {from}", { from: `${socket.remoteAddress}:${socket.remotePort}` }) });
    const conversation = new Conversation(socket, check.transcript, "peer", "student", name);
    const connection: SeederConnection = { messages: [], requests: [], problems: [], conversation };
    connections.push(connection);
    const reader = new WireReader(true, BLOCK + 1024);
    let choked = true;
    let interested = false;
    let closed = false;
    let holdTimer: NodeJS.Timeout | undefined;
    /** With `choke.messages`: the count of messages at which the hold ends. */
    let holdUntil: number | undefined;
    /** Writes go out one after the other, whatever the cut. */
    let writing: Promise<void> = Promise.resolve();
    /** Messages waiting to go out together ("coalesced"). */
    let batch: Buffer[] = [];

    const close = (why: string) => {
      if (closed) return;
      closed = true;
      clearTimeout(holdTimer);
      check.transcript.record({ from: "peer", peer: name, kind: "note", text: t("closes the connection: {why}", { why }) });
      conversation.close();
    };
    const refuse = (problem: string) => {
      connection.problems.push(problem);
      close(problem);
    };
    /** Sends `parts` as the cut says; "coalesced" gathers them until flush(). */
    const send = (...parts: Buffer[]) => {
      if (cut === "coalesced") {
        for (const part of parts) batch.push(part, keepAlive());
        return;
      }
      const bytes = Buffer.concat(parts);
      writing = writing.then(() => (closed ? undefined : cut === "bytes" ? conversation.sendOneByteAtATime(bytes) : conversation.send(bytes)));
    };
    const flush = () => {
      if (cut !== "coalesced" || batch.length === 0) return;
      const bytes = Buffer.concat(batch);
      batch = [];
      writing = writing.then(() => (closed ? undefined : conversation.send(bytes)));
    };
    const unchoke = () => {
      if (closed || !choked) return;
      clearTimeout(holdTimer);
      choked = false;
      send(message(MESSAGE.unchoke));
      flush();
    };
    const answer = (request: SeenRequest) => {
      const { index, begin, length } = request;
      const where = `(${index}, ${begin}, ${length})`;
      if (request.choked) return refuse(t("the request {request} came while the leecher was choked: no request before unchoke", { request: where }));
      if (length > BLOCK) return refuse(t("the request {request} asks for {length} bytes, more than 16384", { request: where, length }));
      if (length === 0) return refuse(t("the request {request} asks for 0 bytes", { request: where }));
      if (index >= count) return refuse(t("the request {request} names piece {index}, but the torrent has pieces 0 to {last}", { request: where, index, last: count - 1 }));
      if (!hasPiece(index)) return refuse(t("the request {request} asks for piece {index}, which this seeder does not have", { request: where, index }));
      const size = pieceLengthOf(torrent, index);
      if (begin + length > size) return refuse(t("the request {request} ends at byte {end} of piece {index}, which is {size} bytes long", { request: where, end: begin + length, index, size }));
      const block = Buffer.from(torrent.content.subarray(index * torrent.pieceLength + begin, index * torrent.pieceLength + begin + length));
      if (index === script.corrupt) block[0] = block[0]! ^ 0xff;
      send(piece(index, begin, block));
    };

    socket.on("data", (chunk: Buffer) => {
      if (closed) return;
      let taken: ReturnType<WireReader["push"]>;
      try {
        taken = reader.push(chunk);
      } catch (error) {
        return refuse(error instanceof Error ? error.message : String(error));
      }
      if (taken.handshake) {
        const hs = taken.handshake;
        connection.handshake = hs;
        connection.handshakeBytes = Buffer.concat([Buffer.of(hs.length), hs.protocol, hs.reserved, hs.infoHash, hs.peerId]);
        if (hs.length !== 19 || hs.protocol.toString("latin1") !== "BitTorrent protocol") return close(t("that is not a BitTorrent handshake"));
        if (!hs.infoHash.equals(torrent.infoHash)) return close(t("another info hash: the leecher asks for another torrent"));
        const own = handshake(script.infoHash ?? torrent.infoHash, Buffer.from("-GR0012-grader-seedr", "latin1"));
        if (script.silent) {
          check.transcript.record({ from: "peer", peer: name, kind: "note", text: t("answers the handshake, then sends nothing more") });
          send(own);
          return;
        }
        const what =
          script.sendBitfield === false
            ? Array.from({ length: count }, (_, index) => index)
                .filter(hasPiece)
                .map((index) => have(index))
            : [bitfield(count, hasPiece)];
        if (cut === "whole") send(Buffer.concat([own, ...what]));
        else send(own, ...what);
        flush();
      }
      for (const each of taken.messages) {
        if (closed) return;
        connection.messages.push(each);
        if (script.silent) continue;
        if (each.id === MESSAGE.interested && !interested) {
          interested = true;
          if (!script.choke) unchoke();
          else {
            const after = connection.messages.length;
            const waitFor = script.choke.messages;
            holdTimer = setTimeout(unchoke, script.choke.ms);
            if (waitFor !== undefined) holdUntil = after + waitFor;
          }
        } else if (each.id === MESSAGE.request && each.payload.length >= 12) {
          const request = { ...readRequest(each.payload), choked };
          connection.requests.push(request);
          answer(request);
        }
        if (choked && interested && holdUntil !== undefined && connection.messages.length >= holdUntil) unchoke();
      }
      flush();
      conditions.changed();
    });
  };

  const server: Server = createServer({ allowHalfOpen: true }, serve);
  await within(
    DEADLINES.reply,
    t("{name} to listen", { name }),
    new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen({ host: "127.0.0.1", port: 0 }, () => resolve());
    }),
  );
  check.defer(
    () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  );
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  check.transcript.note(t("{name} listens on {host}:{port}", { name, host: "127.0.0.1", port }));
  return {
    port,
    name,
    connections,
    problems: () => connections.flatMap((connection) => connection.problems),
    requests: () => connections.flatMap((connection) => connection.requests),
    waitFor: (ms, what, probe) => conditions.waitFor(ms, what, probe),
  };
}
