// Exercise 13's server checks: the grader plays the peers that talk to the student's
// rendezvous-server.ts, each a UDP socket of its own (graders/peers/rendezvous-client.ts). Peers
// write a false private address on purpose and sit on a second loopback address where the
// machine has one, so that the address the server observed and the one the peer wrote differ.
// That nothing was sent to someone is proven by a barrier, never by waiting: the peer then asks
// something of its own, and the server, which handles datagrams in order and sends to one peer
// in order, would have sent anything unasked before that answer.
import { setTimeout as delay } from "node:timers/promises";
import type { CheckContext, CheckDefinition } from "../../harness/check.ts";
import { CheckFailure } from "../../harness/check.ts";
import { showEndpoint, unusedUdpPort, type Endpoint, type ReceivedDatagram } from "../../harness/datagram.ts";
import { DEADLINES } from "../../harness/deadline.ts";
import { t } from "../../i18n/index.ts";
import { otherLoopback } from "../../peers/bound-client.ts";
import { RendezvousClient } from "../../peers/rendezvous-client.ts";
import { expectCleanFailure, expectExplainsAPortInUse, expectListensWith, expectNotePortByDefault, startStudentServer, waitForListening, type StudentServer } from "../expect.ts";

const SERVER = "rendezvous-server.ts";
/** A correct server answers within milliseconds; one that never answers fails after this long. */
const PROMPTLY_MS = 5_000;
/** An IPv4 address no machine has (TEST-NET-1, for documentation): binding it fails, and nothing is ever sent there. */
const NOT_HERE = "192.0.2.1";
/** The spec's default --port. */
const DEFAULT_PORT = 7777;
/** The --peer-timeout-ms of the forgetting check: short for a quick check, long beside a busy machine's stalls. */
const PEER_TIMEOUT_MS = 3_000;
/** How often the peer that stays alive sends a datagram in that check. */
const REFRESH_EVERY_MS = 250;
/** A server's timer may fire this much before its --peer-timeout-ms by the grader's clock (timer granularity, clocks of two processes). */
const EARLY_SLACK_MS = 200;
/** How late after --peer-timeout-ms a server may forget: the deadline is derived from the option. */
const LATE_SLACK_MS = PEER_TIMEOUT_MS;

