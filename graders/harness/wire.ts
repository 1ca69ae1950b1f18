// A TCP connection that the grader or a reference peer holds with the student's program.
// Every byte, FIN and reset is written to the transcript, and every wait has a deadline.
import { connect as netConnect, type Socket } from "node:net";
import { t } from "../i18n/index.ts";
import { Conditions, DEADLINES, within } from "./deadline.ts";
import { CAN_SEE_RECEIVE_QUEUES, processState, unreadBytes } from "./kernel.ts";
import { bytesRead, forgetConnection, REPORTS_READ_SIZES, waitForReports } from "./read-sizes.ts";
import type { Transcript } from "./transcript.ts";
import type { Actor, TranscriptEvent } from "./types.ts";

export type Ending = "fin" | "reset" | "close";

/** Time between two looks at the kernel's view of a reader (see Conversation.flood). */
const LOOK_INTERVAL_MS = 20;

export class Conversation {
  /** Chunks received so far; joined only when asked, so a large transfer stays linear. */
  private chunks: Buffer[] = [];
  /** How many bytes have arrived from the other side so far. */
  receivedLength = 0;
  /** How many bytes this side has sent, write by write (not a flood's). */
  private sentLength = 0;
  /** How the other side ended the connection, once it has. */
  ending: Ending | undefined;
  /** The error code the socket reported (ECONNRESET, EPIPE, …), if any. */
  errorCode: string | undefined;
  private readonly conditions = new Conditions();
  private closed = false;

  constructor(
    readonly socket: Socket,
    readonly transcript: Transcript,
    readonly me: Actor,
    readonly them: Actor,
    /** The reference peer's name, when several can play in one check ("client 2"): its lifeline in a diagram. */
    readonly peer?: string,
  ) {
    socket.setNoDelay(true);
    socket.on("data", (chunk: Buffer) => {
      this.chunks.push(chunk);
      this.receivedLength += chunk.length;
      this.log({ from: them, to: me, kind: "data", bytes: chunk });
      this.conditions.changed();
    });
    socket.on("end", () => {
      this.ending ??= "fin";
      this.log({ from: them, kind: "fin", text: t("sent FIN: it will send nothing more") });
      this.conditions.changed();
    });
    socket.on("error", (error: NodeJS.ErrnoException) => {
      this.errorCode ??= error.code;
      if (error.code === "ECONNRESET") {
        this.ending ??= "reset";
        this.log({ from: them, kind: "reset", text: t("reset the connection (ECONNRESET)") });
      } else {
        // Our own socket failed (EPIPE: writing after the other side closed, …): say so as ours.
        this.log({ from: me, kind: "error", text: t("the connection failed: {error}", { error: error.code ?? error.message }) });
      }
      this.conditions.changed();
    });
    socket.on("close", () => {
      const { localPort, remotePort } = socket;
      if (REPORTS_READ_SIZES && localPort && remotePort) forgetConnection(remotePort, localPort);
      this.closed = true;
      this.ending ??= "close";
      this.conditions.changed();
    });
  }

  private log(event: Omit<TranscriptEvent, "at">): void {
    this.transcript.record(this.peer === undefined ? event : { ...event, peer: this.peer });
  }

  /** Every byte received from the other side so far. */
  get received(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }

  /** Resolves when `probe` returns a value, looked at again after every event. */
  private waitFor<T>(ms: number, what: string, probe: () => T | undefined): Promise<T> {
    return this.conditions.waitFor(ms, what, probe);
  }

