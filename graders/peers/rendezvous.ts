// The grader's rendezvous server for exercise 13's peer checks, and a scripted peer it can
// introduce. The server speaks the spec's protocol (one text message per datagram: REGISTER,
// REGISTERED, CONNECT, PEER, ERROR) and counts what it receives and sends after its first
// introduction: a peer that talks to its partner directly sends it nothing but REGISTER refreshes.
// A check may hold back the asker's PEER until something has happened (`beforeAsker`), so that
// the target's first datagram reaches the asker's NAT before the asker has punched its hole.
// The scripted peer registers like a student's peer, answers PUNCH as its script says, and keeps
// every MSG that came from the address it was introduced to.
import type { CheckContext } from "../harness/check.ts";
import { DatagramSocket, showEndpoint, type Endpoint, type ReceivedDatagram } from "../harness/datagram.ts";
import { Conditions, DEADLINES } from "../harness/deadline.ts";
import { t } from "../i18n/index.ts";

export interface Registration {
  name: string;
  /** Where its datagrams come from, as the server sees them: its public address. */
  observed: Endpoint;
  /** What it said it is bound to. */
  private: string;
}

/** A datagram the server sent, after the introduction. */
export interface Sent {
  bytes: Buffer;
  to: Endpoint;
}

const NAME = /^[A-Za-z0-9]{1,16}$/;

function endpointOf(text: string): Endpoint | undefined {
  const match = /^(\d{1,3}(?:\.\d{1,3}){3}):(\d{1,5})$/.exec(text);
  return match ? { address: match[1]!, port: Number(match[2]) } : undefined;
}

export interface RendezvousOptions {
  /** Before the asker of a CONNECT gets its PEER (the target already has its own). */
  beforeAsker?: (asker: Registration, target: Registration) => Promise<unknown>;
}

export class RendezvousServer {
  readonly registrations = new Map<string, Registration>();
  /** performance.now() of the first introduction (both PEERs sent), undefined before it. */
  introducedAt: number | undefined;
  /** Everything the server received after the first introduction. */
  readonly receivedAfter: ReceivedDatagram[] = [];
  readonly sentAfter: Sent[] = [];
  private readonly conditions = new Conditions();

  private constructor(
    readonly socket: DatagramSocket,
    private readonly options: RendezvousOptions,
  ) {
    socket.onDatagram((datagram) => this.take(datagram));
  }

  static async start(check: CheckContext, options: RendezvousOptions = {}): Promise<RendezvousServer> {
    const socket = await DatagramSocket.open(check.transcript, { peer: t("rendezvous server") });
    check.defer(() => socket.close());
    check.transcript.note(t("the grader's rendezvous server listens on {address}", { address: socket.address }));
    return new RendezvousServer(socket, options);
  }

  get endpoint(): Endpoint {
    return { address: this.socket.host, port: this.socket.port };
  }

  /** Waits until `probe` holds, looked at after every datagram the server handled. */
  waitFor<T>(what: string, probe: () => T | undefined, ms: number = DEADLINES.reply): Promise<T> {
    return this.conditions.waitFor(ms, what, probe);
  }

  /** Waits until `name` has registered; resolves with its registration. */
  registered(name: string, ms?: number): Promise<Registration> {
    return this.waitFor(t("{name} to register with the rendezvous server", { name }), () => this.registrations.get(name), ms);
  }

  /** Received after the introduction and not a REGISTER (a refresh) or a late CONNECT: what should never come. */
  get strayAfter(): ReceivedDatagram[] {
    return this.receivedAfter.filter((datagram) => !/^(REGISTER|CONNECT) /.test(datagram.bytes.toString("utf8")));
  }

  private send(text: string, to: Endpoint, fate?: string): Promise<void> {
    if (this.introducedAt !== undefined) this.sentAfter.push({ bytes: Buffer.from(text, "utf8"), to });
    return this.socket.send(text, to, fate);
  }

  private take(datagram: ReceivedDatagram): void {
    if (this.introducedAt !== undefined) this.receivedAfter.push(datagram);
    void this.answer(datagram).finally(() => this.conditions.changed());
  }

  private async answer(datagram: ReceivedDatagram): Promise<void> {
    await null; // the arrival is recorded first
    const from = { address: datagram.address, port: datagram.port };
    const text = datagram.bytes.toString("utf8");
    const [command, ...fields] = text.split(" ");
    const asker = [...this.registrations.values()].find((known) => showEndpoint(known.observed) === showEndpoint(from));
    if (command === "REGISTER" && fields.length === 2 && NAME.test(fields[0]!) && endpointOf(fields[1]!)) {
      const name = fields[0]!;
      const held = this.registrations.get(name);
      if (held && showEndpoint(held.observed) !== showEndpoint(from)) return this.send(`ERROR the name ${name} is taken`, from);
      this.registrations.set(name, { name, observed: from, private: fields[1]! });
      this.conditions.changed();
      return this.send(`REGISTERED ${showEndpoint(from)}`, from);
    }
    if (command === "CONNECT" && fields.length === 1) {
      if (!asker) return this.send("ERROR register first", from);
      const target = this.registrations.get(fields[0]!);
      if (!target) return this.send(`ERROR nobody is registered as ${fields[0]!}`, from);
      await this.send(`PEER ${asker.name} ${showEndpoint(asker.observed)}`, target.observed);
      await this.options.beforeAsker?.(asker, target);
      await this.send(`PEER ${target.name} ${showEndpoint(target.observed)}`, from);
      this.introducedAt ??= performance.now();
      return;
    }
    return this.send("ERROR unknown command", from);
  }
}

