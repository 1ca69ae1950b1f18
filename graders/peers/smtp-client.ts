// A scripted SMTP client (exercise 11): one Conversation with the student's mail server, read
// as replies. It sends command lines whole, several in one write (pipelining), or cut into
// pieces, sends the message's bytes exactly as given, and reads each reply whole, the lines of
// a multi-line reply included, with a deadline. The check decides what each reply must be.
import { DeadlineExceeded } from "../harness/deadline.ts";
import type { Conversation } from "../harness/wire.ts";

/** One reply of the server: its code, and every line of it without "\r\n" ("250-PIPELINING", "250 OK"). */
export interface Reply {
  /** The three digits of the last line; NaN when the line does not start with three digits. */
  code: number;
  lines: string[];
}

/** The reply's text after its codes, one line each: "PIPELINING" of "250-PIPELINING". */
export function replyTexts(reply: Reply): string[] {
  return reply.lines.map((line) => line.slice(4));
}

/** A reply as a person reads it in a transcript: its lines joined with " | ". */
export function shownReply(reply: Reply | undefined): string {
  return reply === undefined ? "" : reply.lines.join(" | ");
}

export class SmtpClient {
  /** Bytes of a line that has not ended yet; decoded only once whole, so a cut character stays whole. */
  private partial = Buffer.alloc(0);
  /** Lines of the reply being read: "NNN-" lines, until its "NNN " line. */
  private open: string[] = [];
  private readonly complete: Reply[] = [];
  /** How many replies the check has taken (nextReply) so far. */
  private taken = 0;

  constructor(
    readonly conversation: Conversation,
    /** How the check calls this client in its steps ("client 1", "the client that resets"). */
    readonly who: string,
  ) {
    // Registered after the conversation's own listener: by the time one of its waits resolves, the replies are cut.
    conversation.socket.on("data", (chunk: Buffer) => {
      let bytes = Buffer.concat([this.partial, chunk]);
      for (let end = bytes.indexOf(0x0a); end >= 0; end = bytes.indexOf(0x0a)) {
        this.takeLine(bytes.subarray(0, end).toString("utf8").replace(/\r$/, ""));
        bytes = bytes.subarray(end + 1);
      }
      this.partial = Buffer.from(bytes);
    });
  }

  private takeLine(line: string): void {
    this.open.push(line);
    // "250-…" says more lines follow; anything else ("250 …", "250", a line without a code) ends the reply.
    if (/^\d{3}-/.test(line)) return;
    const code = /^\d{3}(?= |$)/.exec(line);
    this.complete.push({ code: code ? Number(code[0]) : Number.NaN, lines: this.open });
    this.open = [];
  }

  /** Every whole reply so far. */
  get replies(): readonly Reply[] {
    return this.complete;
  }

  /** Replies that arrived and were not taken yet. */
  get untaken(): readonly Reply[] {
    return this.complete.slice(this.taken);
  }

  /**
   * The next reply not taken yet, waiting up to `ms` for it; undefined when the server ends the
   * connection first. Throws DeadlineExceeded when nothing whole came in time.
   */
  async nextReply(what: string, ms: number): Promise<Reply | undefined> {
    const end = Date.now() + ms;
    while (this.complete.length <= this.taken) {
      if (this.conversation.ending) return undefined;
      const left = end - Date.now();
      if (left <= 0) throw new DeadlineExceeded(what, ms);
      await this.conversation.waitForByteCount(this.conversation.receivedLength + 1, what, left);
    }
    return this.complete[this.taken++];
  }

  /** Waits up to `ms` for `count` more replies (fewer when the server ends first); never throws at the deadline. */
  async nextReplies(count: number, what: string, ms: number): Promise<Reply[]> {
    const end = Date.now() + ms;
    const got: Reply[] = [];
    while (got.length < count) {
      const reply = await this.nextReply(what, Math.max(1, end - Date.now())).catch((error: unknown) => {
        if (error instanceof DeadlineExceeded) return undefined;
        throw error;
      });
      if (!reply) break;
      got.push(reply);
    }
    return got;
  }

  /** Sends one command line, "\r\n" added, in one write. */
  command(line: string): Promise<void> {
    return this.conversation.send(`${line}\r\n`);
  }

  /** Sends several command lines in ONE write: pipelining. */
  pipeline(lines: string[]): Promise<void> {
    return this.conversation.send(lines.map((line) => `${line}\r\n`).join(""));
  }

  /** Sends bytes exactly as given (a message, a line without its end), in one write. */
  sendBytes(bytes: string | Uint8Array): Promise<void> {
    return this.conversation.send(bytes);
  }

  /** Sends bytes in pieces, each read by the server on its own (Conversation.sendInPieces). */
  sendInPieces(pieces: readonly (string | Uint8Array)[]): Promise<void> {
    return this.conversation.sendInPieces(pieces);
  }

  /** One byte per write: the most cut a command or a message can be. */
  sendOneByteAtATime(bytes: string | Uint8Array): Promise<void> {
    return this.conversation.sendOneByteAtATime(bytes);
  }

  /** Aborts the connection with a reset (RST), wherever the conversation is: mid-DATA, say. */
  reset(): void {
    this.conversation.reset();
  }
}