  /**
   * Waits until the student's program has read every byte sent so far, so the next write
   * reaches it as a read of its own. This is certain, whatever the machine's load: on Linux the
   * kernel's receive queue is empty; elsewhere the program's own socket reported having read it
   * all (read-sizes.ts). "read" once it has, "unread" when bytes still wait at the deadline,
   * "unknown" when the connection has no ports to look up (the program only gets a moment).
   */
  async settle(): Promise<"read" | "unread" | "unknown"> {
    const { localPort, remotePort } = this.socket;
    if (!localPort || !remotePort) {
      await this.transcript.settle();
      return "unknown";
    }
    if (!CAN_SEE_RECEIVE_QUEUES) return this.settleByReports(localPort, remotePort);
    const end = Date.now() + DEADLINES.reply;
    // The student's side of this connection: its local port is our remote port, and back.
    for (;;) {
      if (((await unreadBytes(remotePort, localPort)) ?? 0) === 0) return "read";
      if (Date.now() >= end) return "unread";
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  }

  /** Off Linux: until the program's socket reports every byte sent so far read, the connection is gone, or the deadline. */
  private async settleByReports(localPort: number, remotePort: number): Promise<"read" | "unread"> {
    const sent = this.sentLength;
    const { done, wake } = waitForReports(DEADLINES.reply, t("your program to read what was sent"), () =>
      // A FIN only ends the other side's writing (a half-close): it may still read.
      bytesRead(remotePort, localPort) >= sent || this.closed || this.ending === "reset" || this.socket.destroyed ? true : undefined,
    );
    this.socket.once("close", wake).once("error", wake);
    // Past the deadline the grader goes on, as on Linux: the check's own expectations judge.
    await done.catch(() => undefined);
    this.socket.off("close", wake).off("error", wake);
    return bytesRead(remotePort, localPort) >= sent ? "read" : "unread";
  }

  /** Sends bytes in one write. */
  async send(data: string | Uint8Array): Promise<void> {
    const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data);
    if (this.socket.destroyed || !this.socket.writable) {
      this.transcript.note(
        bytes.length === 1
          ? t("could not send 1 more byte: the connection is closed")
          : t("could not send {count} more bytes: the connection is closed", { count: bytes.length }),
      );
      return;
    }
    this.log({ from: this.me, to: this.them, kind: "data", bytes });
    this.sentLength += bytes.length;
    await new Promise<void>((resolve) => this.socket.write(bytes, () => resolve()));
  }

  /**
   * Sends bytes in several writes, each read by the student's program on its own (see settle),
   * so a program that takes one read for the whole message shows it.
   */
  async sendInPieces(pieces: readonly (string | Uint8Array)[]): Promise<void> {
    await this.sendInPiecesProving(pieces);
  }

  /**
   * sendInPieces, resolving with the proof that the split happened, for a check that must know:
   * "apart" when every piece was sent only once the program had read the one before, "together"
   * when some may have reached it in one read, "unknown" where the system cannot tell.
   */
  async sendInPiecesProving(pieces: readonly (string | Uint8Array)[]): Promise<"apart" | "together" | "unknown"> {
    // The provocation, proven: how many pieces the program had not read before the next was sent.
    let unreadBeforeNext = 0;
    let unknown = false;
    for (const [index, piece] of pieces.entries()) {
      // Each piece waits until the one before it was read (settle).
      if (index > 0) {
        const settled = await this.settle();
        if (settled === "unknown") unknown = true;
        else if (settled === "unread") unreadBeforeNext++;
      }
      await this.send(piece);
    }
    const proof = unknown ? "unknown" : unreadBeforeNext === 0 ? "apart" : "together";
    if (pieces.length < 2) return proof;
    this.transcript.note(
      unknown
        ? t("sent {count} pieces, each after a pause (this system does not show whether the program had read the one before)", { count: pieces.length })
        : unreadBeforeNext === 0
          ? t("sent {count} pieces, each only once the program had read the one before: every piece reached it as a read of its own", { count: pieces.length })
          : t("sent {count} pieces, but {unread} of them went out while the program had not read the one before: those may have reached it together", { count: pieces.length, unread: unreadBeforeNext }),
    );
    return proof;
  }