/** How the scripted peer treats the program it is introduced to. */
export interface PeerScript {
  /** Sends `PUNCH <name>` as soon as it hears PEER (the program's NAT drops it: no hole yet). */
  punchEarly?: boolean;
  /** Takes no notice of the first PUNCH from the program, as if the network had lost it. */
  loseFirstPunch?: boolean;
  /** Answers a PUNCH with a PUNCH of its own (not PUNCHED), to see the program answer PUNCHED. */
  punchBack?: boolean;
}

/** A peer of the grader's: registered at the rendezvous server, silent until the program punches. */
export class ScriptedPeer {
  /** The program it was introduced to (from PEER), once it was. */
  partner: { name: string; endpoint: Endpoint } | undefined;
  /** Every MSG text from the partner's address, in order. */
  readonly messages: string[] = [];
  /** Every datagram from the partner's address, as text. */
  readonly fromPartner: string[] = [];
  private readonly conditions = new Conditions();
  private punchesSeen = 0;

  private constructor(
    readonly socket: DatagramSocket,
    readonly name: string,
    private readonly server: Endpoint,
    private readonly script: PeerScript,
  ) {
    socket.onDatagram((datagram) => this.take(datagram));
  }

  /** Opens the peer's socket and registers `name` at `server` (REGISTERED awaited). */
  static async start(check: CheckContext, name: string, server: Endpoint, script: PeerScript = {}): Promise<ScriptedPeer> {
    const socket = await DatagramSocket.open(check.transcript, { peer: t("the grader's peer {name}", { name }) });
    check.defer(() => socket.close());
    const peer = new ScriptedPeer(socket, name, server, script);
    await socket.send(`REGISTER ${name} ${socket.address}`, server);
    await peer.waitFor(t("REGISTERED from the rendezvous server"), () => (socket.received.some((datagram) => datagram.bytes.toString("utf8").startsWith("REGISTERED ")) ? true : undefined));
    return peer;
  }

  get endpoint(): Endpoint {
    return { address: this.socket.host, port: this.socket.port };
  }

  waitFor<T>(what: string, probe: () => T | undefined, ms: number = DEADLINES.reply): Promise<T> {
    return this.conditions.waitFor(ms, what, probe);
  }

  /** Asks the server to introduce it to `name`. */
  connect(name: string): Promise<void> {
    return this.socket.send(`CONNECT ${name}`, this.server);
  }

  /** Sends `text` to the partner as one datagram. */
  say(text: string): Promise<void> {
    if (!this.partner) throw new Error("not introduced yet");
    return this.socket.send(text, this.partner.endpoint);
  }

  private take(datagram: ReceivedDatagram): { fate?: string; dropped?: boolean } | void {
    const outcome = this.handle(datagram);
    queueMicrotask(() => this.conditions.changed());
    return outcome;
  }

  private handle(datagram: ReceivedDatagram): { fate?: string; dropped?: boolean } | void {
    const text = datagram.bytes.toString("utf8");
    const from = showEndpoint(datagram);
    if (from === showEndpoint(this.server)) {
      const peer = /^PEER ([A-Za-z0-9]{1,16}) (\S+)$/.exec(text);
      const endpoint = peer ? endpointOf(peer[2]!) : undefined;
      if (peer && endpoint && !this.partner) {
        this.partner = { name: peer[1]!, endpoint };
        if (this.script.punchEarly) void this.socket.send(`PUNCH ${this.name}`, endpoint, t("sent before the program has punched: its NAT should drop it"));
      }
      return;
    }
    if (!this.partner || from !== showEndpoint(this.partner.endpoint)) return { fate: t("not from the introduced program: no answer"), dropped: true };
    if (text.startsWith("PUNCH ")) {
      this.punchesSeen += 1;
      if (this.script.loseFirstPunch && this.punchesSeen === 1) {
        this.fromPartner.push(text);
        return { fate: t("lost on purpose (the network may lose any datagram): the program must punch again"), dropped: true };
      }
      void this.socket.send(this.script.punchBack ? `PUNCH ${this.name}` : `PUNCHED ${this.name}`, this.partner.endpoint);
    }
    this.fromPartner.push(text);
    if (text.startsWith("MSG ")) this.messages.push(text.slice(4));
    return;
  }
}
