// Reference clients whose own address the grader knows in advance: each binds a local port the
// grader chose, so a who-am-I server's answer can be compared with the truth.
import { connect as netConnect, createServer, type Socket } from "node:net";
import type { CheckContext } from "../harness/check.ts";
import { DEADLINES, within } from "../harness/deadline.ts";
import { t } from "../i18n/index.ts";
import { assertLoopback, Conversation } from "../harness/wire.ts";

/** A port may be taken between the grader finding it free and binding it; try a few others. */
const ATTEMPTS = 5;
/** Errors that mean "that local port (or that connection) is already taken", so another port may work. */
const TAKEN = new Set(["EADDRINUSE", "EADDRNOTAVAIL"]);

export interface BoundClient {
  conversation: Conversation;
  /** The local port the client connected from: what the server should tell it. */
  localPort: number;
}

/** A loopback port nothing listens on right now: the system picks it, the grader lets it go. */
async function freeLoopbackPort(host: string): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen({ host, port: 0 }, () => resolve());
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === "object" && address ? address.port : 0;
}

function connectFrom(localAddress: string, localPort: number, host: string, port: number, allowHalfOpen: boolean): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = netConnect({ host, port, localAddress, localPort, allowHalfOpen });
    socket.once("error", (error) => {
      socket.destroy();
      reject(error);
    });
    socket.once("connect", () => {
      socket.removeAllListeners("error");
      resolve(socket);
    });
  });
}

/**
 * Connects to the student's server at host:port from `localAddress` (127.0.0.1) and a local port
 * the grader picks. Retries with another port (at most ATTEMPTS times) when the picked one is
 * taken; any other error (ECONNREFUSED, …) rejects at once. The connection closes when the check ends.
 * `halfOpen`: the client does not answer the server's FIN with its own, so the server's socket
 * stays open until the client ends or resets it.
 */
export async function connectFromKnownPort(check: CheckContext, port: number, host = "127.0.0.1", localAddress = "127.0.0.1", halfOpen = false): Promise<BoundClient> {
  assertLoopback(host);
  assertLoopback(localAddress);
  const shown = (address: string, at: number) => (address.includes(":") ? `[${address}]:${at}` : `${address}:${at}`);
  const peer = check.transcript.nextClientName();
  for (let attempt = 1; ; attempt++) {
    const localPort = await freeLoopbackPort(localAddress);
    try {
      const socket = await within(DEADLINES.reply, t("a connection to {host}:{port}", { host, port }), connectFrom(localAddress, localPort, host, port, halfOpen));
      check.transcript.record({ from: "peer", to: "student", peer, kind: "connect", text: t("connected from {from} to {host}:{port}", { from: shown(localAddress, localPort), host, port }) });
      const conversation = new Conversation(socket, check.transcript, "peer", "student", peer);
      check.defer(() => conversation.close());
      return { conversation, localPort };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "";
      if (!TAKEN.has(code) || attempt >= ATTEMPTS) {
        check.transcript.record({ from: "peer", peer, kind: "error", text: t("could not connect to {host}:{port}: {error}", { host, port, error: code || String(error) }) });
        throw error;
      }
      check.transcript.note(t("local port {port} was taken meanwhile ({code}); trying another", { port: localPort, code }));
    }
  }
}

/**
 * Whether a server on this machine can listen on ::ffff:127.0.0.1 (an IPv6 socket bound to the
 * IPv4-mapped loopback address) and see a client of 127.0.0.1 as "::ffff:127.0.0.1". It needs
 * IPv6 support; the grader tries it on itself before asking the student's server to.
 */
export async function ipv4MappedLoopbackWorks(): Promise<boolean> {
  const server = createServer();
  let client: Socket | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen({ host: "::ffff:127.0.0.1", port: 0 }, () => resolve());
    });
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    const seen = new Promise<string | undefined>((resolve, reject) => {
      server.once("connection", (socket) => {
        resolve(socket.remoteAddress);
        socket.destroy();
      });
      client = netConnect({ host: "127.0.0.1", port });
      client.once("error", reject);
    });
    return (await within(DEADLINES.reply, t("a test connection to ::ffff:127.0.0.1"), seen)) === "::ffff:127.0.0.1";
  } catch {
    return false; // no IPv6 here (EAFNOSUPPORT, EADDRNOTAVAIL, …), or the connection did not arrive
  } finally {
    client?.destroy();
    server.close();
  }
}

/** A loopback address other than the default 127.0.0.1, and the address its clients connect from. */
export interface OtherLoopback {
  /** What the server is told with --host. */
  host: string;
  /** Where the client connects from, and so what the server must tell it. */
  clientAddress: string;
}

/** Whether the grader can listen on `host` and reach it from `clientAddress`. */
async function reachable(host: string, clientAddress: string): Promise<boolean> {
  const server = createServer((socket) => socket.destroy());
  let client: Socket | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen({ host, port: 0 }, () => resolve());
    });
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    await within(
      DEADLINES.reply,
      t("a test connection to {host}", { host }),
      new Promise<void>((resolve, reject) => {
        client = netConnect({ host, port, localAddress: clientAddress });
        client.once("connect", () => resolve());
        client.once("error", reject);
      }),
    );
    return true;
  } catch {
    return false; // not on this machine (EADDRNOTAVAIL, EAFNOSUPPORT, …)
  } finally {
    client?.destroy();
    server.close();
  }
}

/**
 * A loopback address a server only answers on when it really listens there: 127.0.0.2 (Linux and
 * Windows route all of 127.0.0.0/8 to this machine), else ::1 (macOS has only 127.0.0.1 of it);
 * undefined when the machine has neither.
 */
export async function otherLoopback(): Promise<OtherLoopback | undefined> {
  if (await reachable("127.0.0.2", "127.0.0.1")) return { host: "127.0.0.2", clientAddress: "127.0.0.1" };
  if (await reachable("::1", "::1")) return { host: "::1", clientAddress: "::1" };
  return undefined;
}
