// The grader's NAT box: a port-restricted cone NAT in user space, on loopback, for exercise 13.
// A student program started with `box.setting()` (check.launch's fourth argument) carries the
// shim nat-shim.mjs, which hands every datagram of its udp4 sockets to the box's inside socket
// with the real destination in a 6-byte header (IPv4 address, port) and unwraps what comes back.
// The box behaves as a home router does:
// - each inside socket gets its own outside socket, on another port: its mapping (the public
//   address STUN and the rendezvous server see);
// - out: the payload leaves from the mapping's outside socket to the real destination, and opens
//   a hole for that address:port (a permission);
// - in: a datagram reaching an outside socket passes only from an address:port the inside
//   socket has sent to through that mapping, and goes to the inside socket with its source in
//   the header; anything else is dropped, and the transcript says so;
// - a permission lapses `idleMs` after the inside last sent to that address, and a mapping
//   expires `idleMs` after the inside last sent anything: only outgoing datagrams keep a hole
//   open (the NAT's timers, not the grader's waits, so a busy machine only makes it kinder).
// The box decides nothing by itself: checks wait for its events (a mapping, a drop, a lapse)
// with deadlines.
import { createSocket, type RemoteInfo, type Socket } from "node:dgram";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CheckContext, LaunchSetting } from "../harness/check.ts";
import { showEndpoint, type Endpoint } from "../harness/datagram.ts";
import { Conditions, DEADLINES, within } from "../harness/deadline.ts";
import type { Transcript } from "../harness/transcript.ts";
import { t } from "../i18n/index.ts";

/** The shim every program behind a NAT box loads (--import). */
export const NAT_SHIM = join(dirname(fileURLToPath(import.meta.url)), "nat-shim.mjs");
/** The variable that tells the shim where the box's inside socket is (nat-shim.mjs reads it). */
const NAT_VARIABLE = "APP_LAYER_LAB_NAT";
const HEADER = 6;

function key(endpoint: Endpoint): string {
  return showEndpoint(endpoint);
}

function header(endpoint: Endpoint): Buffer {
  const head = Buffer.alloc(HEADER);
  head.set(endpoint.address.split(".").map(Number), 0);
  head.writeUInt16BE(endpoint.port, 4);
  return head;
}

/** One inside socket's mapping: its outside socket, and the holes it has opened. */
export interface Mapping {
  /** 1 for the box's first mapping, 2 for the next, … */
  number: number;
  inside: Endpoint;
  outside: Endpoint;
  /** Every address this mapping has sent to (once or more), in the order of the first send. */
  sentTo: Endpoint[];
  /** Alive: not expired. An expired mapping's outside socket stays open only to show drops. */
  alive: boolean;
}

/** A datagram the box forwarded out, or let in, or dropped. */
export interface NatDatagram {
  mapping: number | undefined;
  from: Endpoint;
  to: Endpoint;
  bytes: Buffer;
  at: number;
}

interface MappingState extends Mapping {
  socket: Socket;
  holes: Map<string, NodeJS.Timeout>;
  expiry: NodeJS.Timeout | undefined;
}

export class NatBox {
  readonly mappings: Mapping[] = [];
  /** Datagrams sent out through a mapping, in order. */
  readonly out: NatDatagram[] = [];
  /** Datagrams let in to an inside socket, in order. */
  readonly in: NatDatagram[] = [];
  /** Datagrams dropped at an outside socket (no hole for their source, or the mapping expired). */
  readonly dropped: NatDatagram[] = [];
  /** Holes that closed because the inside sent nothing to that address for idleMs: "mapping n → address". */
  readonly lapses: { mapping: number; peer: Endpoint; at: number }[] = [];
  private readonly states: MappingState[] = [];
  private readonly conditions = new Conditions();
  private closed = false;

  private constructor(
    private readonly inside: Socket,
    private readonly transcript: Transcript,
    /** "NAT box 1": how the transcript names it. */
    readonly name: string,
    readonly idleMs: number,
  ) {
    inside.on("message", (message: Buffer, from: RemoteInfo) => this.fromInside(message, { address: from.address, port: from.port }));
    inside.on("error", () => {});
  }

  /** Starts a box whose holes and mappings last `idleMs` without an outgoing datagram; closed when the check ends. */
  static async start(check: CheckContext, options: { idleMs: number; name?: string }): Promise<NatBox> {
    const socket = await bind();
    const box = new NatBox(socket, check.transcript, options.name ?? t("NAT box"), options.idleMs);
    check.defer(() => box.close());
    check.transcript.note(
      t("{name} (a port-restricted cone NAT) takes datagrams on {address}; a hole it opens closes after {ms} ms without a datagram out through it", {
        name: box.name,
        address: showEndpoint(socket.address()),
        ms: String(options.idleMs),
      }),
    );
    return box;
  }

  /** How to launch a program behind this box: check.launch(file, args, {}, box.setting()). */
  setting(): LaunchSetting {
    const { address, port } = this.inside.address();
    return { preloads: [NAT_SHIM], env: { [NAT_VARIABLE]: `${address}:${port}` }, describe: t("behind {name}: ", { name: this.name }) };
  }

  /** Resolves with what `probe` returns once it is not undefined, looked at again after every event of the box. */
  waitFor<T>(what: string, probe: () => T | undefined, ms: number = DEADLINES.reply): Promise<T> {
    return this.conditions.waitFor(ms, what, probe);
  }

  /** The mapping that `outside` (a public address a program printed or a server saw) belongs to. */
  mappingAt(outside: Endpoint): Mapping | undefined {
    return this.mappings.find((mapping) => mapping.outside.port === outside.port && mapping.outside.address === outside.address);
  }

