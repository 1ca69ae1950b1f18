// Exercise 12's tracker checks: the grader is the HTTP tracker (graders/peers/tracker.ts) that the
// student's `peer.ts peers FILE.torrent --port N` announces to; the grader writes the torrent
// itself (graders/peers/metainfo.ts), its announce URL pointing at that tracker. The announce is
// read from the raw request line, byte by byte: the info hash and the peer id as 20 raw bytes
// (not hex, not UTF-8), left, compact=1, the port, and "&" after a URL that has a query. The
// answers break the classic tracker-client bugs: compact peers whose ports read differently
// little-endian, a failure reason, a status other than 200, silence, and nobody listening.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CheckContext, CheckDefinition } from "../../harness/check.ts";
import { CheckFailure } from "../../harness/check.ts";
import { DEADLINES, DeadlineExceeded } from "../../harness/deadline.ts";
import type { StudentProcess } from "../../harness/launch.ts";
import { t } from "../../i18n/index.ts";
import { makeMetainfo, seededContent, type Metainfo } from "../../peers/metainfo.ts";
import { refusedTrackerUrl, startTracker, type Announce, type Tracker, type TrackerPeer, type TrackerScript } from "../../peers/tracker.ts";
import { describeExit, expectCleanFailure, expectEndsPromptly } from "../expect.ts";

const FILE = "peer.ts";
/** The `peers` command reads the torrent (bencode.ts, torrent.ts) and announces (tracker.ts). */
const NEEDS = ["decodeAt", "decode", "parseTorrent", "announceUrl", "parseAnnounce", "announce"];
/** The port the checks pass with --port: not the default 6881, and its two bytes differ. */
const ANNOUNCED_PORT = 51413;
/** The file the torrents describe: three pieces of 16 KiB, the last one shorter. */
const CONTENT_LENGTH = 40_000;
const CONTENT_SEED = 1212;
/** The peers the tracker hands out: each port reads as another number little-endian (6881 = 0x1AE1, 0xE11A = 57626). */
const PEERS: TrackerPeer[] = [
  { address: "127.0.0.1", port: 6881 },
  { address: "10.20.30.40", port: 51413 },
  { address: "192.168.1.200", port: 443 },
];
/** announce()'s default deadline (the `peers` command passes none), and how long past it a program may take to end. */
const DEFAULT_TIMEOUT_MS = 10_000;
const GIVE_UP_SLACK_MS = 6_000;
const FAILURE_REASON = "unregistered torrent: the grader's tracker does not serve it (code 12)";

interface TrackerRun {
  tracker: Tracker;
  torrent: Metainfo;
  program: StudentProcess;
}

/** Writes a torrent whose announce URL is `announce` into the folder the program may read, and returns its path. */
function writeTorrent(check: CheckContext, announce: string): { torrent: Metainfo; path: string } {
  const torrent = makeMetainfo(seededContent(CONTENT_LENGTH, CONTENT_SEED), { announce, name: "swarm.bin" });
  const path = join(check.containment.givenFolder, "swarm.torrent");
  writeFileSync(path, torrent.bytes);
  return { torrent, path };
}

/** Starts the student's `peers` command on the torrent at `path`. */
function runPeers(check: CheckContext, path: string): Promise<StudentProcess> {
  const args = ["peers", path, "--port", String(ANNOUNCED_PORT)];
  return check.act(t("run {command}", { command: `peer.ts peers swarm.torrent --port ${ANNOUNCED_PORT}` }), () => check.launch(FILE, args));
}

/** Starts the grader's tracker (`describe`d, in t()), writes a torrent that points at it, and runs `peers` on it. */
async function peersAgainst(check: CheckContext, script: TrackerScript, describe: string, query?: string): Promise<TrackerRun> {
  const tracker = await check.act(describe, () => startTracker(check, script, { query }));
  const { torrent, path } = await check.act(t("write a torrent of {bytes} bytes whose announce URL is {url}", { bytes: CONTENT_LENGTH, url: tracker.url }), () => writeTorrent(check, tracker.url));
  const program = await runPeers(check, path);
  return { tracker, torrent, program };
}

