// Exercise 13's peer checks: the student's peer.ts between the grader's STUN server, the grader's
// rendezvous server (graders/peers/rendezvous.ts) and a scripted peer of the grader's, or a
// second copy of the student's own peer; most of them behind the grader's NAT box
// (graders/peers/nat-box.ts), a port-restricted cone NAT on loopback. Behind it, and only behind
// it, the classic mistakes of hole punching fail as they do on the Internet: a new socket per
// peer (a mapping nobody knows), printing the local address, waiting to hear before punching
// (the peer's early datagram is dropped), no keep-alive (the hole closes).
import type { CheckContext, CheckDefinition } from "../../harness/check.ts";
import { CheckFailure } from "../../harness/check.ts";
import { DatagramSocket, showEndpoint, unusedUdpPort, type Endpoint } from "../../harness/datagram.ts";
import { DEADLINES, DeadlineExceeded } from "../../harness/deadline.ts";
import type { StudentProcess } from "../../harness/launch.ts";
import { t } from "../../i18n/index.ts";
import { startDatagramPeer, type DatagramPeer } from "../../peers/datagram-peer.ts";
import { NatBox, type Mapping } from "../../peers/nat-box.ts";
import { RendezvousServer, ScriptedPeer, type PeerScript, type RendezvousOptions } from "../../peers/rendezvous.ts";
import { startStunServer, type StunServer } from "../../peers/stun-server.ts";
import { expectCleanFailure, expectEndsPromptly, otherLoopbackHost } from "../expect.ts";

const FILE = "peer.ts";
const NEEDS = ["runPeer", "request", "retransmit", "discover"];

/** The --rto-ms and --retries of most checks (defaults 500 and 4): quick retransmits, and the schedule is theirs. */
const RTO_MS = 200;
const RETRIES = 4;
/** The --keepalive-ms of most checks (default 15000): far beyond a check, so a timer left running keeps the program alive. */
const LONG_KEEPALIVE_MS = 60_000;
/** A NAT that forgets its holes in no time on the scale of a check, for the checks that do not pause. */
const PATIENT_NAT_MS = 60_000;
/** The keep-alive check: the NAT forgets a hole after NAT_IDLE_MS; the program is told to keep it open every KEEPALIVE_MS. */
/** A program may be held up for NAT_IDLE_MS − KEEPALIVE_MS (2.25 s) by a busy machine before the hole closes. */
const NAT_IDLE_MS = 2_500;
const KEEPALIVE_MS = 250;
/** How long the keep-alive check stays silent: a second longer than the NAT keeps an idle hole. */
const PAUSE_MS = NAT_IDLE_MS + 1_000;
/** How late the grader may see a datagram on a busy machine, beside a schedule that should take its full time. */
const GRADER_LAG_MS = 400;
/** How long a peer may take to end once its input has ended and its last MSG went out. */
const ENDS_AFTER_INPUT_MS = 3_000;

const KOREAN = "안녕, 직접 왔어요";
/** 1000 bytes of UTF-8, the longest MSG text: 333 Korean syllables of 3 bytes each and one "!". */
const LONGEST = `${"가".repeat(333)}!`;

/** The whole time the retransmit schedule takes to give up: rto·(2^(retries+1) − 1). */
function scheduleMs(rtoMs: number, retries: number): number {
  return rtoMs * (2 ** (retries + 1) - 1);
}

interface World {
  stun: StunServer;
  server: RendezvousServer;
}

/** The grader's STUN server (answering every Binding request with the address it came from) and rendezvous server. */
async function startWorld(check: CheckContext, options: RendezvousOptions = {}, stunSilent = false): Promise<World> {
  return check.act(stunSilent ? t("start a STUN server that never answers, and the grader's rendezvous server") : t("start the grader's STUN server and rendezvous server"), async () => {
    const stun = await startStunServer(check, { silent: stunSilent });
    const server = await RendezvousServer.start(check, options);
    return { stun, server };
  });
}

interface PeerRun {
  name: string;
  connect?: string;
  nat?: NatBox;
  /** Lines on stdin at once, before anything else happened. */
  input?: string;
  /** Options instead of the usual --rto-ms, --retries and --keepalive-ms. */
  rtoMs?: number;
  retries?: number;
  keepaliveMs?: number;
  extra?: string[];
}

