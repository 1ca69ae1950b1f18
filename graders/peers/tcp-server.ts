// The reference server a client exercise is graded against. It listens on a dynamic loopback
// port, and each named behaviour provokes one classic client bug on purpose.
import { connect, createServer, type Server } from "node:net";
import type { CheckContext } from "../harness/check.ts";
import { DEADLINES, within } from "../harness/deadline.ts";
import { t } from "../i18n/index.ts";
import { Conversation } from "../harness/wire.ts";

/** What the reference server does with each connection it accepts. */
export type ServerBehaviour = (conversation: Conversation) => Promise<void>;

export interface ReferenceServer {
  port: number;
  conversations: Conversation[];
  /** Waits (`ms`, by default DEADLINES.exit) for the behaviour of the first accepted connection to finish (or fail). */
  firstConversationDone(ms?: number): Promise<void>;
}

/**
 * Starts a reference server on 127.0.0.1 with a port the OS picks (or `port`, for a check of a
 * client's default port: then it rejects with EADDRINUSE when the port is taken); it closes
 * when the check ends.
 */
export async function startReferenceServer(check: CheckContext, behaviour: ServerBehaviour, host = "127.0.0.1", port = 0): Promise<ReferenceServer> {
  const conversations: Conversation[] = [];
  let markFirstDone: () => void = () => {};
  const firstDone = new Promise<void>((resolve) => (markFirstDone = resolve));
  // allowHalfOpen: the client's FIN must not close our side; each behaviour decides when to close.
  const server: Server = createServer({ allowHalfOpen: true }, (socket) => {
    const peer = t("reference server");
    check.transcript.record({
      from: "peer",
      peer,
      kind: "accept",
      text: t("accepted a connection from {from}", { from: `${socket.remoteAddress}:${socket.remotePort}` }),
    });
    const conversation = new Conversation(socket, check.transcript, "peer", "student", peer);
    conversations.push(conversation);
    const done = behaviour(conversation).catch((error: unknown) => check.transcript.note(t("the reference server stopped: {error}", { error: String(error) })));
    if (conversations.length === 1) void done.then(markFirstDone);
  });
  await within(
    DEADLINES.reply,
    t("the reference server to listen"),
    new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen({ host, port }, () => resolve());
    }),
  );
  check.defer(
    () =>
      new Promise<void>((resolve) => {
        for (const conversation of conversations) conversation.close();
        server.close(() => resolve());
      }),
  );
  const address = server.address();
  const listening = typeof address === "object" && address ? address.port : 0;
  check.transcript.note(t("the reference server listens on {host}:{port}", { host, port: listening }));
  return { port: listening, conversations, firstConversationDone: (ms = DEADLINES.exit) => within(ms, t("the conversation to end"), firstDone) };
}

/** Reads the client's message (until `length` bytes or the client ends), then closes: the note's server. */
async function readMessageThenClose(conversation: Conversation, length: number): Promise<void> {
  await conversation.waitForBytes(length, t("the client's message")).catch(() => undefined);
  conversation.endWriting();
}

/**
 * Behaviours of the reference server, named after the bug each one provokes. Each greets the
 * client with `reply`, then reads the client's message of `messageLength` bytes and closes.
 */
export const referenceServer = {
  /** The note's server, done right: the whole reply in one write. */
  answerInOneWrite(reply: string | Uint8Array, messageLength: number): ServerBehaviour {
    return async (conversation) => {
      await conversation.send(reply);
      await readMessageThenClose(conversation, messageLength);
    };
  },

  /** One byte per write with Nagle off: a client that takes one read for the whole reply shows it. */
  answerOneByteAtATime(reply: string | Uint8Array, messageLength: number): ServerBehaviour {
    return async (conversation) => {
      await conversation.sendOneByteAtATime(reply);
      await readMessageThenClose(conversation, messageLength);
    };
  },

  /** The reply in the given pieces, e.g. a UTF-8 character cut in two. */
  answerInPieces(pieces: (string | Uint8Array)[], messageLength: number): ServerBehaviour {
    return async (conversation) => {
      await conversation.sendInPieces(pieces);
      await readMessageThenClose(conversation, messageLength);
    };
  },

  /**
   * The reply in the given pieces (each read by the client on its own), and then nothing: the
   * connection stays open, so the client has to see by itself that it holds MAX_REPLY_BYTES.
   */
  answerAndStayOpen(pieces: (string | Uint8Array)[]): ServerBehaviour {
    return async (conversation) => {
      await conversation.sendInPieces(pieces);
    };
  },

  /** Reads the client's message, then closes (FIN) without a word of reply. */
  closeWithoutAnswering(messageLength: number): ServerBehaviour {
    return (conversation) => readMessageThenClose(conversation, messageLength);
  },

  /**
   * Sends the start of a reply, reads the client's message, waits until the client has read that
   * start (proven on Linux by its empty receive queue, and said in the transcript), then resets:
   * the rest of the reply never comes, and the client must not take the start for all of it.
   */
  resetMidReply(start: string | Uint8Array, messageLength: number): ServerBehaviour {
    return async (conversation) => {
      await conversation.send(start);
      await conversation.waitForBytes(messageLength, t("the client's message"));
      const settled = await conversation.settle();
      if (settled !== "unknown") {
        conversation.transcript.note(
          settled === "read"
            ? t("your client has read every byte sent so far: the reset comes after them, on its own")
            : t("your client has still not read every byte sent so far: the reset may arrive together with them"),
        );
      }
      conversation.reset();
    };
  },

  /** Accepts the connection and never says a word, nor closes it. */
  staySilent(): ServerBehaviour {
    return async () => {};
  },

  /**
   * Reads the client's message, then resets the connection instead of answering. It sends no
   * reply bytes first on purpose: when data and a reset arrive together, Node reports an
   * ordinary end ("end"), not ECONNRESET, and the check would depend on timing.
   */
  resetInsteadOfAnswering(messageLength: number): ServerBehaviour {
    return async (conversation) => {
      await conversation.waitForBytes(messageLength, t("the client's message"));
      conversation.reset();
    };
  },
};