/** Waits for the program's first announce; fails when it ends or waits without one. */
async function expectAnnounce(check: CheckContext, run: TrackerRun): Promise<Announce> {
  const { tracker, program } = run;
  await check.act(t("wait for your program's announce"), () =>
    Promise.race([tracker.whenAnnounces(1, DEADLINES.ready), program.waitForExit(DEADLINES.ready)]).catch((error: unknown) => {
      if (!(error instanceof DeadlineExceeded)) throw error;
    }),
  );
  return check.expect(t("it announces with a GET of /announce"), () => {
    const announce = tracker.announces[0];
    if (!announce) {
      throw new CheckFailure(
        program.exit
          ? t("Your program {how} without announcing to the tracker at {url} (see its output). The peers command sends one HTTP GET to the torrent's announce URL.", { how: describeExit(program.exit), url: tracker.url })
          : t("Your program sent no announce to the tracker at {url} in {seconds} s.", { url: tracker.url, seconds: (DEADLINES.ready / 1000).toFixed(1) }),
        { trouble: program.exit ? "crash" : "timeout" },
      );
    }
    if (announce.method !== "GET" || announce.path !== "/announce") {
      throw new CheckFailure(t("Your program sent {request}, but the torrent's announce URL is {url}: send a GET of that URL's path, with your fields after it.", { request: `${announce.method} ${announce.path}`, url: tracker.url }), {
        mismatch: { expected: "GET /announce", observed: `${announce.method} ${announce.path}` },
      });
    }
    return announce;
  });
}

/** The info hash the announce carries is the torrent's 20 raw bytes. */
function expectRawInfoHash(check: CheckContext, announce: Announce, torrent: Metainfo): Promise<void> {
  return check.expect(t("info_hash, percent-decoded byte by byte, is the torrent's 20-byte info hash"), () => {
    const sent = announce.infoHash;
    const want = torrent.infoHash;
    if (sent === undefined) throw new CheckFailure(t("Your announce has no info_hash field (the query was {query}): the tracker cannot tell which torrent you mean.", { query: announce.target }));
    if (sent.toString("latin1").toLowerCase() === want.toString("hex")) {
      throw new CheckFailure(t("Your info_hash is the hash's 40 hex digits. The tracker percent-decodes it into 40 bytes and knows no such torrent: send the 20 raw bytes, each one that is not a letter, a digit or -._~ as %XX."), {
        mismatch: { expected: want.toString("hex"), observed: sent.toString("latin1") },
      });
    }
    if (!sent.equals(want)) {
      throw new CheckFailure(
        t("Your info_hash, percent-decoded byte by byte, is {got} ({length} bytes), not the torrent's info hash {want}. Percent-encode the 20 bytes themselves: encodeURIComponent and Buffer→string conversions change bytes 0x80–0xff (UTF-8 makes two bytes of each).", {
          got: sent.toString("hex"),
          length: sent.length,
          want: want.toString("hex"),
        }),
        { mismatch: { expected: want.toString("hex"), observed: sent.toString("hex") } },
      );
    }
  });
}

const defaultTracker = (check: CheckContext, script: TrackerScript = { peers: [] }) => peersAgainst(check, script, t("start the grader's tracker, which answers with no peers"));

/** Lines of stdout, without blank ones. */
const printedLines = (program: StudentProcess) => program.stdout.split("\n").map((line) => line.trim()).filter((line) => line !== "");

const show = ({ address, port }: TrackerPeer) => `${address}:${port}`;
const littleEndian = (port: number) => ((port & 0xff) << 8) | (port >> 8);