function commandLine(args: string[]): string {
  return args.map((arg) => (/^[\w.:/@=-]+$/.test(arg) ? arg : JSON.stringify(arg))).join(" ");
}

/** Starts the student's peer with --name, --server and --stun of `world`, behind `run.nat` when given. */
async function startPeer(check: CheckContext, world: World, run: PeerRun): Promise<StudentProcess> {
  const args = [
    "--name",
    run.name,
    "--server",
    showEndpoint(world.server.endpoint),
    "--stun",
    `${world.stun.host}:${world.stun.port}`,
    ...(run.connect ? ["--connect", run.connect] : []),
    "--rto-ms",
    String(run.rtoMs ?? RTO_MS),
    "--retries",
    String(run.retries ?? RETRIES),
    "--keepalive-ms",
    String(run.keepaliveMs ?? LONG_KEEPALIVE_MS),
    ...(run.extra ?? []),
  ];
  const where = run.nat ? t("run your peer behind {nat} with {args}", { nat: run.nat.name, args: commandLine(args) }) : t("run your peer with {args}", { args: commandLine(args) });
  return check.act(where, async () => {
    const program = await check.launch(FILE, args, {}, run.nat?.setting() ?? {});
    if (run.input !== undefined) program.writeStdin(run.input);
    return program;
  });
}

/** Waits until `name` registered with the grader's server. */
function expectRegisters(check: CheckContext, world: World, program: StudentProcess, name: string) {
  return check.expect(t("your peer registers as {name} with the rendezvous server", { name }), async () => {
    const found = await Promise.race([world.server.registered(name, DEADLINES.ready), program.whenExited().then(() => undefined)]);
    if (!found) throw new CheckFailure(t("Your peer ended before it registered as {name}.", { name }));
    return found;
  });
}

/** A scripted peer of the grader's, registered before the student's peer starts. */
function startScripted(check: CheckContext, world: World, name: string, script: PeerScript = {}): Promise<ScriptedPeer> {
  return check.act(t("the grader's peer {name} registers with the rendezvous server", { name }), () => ScriptedPeer.start(check, name, world.server.endpoint, script));
}

/** Waits until the scripted peer got a datagram from the student that `match` accepts. */
function expectFromStudent(check: CheckContext, peer: ScriptedPeer, description: string, match: (text: string) => boolean, failure: string, ms: number = DEADLINES.reply): Promise<void> {
  return check.expect(description, async () => {
    try {
      await peer.waitFor(description, () => (peer.fromPartner.some(match) ? true : undefined), ms);
    } catch (error) {
      if (error instanceof DeadlineExceeded) throw new CheckFailure(failure, { trouble: "timeout" });
      throw error;
    }
  });
}

/** Waits until the student's program printed exactly `line` on stdout. */
function expectLine(check: CheckContext, program: StudentProcess, line: string, failure: string, ms: number = DEADLINES.reply): Promise<void> {
  return check.expect(t("your peer prints {line}", { line: JSON.stringify(line.length > 60 ? `${line.slice(0, 60)}…` : line) }), async () => {
    const found = await program.waitForStdoutLines((lines) => lines.includes(line), t("your peer to print a chat line"), ms).catch((error: unknown) => {
      if (error instanceof DeadlineExceeded) return undefined;
      throw error;
    });
    if (!found?.includes(line)) throw new CheckFailure(failure, { mismatch: { expected: line, observed: program.stdout } });
  });
}

/** The student's side of an introduced pair is reached: bob got a PUNCH. */
function expectPunch(check: CheckContext, peer: ScriptedPeer): Promise<void> {
  return expectFromStudent(
    check,
    peer,
    t("your peer sends PUNCH to {name} (at the address the server gave it)", { name: peer.name }),
    (text) => text.startsWith("PUNCH "),
    t("The grader's peer {name} got no PUNCH from your peer's public address. Once the server sends PEER, send `PUNCH <your name>` to the address in it at once, from the socket you registered with, and again on the retransmit schedule.", { name: peer.name }),
  );
}

