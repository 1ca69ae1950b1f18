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
async function freeLoopbackPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen({ host: "127.0.0.1", port: 0 }, () => resolve());
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === "object" && address ? address.port : 0;
}

function connectFrom(localPort: number, host: string, port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = netConnect({ host, port, localAddress: "127.0.0.1", localPort });
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
 * Connects to the student's server at host:port from 127.0.0.1 and a local port the grader
 * picks. Retries with another port (at most ATTEMPTS times) when the picked one is taken;
 * any other error (ECONNREFUSED, …) rejects at once. The connection closes when the check ends.
 */
export async function connectFromKnownPort(check: CheckContext, port: number, host = "127.0.0.1"): Promise<BoundClient> {
  assertLoopback(host);
  const peer = check.transcript.nextClientName();
  for (let attempt = 1; ; attempt++) {
    const localPort = await freeLoopbackPort();
    try {
      const socket = await within(DEADLINES.reply, t("a connection to {host}:{port}", { host, port }), connectFrom(localPort, host, port));
      check.transcript.record({ from: "peer", to: "student", peer, kind: "connect", text: t("connected from {from} to {host}:{port}", { from: `127.0.0.1:${localPort}`, host, port }) });
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
