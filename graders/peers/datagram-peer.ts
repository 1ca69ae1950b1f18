// A scripted datagram peer: a UDP socket on loopback whose answer logic is a function, called
// for every datagram that arrives. The script decides each datagram's fate (answer it, drop it,
// hold the answer back, send it twice, let a stranger answer) and may use the peer's seeded
// generator, so a lossy run is the same run every time. Exercise 07's echo server is one
// script (udp-echo.ts); a BitTorrent UDP tracker or a STUN server is another.
import type { CheckContext } from "../harness/check.ts";
import { DatagramSocket, type ReceivedDatagram } from "../harness/datagram.ts";
import { DEADLINES } from "../harness/deadline.ts";
import { seededRandom, type SeededRandom } from "../harness/seed.ts";
import { t } from "../i18n/index.ts";

/** What a script says about a datagram that arrived: shown beside it in the transcript. */
export type Fate = { fate?: string; dropped?: boolean } | void;

export type DatagramScript = (datagram: ReceivedDatagram, peer: DatagramPeer) => Fate;

/** A datagram the peer sent back: to which of the datagrams it received, and when (performance.now()). */
export interface Answer {
  to: number;
  at: number;
  bytes: Buffer;
}

export class DatagramPeer {
  readonly answers: Answer[] = [];
  /** Who waits for the first answer to each datagram (whenAnswered). */
  private readonly answerWaiters = new Map<number, (() => void)[]>();
  private readonly strangers = new Map<string, Promise<DatagramSocket>>();

  constructor(
    private readonly check: CheckContext,
    readonly socket: DatagramSocket,
    /** The seeded generator of this peer's script (its seed is in the transcript). */
    readonly random: SeededRandom,
  ) {}

  get port(): number {
    return this.socket.port;
  }

  get host(): string {
    return this.socket.host;
  }

  /** Every datagram that arrived, in order. */
  get received(): ReceivedDatagram[] {
    return this.socket.received;
  }

  /** Sends `bytes` back to where `datagram` came from (from `via`, another socket, when given). */
  async answer(datagram: ReceivedDatagram, bytes: string | Uint8Array, fate?: string, via: DatagramSocket = this.socket): Promise<void> {
    const data = typeof bytes === "string" ? Buffer.from(bytes, "utf8") : Buffer.from(bytes);
    // A script answers from inside the arrival's handler: let the arrival be recorded first.
    await null;
    if (via === this.socket) this.answers.push({ to: datagram.number, at: performance.now(), bytes: data });
    await via.send(data, datagram, fate);
    for (const resolve of this.answerWaiters.get(datagram.number)?.splice(0) ?? []) resolve();
  }

  /** Resolves once the peer's first answer to datagram `number` has been sent. */
  whenAnswered(number: number): Promise<void> {
    if (this.answerTo(number)) return Promise.resolve();
    return new Promise((resolve) => {
      const waiters = this.answerWaiters.get(number) ?? [];
      waiters.push(resolve);
      this.answerWaiters.set(number, waiters);
    });
  }

  /** The first answer the peer sent to datagram `number`, if any. */
  answerTo(number: number): Answer | undefined {
    return this.answers.find((answer) => answer.to === number);
  }

  /**
   * A second socket: someone the program never wrote to. By default on the peer's address and
   * another port; with `host`, on another address, and on the peer's own port number where it is
   * free there, so that only the address differs.
   */
  stranger(host: string = this.host): Promise<DatagramSocket> {
    let socket = this.strangers.get(host);
    if (!socket) {
      const transcript = this.check.transcript;
      const peer = t("a stranger");
      const open = host === this.host ? DatagramSocket.open(transcript, { host, peer }) : DatagramSocket.open(transcript, { host, port: this.port, peer }).catch(() => DatagramSocket.open(transcript, { host, peer }));
      socket = open.then((opened) => {
        this.check.defer(() => opened.close());
        transcript.note(t("a stranger has a UDP socket on {address}", { address: opened.address }));
        return opened;
      });
      this.strangers.set(host, socket);
    }
    return socket;
  }

  /** Resolves with datagram `number` once it has arrived (within `ms`). */
  async whenReceived(number: number, ms: number = DEADLINES.exit): Promise<ReceivedDatagram> {
    const all = await this.socket.waitForDatagrams(number, t("datagram {n} from your program", { n: number }), ms);
    return all[number - 1]!;
  }
}

/**
 * Starts a datagram peer on `host` (on `port`, or one the system picks) that runs `script` on every
 * datagram. `purpose` (the check's id) seeds its generator; the seed goes in the transcript.
 * The socket closes when the check ends.
 */
export async function startDatagramPeer(
  check: CheckContext,
  script: DatagramScript,
  options: { purpose: string; host?: string; port?: number; name?: string },
): Promise<DatagramPeer> {
  const { purpose, host = "127.0.0.1", port = 0, name = t("reference server") } = options;
  const socket = await DatagramSocket.open(check.transcript, { host, port, peer: name });
  check.defer(() => socket.close());
  const random = seededRandom(purpose);
  const peer = new DatagramPeer(check, socket, random);
  socket.onDatagram((datagram) => script(datagram, peer));
  check.transcript.note(
    t("the {name} listens for UDP datagrams on {address}; its script is seeded with {seed} (LAB_SEED={seed} replays it)", { name, address: socket.address, seed: random.seed }),
  );
  return peer;
}

/** Holds a UDP port on `host` busy until the check ends (a socket bound there that reads nothing), to provoke EADDRINUSE. */
export async function occupyUdpPort(check: CheckContext, host = "127.0.0.1"): Promise<number> {
  const socket = await DatagramSocket.open(check.transcript, { host, peer: t("another program") });
  check.defer(() => socket.close());
  check.transcript.note(t("another program (the grader) already has UDP port {port} on {host}", { host, port: socket.port }));
  return socket.port;
}

/**
 * Holds UDP 127.0.0.1:`port` until the check ends, if it is free; when another program already
 * holds it, that one does the holding. Either way a server that binds `port` meets EADDRINUSE.
 */
export async function holdUdpPort(check: CheckContext, port: number): Promise<void> {
  try {
    const socket = await DatagramSocket.open(check.transcript, { port, peer: t("another program") });
    check.defer(() => socket.close());
    check.transcript.note(t("another program (the grader) already has UDP port {port} on {host}", { host: "127.0.0.1", port }));
  } catch {
    check.transcript.note(t("another program on this machine already has UDP port {port}", { port }));
  }
}