/** What each mapping of `nat` carried out: "mapping 1 (127.0.0.1:4000): STUN, REGISTER". */
function describeMappings(nat: NatBox, world: World): string {
  return nat.mappings
    .map((mapping) => {
      const kinds = new Set<string>();
      for (const datagram of nat.out.filter((sent) => sent.mapping === mapping.number)) {
        if (datagram.to.port === world.stun.port) kinds.add("STUN");
        else kinds.add(datagram.bytes.toString("utf8").split(" ")[0]!.slice(0, 12));
      }
      return `${t("mapping {n}", { n: String(mapping.number) })} (${showEndpoint(mapping.outside)}): ${[...kinds].join(", ")}`;
    })
    .join("; ");
}

function mappingOf(nat: NatBox, number: number | undefined): Mapping | undefined {
  return nat.mappings.find((mapping) => mapping.number === number);
}

/** The student ann connects to the grader's bob, behind a NAT box, and bob hears her PUNCH. */
async function punchedPair(check: CheckContext, options: { script?: PeerScript; idleMs?: number; keepaliveMs?: number; input?: string; heldUntilDropped?: boolean } = {}) {
  let nat: NatBox | undefined;
  let bob: ScriptedPeer | undefined;
  const world = await startWorld(check, {
    beforeAsker: options.heldUntilDropped
      ? (_asker, target) =>
          check.act(t("the server holds back its PEER to your peer until {nat} has dropped {name}'s first PUNCH", { nat: nat!.name, name: target.name }), () =>
            nat!.waitFor(t("{nat} to drop the first datagram of {name}", { nat: nat!.name, name: target.name }), () => (nat!.dropped.some((datagram) => datagram.from.port === bob!.socket.port) ? true : undefined)),
          )
      : undefined,
  });
  nat = await check.act(t("start a NAT box for your peer"), () => NatBox.start(check, { idleMs: options.idleMs ?? PATIENT_NAT_MS }));
  bob = await startScripted(check, world, "bob", options.script);
  const ann = await startPeer(check, world, { name: "ann", connect: "bob", nat, keepaliveMs: options.keepaliveMs, input: options.input });
  await expectRegisters(check, world, ann, "ann");
  return { world, nat, bob, ann };
}

