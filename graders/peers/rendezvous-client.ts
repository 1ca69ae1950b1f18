// A scripted peer of exercise 13 that talks to the student's rendezvous server: one UDP socket
// on loopback (127.0.0.1, or another 127.x so that the address the server observes differs from
// the one the peer writes), which sends one command per datagram and reads what comes back, in
// order. It writes the private address it is told to, a false one on purpose: a server must
// introduce a peer by the address its datagrams came from, never by what they say.
import type { CheckContext } from "../harness/check.ts";
import { DatagramSocket, showEndpoint, type Endpoint, type ReceivedDatagram } from "../harness/datagram.ts";
import { DEADLINES, DeadlineExceeded } from "../harness/deadline.ts";
import { t } from "../i18n/index.ts";

export class RendezvousClient {
  /** How many of the received datagrams the check has taken (next()). */
  private taken = 0;

  private constructor(
    readonly socket: DatagramSocket,
    /** The peer's name in steps ("ann"). */
    readonly who: string,
    readonly server: Endpoint,
  ) {}

  /** Opens the peer's socket on `host` (a port the system picks); it closes when the check ends. */
  static async open(check: CheckContext, server: Endpoint, who: string, host = "127.0.0.1"): Promise<RendezvousClient> {
    const socket = await DatagramSocket.open(check.transcript, { host, peer: who });
    check.defer(() => socket.close());
    return new RendezvousClient(socket, who, server);
  }

  /** `127.0.0.2:40123`: the address the server sees this peer's datagrams come from. */
  get address(): string {
    return this.socket.address;
  }

  /** Sends one datagram to the server. */
  send(bytes: string | Uint8Array): Promise<void> {
    return this.socket.send(bytes, this.server);
  }

  /** The next datagram not taken yet, as text (undefined when none came within `ms`); it counts as taken. */
  async next(what: string, ms: number = DEADLINES.reply): Promise<ReceivedDatagram | undefined> {
    try {
      const all = await this.socket.waitForDatagrams(this.taken + 1, what, ms);
      return all[this.taken++];
    } catch (error) {
      if (error instanceof DeadlineExceeded) return undefined;
      throw error;
    }
  }

  /** The datagrams that came and were not taken yet. */
  get untaken(): ReceivedDatagram[] {
    return this.socket.received.slice(this.taken);
  }

  /** Every datagram this peer received, each from where. */
  describeReceived(): string {
    return this.socket.received.map((datagram) => `${showEndpoint(datagram)}: ${JSON.stringify(datagram.bytes.toString("utf8"))}`).join("\n") || t("(nothing)");
  }
}
