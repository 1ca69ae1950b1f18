// The scripted mail server an SMTP client exercise is graded against (exercise 11). It greets,
// reads one command line at a time, answers each as the check scripts it (in one write, in
// pieces cut anywhere, with a refusal, with silence, or by closing), reads the message after
// 354 up to its final "\r\n.\r\n", and writes down every command line and the message's bytes
// exactly as they came. Built on the reference TCP server, so every byte is in the transcript.
import type { CheckContext } from "../harness/check.ts";
import { DEADLINES, DeadlineExceeded, within } from "../harness/deadline.ts";
import type { Conversation } from "../harness/wire.ts";
import { t } from "../i18n/index.ts";
import { cutAt } from "./http-server.ts";
import { startReferenceServer } from "./tcp-server.ts";

/** How long the server waits for the client's next command: past any check's end. */
const NEXT_COMMAND_MS = 60_000;
/** How long the server waits for the end of a message once it has begun (a client writes it at once). */
const MESSAGE_MS = DEADLINES.reply;
/** The server's name, in its greeting and its first EHLO line. */
export const SERVER_NAME = "mail.lab.test";

/** What the server does at one step of the conversation. */
export type Answer =
  /** Sends `lines`, each with its CRLF: in one write, or cut at the byte offsets `cutAt`, each piece read on its own. */
  | { kind: "reply"; lines: string[]; cutAt?: number[] }
  /** Says nothing more and keeps the connection open. */
  | { kind: "silent" }
  /** Closes the connection (FIN) instead of answering. */
  | { kind: "close" }
  /** Resets the connection (RST) instead of answering. */
  | { kind: "reset" };

export const answer = {
  /** A reply of one or more lines, in one write: reply("250-a", "250 b"). */
  reply(...lines: string[]): Answer {
    return { kind: "reply", lines };
  },
  /** A reply cut into pieces at the byte offsets `cutAt`, each sent once the client has read the one before. */
  inPieces(lines: string[], cutAt: number[]): Answer {
    return { kind: "reply", lines, cutAt };
  },
  /** The reply one byte per write. */
  oneByteAtATime(...lines: string[]): Answer {
    const length = Buffer.byteLength(lines.map((line) => `${line}\r\n`).join(""));
    return { kind: "reply", lines, cutAt: Array.from({ length: length - 1 }, (_, index) => index + 1) };
  },
  silence(): Answer {
    return { kind: "silent" };
  },
  close(): Answer {
    return { kind: "close" };
  },
  /** A reset with no reply bytes before it: data and a reset that arrive together reach Node as an ordinary end. */
  reset(): Answer {
    return { kind: "reset" };
  },
};

/** The answers of each step; a step left out gets the ordinary answer (DEFAULT_ANSWERS). */
export interface SmtpScript {
  greeting?: Answer;
  ehlo?: Answer;
  helo?: Answer;
  mail?: Answer;
  /** The answer to the `index`th RCPT TO (from 0), whose address is what stood between the brackets. */
  rcpt?: (address: string, index: number) => Answer;
  data?: Answer;
  /** The answer after the message's final dot. */
  message?: Answer;
  quit?: Answer;
}

export const DEFAULT_ANSWERS = {
  greeting: answer.reply(`220 ${SERVER_NAME} ready`),
  ehlo: answer.reply(`250-${SERVER_NAME}`, "250-PIPELINING", "250 8BITMIME"),
  helo: answer.reply(`250 ${SERVER_NAME}`),
  mail: answer.reply("250 2.1.0 OK"),
  rcpt: answer.reply("250 2.1.5 OK"),
  data: answer.reply("354 end with <CRLF>.<CRLF>"),
  message: answer.reply("250 2.0.0 OK: queued"),
  quit: answer.reply("221 2.0.0 bye"),
} satisfies Record<string, Answer>;

/** A command line as the server received it. */
export interface SeenCommand {
  /** The line, decoded as UTF-8, without its line end. */
  line: string;
  /** Its bytes began to arrive while the server was still sending its reply to the command before. */
  early: boolean;
}

export interface ScriptedSmtpServer {
  port: number;
  host: string;
  /** The command lines of the first connection, in order. */
  commands: SeenCommand[];
  /** The messages of the first connection: every byte after the 354, up to and including the final ".\r\n". */
  messages: Buffer[];
  /** Bytes of a message whose final "\r\n.\r\n" never came (the server gave up waiting and closed). */
  unfinishedMessage: Buffer | undefined;
  /** Each reply sent in pieces, and whether every piece reached the client as a read of its own. */
  splits: { step: string; proof: "apart" | "together" | "unknown" }[];
  /** How many connections the client opened. */
  connections(): number;
  /** The first connection, once the client has opened it. */
  conversation(): Conversation | undefined;
  /**
   * Resolves once the script of the first connection has done its part, within `ms`: it answered
   * QUIT, reached a silent or closing step, gave up on a message, or the client ended the connection.
   */
  finished(ms: number): Promise<void>;
}

