// The reference clients a server exercise is graded against. A check opens the connection with
// check.connect(port); each behaviour then plays one kind of client on it, named after the
// server bug it provokes.
import type { Conversation } from "../harness/wire.ts";
import { t } from "../i18n/index.ts";

/** What a reference client does on a connection the check has opened. */
export type ClientBehaviour = (conversation: Conversation) => Promise<void>;

export const referenceClient = {
  /** The client of exercise 03: the message in one write, then FIN, and it keeps listening. */
  sendThenHalfClose(message: string | Uint8Array): ClientBehaviour {
    return async (conversation) => {
      await conversation.send(message);
      conversation.endWriting();
    };
  },

  /** One byte per write with Nagle off, then FIN: a server that takes one read for the whole message shows it. */
  sendOneByteAtATime(message: string | Uint8Array): ClientBehaviour {
    return async (conversation) => {
      await conversation.sendOneByteAtATime(message);
      conversation.endWriting();
    };
  },

  /** Sends the pieces and never FIN: the server has to see by itself when it has read enough. */
  sendWithoutEnding(pieces: (string | Uint8Array)[]): ClientBehaviour {
    return async (conversation) => {
      await conversation.sendInPieces(pieces);
    };
  },

  /**
   * Waits for the server's first byte, sends the start of a message, then resets. When data and
   * a reset arrive together, Node often reports an ordinary end instead of ECONNRESET, so a
   * check must accept either; resetWithoutAWord is the one that reliably provokes ECONNRESET.
   */
  resetMidMessage(start: string | Uint8Array): ClientBehaviour {
    return async (conversation) => {
      await conversation.waitForBytes(1, t("the server's first byte"));
      await conversation.send(start);
      conversation.reset();
    };
  },

  /**
   * Waits for the server's first byte (so the server has accepted it and is reading), then
   * resets having sent nothing. Nothing is in flight with the reset, so the server's next read
   * reliably fails with ECONNRESET.
   */
  resetWithoutAWord(): ClientBehaviour {
    return async (conversation) => {
      await conversation.waitForBytes(1, t("the server's first byte"));
      conversation.reset();
    };
  },

  /** Sends FIN at once, having said nothing, and still reads: a client that leaves early. */
  closeWithoutAWord(): ClientBehaviour {
    return async (conversation) => {
      conversation.endWriting();
    };
  },
};
