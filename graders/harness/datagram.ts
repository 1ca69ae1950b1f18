// A UDP socket that the grader or a reference peer holds on loopback, beside wire.ts's TCP
// connections. A datagram is one message, whole: each one sent or received is one transcript
// event with who sent it, from which address:port to which, its bytes, and the fate a peer's
// script gave it ("dropped (seeded)", "sent twice", "held back 120 ms"). Every wait has a deadline.
import { createSocket, type RemoteInfo, type Socket } from "node:dgram";
import { isIP } from "node:net";
import { t } from "../i18n/index.ts";
import { Conditions, DEADLINES, within } from "./deadline.ts";
import type { Transcript } from "./transcript.ts";
import { assertLoopback } from "./wire.ts";
import type { Actor, TranscriptEvent } from "./types.ts";

/** A datagram that arrived, with where it came from and when (performance.now(), in ms). */
export interface ReceivedDatagram {
  bytes: Buffer;
  address: string;
  port: number;
  at: number;
  /** 1 for the first datagram this socket received, 2 for the next, … */
  number: number;
}

/** Where a datagram goes: an address and a port. */
export interface Endpoint {
  address: string;
  port: number;
}

/** `127.0.0.1:5000`, `[::1]:5000`. */
export function showEndpoint(endpoint: Endpoint): string {
  return isIP(endpoint.address) === 6 ? `[${endpoint.address}]:${endpoint.port}` : `${endpoint.address}:${endpoint.port}`;
}

/**
 * What happens to each datagram that arrives: the handler may answer (now or later) and returns
 * the fate to show beside the arrival ("dropped (seeded)"), or undefined when there is nothing
 * to say. `dropped` marks a datagram nothing will answer.
 */
export type DatagramHandler = (datagram: ReceivedDatagram) => { fate?: string; dropped?: boolean } | void;

export class DatagramSocket {
  readonly received: ReceivedDatagram[] = [];
  private readonly conditions = new Conditions();
  private handler: DatagramHandler = () => undefined;
  private closed = false;

  private constructor(
    private readonly socket: Socket,
    readonly transcript: Transcript,
    readonly me: Actor,
    readonly them: Actor,
    /** The lifeline's name in a diagram ("reference server", "a stranger"). */
    readonly peer: string | undefined,
  ) {
    socket.on("message", (bytes: Buffer, from: RemoteInfo) => {
      const datagram: ReceivedDatagram = { bytes, address: from.address, port: from.port, at: performance.now(), number: this.received.length + 1 };
      this.received.push(datagram);
      const outcome = this.handler(datagram) ?? {};
      this.log({ from: them, to: me, kind: "datagram", bytes, route: `${showEndpoint(datagram)} → ${this.address}`, ...outcome });
      this.conditions.changed();
    });
    socket.on("error", (error: NodeJS.ErrnoException) => {
      this.log({ from: me, kind: "error", text: t("the UDP socket failed: {error}", { error: error.code ?? error.message }) });
    });
  }

  /** Binds a socket on `host` (loopback only), on a port the system picks unless `port` is given. */
  static async open(transcript: Transcript, options: { host?: string; port?: number; me?: Actor; them?: Actor; peer?: string } = {}): Promise<DatagramSocket> {
    const { host = "127.0.0.1", port = 0, me = "peer", them = "student", peer } = options;
    assertLoopback(host);
    const socket = createSocket(isIP(host) === 6 ? "udp6" : "udp4");
    try {
      await within(
        DEADLINES.reply,
        t("a UDP socket on {host}", { host }),
        new Promise<void>((resolve, reject) => {
          socket.once("error", reject);
          socket.bind({ address: host, port, exclusive: true }, () => {
            socket.off("error", reject);
            resolve();
          });
        }),
      );
    } catch (error) {
      // A port already taken: leave no handle behind to keep the grader's event loop alive.
      socket.close();
      throw error;
    }
    return new DatagramSocket(socket, transcript, me, them, peer);
  }

  private log(event: Omit<TranscriptEvent, "at">): void {
    this.transcript.record(this.peer === undefined ? event : { ...event, peer: this.peer });
  }

  get port(): number {
    return this.socket.address().port;
  }

  get host(): string {
    return this.socket.address().address;
  }

  /** `127.0.0.1:5000`. */
  get address(): string {
    return showEndpoint({ address: this.host, port: this.port });
  }

  /** Decides what happens to every datagram from now on. */
  onDatagram(handler: DatagramHandler): void {
    this.handler = handler;
  }

  /** Sends one datagram to `to`, recorded with `fate` ("sent twice", "held back 120 ms") when given. */
  async send(bytes: string | Uint8Array, to: Endpoint, fate?: string): Promise<void> {
    const data = typeof bytes === "string" ? Buffer.from(bytes, "utf8") : Buffer.from(bytes);
    assertLoopback(to.address);
    if (this.closed) return;
    this.log({ from: this.me, to: this.them, kind: "datagram", bytes: data, route: `${this.address} → ${showEndpoint(to)}`, ...(fate === undefined ? {} : { fate }) });
    await new Promise<void>((resolve) => this.socket.send(data, to.port, to.address, () => resolve()));
  }

  /** Waits until `count` datagrams have arrived; resolves with all of them. */
  waitForDatagrams(count: number, what: string, ms: number = DEADLINES.reply): Promise<ReceivedDatagram[]> {
    return this.conditions.waitFor(ms, what, () => (this.received.length >= count ? this.received : undefined));
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.socket.close();
  }
}

/** A UDP port on `host` where nothing listens now (bound by the system, then closed). */
export async function unusedUdpPort(transcript: Transcript, host = "127.0.0.1"): Promise<number> {
  const socket = await DatagramSocket.open(transcript, { host });
  const port = socket.port;
  socket.close();
  return port;
}
