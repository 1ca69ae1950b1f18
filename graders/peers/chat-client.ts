// A reference chat client (exercise 10): one Conversation read as lines of UTF-8 text. The
// check decides what each line must be; this only cuts what arrived into lines and waits.
import { StringDecoder } from "node:string_decoder";
import { DeadlineExceeded } from "../harness/deadline.ts";
import type { Conversation } from "../harness/wire.ts";

/** What a chat line must be: exactly `[name] text`, or a server notice ("*") about some names. */
export type ExpectedLine = { relay: string; text: string } | { notice: "prompt" } | { notice: "about"; names: string[]; notNames?: string[] };

/** `name` stands in `line` as a whole word: not inside a longer run of letters and digits. */
export function names(line: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u").test(line);
}

/** Whether `line` is what `expected` describes. */
export function matches(line: string, expected: ExpectedLine): boolean {
  if ("relay" in expected) return line === `[${expected.relay}] ${expected.text}`;
  if (expected.notice === "prompt") return !line.startsWith("[");
  return line.startsWith("*") && expected.names.every((name) => names(line, name)) && !(expected.notNames ?? []).some((name) => names(line, name));
}

export class ChatClient {
  /** Complete lines so far, cut as they arrive: a client that receives megabytes must not decode them again on every look. */
  private readonly complete: string[] = [];
  private partial = "";
  private readonly decoder = new StringDecoder("utf8");

  /** The name it joined under, once the check has sent it one. */
  joinedAs: string | undefined;

  constructor(
    readonly conversation: Conversation,
    /** How the check calls this client in its steps ("alice", "the client without a name"). */
    readonly who: string,
  ) {
    // Registered after the conversation's own listener: by the time one of its waits resolves, the lines are cut.
    conversation.socket.on("data", (chunk: Buffer) => {
      const parts = (this.partial + this.decoder.write(chunk)).split("\n");
      this.partial = parts.pop()!;
      for (const line of parts) this.complete.push(line.replace(/\r$/, ""));
    });
  }

  /** Every complete line received so far, decoded as UTF-8, without its "\n" (and one "\r" before it). */
  get lines(): readonly string[] {
    return this.complete;
  }

  /** Waits until `done()` holds, looked at again whenever bytes arrive, or the server ends the connection first; resolves with done(). */
  async waitUntil(done: () => boolean, what: string, ms: number): Promise<boolean> {
    const end = Date.now() + ms;
    while (!done() && !this.conversation.ending && Date.now() < end) {
      await this.conversation.waitForByteCount(this.conversation.receivedLength + 1, what, Math.max(1, end - Date.now())).catch((error: unknown) => {
        if (!(error instanceof DeadlineExceeded)) throw error;
      });
    }
    return done();
  }

  /** Waits until `count` complete lines have arrived, or the server ends the connection first; resolves with the lines. */
  async waitForLines(count: number, what: string, ms: number): Promise<readonly string[]> {
    const end = Date.now() + ms;
    while (this.complete.length < count && !this.conversation.ending) {
      await this.conversation.waitForByteCount(this.conversation.receivedLength + 1, what, Math.max(1, end - Date.now()));
    }
    return this.complete;
  }
}