/**
 * Ports below every system's ephemeral range (Linux 32768–60999, macOS and Windows 49152–65535):
 * no system hands them out for `listen(0)` or an outgoing connection, only to a program that asks
 * for one by number.
 */
const QUIET_PORTS = { first: 20_000, count: 10_000 };
/** Where this process starts looking, so gradings running side by side look in different places. */
let nextQuietPort = (process.pid * 7_919) % QUIET_PORTS.count;

/**
 * A loopback port with nothing listening on it, so a connection there is refused. Not a port
 * the system picked and then freed: a program running beside the check could be given that
 * same port at once, and the connection would not be refused after all.
 */
export async function refusedPort(): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = QUIET_PORTS.first + (nextQuietPort++ % QUIET_PORTS.count);
    if (await isRefused(port)) return port;
  }
  throw new Error(`found no port from ${QUIET_PORTS.first} on where a connection is refused`);
}

function isRefused(port: number): Promise<boolean> {
  return within(
    DEADLINES.reply,
    t("a connection to port {port} to be refused", { port }),
    new Promise<boolean>((resolve) => {
      const socket = connect({ host: "127.0.0.1", port });
      socket.once("connect", () => {
        socket.destroy();
        resolve(false);
      });
      socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED"));
    }),
  );
}

/**
 * A loopback port free right now (or a check that `port` is): listened on and closed at once. For a
 * program that cannot be told to pick a port itself; another program could take it in between.
 */
export function freePort(port = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen({ host: "127.0.0.1", port }, () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : port));
    });
  });
}

let anotherHost: Promise<string | undefined> | undefined;

/**
 * A loopback address other than 127.0.0.1, so a check can prove that a program uses the --host
 * it is given: 127.0.0.2 where the system answers on all of 127.0.0.0/8 (Linux, Windows), else
 * ::1 (macOS). Undefined when neither can be listened on. Asked once per process.
 */
export function anotherLoopbackHost(): Promise<string | undefined> {
  anotherHost ??= (async () => {
    for (const host of ["127.0.0.2", "::1"]) if (await canListenOn(host)) return host;
    return undefined;
  })();
  return anotherHost;
}

function canListenOn(host: string): Promise<boolean> {
  return within(
    DEADLINES.reply,
    t("a test server to listen on {host}", { host }),
    new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once("error", () => resolve(false));
      server.listen({ host, port: 0 }, () => server.close(() => resolve(true)));
    }),
  );
}

/** The study note's port: every server's default --port. */
export const NOTE_PORT = 9999;

/**
 * Holds 127.0.0.1:`port` until the check ends, if it is free; when another program already holds
 * it, that one does the holding. Either way a server that starts on `port` meets EADDRINUSE.
 */
export async function holdPort(check: CheckContext, port: number): Promise<void> {
  try {
    await listenUntilTheCheckEnds(check, "127.0.0.1", port);
    check.transcript.note(t("another program (the grader) already listens on {host}:{port}", { host: "127.0.0.1", port }));
  } catch {
    check.transcript.note(t("another program on this machine already listens on port {port}", { port }));
  }
}

/** Holds a loopback port busy until the check ends, to provoke EADDRINUSE. */
export async function occupyPort(check: CheckContext, host = "127.0.0.1"): Promise<number> {
  const port = await listenUntilTheCheckEnds(check, host, 0);
  check.transcript.note(t("another program (the grader) already listens on {host}:{port}", { host, port }));
  return port;
}

/** Listens on host:port (0: one the system picks) with a server that hangs up on everyone, until the check ends; rejects with the listen error. */
async function listenUntilTheCheckEnds(check: CheckContext, host: string, port: number): Promise<number> {
  const server = createServer((socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen({ host, port }, () => resolve());
  });
  check.defer(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const address = server.address();
  return typeof address === "object" && address ? address.port : 0;
}

let ipv6Loopback: Promise<boolean> | undefined;

/**
 * Whether this machine can listen and connect on the IPv6 loopback ::1 (some containers have no
 * IPv6). Asked once per process: the grader tries it on itself before asking a student's program.
 */
export function ipv6LoopbackWorks(): Promise<boolean> {
  ipv6Loopback ??= (async () => {
    const server = createServer((socket) => socket.destroy());
    try {
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen({ host: "::1", port: 0 }, () => resolve());
      });
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      return await within(
        DEADLINES.reply,
        t("a test connection to ::1"),
        new Promise<boolean>((resolve) => {
          const socket = connect({ host: "::1", port });
          socket.once("connect", () => {
            socket.destroy();
            resolve(true);
          });
          socket.once("error", () => resolve(false));
        }),
      );
    } catch {
      return false; // no IPv6 here (EAFNOSUPPORT, EADDRNOTAVAIL, …)
    } finally {
      server.close();
    }
  })();
  return ipv6Loopback;
}