const checks: CheckDefinition[] = [
  {
    id: "peer-prints-its-public-address",
    title: t("prints the public address STUN saw (the NAT's mapping), not the socket's own"),
    needs: NEEDS,
    async run(check) {
      const world = await startWorld(check);
      const nat = await check.act(t("start a NAT box for your peer"), () => NatBox.start(check, { idleMs: PATIENT_NAT_MS }));
      const ann = await startPeer(check, world, { name: "ann", nat });
      const registration = await expectRegisters(check, world, ann, "ann");
      const mapping = nat.mappingAt(registration.observed);
      if (!mapping) throw new CheckFailure(t("Your peer's REGISTER did not come through the NAT box."));
      const outside = showEndpoint(mapping.outside);
      const inside = showEndpoint(mapping.inside);
      await check.expect(t("it prints a line with its public address {address}", { address: outside }), async () => {
        const mentions = (text: string, address: string) => new RegExp(`(^|[^\\d.])${address.replace(/\./g, "\\.")}(?!\\d)`).test(text);
        const lines = await ann.waitForStdoutLines((printed) => printed.some((line) => mentions(line, outside)), t("your peer to print its public address"), DEADLINES.reply).catch(() => ann.stdout.split("\n"));
        if (lines.some((line) => mentions(line, outside))) return;
        if (lines.some((line) => mentions(line, inside)))
          throw new CheckFailure(t("Your peer printed {inside}, its socket's own (private) address. Behind a NAT the world sees {outside}: print the address discover() got from the STUN server.", { inside, outside }));
        throw new CheckFailure(t("Your peer printed no line with its public address {outside} (what the STUN server answered). Print it as ip:port.", { outside }));
      });
    },
  },
  {
    id: "peer-uses-one-socket",
    title: t("STUN, REGISTER and the punch all leave through the same socket (one NAT mapping)"),
    needs: NEEDS,
    async run(check) {
      const { world, nat } = await punchedPair(check);
      await check.act(t("wait until your peer sends a PUNCH through the NAT box"), () =>
        nat.waitFor(t("a PUNCH from your peer"), () => (nat.out.some((datagram) => datagram.bytes.toString("utf8").startsWith("PUNCH ")) ? true : undefined)),
      );
      await check.expect(t("the STUN request, the REGISTER and the PUNCH left through one mapping"), () => {
        const stun = nat.out.find((datagram) => datagram.to.port === world.stun.port);
        const register = nat.out.find((datagram) => datagram.bytes.toString("utf8").startsWith("REGISTER "));
        const punch = nat.out.find((datagram) => datagram.bytes.toString("utf8").startsWith("PUNCH "));
        const used = new Set([stun?.mapping, register?.mapping, punch?.mapping]);
        if (used.size === 1 && !used.has(undefined)) return;
        throw new CheckFailure(
          t("Your peer used more than one socket, so the NAT gave it more than one public address: {mappings}. The server told the other peer where your REGISTER came from, so only that socket can be reached. Send STUN, REGISTER, CONNECT and every datagram to the peer on the one socket you bound first.", {
            mappings: describeMappings(nat, world),
          }),
        );
      });
      await check.expect(t("the PUNCH came from the address the rendezvous server saw"), () => {
        const punch = nat.out.find((datagram) => datagram.bytes.toString("utf8").startsWith("PUNCH "));
        const registered = world.server.registrations.get("ann");
        if (!punch || !registered || showEndpoint(mappingOf(nat, punch.mapping)!.outside) !== showEndpoint(registered.observed)) {
          throw new CheckFailure(t("Your PUNCH did not come from {address}, where the server saw your REGISTER.", { address: registered ? showEndpoint(registered.observed) : "?" }));
        }
      });
    },
  },
  {
    id: "peer-punches-without-hearing-first",
    title: t("punches at once, although the peer's first datagram was dropped by its NAT, and answers PUNCH with PUNCHED"),
    needs: NEEDS,
    async run(check) {
      const { nat, bob } = await punchedPair(check, { script: { punchEarly: true, punchBack: true }, heldUntilDropped: true });
      await expectPunch(check, bob);
      await check.expect(t("{nat} dropped bob's early PUNCH, which came before your peer had sent anything to bob", { nat: nat.name }), () => {
        const drop = nat.dropped.find((datagram) => datagram.from.port === bob.socket.port);
        const punch = nat.out.find((datagram) => datagram.to.port === bob.socket.port);
        if (!drop || !punch || drop.at > punch.at) throw new CheckFailure(t("The grader's provocation did not happen: bob's early datagram was not dropped before your first PUNCH."));
      });
      await expectFromStudent(
        check,
        bob,
        t("your peer answers bob's PUNCH with PUNCHED"),
        (text) => text.startsWith("PUNCHED "),
        t("bob sent `PUNCH bob` and your peer never answered `PUNCHED <your name>`. The other side punches too: answer every PUNCH from the peer's address with PUNCHED, so that its punch ends."),
      );
    },
  },
  {
    id: "peer-punches-again-when-a-punch-is-lost",
    title: t("sends PUNCH again on the retransmit schedule when the first one is lost"),
    needs: NEEDS,
    async run(check) {
      const { bob } = await punchedPair(check, { script: { loseFirstPunch: true } });
      await expectPunch(check, bob);
      await expectFromStudent(
        check,
        bob,
        t("your peer sends PUNCH again after {ms} ms (--rto-ms), since nothing came back", { ms: String(RTO_MS) }),
        (text) => text.startsWith("PUNCH ") && bob.fromPartner.filter((seen) => seen.startsWith("PUNCH ")).length >= 2,
        t("Your peer sent PUNCH once and never again: the network lost it and bob heard nothing. Send the PUNCH on the retransmit schedule (again after rtoMs, then 2·rtoMs, …) until a PUNCH or PUNCHED comes back."),
        DEADLINES.reply + scheduleMs(RTO_MS, 1),
      );
    },
  },
  {
    id: "peer-chats-through-the-nat",
    title: t("chats with the peer through the NAT in both directions, Korean and 1000-byte lines whole, typed lines kept in order"),
    needs: NEEDS,
    async run(check) {
      const world = await startWorld(check);
      const nat = await check.act(t("start a NAT box for your peer"), () => NatBox.start(check, { idleMs: PATIENT_NAT_MS }));
      const typed = ["hello bob", KOREAN, LONGEST, "line with CRLF"];
      const ann = await startPeer(check, world, { name: "ann", nat, input: `${typed[0]}\n${typed[1]}\n${typed[2]}\n${typed[3]}\r\n` });
      await expectRegisters(check, world, ann, "ann");
      const bob = await startScripted(check, world, "bob");
      await check.act(t("bob asks the server for ann (CONNECT ann)"), () => bob.connect("ann"));
      await expectPunch(check, bob);
      await check.expect(t("bob gets every line typed before the punch, in order, each as one MSG"), async () => {
        await bob.waitFor(t("bob to get {n} MSG datagrams", { n: String(typed.length) }), () => (bob.messages.length >= typed.length ? true : undefined)).catch(() => undefined);
        const got = bob.messages.slice(0, typed.length);
        if (JSON.stringify(got) !== JSON.stringify(typed)) {
          throw new CheckFailure(t("bob did not get the lines you typed, each whole, in order, without their line end. Keep the lines typed before the punch in a queue and send each as `MSG <text>` once the punch has worked."), {
            mismatch: { expected: typed.join("\n"), observed: got.join("\n") },
          });
        }
      });
      await check.act(t("bob sends two MSG datagrams: Korean text, and 1000 bytes of Korean"), async () => {
        await bob.say(`MSG ${KOREAN}`);
        await bob.say(`MSG ${LONGEST}`);
      });
      const failure = t("Your peer did not print bob's MSG as `[bob] <text>` with the text whole. Print every `MSG <text>` from the peer's address as `[<peer name>] <text>`: one datagram is one whole message, decode it with toString(\"utf8\").");
      await expectLine(check, ann, `[bob] ${KOREAN}`, failure);
      await expectLine(check, ann, `[bob] ${LONGEST}`, failure);
    },
  },
  {
    id: "peer-two-students-chat",
    title: t("two copies of your peer, each behind its own NAT, introduced by the server, chat both ways"),
    needs: NEEDS,
    async run(check) {
      await twoStudents(check);
    },
  },
  {
    id: "peer-talks-directly",
    title: t("after the introduction, the server gets nothing but REGISTER refreshes (no chat through it)"),
    needs: NEEDS,
    async run(check) {
      const { world } = await twoStudents(check);
      await check.expect(t("the rendezvous server got no chat: only REGISTER refreshes after the introduction"), () => {
        const stray = world.server.strayAfter;
        const bytes = stray.reduce((sum, datagram) => sum + datagram.bytes.length, 0);
        check.transcript.note(
          t("after the introduction the server received {received} datagrams ({stray} of them not REGISTER, {bytes} bytes) and sent {sent}", {
            received: String(world.server.receivedAfter.length),
            stray: String(stray.length),
            bytes: String(bytes),
            sent: String(world.server.sentAfter.length),
          }),
        );
        if (stray.length > 0) {
          throw new CheckFailure(
            t("After the introduction your peers sent the rendezvous server {count} datagrams that were not REGISTER ({bytes} bytes, e.g. {example}). The server only introduces: once PEER has come, send chat, PUNCH and KEEPALIVE to the peer's address only.", {
              count: String(stray.length),
              bytes: String(bytes),
              example: JSON.stringify(stray[0]!.bytes.toString("utf8").slice(0, 40)),
            }),
          );
        }
      });
    },
  },
  {
    id: "peer-keeps-the-hole-open",
    title: t("sends KEEPALIVE every --keepalive-ms, so a NAT that forgets idle holes keeps the way in open"),
    needs: NEEDS,
    async run(check) {
      const { nat, bob, ann } = await punchedPair(check, { idleMs: NAT_IDLE_MS, keepaliveMs: KEEPALIVE_MS, input: "before the pause\n" });
      await expectPunch(check, bob);
      await check.act(t("bob waits for ann's first MSG"), () => bob.waitFor(t("a MSG from ann"), () => (bob.messages.length > 0 ? true : undefined)));
      const start = performance.now();
      await check.expect(
        t("for {ms} ms nobody types anything; your peer's datagrams keep bob's hole open in {nat} (it forgets a hole after {idle} ms)", { ms: String(PAUSE_MS), nat: nat.name, idle: String(NAT_IDLE_MS) }),
        async () => {
          const outcome = await nat.waitFor(
            t("the pause to end"),
            () => {
              if (nat.lapses.some((lapse) => lapse.peer.port === bob.socket.port)) return "closed" as const;
              const lastToBob = nat.out.filter((datagram) => datagram.to.port === bob.socket.port).at(-1);
              return lastToBob && lastToBob.at - start >= PAUSE_MS ? ("open" as const) : undefined;
            },
            PAUSE_MS + DEADLINES.reply,
          ).catch((error: unknown) => {
            if (error instanceof DeadlineExceeded) return "closed" as const;
            throw error;
          });
          if (outcome === "closed") {
            throw new CheckFailure(
              t("Your peer sent bob nothing for {idle} ms, so the NAT forgot the hole and bob can no longer reach it. With --keepalive-ms {keepalive}, send `KEEPALIVE` to the peer whenever that long has passed without a datagram to it.", {
                idle: String(NAT_IDLE_MS),
                keepalive: String(KEEPALIVE_MS),
              }),
            );
          }
        },
      );
      await check.act(t("bob sends a MSG after the pause"), () => bob.say("MSG still there?"));
      await expectLine(check, ann, "[bob] still there?", t("bob's MSG after the pause did not reach your peer."));
    },
  },
  {
    id: "peer-reports-an-unknown-name",
    title: t("reports the server's ERROR for an unknown --connect name, and exits with code 1"),
    needs: NEEDS,
    async run(check) {
      const world = await startWorld(check);
      const ann = await startPeer(check, world, { name: "ann", connect: "nobody" });
      await expectCleanFailure(check, ann, t("an ERROR from the server for --connect nobody"), {
        mentions: [{ text: "nobody", what: t("the name it asked for") }],
        printsWithin: DEADLINES.ready,
        ms: ENDS_AFTER_INPUT_MS,
      });
    },
  },
  {
    id: "peer-gives-up-on-a-silent-server",
    title: t("gives up on a silent rendezvous server on the retransmit schedule of --rto-ms and --retries"),
    needs: NEEDS,
    async run(check) {
      const rtoMs = 200;
      const retries = 2;
      const world = await startWorld(check);
      const silent = await check.act(t("start a rendezvous server that never answers"), () =>
        startDatagramPeer(check, () => ({ fate: t("not answered: the server is silent"), dropped: true }), { purpose: "peer-silent-server", name: t("silent server") }),
      );
      const args = ["--name", "ann", "--server", `${silent.host}:${silent.port}`, "--stun", `${world.stun.host}:${world.stun.port}`, "--rto-ms", String(rtoMs), "--retries", String(retries), "--keepalive-ms", String(LONG_KEEPALIVE_MS)];
      const ann = await check.act(t("run your peer with {args}", { args: commandLine(args) }), () => check.launch(FILE, args));
      await check.act(t("wait for the first REGISTER"), () => silent.whenReceived(1, DEADLINES.ready));
      let exitAt = Infinity;
      void ann.whenExited().then(() => (exitAt = performance.now()));
      await expectCleanFailure(check, ann, t("a silent rendezvous server"), {
        mentions: [{ text: `${silent.host}:${silent.port}`, what: t("the server's address") }],
        printsWithin: scheduleMs(rtoMs, retries) + DEADLINES.reply,
        ms: ENDS_AFTER_INPUT_MS,
      });
      await check.expect(t("it sent REGISTER {n} times (1 + --retries) and gave up no sooner than the schedule says", { n: String(retries + 1) }), () => {
        const sent = silent.received.filter((datagram) => datagram.bytes.toString("utf8").startsWith("REGISTER "));
        if (sent.length !== retries + 1) {
          throw new CheckFailure(t("Your peer sent REGISTER {count} times; with --retries {retries} it sends it once and then at most {retries} times more.", { count: String(sent.length), retries: String(retries) }));
        }
        // A lower bound only (a busy machine makes it later, never sooner), with room for the
        // grader's own lag in seeing the first REGISTER.
        const took = exitAt - sent[0]!.at;
        const schedule = scheduleMs(rtoMs, retries);
        if (took < schedule - GRADER_LAG_MS) {
          throw new CheckFailure(t("Your peer gave up {took} ms after its first REGISTER; with --rto-ms {rto} and --retries {retries} the waits double ({rto}, then twice that, …) and it gives up after {schedule} ms.", { took: took.toFixed(0), rto: String(rtoMs), retries: String(retries), schedule: String(schedule) }));
        }
      });
    },
  },
  {
    id: "peer-gives-up-on-a-silent-stun-server",
    title: t("gives up on a silent STUN server, naming it, and exits with code 1"),
    needs: NEEDS,
    async run(check) {
      const world = await startWorld(check, {}, true);
      const ann = await startPeer(check, world, { name: "ann", rtoMs: 50, retries: 1 });
      await expectCleanFailure(check, ann, t("a silent STUN server"), {
        mentions: [{ text: `${world.stun.host}:${world.stun.port}`, what: t("the STUN server's address") }],
        printsWithin: scheduleMs(50, 1) + DEADLINES.ready,
        ms: ENDS_AFTER_INPUT_MS,
      });
    },
  },
  {
    id: "peer-ends-when-input-ends",
    title: t("sends the last line and exits with code 0 at once when its input ends"),
    needs: NEEDS,
    async run(check) {
      const { bob, ann } = await punchedPair(check, { input: "first\n" });
      await check.act(t("bob waits for ann's first MSG"), () => bob.waitFor(t("a MSG from ann"), () => (bob.messages.length > 0 ? true : undefined)));
      await check.act(t("type a last line, then end your peer's input"), () => {
        ann.writeStdin("bye\n");
        ann.endStdin();
      });
      const status = await expectEndsPromptly(check, ann, { ms: ENDS_AFTER_INPUT_MS, after: t("its input ended") });
      await check.expect(t("it exits with code 0, and bob got the last line"), () => {
        if (status.code !== 0) throw new CheckFailure(t("Your peer exited with {how} when its input ended: that is the normal end, exit with code 0.", { how: status.signal ?? String(status.code) }));
        if (!bob.messages.includes("bye")) throw new CheckFailure(t("bob never got `MSG bye`: send what is queued before you close the socket."));
      });
    },
  },
  {
    id: "peer-ignores-strangers",
    title: t("ignores datagrams from anyone but the server, STUN and the peer (on --host and --port of its own)"),
    needs: NEEDS,
    async run(check) {
      const world = await startWorld(check);
      const host = await otherLoopbackHost(check);
      const port = await check.act(t("find a free UDP port for --port"), () => unusedUdpPort(check.transcript, host));
      const ann = await startPeer(check, world, { name: "ann", extra: ["--host", host, "--port", String(port)] });
      const registration = await expectRegisters(check, world, ann, "ann");
      await check.expect(t("it registers with the address it is bound to, {address}", { address: `${host}:${port}` }), () => {
        if (registration.private !== `${host}:${port}`) {
          throw new CheckFailure(t("Your REGISTER gave {given} as the private address; the socket is bound to {address} (--host, --port): send socket.address().", { given: registration.private, address: `${host}:${port}` }));
        }
      });
      const bob = await startScripted(check, world, "bob");
      await check.act(t("bob asks the server for ann (CONNECT ann)"), () => bob.connect("ann"));
      await expectPunch(check, bob);
      const stranger = await check.act(t("a stranger opens a socket"), () => DatagramSocket.open(check.transcript, { peer: t("a stranger") }));
      check.defer(() => stranger.close());
      const annAt: Endpoint = registration.observed;
      await check.act(t("the stranger sends MSG and PUNCH to your peer, then bob sends a MSG"), async () => {
        await stranger.send("MSG I am not your peer", annAt);
        await stranger.send("PUNCH eve", annAt);
        await bob.say("MSG from bob");
      });
      await expectLine(check, ann, "[bob] from bob", t("bob's MSG did not reach your peer."));
      await check.expect(t("it printed nothing of the stranger's and did not answer it"), async () => {
        await ann.caughtUp();
        if (ann.stdout.includes("I am not your peer")) throw new CheckFailure(t("Your peer printed a MSG from {address}, which is not the peer it was introduced to. Take MSG only from the peer's address and port.", { address: stranger.address }));
        if (stranger.received.length > 0) throw new CheckFailure(t("Your peer answered a stranger at {address}. Answer PUNCH only from the introduced peer's address.", { address: stranger.address }));
      });
    },
  },
  {
    id: "peer-refuses-bad-options",
    title: t("refuses bad options (a missing or 17-letter --name, --keepalive-ms 0 or 2^31, --retries 11, --server without a port)"),
    needs: NEEDS,
    async run(check) {
      // Every case also points --stun and --server at a grader socket that never answers, with
      // a short schedule: a program that wrongly accepts an option fails at once, and talks to
      // nobody but the grader.
      const sink = await check.act(t("open a UDP socket that never answers, for --stun and --server"), () =>
        startDatagramPeer(check, () => ({ fate: t("not answered"), dropped: true }), { purpose: "peer-bad-options", name: t("silent server") }),
      );
      const quiet = ["--stun", `${sink.host}:${sink.port}`, "--server", `${sink.host}:${sink.port}`, "--rto-ms", "50", "--retries", "0"];
      const cases: { args: string[]; mention: string }[] = [
        { args: [...quiet], mention: "name" },
        { args: ["--name", "abcdefghijklmnopq", ...quiet], mention: "abcdefghijklmnopq" },
        { args: ["--name", "ann", ...quiet, "--keepalive-ms", "0"], mention: "keepalive-ms" },
        { args: ["--name", "ann", ...quiet, "--keepalive-ms", "2147483648"], mention: "2147483648" },
        { args: ["--name", "ann", ...quiet, "--retries", "11"], mention: "retries" },
        { args: ["--name", "ann", ...quiet, "--rto-ms", "abc"], mention: "abc" },
        { args: ["--name", "ann", ...quiet, "--server", "127.0.0.1"], mention: "server" },
      ];
      const programs = await Promise.all(cases.map((bad) => check.act(t("run your peer with {args}", { args: commandLine(bad.args) }), () => check.launch(FILE, bad.args))));
      for (const [index, bad] of cases.entries()) {
        await expectCleanFailure(check, programs[index]!, t("the options {args}", { args: commandLine(bad.args) }), {
          mentions: [{ text: bad.mention, what: t("the option or its value") }],
          printsWithin: DEADLINES.ready,
          ms: ENDS_AFTER_INPUT_MS,
        });
      }
    },
  },
];

/** ann (waiting) and minsu (--connect ann), two copies of the student's peer, each behind its own NAT box, chat both ways. */
async function twoStudents(check: CheckContext): Promise<{ world: World }> {
  const world = await startWorld(check);
  const [annNat, minsuNat] = await check.act(t("start two NAT boxes"), () =>
    Promise.all([NatBox.start(check, { idleMs: PATIENT_NAT_MS, name: t("NAT box of ann") }), NatBox.start(check, { idleMs: PATIENT_NAT_MS, name: t("NAT box of minsu") })]),
  );
  const ann = await startPeer(check, world, { name: "ann", nat: annNat, input: `${KOREAN}\n` });
  await expectRegisters(check, world, ann, "ann");
  const minsu = await startPeer(check, world, { name: "minsu", connect: "ann", nat: minsuNat, input: "hi ann\n" });
  await expectLine(check, ann, "[minsu] hi ann", t("ann never printed minsu's line: the punch or the chat did not get through the two NATs."), DEADLINES.ready);
  await expectLine(check, minsu, `[ann] ${KOREAN}`, t("minsu never printed ann's line: the punch or the chat did not get through the two NATs."));
  return { world };
}

export { checks };