  /** One byte per write, with Nagle's algorithm off: the most split a message can be. */
  sendOneByteAtATime(data: string | Uint8Array): Promise<void> {
    const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data);
    return this.sendInPieces([...bytes].map((byte) => Uint8Array.of(byte)));
  }

  /**
   * Writes `frame` again and again, recorded as one note rather than write by write, until `limit`
   * bytes have gone out or the other side stops taking them. Resolves with the bytes written and
   * whether the writer was held back. With reading paused, this tells whether the other side
   * keeps reading when nobody reads its replies.
   *
   * Held back means: a write is held back (the buffers are full) and no "drain" comes. On a busy
   * machine a program that does read may just not have had a core for a while, so where the
   * kernel can be asked (Linux) the verdict waits for proof: the `reader` process sleeps although
   * bytes wait unread in its receive queue. That proof is looked for as soon as a write is held
   * back, so a stalled reader is found in tens of milliseconds. Elsewhere (macOS, Windows) there
   * is no proof to wait for: the writer is held back only once no "drain" came for a whole reply
   * deadline, so a reader that had no core for a moment is not taken for one that stopped. With
   * no `reader` to look at, `quietMs` without a "drain" is the verdict.
   */
  async flood(frame: Uint8Array, limit: number, quietMs: number, reader?: number): Promise<{ sent: number; heldBack: boolean }> {
    let sent = 0;
    let heldBack = false;
    let proof: string | undefined;
    const canProve = reader !== undefined && CAN_SEE_RECEIVE_QUEUES;
    let quietSince = Date.now();
    while (sent < limit && !this.socket.destroyed && !heldBack) {
      sent += frame.length;
      // The kernel takes megabytes before a write is held back: give the event loop a turn every
      // few writes, so the other checks' conversations are not kept waiting meanwhile.
      if (this.socket.write(frame)) {
        if ((sent / frame.length) % 16 === 0) await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
      quietSince = Date.now();
      // Wait for "drain", looking for the proof in between (or, when the reader neither reads nor
      // sleeps for a whole deadline, a busy loop, say, take it as not reading).
      const giveUpAt = Date.now() + DEADLINES.reply;
      while (!(await this.drainsWithin(canProve ? LOOK_INTERVAL_MS : quietMs)) && !this.socket.destroyed) {
        proof = canProve ? await this.sleepsWithUnreadBytes(reader) : undefined;
        if (proof !== undefined || reader === undefined || Date.now() > giveUpAt) {
          heldBack = true;
          break;
        }
      }
    }
    const megabytes = (sent / 2 ** 20).toFixed(1);
    this.log({
      from: this.me,
      to: this.them,
      kind: "note",
      text: !heldBack
        ? t("sent {megabytes} MiB in {size}-byte writes without ever being held back", { megabytes, size: frame.length })
        : proof !== undefined
          ? t("sent {megabytes} MiB in {size}-byte writes, then was held back: the program sleeps with {unread} bytes unread", { megabytes, size: frame.length, unread: proof })
          : t("sent {megabytes} MiB in {size}-byte writes, then was held back: nothing was read for {ms} ms", { megabytes, size: frame.length, ms: reader === undefined ? quietMs : Date.now() - quietSince }),
    });
    return { sent, heldBack };
  }

  /** Whether the socket's "drain" comes within `ms` (at once when it already came). */
  private drainsWithin(ms: number): Promise<boolean> {
    if (!this.socket.writableNeedDrain) return Promise.resolve(true);
    return new Promise<boolean>((resolve) => {
      const drained = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.socket.off("drain", drained);
        resolve(false);
      }, ms);
      this.socket.once("drain", drained);
    });
  }

  /**
   * Linux: the unread byte count (as text) when process `pid` sleeps, three looks in a row LOOK_INTERVAL_MS
   * apart, with the same bytes unread in its side of this connection: a program that reads would
   * wake for them. Undefined when that is not so, or cannot be seen.
   */
  private async sleepsWithUnreadBytes(pid: number): Promise<string | undefined> {
    const { localPort, remotePort } = this.socket;
    if (!localPort || !remotePort) return undefined;
    let seen: number | undefined;
    for (let look = 0; look < 3; look++) {
      if (look > 0) await new Promise((resolve) => setTimeout(resolve, LOOK_INTERVAL_MS));
      // The program's side of this connection: its local port is our remote port, and back.
      const unread = await unreadBytes(remotePort, localPort);
      if (!unread || processState(pid) !== "S" || (seen !== undefined && unread !== seen)) return undefined;
      seen = unread;
    }
    return String(seen);
  }

  /** Half-close: sends FIN ("I have nothing more to say") but keeps reading. */
  endWriting(): void {
    this.log({ from: this.me, to: this.them, kind: "fin", text: t("sent FIN, still listening") });
    this.socket.end();
  }

  /** Aborts the connection with a TCP reset (RST). */
  reset(): void {
    this.log({ from: this.me, to: this.them, kind: "reset", text: t("reset the connection (RST)") });
    this.socket.resetAndDestroy();
  }

  /** Stops reading, so the other side's writes pile up: backpressure. */
  pauseReading(): void {
    this.log({ from: this.me, kind: "note", text: t("stopped reading (a slow reader)") });
    this.socket.pause();
  }

  /**
   * Bytes that reached this side and were not read: those in the kernel's receive queue, and
   * those a paused socket has already read ahead into its own buffer (up to its highWaterMark
   * and one read more, 64 KiB each from Node 22). Undefined where the kernel cannot be asked.
   */
  async unreadHere(): Promise<number | undefined> {
    const { localPort, remotePort } = this.socket;
    const kernel = localPort && remotePort ? await unreadBytes(localPort, remotePort) : undefined;
    return kernel === undefined ? undefined : kernel + this.socket.readableLength;
  }

  resumeReading(): void {
    this.log({ from: this.me, kind: "note", text: t("reads again") });
    this.socket.resume();
  }

  close(): void {
    if (!this.socket.destroyed) this.socket.destroy();
  }

  /** Waits until at least `count` bytes have arrived, or the other side ends first. */
  waitForBytes(count: number, what: string, ms: number = DEADLINES.reply): Promise<Buffer> {
    return this.waitFor(ms, what, () => (this.receivedLength >= count || this.ending ? this.received : undefined));
  }

  /**
   * Waits until at least `count` bytes have arrived, or the other side ends first, and resolves
   * with how many did. The bytes are not joined into one Buffer, so megabytes cost nothing more.
   */
  waitForByteCount(count: number, what: string, ms: number = DEADLINES.reply): Promise<number> {
    return this.waitFor(ms, what, () => (this.receivedLength >= count || this.ending ? this.receivedLength : undefined));
  }

  /** Waits until the received bytes contain `marker` (at `from` or later), or the other side ends first. */
  waitForText(marker: string | Uint8Array, what: string, ms: number = DEADLINES.reply, from = 0): Promise<Buffer> {
    const wanted = Buffer.from(marker);
    return this.waitFor(ms, what, () => (this.received.includes(wanted, from) || this.ending ? this.received : undefined));
  }

  /** Waits until the other side ends the connection, and says how. */
  waitForEnding(what: string, ms: number = DEADLINES.reply): Promise<Ending> {
    return this.waitFor(ms, what, () => this.ending);
  }

  /** Waits until this socket is fully closed (both directions). */
  waitForClose(what: string, ms: number = DEADLINES.reply): Promise<void> {
    return this.waitFor(ms, what, () => (this.closed ? true : undefined)).then(() => undefined);
  }
}