/** Bytes as a step shows them: escaped, and cut when long. */
function shown(bytes: string | Uint8Array): string {
  const text = typeof bytes === "string" ? bytes : Buffer.from(bytes).toString("utf8");
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 50)}…` : text);
}

function textOf(datagram: ReceivedDatagram): string {
  return datagram.bytes.toString("utf8");
}

function startServer(check: CheckContext, extra: string[] = [], host?: string): Promise<StudentServer> {
  return startStudentServer(check, SERVER, { host, defaultHost: "127.0.0.1", extra });
}

function endpointOf(server: StudentServer): Endpoint {
  return { address: server.host, port: server.port };
}

/**
 * 127.0.0.2 where this machine routes it (Linux, Windows): a peer there is observed at an
 * address it did not write. Elsewhere 127.0.0.1, with a note; the false private port still differs.
 */
async function secondLoopback(check: CheckContext): Promise<string> {
  return check.act(t("find a loopback address other than 127.0.0.1 for a peer"), async () => {
    const other = await otherLoopback();
    if (other?.host === "127.0.0.2") return other.host;
    check.transcript.note(t("this machine has no other IPv4 loopback address: the peer uses 127.0.0.1, and only the port it writes is false"));
    return "127.0.0.1";
  });
}

/** A peer's UDP socket on `host`, pointed at the student's server. */
function openPeer(check: CheckContext, server: StudentServer, who: string, host = "127.0.0.1"): Promise<RendezvousClient> {
  return check.act(t("open a UDP socket for the peer {who} on {host}", { who, host }), () => RendezvousClient.open(check, endpointOf(server), who, host));
}

/** A private address the peer writes in REGISTER that is not where its datagrams come from: a loopback port nothing uses. */
async function falsePrivateAddress(check: CheckContext): Promise<string> {
  return `127.0.0.1:${await unusedUdpPort(check.transcript)}`;
}

async function send(check: CheckContext, client: RendezvousClient, bytes: string | Uint8Array, what?: string): Promise<void> {
  await check.act(t("{who} sends {datagram}", { who: client.who, datagram: what ?? shown(bytes) }), () => client.send(bytes));
}

/** Why nothing came: the server ended, or it stayed silent. */
function silence(server: StudentServer, client: RendezvousClient, sent: string): CheckFailure {
  const status = server.program.exit;
  if (status) {
    return new CheckFailure(t("Your server is not running any more (exit code {code}): it stopped before it answered {sent}. Its output above shows why; one datagram must never end the server.", { code: String(status.code ?? status.signal), sent }), {
      trouble: "crash",
    });
  }
  return new CheckFailure(t("{who} sent {sent} and waited {seconds} s, and no datagram came back. Answer every REGISTER and CONNECT with one datagram, to the address it came from (rinfo).", { who: client.who, sent, seconds: PROMPTLY_MS / 1000 }), {
    trouble: "timeout",
  });
}

/**
 * The next datagram for `client`, or undefined when none comes within PROMPTLY_MS or the server
 * ends first (a crashed server is reported at once, not after the wait).
 */
async function nextDatagram(server: StudentServer, client: RendezvousClient, sent: string): Promise<ReceivedDatagram | undefined> {
  const what = t("the answer to {sent}", { sent });
  const ended = server.program.whenExited().then(() => "ended" as const);
  const first = await Promise.race([client.next(what, PROMPTLY_MS), ended]);
  if (first !== "ended") return first;
  return client.untaken.length > 0 ? client.next(what, 0) : undefined;
}

/**
 * The next datagram `client` receives answers `sent`: it comes from the server's own address and
 * port (a NAT lets in only what comes from where the peer sent), and `judge` accepts its text.
 */
async function expectAnswer(
  check: CheckContext,
  server: StudentServer,
  client: RendezvousClient,
  sent: string,
  expected: string,
  judge: (text: string) => boolean,
  why: string,
): Promise<string> {
  return check.expect(t("{who} gets {expected}", { who: client.who, expected }), async () => {
    const datagram = await nextDatagram(server, client, sent);
    if (!datagram) throw silence(server, client, sent);
    const text = textOf(datagram);
    if (datagram.address !== server.host || datagram.port !== server.port) {
      throw new CheckFailure(
        t("The answer came from {from}, but your server is {server}. Answer with the one socket the peer sent to: behind a NAT, a datagram from any other address or port is dropped.", {
          from: showEndpoint(datagram),
          server: showEndpoint(endpointOf(server)),
        }),
        { mismatch: { expected, observed: text } },
      );
    }
    if (!judge(text)) throw new CheckFailure(why, { mismatch: { expected, observed: text } });
    return text;
  });
}

function expectExactly(check: CheckContext, server: StudentServer, client: RendezvousClient, sent: string, expected: string, why: string): Promise<string> {
  return expectAnswer(check, server, client, sent, JSON.stringify(expected), (text) => text === expected, why);
}

function isError(text: string, naming?: string): boolean {
  return /^ERROR \S/.test(text) && (naming === undefined || text.slice(6).includes(naming));
}

function expectError(check: CheckContext, server: StudentServer, client: RendezvousClient, sent: string, why: string, naming?: string): Promise<string> {
  const expected = naming === undefined ? "ERROR <why>" : t("ERROR <why, naming {name}>", { name: naming });
  return expectAnswer(check, server, client, sent, expected, (text) => isError(text, naming), why);
}

const REGISTERED_WHY = () =>
  t("REGISTER gets exactly \"REGISTERED <ip:port>\": the address the datagram came from as your server saw it (rinfo.address and rinfo.port), not the private address the peer wrote, with no line end.");

/** `client` registers as `name`, writing `privateAddress`, and gets exactly REGISTERED with its observed address. */
async function register(check: CheckContext, server: StudentServer, client: RendezvousClient, name: string, privateAddress: string): Promise<void> {
  const command = `REGISTER ${name} ${privateAddress}`;
  await send(check, client, command);
  await expectExactly(check, server, client, command, `REGISTERED ${client.address}`, REGISTERED_WHY());
}

/**
 * The barrier: `client` refreshes its registration, and the very next datagram it gets must be
 * its REGISTERED. Anything before it is a datagram the server sent it unasked.
 */
async function expectNothingUnasked(check: CheckContext, server: StudentServer, client: RendezvousClient, name: string, privateAddress: string, why: string): Promise<void> {
  const command = `REGISTER ${name} ${privateAddress}`;
  await send(check, client, command);
  await check.expect(t("{who} gets its REGISTERED, and nothing before it", { who: client.who }), async () => {
    const datagram = await nextDatagram(server, client, command);
    if (!datagram) throw silence(server, client, command);
    const text = textOf(datagram);
    if (text !== `REGISTERED ${client.address}`) throw new CheckFailure(why, { mismatch: { expected: `REGISTERED ${client.address}`, observed: text } });
  });
}

/**
 * After `client` sent datagrams that are no command: what comes back before the REGISTERED of a
 * refresh may only be ERRORs (answering them is allowed, so is silence).
 */
async function expectOnlyErrorsThenRegistered(check: CheckContext, server: StudentServer, client: RendezvousClient, name: string, privateAddress: string): Promise<void> {
  const command = `REGISTER ${name} ${privateAddress}`;
  await send(check, client, command);
  await check.expect(t("{who} gets nothing but ERRORs, then its REGISTERED: your server still answers", { who: client.who }), async () => {
    for (;;) {
      const datagram = await nextDatagram(server, client, command);
      if (!datagram) throw silence(server, client, command);
      const text = textOf(datagram);
      if (text === `REGISTERED ${client.address}`) return;
      if (!isError(text)) {
        throw new CheckFailure(t("A datagram that is no command gets \"ERROR <why>\" or nothing at all, and the REGISTER after it gets its REGISTERED."), {
          mismatch: { expected: `ERROR …\nREGISTERED ${client.address}`, observed: text },
        });
      }
    }
  });
}

export const checks: CheckDefinition[] = [
  {
    id: "server-registers-with-the-observed-address",
    title: t("answers REGISTER with exactly \"REGISTERED ip:port\", the address the datagram came from and not the private one the peer wrote, and a refresh the same way"),
    needs: ["startRendezvous", "readOptions"],
    async run(check) {
      const server = await startServer(check);
      const ann = await openPeer(check, server, "ann", await secondLoopback(check));
      const privateAddress = await falsePrivateAddress(check);
      check.transcript.note(t("ann writes {private} as its private address, but its datagrams come from {observed}", { private: privateAddress, observed: ann.address }));
      await register(check, server, ann, "ann", privateAddress);
      await register(check, server, ann, "ann", privateAddress);
      const bob = await openPeer(check, server, "bob");
      await register(check, server, bob, "bob", await falsePrivateAddress(check));
    },
  },
  {
    id: "server-introduces-two-peers",
    title: t("answers CONNECT with one PEER to each side: the asker learns the other's observed address, the other learns the asker's, and nothing more"),
    needs: ["startRendezvous", "readOptions"],
    async run(check) {
      const server = await startServer(check);
      const ann = await openPeer(check, server, "ann", await secondLoopback(check));
      const bob = await openPeer(check, server, "bob");
      const [annPrivate, bobPrivate] = [await falsePrivateAddress(check), await falsePrivateAddress(check)];
      await register(check, server, ann, "ann", annPrivate);
      await register(check, server, bob, "bob", bobPrivate);
      await send(check, bob, "CONNECT ann");
      await expectExactly(check, server, bob, "CONNECT ann", `PEER ann ${ann.address}`,
        t("The asker gets \"PEER <name> <ip:port>\" with the address your server saw the other peer's datagrams come from: that is where it can be reached, behind a NAT too. The private address it wrote is for your log only."),
      );
      await expectExactly(check, server, ann, t("bob's CONNECT ann"), `PEER bob ${bob.address}`,
        t("The peer that was asked for gets \"PEER <asker's name> <ip:port>\" with the asker's observed address: both must know, because both send first to punch the hole."),
      );
      const once = t("Your server sent a datagram nobody asked for. Each CONNECT gets one PEER to each side and nothing else; after the introduction the peers talk to each other, and the server stays out of it.");
      await expectNothingUnasked(check, server, ann, "ann", annPrivate, once);
      await expectNothingUnasked(check, server, bob, "bob", bobPrivate, once);
    },
  },
  {
    id: "server-refuses-an-unknown-name",
    title: t("answers CONNECT to a name nobody registered with an ERROR that names it, to the asker only"),
    needs: ["startRendezvous", "readOptions"],
    async run(check) {
      const server = await startServer(check);
      const ann = await openPeer(check, server, "ann");
      const bob = await openPeer(check, server, "bob");
      const [annPrivate, bobPrivate] = [await falsePrivateAddress(check), await falsePrivateAddress(check)];
      await register(check, server, ann, "ann", annPrivate);
      await register(check, server, bob, "bob", bobPrivate);
      await send(check, bob, "CONNECT minsu");
      await expectError(check, server, bob, "CONNECT minsu", t("No peer named minsu is registered: answer \"ERROR <why>\" and name minsu in it, so that the user sees which name was wrong."), "minsu");
      await expectNothingUnasked(check, server, ann, "ann", annPrivate, t("Your server sent ann something about bob's CONNECT to an unknown name. The ERROR goes to the asker only."));
      await expectNothingUnasked(check, server, bob, "bob", bobPrivate, t("Your server sent bob more than one answer to its CONNECT: one ERROR is enough."));
    },
  },
  {
    id: "server-refuses-connect-before-register",
    title: t("answers CONNECT from an address that has not registered with an ERROR, and tells the peer asked for nothing"),
    needs: ["startRendezvous", "readOptions"],
    async run(check) {
      const server = await startServer(check);
      const ann = await openPeer(check, server, "ann");
      const annPrivate = await falsePrivateAddress(check);
      await register(check, server, ann, "ann", annPrivate);
      const stranger = await openPeer(check, server, t("a stranger"));
      await send(check, stranger, "CONNECT ann");
      await expectError(check, server, stranger, "CONNECT ann", t("A CONNECT from an address that has not registered gets \"ERROR <why>\": the server has no name to give the other peer, and must not introduce an unknown sender."));
      await expectNothingUnasked(check, server, ann, "ann", annPrivate, t("Your server told ann about a CONNECT from an address that never registered. Look the asker up by its address first; unknown: ERROR to it, nothing to anyone else."));
    },
  },
  {
    id: "server-checks-names",
    title: t("refuses an illegal name (17 characters, punctuation, an underscore, empty, Korean) or a REGISTER without an address with an ERROR, and takes a name of exactly 16"),
    needs: ["startRendezvous", "readOptions"],
    async run(check) {
      const server = await startServer(check);
      const ann = await openPeer(check, server, "ann");
      const privateAddress = await falsePrivateAddress(check);
      const illegal = ["a".repeat(16) + "b", "ann!", "an_n", "", "민수"];
      for (const name of illegal) {
        const command = `REGISTER ${name} ${privateAddress}`;
        await send(check, ann, command);
        await expectError(check, server, ann, command, t("A name is 1 to 16 ASCII letters and digits (/^[A-Za-z0-9]{1,16}$/): {name} is not one. Answer \"ERROR <why>\" and register nothing.", { name: JSON.stringify(name) }));
      }
      await send(check, ann, "REGISTER ann");
      await expectError(check, server, ann, "REGISTER ann", t("REGISTER takes two fields after it, the name and the private ip:port. Without the address: \"ERROR <why>\"."));
      await register(check, server, ann, "R2D2abcdefghijkl", privateAddress);
    },
  },
  {
    id: "server-keeps-a-name-for-its-holder",
    title: t("refuses a name that another live address holds, keeps introducing the holder, and takes a refresh from the holder"),
    needs: ["startRendezvous", "readOptions"],
    async run(check) {
      const server = await startServer(check);
      const ann = await openPeer(check, server, "ann", await secondLoopback(check));
      const annPrivate = await falsePrivateAddress(check);
      await register(check, server, ann, "ann", annPrivate);
      const impostor = await openPeer(check, server, t("another peer"));
      const command = `REGISTER ann ${annPrivate}`;
      await send(check, impostor, command);
      await expectError(check, server, impostor, command, t("The name ann belongs to another address that is still alive: answer \"ERROR <why>\" and keep it for its holder. Otherwise anyone could take over a peer and be introduced in its place."));
      const bob = await openPeer(check, server, "bob");
      await register(check, server, bob, "bob", await falsePrivateAddress(check));
      await send(check, bob, "CONNECT ann");
      await expectExactly(check, server, bob, "CONNECT ann", `PEER ann ${ann.address}`, t("After a refused REGISTER, the name still belongs to its first holder: CONNECT ann gives ann's own address."));
      await expectExactly(check, server, ann, t("bob's CONNECT ann"), `PEER bob ${bob.address}`, t("The holder of the name is the one told about the asker."));
      await register(check, server, ann, "ann", annPrivate);
    },
  },
  {
    id: "server-forgets-a-silent-peer",
    title: t("forgets a peer --peer-timeout-ms after its last datagram, not before, while a peer that keeps sending stays"),
    needs: ["startRendezvous", "readOptions"],
    async run(check) {
      const server = await startServer(check, ["--peer-timeout-ms", String(PEER_TIMEOUT_MS)]);
      const ann = await openPeer(check, server, "ann", await secondLoopback(check));
      const bob = await openPeer(check, server, "bob");
      const [annPrivate, bobPrivate] = [await falsePrivateAddress(check), await falsePrivateAddress(check)];
      await register(check, server, bob, "bob", bobPrivate);
      // A refresh first: after it, only bob's CONNECTs keep it alive (a REGISTER must not start a second timer beside the first).
      await register(check, server, bob, "bob", bobPrivate);
      const started = performance.now();
      await register(check, server, ann, "ann", annPrivate);
      let annLast = started;
      let refreshed = false;
      let forgotten: { at: number; text: string } | undefined;
      let longestGap = 0;
      let lastBob = performance.now();
      await check.act(
        t("every {every} ms bob sends CONNECT ann (each one a datagram that keeps bob alive); once, after {half} ms, ann refreshes with REGISTER and then falls silent", {
          every: REFRESH_EVERY_MS,
          half: PEER_TIMEOUT_MS / 2,
        }),
        async () => {
          for (;;) {
            await delay(REFRESH_EVERY_MS);
            if (!refreshed && performance.now() - started >= PEER_TIMEOUT_MS / 2) {
              refreshed = true;
              annLast = performance.now();
              await ann.send(`REGISTER ann ${annPrivate}`);
            }
            const now = performance.now();
            longestGap = Math.max(longestGap, now - lastBob);
            lastBob = now;
            await bob.send("CONNECT ann");
            const answer = await nextDatagram(server, bob, "CONNECT ann");
            if (!answer) throw silence(server, bob, "CONNECT ann");
            const text = textOf(answer);
            if (isError(text)) {
              forgotten = { at: performance.now(), text };
              return;
            }
            if (text !== `PEER ann ${ann.address}`) {
              throw new CheckFailure(t("While ann is registered, bob's CONNECT ann gets exactly \"PEER ann <ann's observed ip:port>\"."), { mismatch: { expected: `PEER ann ${ann.address}`, observed: text } });
            }
            if (refreshed && performance.now() > annLast + PEER_TIMEOUT_MS + LATE_SLACK_MS) return;
          }
        },
      );
      if (longestGap > PEER_TIMEOUT_MS / 2) {
        // The grader itself did not run (a starved machine): bob may have been forgotten rightly.
        throw new Error(t("the grader was held up for {ms} ms between two of bob's datagrams, so the check cannot tell; run it again", { ms: Math.round(longestGap) }));
      }
      await check.expect(t("ann is forgotten within {seconds} s after its last datagram", { seconds: ((PEER_TIMEOUT_MS + LATE_SLACK_MS) / 1000).toFixed(1) }), () => {
        if (!forgotten) {
          throw new CheckFailure(
            t("ann sent nothing for {seconds} s, but your server was started with --peer-timeout-ms {timeout} and still introduced it. Forget a registration once that long has passed since the last datagram from its address, so its name is free again.", {
              seconds: ((PEER_TIMEOUT_MS + LATE_SLACK_MS) / 1000).toFixed(1),
              timeout: PEER_TIMEOUT_MS,
            }),
          );
        }
      });
      await check.expect(t("not before {timeout} ms have passed since ann's last datagram, and never bob, who kept sending", { timeout: PEER_TIMEOUT_MS }), () => {
        const after = Math.round(forgotten!.at - annLast);
        if (after < PEER_TIMEOUT_MS - EARLY_SLACK_MS) {
          throw new CheckFailure(
            t("bob's CONNECT ann got an ERROR only {after} ms after ann's last datagram, with --peer-timeout-ms {timeout}: your server forgot ann (did its REGISTER refresh not start the time over?) or bob, who sent a datagram every {every} ms (does every datagram from an address keep it alive, a CONNECT too?).", {
              after,
              timeout: PEER_TIMEOUT_MS,
              every: REFRESH_EVERY_MS,
            }),
            { mismatch: { expected: `PEER ann ${ann.address}`, observed: forgotten!.text } },
          );
        }
      });
      const minsu = await openPeer(check, server, "minsu");
      await register(check, server, minsu, "minsu", await falsePrivateAddress(check));
      await send(check, minsu, "CONNECT bob");
      await expectExactly(check, server, minsu, "CONNECT bob", `PEER bob ${bob.address}`, t("bob sent a datagram every {every} ms: it is still registered, at the address your server saw.", { every: REFRESH_EVERY_MS }));
      const another = await openPeer(check, server, t("another peer"));
      await register(check, server, another, "ann", await falsePrivateAddress(check));
    },
  },
  {
    id: "server-relays-nothing",
    title: t("after the introduction sends no byte to anyone unasked and passes on nothing a peer sends it (MSG, PUNCH, KEEPALIVE), yet answers each peer's own requests"),
    needs: ["startRendezvous", "readOptions"],
    async run(check) {
      const server = await startServer(check);
      const ann = await openPeer(check, server, "ann", await secondLoopback(check));
      const bob = await openPeer(check, server, "bob");
      const [annPrivate, bobPrivate] = [await falsePrivateAddress(check), await falsePrivateAddress(check)];
      await register(check, server, ann, "ann", annPrivate);
      await register(check, server, bob, "bob", bobPrivate);
      await send(check, ann, "CONNECT bob");
      await expectExactly(check, server, ann, "CONNECT bob", `PEER bob ${bob.address}`, t("The asker gets \"PEER <name> <ip:port>\" with the other peer's observed address."));
      await expectExactly(check, server, bob, t("ann's CONNECT bob"), `PEER ann ${ann.address}`, t("The peer asked for gets \"PEER <asker's name> <ip:port>\" with the asker's observed address."));
      // What a confused peer might send to the server instead of to its partner: a relay would pass it on.
      for (const datagram of ["MSG 안녕, 직접 왔어요", "PUNCH ann", "KEEPALIVE", `MSG ${"긴 글 ".repeat(40)}`]) await send(check, ann, datagram);
      await expectOnlyErrorsThenRegistered(check, server, ann, "ann", annPrivate);
      await expectNothingUnasked(check, server, bob, "bob", bobPrivate,
        t("Your server passed something on to bob, or told bob about ann's refresh. The server introduces and then stays out: the peers' own datagrams go directly from one to the other, never through it."),
      );
      await expectNothingUnasked(check, server, ann, "ann", annPrivate, t("Your server sent ann something about bob's refresh. A refresh gets its REGISTERED, and nobody else hears of it."));
    },
  },
  {
    id: "server-survives-bad-datagrams",
    title: t("answers an unknown command, an empty datagram, bytes that are not UTF-8 and a datagram over 512 bytes with an ERROR or nothing, passes none of them on, and keeps answering"),
    needs: ["startRendezvous", "readOptions"],
    async run(check) {
      const server = await startServer(check);
      const ann = await openPeer(check, server, "ann");
      const annPrivate = await falsePrivateAddress(check);
      await register(check, server, ann, "ann", annPrivate);
      const bob = await openPeer(check, server, "bob");
      const bobPrivate = await falsePrivateAddress(check);
      const bad: [bytes: Uint8Array | string, what: string][] = [
        ["HELLO ann", shown("HELLO ann")],
        [Buffer.alloc(0), t("an empty datagram")],
        [Buffer.from([0x52, 0x45, 0xff, 0xfe, 0x20, 0xc3, 0x28]), t("bytes that are not UTF-8: 52 45 ff fe 20 c3 28")],
        [`CONNECT ${"x".repeat(600)}`, t("a datagram of {bytes} bytes: CONNECT and 600 letters", { bytes: 608 })],
        [Buffer.alloc(513, "a"), t("a datagram of {bytes} bytes", { bytes: 513 })],
        [Buffer.from("REGISTER ", "utf8"), shown("REGISTER ")],
        [Buffer.from("CONNECT", "utf8"), shown("CONNECT")],
      ];
      // From a peer that has not registered, then from a registered one: neither kind may stop the server.
      for (const [bytes, what] of bad) await send(check, bob, bytes, what);
      await expectOnlyErrorsThenRegistered(check, server, bob, "bob", bobPrivate);
      for (const [bytes, what] of bad) await send(check, ann, bytes, what);
      await expectOnlyErrorsThenRegistered(check, server, ann, "ann", annPrivate);
      await expectNothingUnasked(check, server, bob, "bob", bobPrivate, t("Your server sent bob something when ann sent datagrams that are no command. Answer the sender, or nobody."));
      await send(check, bob, "CONNECT ann");
      await expectExactly(check, server, bob, "CONNECT ann", `PEER ann ${ann.address}`, t("After the bad datagrams your server works as before: CONNECT ann gets ann's observed address."));
    },
  },
  {
    id: "server-introduces-two-pairs-at-once",
    title: t("keeps peers apart by address and port: two pairs on one IP address, introduced at the same moment, each get their own partner"),
    needs: ["startRendezvous", "readOptions"],
    async run(check) {
      const server = await startServer(check);
      const names = ["ann", "bob", "minsu", "yuna"] as const;
      const peers = new Map<string, { client: RendezvousClient; private: string }>();
      for (const name of names) {
        const client = await openPeer(check, server, name);
        const privateAddress = await falsePrivateAddress(check);
        await register(check, server, client, name, privateAddress);
        peers.set(name, { client, private: privateAddress });
      }
      const get = (name: string) => peers.get(name)!.client;
      check.transcript.note(t("all four peers are on {host}: only their ports tell them apart", { host: "127.0.0.1" }));
      await check.act(t("bob sends CONNECT ann and yuna sends CONNECT minsu, at once"), async () => {
        await Promise.all([get("bob").send("CONNECT ann"), get("yuna").send("CONNECT minsu")]);
      });
      const pairs: [asker: string, target: string][] = [["bob", "ann"], ["yuna", "minsu"]];
      for (const [asker, target] of pairs) {
        await expectExactly(check, server, get(asker), `CONNECT ${target}`, `PEER ${target} ${get(target).address}`, t("Each asker gets the observed ip:port of the peer it asked for. Peers on one computer share the IP address: a peer is its address AND its port."));
        await expectExactly(check, server, get(target), t("{asker}'s CONNECT {target}", { asker, target }), `PEER ${asker} ${get(asker).address}`, t("Each peer asked for learns the address of the one who asked for it, and of nobody else."));
      }
      for (const name of names) {
        await expectNothingUnasked(check, server, get(name), name, peers.get(name)!.private, t("Your server sent {name} a datagram that belongs to the other pair, or a second one.", { name }));
      }
    },
  },
  {
    id: "server-explains-a-port-in-use",
    title: t("explains a UDP port that is already in use and exits with an error code"),
    needs: ["startRendezvous"],
    run: (check) => expectExplainsAPortInUse(check, SERVER, "udp"),
  },
  {
    id: "server-uses-port-7777-by-default",
    title: t("the server uses UDP port 7777 when no --port is given"),
    needs: ["startRendezvous", "readOptions"],
    run: (check) => expectNotePortByDefault(check, SERVER, DEFAULT_PORT, "udp"),
  },
  {
    id: "server-binds-the-host-it-is-given",
    title: t("binds the address and the port given with --host and --port, says so, and answers from there"),
    needs: ["startRendezvous", "readOptions"],
    async run(check) {
      const host = await secondLoopback(check);
      // A port the system picks (five digits: the ephemeral range), given explicitly: a --port read as one digit is refused.
      // Not 65535 itself: gradings run side by side and would meet on it.
      const port = await check.act(t("find a free UDP port on {host}", { host }), () => unusedUdpPort(check.transcript, host));
      const args = ["--host", host, "--port", String(port)];
      const program = await check.act(t("start your server with {args}", { args: args.join(" ") }), () => check.launch(SERVER, args));
      const printed = await waitForListening(check, program, host);
      await check.expect(t("it binds port {port}, the one it was given", { port }), () => {
        if (printed !== port) throw new CheckFailure(t("Your server was given --port {port} but says it listens on port {printed}: bind the port it is given.", { port, printed }));
      });
      const server: StudentServer = { program, port, host };
      const ann = await openPeer(check, server, "ann");
      await register(check, server, ann, "ann", await falsePrivateAddress(check));
    },
  },
  {
    id: "server-refuses-bad-options",
    title: t("refuses a bad --port (-1, 1.5, 70000, 2^32 + 7777) or --peer-timeout-ms (0, 1.5, 2^31, 2^32 + 1000) with a message that names the option and the value, explains a --host that is not this machine's, and takes --peer-timeout-ms 1 and 2147483647"),
    needs: ["startRendezvous", "readOptions"],
    async run(check) {
      // 4294975073 is 2^32 + 7777, 4294968296 is 2^32 + 1000: a value read modulo 2^32 would quietly pass.
      const cases = [["--port=-1"], ["--port", "1.5"], ["--port", "70000"], ["--port", "4294975073"], ["--peer-timeout-ms", "0"], ["--peer-timeout-ms", "1.5"], ["--peer-timeout-ms", "2147483648"], ["--peer-timeout-ms", "4294968296"]];
      const programs = await Promise.all(
        cases.map((args) => {
          const all = args[0]!.startsWith("--port") ? args : ["--port", "0", ...args];
          return check.act(t("start your server with {args}", { args: all.join(" ") }), () => check.launch(SERVER, all));
        }),
      );
      for (const [index, args] of cases.entries()) {
        const [option, value] = args.length === 2 ? args : args[0]!.split("=");
        await expectCleanFailure(check, programs[index]!, t("a bad value for {option}: {value}", { option: option!, value: JSON.stringify(value) }), {
          mentions: [
            { text: option!, what: t("the option") },
            { text: value!, what: t("the bad value") },
          ],
          printsWithin: DEADLINES.ready,
          ms: 4_000,
        });
      }
      // An address that is not this machine's (TEST-NET-1, RFC 5737): bind fails with EADDRNOTAVAIL, no datagram is sent.
      const elsewhere = ["--host", NOT_HERE, "--port", "0"];
      const stranded = await check.act(t("start your server with {args}", { args: elsewhere.join(" ") }), () => check.launch(SERVER, elsewhere));
      await expectCleanFailure(check, stranded, t("a --host that is not an address of this machine"), {
        mentions: [{ text: NOT_HERE, what: t("the address") }],
        printsWithin: DEADLINES.ready,
        ms: 4_000,
      });
      // The limits themselves are good values.
      for (const value of ["1", "2147483647"]) {
        await expectListensWith(check, SERVER, ["--port", "0", "--peer-timeout-ms", value], {
          start: t("start your server with --port 0 --peer-timeout-ms {value}", { value }),
          accepts: t("it takes --peer-timeout-ms {value}, a limit of the range, and listens", { value }),
          refused: t("Your server refused --peer-timeout-ms {value}, but it is a good value: from 1 to 2147483647 (2^31 - 1, the longest setTimeout) both ends are allowed.", { value }),
        });
      }
    },
  },
];