export const checks: CheckDefinition[] = [
  {
    id: "tracker-sends-the-info-hash-as-raw-bytes",
    title: t("the announce carries the 20-byte info hash percent-encoded, not its hex"),
    needs: NEEDS,
    async run(check) {
      const run = await defaultTracker(check);
      const announce = await expectAnnounce(check, run);
      await check.expect(t("every \"%\" in the query is followed by two hex digits"), () => {
        if (announce.badEscapes.length > 0) {
          throw new CheckFailure(t("Your query holds {escapes}: a \"%\" must be followed by exactly two hex digits (write each byte as %0A, not %A).", { escapes: announce.badEscapes.map((text) => JSON.stringify(text)).join(", ") }));
        }
      });
      await expectRawInfoHash(check, announce, run.torrent);
    },
  },
  {
    id: "tracker-announces-what-is-left",
    title: t("the announce says how many bytes are left: the whole file, for a new download"),
    needs: NEEDS,
    async run(check) {
      const run = await defaultTracker(check);
      const announce = await expectAnnounce(check, run);
      await check.expect(t("left is {length}, the torrent's length (nothing is downloaded yet)", { length: CONTENT_LENGTH }), () => {
        const { left } = announce;
        if (left === undefined) throw new CheckFailure(t("Your announce has no left field (the query was {query}): a tracker needs it to tell seeders from leechers.", { query: announce.target }));
        if (left === 0) {
          throw new CheckFailure(t("Your announce says left=0: that is a seeder, which has the whole file, and a tracker does not hand seeders to each other. Before a download, left is the torrent's length, {length}.", { length: CONTENT_LENGTH }), {
            mismatch: { expected: String(CONTENT_LENGTH), observed: "0" },
          });
        }
        if (left !== CONTENT_LENGTH) {
          throw new CheckFailure(t("Your announce says left={left}, but nothing is downloaded yet: left is the bytes still missing, the torrent's length {length}, in decimal.", { left: announce.field("left")!.toString("latin1"), length: CONTENT_LENGTH }), {
            mismatch: { expected: String(CONTENT_LENGTH), observed: announce.field("left")!.toString("latin1") },
          });
        }
      });
    },
  },
  {
    id: "tracker-asks-for-compact-peers",
    title: t("the announce asks for compact peers (compact=1)"),
    needs: NEEDS,
    async run(check) {
      const run = await defaultTracker(check);
      const announce = await expectAnnounce(check, run);
      await check.expect(t("compact is 1"), () => {
        if (announce.compact !== "1") {
          throw new CheckFailure(
            announce.compact === undefined
              ? t("Your announce has no compact=1. Many trackers (opentracker among them) answer only in the compact form, 6 bytes a peer, and some refuse an announce without it: ask for it.")
              : t("Your announce says compact={value}: ask with compact=1 for the 6-byte peers.", { value: announce.compact }),
            { mismatch: { expected: "1", observed: announce.compact ?? t("(no compact field)") } },
          );
        }
      });
    },
  },
  {
    id: "tracker-announces-its-port-and-peer-id",
    title: t("the announce carries the port given with --port and a 20-byte peer id"),
    needs: NEEDS,
    async run(check) {
      const run = await defaultTracker(check);
      const announce = await expectAnnounce(check, run);
      await check.expect(t("port is {port}, the one given with --port", { port: ANNOUNCED_PORT }), () => {
        const sent = announce.field("port")?.toString("latin1");
        if (announce.port !== ANNOUNCED_PORT) {
          throw new CheckFailure(
            sent === undefined
              ? t("Your announce has no port field: other peers could not connect to you.")
              : t("Your announce says port={sent}, but the program was given --port {port}: announce the port you were given, the one other peers should connect to.", { sent, port: ANNOUNCED_PORT }),
            { mismatch: { expected: String(ANNOUNCED_PORT), observed: sent ?? "" } },
          );
        }
      });
      await check.expect(t("peer_id, percent-decoded, is 20 bytes"), () => {
        const id = announce.peerId;
        if (id === undefined) throw new CheckFailure(t("Your announce has no peer_id field: a tracker refuses an announce without one."));
        if (id.length !== 20) {
          throw new CheckFailure(t("Your peer_id is {length} bytes once percent-decoded ({shown}), not 20. Percent-encode the 20 bytes of the peer id one by one, as the info hash: never as hex.", { length: id.length, shown: JSON.stringify(announce.field("peer_id")!.toString("latin1")) }), {
            mismatch: { expected: "20", observed: String(id.length) },
          });
        }
      });
    },
  },
  {
    id: "tracker-prints-compact-peers",
    title: t("prints each compact peer of the tracker's answer as ip:port (the port big-endian)"),
    needs: NEEDS,
    async run(check) {
      const run = await peersAgainst(check, { peers: PEERS }, t("start the grader's tracker, which answers with 3 compact peers: {peers}", { peers: PEERS.map(show).join(", ") }));
      await expectAnnounce(check, run);
      const status = await expectEndsPromptly(check, run.program, { ms: DEADLINES.exit, after: t("the tracker answered") });
      const want = PEERS.map(show);
      await check.expect(t("it prints {peers}, one a line, and exits with code 0", { peers: want.join(", ") }), () => {
        const printed = printedLines(run.program);
        const mismatch = { expected: want.join("\n"), observed: printed.join("\n") };
        if (printed.length === 0 && status.code !== 0) {
          throw new CheckFailure(t("Your program {how} without printing the peers (see its output). The tracker's peers are 6 bytes each: 4 of address, 2 of port.", { how: describeExit(status) }), { trouble: "crash" });
        }
        const swapped = PEERS.map((peer) => show({ address: peer.address, port: littleEndian(peer.port) }));
        if (printed.some((line) => swapped.includes(line) && !want.includes(line))) {
          throw new CheckFailure(t("Your program printed the ports read little-endian: 6881 is the bytes 0x1A 0xE1, and read low byte first it becomes 57626. Ports travel in network byte order: readUInt16BE."), { mismatch });
        }
        if ([...printed].sort().join("\n") !== [...want].sort().join("\n")) {
          throw new CheckFailure(t("Your program printed {printed}, but the tracker's answer holds {want}: each 6 bytes of \"peers\" are a peer, bytes 0–3 the address and 4–5 the port.", { printed: printed.join(", ") || t("nothing"), want: want.join(", ") }), { mismatch });
        }
        if (status.code !== 0) throw new CheckFailure(t("Your program {how} after printing the peers: exit with code 0 when the tracker answered.", { how: describeExit(status) }), { trouble: "crash" });
      });
    },
  },
  {
    id: "tracker-quotes-a-failure-reason",
    title: t("a tracker's failure reason is shown on stderr, and the program exits with 1"),
    needs: NEEDS,
    async run(check) {
      const run = await peersAgainst(check, { failure: FAILURE_REASON }, t("start the grader's tracker, which answers with a failure reason: {reason}", { reason: JSON.stringify(FAILURE_REASON) }));
      await expectAnnounce(check, run);
      await expectCleanFailure(check, run.program, t("a failure reason from the tracker"), {
        mentions: [{ text: FAILURE_REASON, what: t("the tracker's failure reason") }],
        printsWithin: DEADLINES.reply,
      });
    },
  },
  {
    id: "tracker-explains-an-http-error",
    title: t("a tracker that answers 404 is a clear error naming the tracker and the status"),
    needs: NEEDS,
    async run(check) {
      const run = await peersAgainst(check, { status: 404, body: "no such page on this tracker" }, t("start the grader's tracker, which answers HTTP 404 with a text body"));
      await expectAnnounce(check, run);
      await expectCleanFailure(check, run.program, t("an HTTP 404 from the tracker"), {
        mentions: [
          { text: `127.0.0.1:${run.tracker.port}`, what: t("the tracker's address") },
          { text: "404", what: t("the status") },
        ],
        printsWithin: DEADLINES.reply,
      });
    },
  },
  {
    id: "tracker-gives-up-on-a-silent-tracker",
    title: t("gives up on a tracker that never answers, with a message naming it"),
    needs: NEEDS,
    startsEarly: true,
    async run(check) {
      const run = await peersAgainst(check, { silent: true }, t("start the grader's tracker, which reads the announce and never answers"));
      await expectAnnounce(check, run);
      await expectCleanFailure(check, run.program, t("a tracker that never answers"), {
        mentions: [{ text: `127.0.0.1:${run.tracker.port}`, what: t("the tracker's address") }],
        ms: DEFAULT_TIMEOUT_MS + GIVE_UP_SLACK_MS,
      });
    },
  },
  {
    id: "tracker-explains-a-refused-connection",
    title: t("a tracker nobody listens on is a clear error naming it, not a crash"),
    needs: NEEDS,
    async run(check) {
      const url = await check.act(t("find a port on 127.0.0.1 where nothing listens"), () => refusedTrackerUrl());
      const { path } = await check.act(t("write a torrent of {bytes} bytes whose announce URL is {url}", { bytes: CONTENT_LENGTH, url }), () => writeTorrent(check, url));
      const program = await runPeers(check, path);
      await expectCleanFailure(check, program, t("a refused connection to the tracker"), {
        mentions: [{ text: new URL(url).host, what: t("the tracker's address") }],
        printsWithin: DEADLINES.ready,
      });
    },
  },
  {
    id: "tracker-adds-to-an-announce-query",
    title: t("an announce URL that already has a query (?passkey=…) gets \"&\", not a second \"?\""),
    needs: NEEDS,
    async run(check) {
      const passkey = "grader12";
      const run = await peersAgainst(check, { peers: [] }, t("start the grader's tracker, whose announce URL holds a passkey: {url}", { url: `/announce?passkey=${passkey}` }), `passkey=${passkey}`);
      const announce = await expectAnnounce(check, run);
      await check.expect(t("the query keeps passkey={passkey} and adds its own fields after \"&\"", { passkey }), () => {
        if (announce.questionMarks > 1) {
          throw new CheckFailure(
            t("Your announce URL has {count} \"?\": {target}. A URL has one query; after the second \"?\" your fields are part of the passkey's value, and the tracker sees no info_hash. When the announce URL already holds a \"?\", join your fields with \"&\".", { count: announce.questionMarks, target: announce.target }),
          );
        }
        const sent = announce.field("passkey")?.toString("latin1");
        if (sent !== passkey) {
          throw new CheckFailure(t("Your announce sent passkey={sent}, but the torrent's announce URL says passkey={passkey}: keep the announce URL as it is and add your fields after it.", { sent: sent ?? t("(none)"), passkey }), {
            mismatch: { expected: passkey, observed: sent ?? "" },
          });
        }
      });
      await expectRawInfoHash(check, announce, run.torrent);
    },
  },
];