/** The kit never talks to anything but this machine. */
export function assertLoopback(host: string): void {
  if (!/^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|localhost)$/.test(host)) {
    throw new Error(`refusing to connect to ${host}: the kit only uses loopback (127.0.0.1 or ::1)`);
  }
}

/** Opens a connection to the student's server on loopback. Rejects with the socket error code. */
export function connectTo(port: number, transcript: Transcript, host = "127.0.0.1", who: Actor = "peer"): Promise<Conversation> {
  return within(
    DEADLINES.reply,
    t("a connection to {host}:{port}", { host, port }),
    new Promise<Conversation>((resolve, reject) => {
      assertLoopback(host);
      const socket = netConnect({ host, port });
      const peer = transcript.nextClientName();
      const failed = (error: NodeJS.ErrnoException) => {
        transcript.record({ from: who, peer, kind: "error", text: t("could not connect to {host}:{port}: {error}", { host, port, error: error.code ?? error.message }) });
        reject(error);
      };
      socket.once("error", failed);
      socket.once("connect", () => {
        socket.off("error", failed);
        transcript.record({ from: who, to: "student", peer, kind: "connect", text: t("connected from {from} to {host}:{port}", { from: `${socket.localAddress}:${socket.localPort}`, host, port }) });
        resolve(new Conversation(socket, transcript, who, "student", peer));
      });
    }),
  );
}