  private fromInside(message: Buffer, from: Endpoint): void {
    if (this.closed || message.length < HEADER) return;
    const to = { address: [...message.subarray(0, 4)].join("."), port: message.readUInt16BE(4) };
    const bytes = message.subarray(HEADER);
    const own = this.inside.address();
    if (to.port === own.port && to.address === own.address) return;
    if (!to.address.startsWith("127.")) {
      this.transcript.note(t("{name} did not send a datagram to {address}: the grader sends nothing off this machine", { name: this.name, address: key(to) }));
      return;
    }
    void this.mappingFor(from).then((state) => {
      if (!state || this.closed) return;
      const hole = key(to);
      if (!state.sentTo.some((known) => key(known) === hole)) state.sentTo.push(to);
      clearTimeout(state.holes.get(hole));
      state.holes.set(hole, setTimeout(() => this.lapse(state, to), this.idleMs));
      clearTimeout(state.expiry);
      state.expiry = setTimeout(() => this.expire(state), this.idleMs);
      this.out.push({ mapping: state.number, from: state.outside, to, bytes, at: performance.now() });
      this.transcript.record({ from: "student", kind: "datagram", bytes, route: `${key(from)} ⇒ ${key(state.outside)} → ${key(to)}`, peer: this.name });
      state.socket.send(bytes, to.port, to.address);
      this.conditions.changed();
    });
  }

  private readonly pending = new Map<string, Promise<MappingState | undefined>>();

  /** The live mapping of the inside socket `from`, made (a new outside socket) when it has none. */
  private mappingFor(from: Endpoint): Promise<MappingState | undefined> {
    const live = this.states.find((state) => state.alive && key(state.inside) === key(from));
    if (live) return Promise.resolve(live);
    let made = this.pending.get(key(from));
    if (!made) {
      made = bind()
        .then((socket) => {
          if (this.closed) {
            socket.close();
            return undefined;
          }
          const outside = { address: socket.address().address, port: socket.address().port };
          const state: MappingState = { number: this.states.length + 1, inside: from, outside, sentTo: [], alive: true, socket, holes: new Map(), expiry: undefined };
          socket.on("message", (bytes: Buffer, source: RemoteInfo) => this.fromOutside(state, bytes, { address: source.address, port: source.port }));
          socket.on("error", () => {});
          this.states.push(state);
          this.mappings.push(state);
          this.transcript.note(t("{name} maps {inside} (inside) to {outside} (outside): mapping {n}", { name: this.name, inside: key(from), outside: key(outside), n: String(state.number) }));
          return state;
        })
        .catch(() => undefined)
        .finally(() => this.pending.delete(key(from)));
      this.pending.set(key(from), made);
    }
    return made;
  }

  private fromOutside(state: MappingState, bytes: Buffer, from: Endpoint): void {
    if (this.closed) return;
    const datagram = { mapping: state.number, from, to: state.outside, bytes, at: performance.now() };
    const route = `${key(from)} → ${key(state.outside)}`;
    if (!state.alive || !state.holes.has(key(from))) {
      const fate = !state.alive
        ? t("dropped by {name}: mapping {n} has expired", { name: this.name, n: String(state.number) })
        : t("dropped by {name}: the program behind it has not sent to {address} through mapping {n} (or not for {ms} ms)", {
            name: this.name,
            address: key(from),
            n: String(state.number),
            ms: String(this.idleMs),
          });
      this.dropped.push(datagram);
      this.transcript.record({ from: "peer", to: "student", kind: "datagram", bytes, route, fate, dropped: true, peer: this.name });
      this.conditions.changed();
      return;
    }
    this.in.push(datagram);
    this.transcript.record({ from: "peer", to: "student", kind: "datagram", bytes, route: `${route} ⇒ ${key(state.inside)}`, peer: this.name });
    this.inside.send(Buffer.concat([header(from), bytes]), state.inside.port, state.inside.address);
    this.conditions.changed();
  }

  private lapse(state: MappingState, peer: Endpoint): void {
    state.holes.delete(key(peer));
    this.lapses.push({ mapping: state.number, peer, at: performance.now() });
    this.transcript.note(t("{name} closed the hole of mapping {n} for {address}: nothing went out to it for {ms} ms", { name: this.name, n: String(state.number), address: key(peer), ms: String(this.idleMs) }));
    this.conditions.changed();
  }

  private expire(state: MappingState): void {
    state.alive = false;
    for (const timer of state.holes.values()) clearTimeout(timer);
    state.holes.clear();
    this.transcript.note(t("{name} forgot mapping {n} ({outside}): nothing went out through it for {ms} ms", { name: this.name, n: String(state.number), outside: key(state.outside), ms: String(this.idleMs) }));
    this.conditions.changed();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const state of this.states) {
      for (const timer of state.holes.values()) clearTimeout(timer);
      clearTimeout(state.expiry);
      state.socket.close();
    }
    this.inside.close();
  }
}

function bind(): Promise<Socket> {
  const socket = createSocket("udp4");
  return within(
    DEADLINES.reply,
    t("a UDP socket on {host}", { host: "127.0.0.1" }),
    new Promise<Socket>((resolve, reject) => {
      socket.once("error", reject);
      socket.bind({ address: "127.0.0.1", port: 0, exclusive: true }, () => {
        socket.off("error", reject);
        resolve(socket);
      });
    }),
  ).catch((error: unknown) => {
    socket.close();
    throw error;
  });
}