/** Starts a scripted mail server on loopback (`host`; `port` 0: the system picks one). */
export async function startSmtpServer(check: CheckContext, script: SmtpScript = {}, host = "127.0.0.1", port = 0): Promise<ScriptedSmtpServer> {
  const commands: SeenCommand[] = [];
  const messages: Buffer[] = [];
  const splits: ScriptedSmtpServer["splits"] = [];
  let accepted = 0;
  let markFinished = () => {};
  const finished = new Promise<void>((resolve) => (markFinished = resolve));
  const state: { unfinishedMessage: Buffer | undefined } = { unfinishedMessage: undefined };

  const server = await startReferenceServer(
    check,
    async (conversation) => {
      const first = accepted++ === 0;
      const record = {
        commands: first ? commands : [],
        messages: first ? messages : [],
        splits: first ? splits : [],
        unfinished: (bytes: Buffer) => {
          if (first) state.unfinishedMessage = bytes;
        },
      };
      try {
        await converse(conversation, script, record);
      } finally {
        if (first) markFinished();
      }
    },
    host,
    port,
  );
  return {
    port: server.port,
    host,
    commands,
    messages,
    get unfinishedMessage() {
      return state.unfinishedMessage;
    },
    splits,
    connections: () => server.conversations.length,
    conversation: () => server.conversations[0],
    finished: (ms) => within(ms, t("the scripted mail server to do its part"), finished),
  };
}

/** Where one connection writes down what it saw (the first connection's go to the server's lists). */
interface Notebook {
  commands: SeenCommand[];
  messages: Buffer[];
  splits: ScriptedSmtpServer["splits"];
  unfinished: (bytes: Buffer) => void;
}

/** One connection, from the greeting to QUIT (or the step where the script stops). */
async function converse(conversation: Conversation, script: SmtpScript, record: Notebook): Promise<void> {
  /** How far the server has read the client's bytes. */
  let offset = 0;
  /** Where the bytes that came after the server finished its last reply begin. */
  let replyDoneAt = 0;

  /** Sends `reply` (named `step` in the proof of a split); false when the script stops here. */
  const say = async (step: string, reply: Answer): Promise<boolean> => {
    if (reply.kind === "silent") {
      conversation.transcript.note(t("the scripted mail server says nothing from now on, and keeps the connection open"));
      return false;
    }
    if (reply.kind === "close") {
      conversation.endWriting();
      return false;
    }
    if (reply.kind === "reset") {
      conversation.reset();
      return false;
    }
    const bytes = Buffer.from(reply.lines.map((line) => `${line}\r\n`).join(""), "utf8");
    if (reply.cutAt) record.splits.push({ step, proof: await conversation.sendInPiecesProving(cutAt(bytes, reply.cutAt)) });
    else await conversation.send(bytes);
    replyDoneAt = conversation.receivedLength;
    return true;
  };

  /** The next command line (without its line end), or undefined once the client has ended the connection. */
  const nextLine = async (): Promise<{ line: string; early: boolean } | undefined> => {
    const received = await conversation.waitForText("\n", t("your client's next command"), NEXT_COMMAND_MS, offset);
    const end = received.indexOf("\n", offset);
    if (end < 0) return undefined;
    const early = offset < replyDoneAt;
    const raw = received.subarray(offset, end > offset && received[end - 1] === 0x0d ? end - 1 : end);
    offset = end + 1;
    return { line: raw.toString("utf8"), early };
  };

  if (!(await say(t("the greeting"), script.greeting ?? DEFAULT_ANSWERS.greeting))) return;
  let recipients = 0;
  for (;;) {
    const command = await nextLine();
    if (!command) return;
    record.commands.push(command);
    const verb = (/^[A-Za-z]+/.exec(command.line)?.[0] ?? "").toUpperCase();
    let reply: Answer;
    if (verb === "EHLO") reply = script.ehlo ?? DEFAULT_ANSWERS.ehlo;
    else if (verb === "HELO") reply = script.helo ?? DEFAULT_ANSWERS.helo;
    else if (verb === "MAIL") reply = script.mail ?? DEFAULT_ANSWERS.mail;
    else if (verb === "RCPT") {
      const address = /<(.*)>/.exec(command.line)?.[1] ?? "";
      reply = script.rcpt?.(address, recipients) ?? DEFAULT_ANSWERS.rcpt;
      recipients++;
    } else if (verb === "DATA") reply = script.data ?? DEFAULT_ANSWERS.data;
    else if (verb === "QUIT") reply = script.quit ?? DEFAULT_ANSWERS.quit;
    else if (verb === "RSET" || verb === "NOOP") reply = answer.reply("250 2.0.0 OK");
    else reply = answer.reply("500 5.5.2 command not recognized");
    if (!(await say(verb, reply))) return;
    if (verb === "QUIT") {
      // As a real server does, it closes once the client has; a client that waits for the
      // server to close first shows itself by lingering (the check's deadline judges it).
      void conversation
        .waitForEnding(t("your client to close the connection after QUIT"), NEXT_COMMAND_MS)
        .then(() => conversation.endWriting())
        .catch(() => undefined);
      return;
    }
    if (verb === "DATA" && reply.kind === "reply" && reply.lines.at(-1)?.startsWith("3")) {
      // The message ends at "\r\n.\r\n"; the CRLF of the DATA line itself may be the one before the dot.
      const start = offset;
      const marker = Buffer.from("\r\n.\r\n");
      const received = await conversation.waitForText(marker, t("the end of your message, \\r\\n.\\r\\n"), MESSAGE_MS, start - 2).catch((error: unknown) => {
        if (error instanceof DeadlineExceeded) return undefined;
        throw error;
      });
      const end = received?.indexOf(marker, start - 2) ?? -1;
      if (end < 0) {
        record.unfinished(Buffer.from(conversation.received.subarray(start)));
        conversation.transcript.note(t("the scripted mail server never saw the end of the message, \\r\\n.\\r\\n, and closes the connection"));
        conversation.endWriting();
        return;
      }
      offset = end + marker.length;
      record.messages.push(Buffer.from(conversation.received.subarray(start, offset)));
      if (!(await say(t("the reply after the final dot"), script.message ?? DEFAULT_ANSWERS.message))) return;
    }
  }
}
