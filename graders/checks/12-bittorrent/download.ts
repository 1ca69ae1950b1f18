// Exercise 12's download checks: the student's `peer.ts download FILE.torrent -o OUT --peer …`
// against the grader's scripted seeders (graders/peers/bt-seeder.ts), which record every byte
// each way and measure every request. The torrents are the grader's own (graders/peers/metainfo.ts,
// seeded content); OUT is written into the check's output folder, which the grader reads back
// once the program has ended. The verdicts are facts: OUT's bytes, the exit code, the files left
// in the folder, the handshake's bytes and the requests the seeders saw; never the wording.
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CheckContext, CheckDefinition } from "../../harness/check.ts";
import { CheckFailure } from "../../harness/check.ts";
import { DEADLINES, DeadlineExceeded } from "../../harness/deadline.ts";
import type { ExitStatus, StudentProcess } from "../../harness/launch.ts";
import { t } from "../../i18n/index.ts";
import { startSeeder, type Seeder, type SeederScript } from "../../peers/bt-seeder.ts";
import { handshake, PROTOCOL } from "../../peers/bt-wire.ts";
import { makeMetainfo, seededContent, sha1, type Metainfo } from "../../peers/metainfo.ts";
import { refusedPort } from "../../peers/tcp-server.ts";
import { startTracker, type TrackerPeer } from "../../peers/tracker.ts";
import { describeExit, expectCleanFailure } from "../expect.ts";

const FILE = "peer.ts";
/** `download` reads the torrent (bencode.ts, torrent.ts), then speaks the peer wire protocol (peer.ts). */
const NEEDS = ["decodeAt", "decode", "parseTorrent", "pieceSize", "download"];
const NAME = "swarm.bin";
const OUT = "swarm.bin";
/**
 * How long a download may take: a few MiB over loopback take well under a second, but every
 * byte goes through the transcript, and a busy machine is slow. Above a peer's default
 * --timeout-ms (10 s) twice over, so a program that gives up on one silent peer still ends in it.
 */
const DOWNLOAD_MS = 60_000;

/** A torrent of `length` seeded bytes in pieces of `pieceLength`. */
function torrentOf(length: number, pieceLength: number, seed: number, announce = "http://127.0.0.1:9/announce"): Metainfo {
  // No tracker is asked when --peer is given; unless a check says otherwise, the announce URL is one nobody listens on.
  return makeMetainfo(seededContent(length, seed), { announce, name: NAME, pieceLength });
}

interface DownloadRun {
  program: StudentProcess;
  /** Where OUT is: the check's output folder. */
  folder: string;
  out: string;
}

/**
 * The --timeout-ms a check passes, and how long after it a program may take to move on: far
 * below the 10 s default, so a program that ignores the option is seen to wait that long.
 */
const SILENCE_MS = 1_000;
const MOVE_ON_SLACK_MS = 6_000;
/** The port given with --port when the tracker is asked: not the default 6881, and its two bytes differ. */
const ANNOUNCED_PORT = 51413;

/** Writes the torrent where the program may read it and starts `download` from `ports`, in that order, with `extra` options. */
async function runDownload(check: CheckContext, torrent: Metainfo, ports: number[], extra: string[] = []): Promise<DownloadRun> {
  const path = join(check.containment.givenFolder, "swarm.torrent");
  writeFileSync(path, torrent.bytes);
  const folder = check.containment.outputFolder;
  const out = join(folder, OUT);
  const peers = ports.flatMap((port) => ["--peer", `127.0.0.1:${port}`]);
  const shown = ports.map((port) => `--peer 127.0.0.1:${port}`).join(" ");
  const command = [`peer.ts download swarm.torrent -o ${OUT}`, shown, ...extra].filter((part) => part !== "").join(" ");
  const program = await check.act(t("run {command}", { command }), () => check.launch(FILE, ["download", path, "-o", out, ...peers, ...extra]));
  return { program, folder, out };
}

/** Waits for the program to end; a program still running after DOWNLOAD_MS fails here. */
async function waitForEnd(check: CheckContext, run: DownloadRun): Promise<ExitStatus> {
  return check.expect(t("it ends by itself within {seconds} s", { seconds: DOWNLOAD_MS / 1000 }), async () => {
    try {
      return await run.program.waitForExit(DOWNLOAD_MS);
    } catch (error) {
      if (!(error instanceof DeadlineExceeded)) throw error;
      throw new CheckFailure(t("Your program was still running {seconds} s after it started downloading. Is it waiting for a message that already came (left in a buffer), or for an unchoke while it sends nothing?", { seconds: DOWNLOAD_MS / 1000 }), {
        trouble: "timeout",
      });
    }
  });
}

/** Where two files first differ, and the piece that byte is in. */
function firstDifference(got: Buffer, want: Buffer): number {
  const shorter = Math.min(got.length, want.length);
  for (let at = 0; at < shorter; at++) if (got[at] !== want[at]) return at;
  return shorter;
}

/** The program exits with 0, and OUT holds the torrent's content byte for byte. */
async function expectDownloaded(check: CheckContext, run: DownloadRun, torrent: Metainfo, seeders: Seeder[]): Promise<void> {
  const status = await waitForEnd(check, run);
  await check.expect(t("it exits with code 0 and {out} is the file, byte for byte ({bytes} bytes, SHA-1 {hash})", { out: OUT, bytes: torrent.content.length, hash: sha1(torrent.content).toString("hex") }), () => {
    const problems = seeders.flatMap((seeder) => seeder.problems().map((problem) => `${seeder.name}: ${problem}`));
    if (status.code !== 0) {
      throw new CheckFailure(
        problems.length > 0
          ? t("Your program {how} without the file. The grader's seeders closed the connection because of your requests: {problems}.", { how: describeExit(status), problems: problems.join("; ") })
          : t("Your program {how}, but every piece was there to download (see its output and the transcript). A correct download ends with exit code 0 and the file written.", { how: describeExit(status) }),
        { trouble: status.signal ? "crash" : undefined },
      );
    }
    let got: Buffer | undefined;
    try {
      got = check.containment.readOutput(OUT);
    } catch {
      throw new CheckFailure(t("Your {out} is not a plain file (a link, or a folder): write the downloaded bytes into a file of that name.", { out: OUT }));
    }
    if (got === undefined) throw new CheckFailure(t("Your program exited with code 0, but wrote no file {out}: write the whole file to the path given with -o.", { out: OUT }));
    if (got.equals(torrent.content)) return;
    const at = firstDifference(got, torrent.content);
    const from = Math.max(0, at - 8);
    throw new CheckFailure(
      got.length !== torrent.content.length
        ? t("Your {out} is {got} bytes, but the torrent's file is {want} bytes; they first differ at byte {at} (piece {piece}).", { out: OUT, got: got.length, want: torrent.content.length, at, piece: Math.floor(at / torrent.pieceLength) })
        : t("Your {out} has the right length, but differs from the torrent's file at byte {at} (piece {piece}). Each block goes at its piece's offset plus its begin, and a piece is kept only when its SHA-1 matches the torrent's.", { out: OUT, at, piece: Math.floor(at / torrent.pieceLength) }),
      { mismatch: { expected: torrent.content.subarray(from, from + 32), observed: got.subarray(from, from + 32) } },
    );
  });
}

/** Every request `seeder` saw is at most 16 KiB and inside its piece (it closed the connection on any other). */
function expectFairRequests(check: CheckContext, seeders: Seeder[]): Promise<void> {
  return check.expect(t("the seeders found nothing wrong with your requests"), () => {
    const problems = seeders.flatMap((seeder) => seeder.problems().map((problem) => `${seeder.name}: ${problem}`));
    if (problems.length > 0) throw new CheckFailure(t("The grader's seeders closed the connection because of your requests: {problems}.", { problems: problems.join("; ") }));
  });
}

const seeder = (check: CheckContext, script: SeederScript, describe: string) => check.act(describe, () => startSeeder(check, script));

export const checks: CheckDefinition[] = [
  {
    id: "download-sends-a-correct-handshake",
    title: t("the handshake is 68 bytes: 19 as one byte, \"BitTorrent protocol\", 8 zero bytes, the info hash, a 20-byte peer id"),
    needs: NEEDS,
    async run(check) {
      const torrent = torrentOf(20_000, 16_384, 1201);
      const one = await seeder(check, { torrent, name: t("seeder 1") }, t("start a seeder that reads your handshake byte by byte"));
      const run = await runDownload(check, torrent, [one.port]);
      await check.act(t("wait for your program's first 68 bytes"), () =>
        Promise.race([one.waitFor(DEADLINES.ready, t("your handshake"), () => (one.connections[0] && (one.connections[0].conversation.receivedLength >= 68 || one.connections[0].conversation.ending) ? true : undefined)), run.program.waitForExit(DEADLINES.ready)]).catch((error: unknown) => {
          if (!(error instanceof DeadlineExceeded)) throw error;
        }),
      );
      await check.expect(t("it sends 19, \"BitTorrent protocol\", 8 zero bytes, the torrent's info hash and a 20-byte peer id"), () => {
        const connection = one.connections[0];
        if (!connection) {
          throw new CheckFailure(
            run.program.exit
              ? t("Your program {how} without connecting to the seeder at 127.0.0.1:{port} (see its output).", { how: describeExit(run.program.exit), port: one.port })
              : t("Your program did not connect to the seeder at 127.0.0.1:{port}, given with --peer.", { port: one.port }),
            { trouble: run.program.exit ? "crash" : "timeout" },
          );
        }
        const sent = connection.conversation.received.subarray(0, 68);
        const want = handshake(torrent.infoHash, sent.length >= 68 ? sent.subarray(48, 68) : Buffer.alloc(20));
        const mismatch = { expected: want.subarray(0, 48), observed: sent.subarray(0, 48) };
        if (sent.length === 0) {
          throw new CheckFailure(t("Your program connected to the seeder and sent nothing: a connection opens with your 68-byte handshake."), { trouble: run.program.exit ? undefined : "timeout" });
        }
        if (sent[0] === 0x31 && sent[1] === 0x39) {
          throw new CheckFailure(t("Your handshake starts with the text \"19\" (the bytes 0x31 0x39). The first byte is the number 19 itself, one byte 0x13: Buffer.from([19]), not Buffer.from(\"19\")."), { mismatch });
        }
        if (sent[0] !== PROTOCOL.length) throw new CheckFailure(t("Your handshake's first byte is {byte}, not 19 (0x13), the length of \"BitTorrent protocol\".", { byte: sent[0]! }), { mismatch });
        if (sent.subarray(1, 20).toString("latin1") !== PROTOCOL) throw new CheckFailure(t("Bytes 1 to 19 of your handshake are not \"BitTorrent protocol\": after the byte 19 come exactly those 19 characters."), { mismatch });
        if (sent.length >= 28 && !sent.subarray(20, 28).equals(Buffer.alloc(8))) {
          throw new CheckFailure(t("Bytes 20 to 27 of your handshake are {bytes}: the 8 reserved bytes are all zero here (a bit set says you speak an extension you do not).", { bytes: sent.subarray(20, 28).toString("hex") }), { mismatch });
        }
        if (sent.length >= 48 && !sent.subarray(28, 48).equals(torrent.infoHash)) {
          throw new CheckFailure(t("Bytes 28 to 47 of your handshake are {got}, not the torrent's info hash {want}: the 20 raw bytes of the SHA-1 of info.", { got: sent.subarray(28, 48).toString("hex"), want: torrent.infoHash.toString("hex") }), { mismatch });
        }
        if (sent.length < 68) {
          throw new CheckFailure(t("Your program sent {count} bytes and then waited: a handshake is 68 bytes, the last 20 your peer id.", { count: sent.length }), { mismatch, trouble: run.program.exit ? undefined : "timeout" });
        }
      });
    },
  },
  {
    id: "download-skips-a-seeder-of-another-torrent",
    title: t("a seeder that answers with another info hash is closed, nothing asked of it; the next seeder gives the file"),
    needs: NEEDS,
    async run(check) {
      const torrent = torrentOf(40_000, 16_384, 1202);
      const other = sha1(Buffer.from("another torrent, not the one you asked for"));
      const stranger = await seeder(check, { torrent, name: t("seeder 1"), infoHash: other }, t("start seeder 1, whose handshake answers with another info hash ({hash}), and which would serve every piece", { hash: other.toString("hex") }));
      const honest = await seeder(check, { torrent, name: t("seeder 2") }, t("start seeder 2, an honest one"));
      const run = await runDownload(check, torrent, [stranger.port, honest.port]);
      await expectDownloaded(check, run, torrent, [honest]);
      await check.expect(t("it asked seeder 1 for nothing"), () => {
        const asked = stranger.requests();
        if (asked.length > 0) {
          throw new CheckFailure(
            t("Your program sent {count} requests to seeder 1, whose handshake named another info hash ({hash}): another swarm, another file. Compare bytes 28 to 47 of the seeder's handshake with your torrent's info hash; when they differ, close the connection and try the next peer.", { count: asked.length, hash: other.toString("hex") }),
          );
        }
      });
    },
  },
  {
    id: "download-reads-messages-split-into-bytes",
    title: t("a seeder that sends every byte in a write of its own: the same file, byte for byte"),
    needs: NEEDS,
    async run(check) {
      // Small pieces: every byte waits for the program to have read the one before.
      const torrent = torrentOf(700, 512, 1203);
      const one = await seeder(check, { torrent, name: t("seeder 1"), cut: "bytes" }, t("start a seeder that sends every byte alone, each once your program has read the one before"));
      const run = await runDownload(check, torrent, [one.port]);
      await expectDownloaded(check, run, torrent, [one]);
    },
  },
  {
    id: "download-reads-coalesced-messages-and-keep-alives",
    title: t("a seeder that sends several messages in one write, keep-alives between them: the same file, byte for byte"),
    needs: NEEDS,
    async run(check) {
      const torrent = torrentOf(5 * 16_384 + 1_000, 16_384, 1204);
      const one = await seeder(check, { torrent, name: t("seeder 1"), cut: "coalesced" }, t("start a seeder that sends its messages several to a write, a keep-alive after each"));
      const run = await runDownload(check, torrent, [one.port]);
      await expectDownloaded(check, run, torrent, [one]);
    },
  },
  {
    id: "download-waits-for-unchoke",
    title: t("a seeder that keeps it choked for a while: no request before unchoke"),
    needs: NEEDS,
    async run(check) {
      const torrent = torrentOf(3 * 16_384, 16_384, 1205);
      const holdMs = 1_500;
      const one = await seeder(
        check,
        { torrent, name: t("seeder 1"), choke: { ms: holdMs, messages: 1 } },
        t("start a seeder that sends its bitfield and keeps your program choked for {ms} ms after its interested (or until it sends another message)", { ms: holdMs }),
      );
      const run = await runDownload(check, torrent, [one.port]);
      await waitForEnd(check, run);
      await check.expect(t("it sent interested, and no request before the seeder's unchoke"), () => {
        const connection = one.connections[0];
        const early = one.requests().filter((request) => request.choked);
        if (early.length > 0) {
          const first = early[0]!;
          throw new CheckFailure(
            t("Your program sent request ({index}, {begin}, {length}) while it was still choked: the seeder had not sent unchoke. A connection starts choked: send interested, then wait for the unchoke message before the first request.", { index: first.index, begin: first.begin, length: first.length }),
          );
        }
        if (connection && !connection.messages.some((each) => each.id === 2)) {
          throw new CheckFailure(t("Your program never sent interested (id 2): a seeder unchokes only a peer that says it wants something."));
        }
      });
      await expectDownloaded(check, run, torrent, [one]);
    },
  },
  {
    id: "download-requests-blocks-of-16-kib",
    title: t("every request is at most 16 KiB, and the last piece (1 MiB + 16,960 bytes in 32 KiB pieces) is asked for at its real size"),
    needs: NEEDS,
    async run(check) {
      const torrent = torrentOf(2 ** 20 + 16_960, 32_768, 1206);
      const last = torrent.pieces.length - 1;
      const one = await seeder(check, { torrent, name: t("seeder 1") }, t("start a seeder that measures every request: 33 pieces of 32 KiB, the last one 16,960 bytes"));
      const run = await runDownload(check, torrent, [one.port]);
      await waitForEnd(check, run);
      await expectFairRequests(check, [one]);
      await check.expect(t("the requests for piece {last} are (32, 0, 16384) and (32, 16384, 576)", { last }), () => {
        const asked = one
          .requests()
          .filter((request) => request.index === last)
          .map((request) => `(${request.index}, ${request.begin}, ${request.length})`);
        const want = [`(${last}, 0, 16384)`, `(${last}, 16384, 576)`];
        if (asked.length > 0 && [...new Set(asked)].sort().join(" ") !== want.join(" ")) {
          throw new CheckFailure(t("Your requests for the last piece were {asked}. It is 16,960 bytes (the file's length minus 32 whole pieces), so its blocks are (32, 0, 16384) and (32, 16384, 576): pieceSize, not the piece length, for the last piece.", { asked: asked.join(", ") }), {
            mismatch: { expected: want.join("\n"), observed: asked.join("\n") },
          });
        }
      });
      await expectDownloaded(check, run, torrent, [one]);
    },
  },
  {
    id: "download-checks-every-piece",
    title: t("a seeder that sends one piece with wrong bytes, then an honest one: the piece is fetched again, and OUT is right"),
    needs: NEEDS,
    async run(check) {
      const torrent = torrentOf(4 * 16_384, 16_384, 1207);
      const liar = await seeder(check, { torrent, name: t("seeder 1"), corrupt: 1 }, t("start seeder 1, which sends piece 1 with a wrong byte in each block (its SHA-1 is not the torrent's)"));
      const honest = await seeder(check, { torrent, name: t("seeder 2") }, t("start seeder 2, an honest one"));
      const run = await runDownload(check, torrent, [liar.port, honest.port]);
      await expectDownloaded(check, run, torrent, [liar, honest]);
    },
  },
  {
    id: "download-leaves-no-file-on-failure",
    title: t("when the only seeders lie or refuse, it exits with 1 and leaves neither OUT nor OUT.part"),
    needs: NEEDS,
    async run(check) {
      const torrent = torrentOf(4 * 16_384, 16_384, 1208);
      const liar = await seeder(check, { torrent, name: t("seeder 1"), corrupt: 2 }, t("start seeder 1, which sends pieces 0 and 1 right and piece 2 wrong"));
      const refused = await check.act(t("find a port on 127.0.0.1 where nothing listens, for the second --peer"), () => refusedPort());
      const run = await runDownload(check, torrent, [liar.port, refused]);
      await expectCleanFailure(check, run.program, t("a download whose seeders all failed"), { ms: DOWNLOAD_MS });
      await check.expect(t("neither {out} nor {out}.part is left in the folder", { out: OUT }), () => {
        const left = readdirSync(run.folder);
        if (left.length > 0) {
          throw new CheckFailure(
            t("Your program left {files} after a download that failed: a file that looks like the download, and is not. Keep the pieces in memory (or in OUT.part), write OUT only when every piece is checked, and remove OUT.part when the download fails.", { files: left.join(", ") }),
          );
        }
      });
    },
  },
  {
    id: "download-reads-the-bitfield-high-bit-first",
    title: t("a seeder whose bitfield lacks piece 1 (high bit first) is not asked for piece 1"),
    needs: NEEDS,
    async run(check) {
      const torrent = torrentOf(8 * 16_384, 16_384, 1209);
      const partial = await seeder(check, { torrent, name: t("seeder 1"), has: (index) => index !== 1 }, t("start seeder 1, whose bitfield is bf (1011 1111): every piece but piece 1"));
      const honest = await seeder(check, { torrent, name: t("seeder 2") }, t("start seeder 2, which has every piece"));
      const run = await runDownload(check, torrent, [partial.port, honest.port]);
      await waitForEnd(check, run);
      await check.expect(t("it never asked seeder 1 for piece 1"), () => {
        const asked = partial.requests().filter((request) => request.index === 1);
        if (asked.length > 0) {
          throw new CheckFailure(
            t("Your program asked seeder 1 for piece 1, but its bitfield bf (1011 1111) says it lacks it: the high bit of the first byte is piece 0, the next bit piece 1 (0x80 >> (index % 8)). Read low bit first, bf says piece 6 is missing instead."),
          );
        }
      });
      await expectDownloaded(check, run, torrent, [honest]);
    },
  },
  {
    id: "download-finds-seeders-through-the-tracker",
    title: t("without --peer, it asks the torrent's tracker (left is the whole length, port the one given with --port) and downloads from the peers it names"),
    needs: [...NEEDS, "announceUrl", "parseAnnounce", "announce"],
    async run(check) {
      // The tracker names a port nobody listens on first (as opentracker names the asker itself), then the seeder.
      const peers: TrackerPeer[] = [];
      const tracker = await check.act(t("start the grader's tracker, which answers with two peers: a port where nothing listens, then a seeder"), () => startTracker(check, () => ({ peers })));
      const torrent = torrentOf(3 * 16_384 + 500, 16_384, 1210, tracker.url);
      const one = await seeder(check, { torrent, name: t("seeder 1") }, t("start seeder 1, an honest one"));
      peers.push({ address: "127.0.0.1", port: await refusedPort() }, { address: "127.0.0.1", port: one.port });
      const run = await runDownload(check, torrent, [], ["--port", String(ANNOUNCED_PORT)]);
      await expectDownloaded(check, run, torrent, [one]);
      await check.expect(t("its announce said left={length} and port={port}", { length: torrent.content.length, port: ANNOUNCED_PORT }), () => {
        const announce = tracker.announces[0];
        if (!announce) throw new CheckFailure(t("Your program downloaded without asking the tracker, though no --peer was given: with no peers on the command line, announce to the torrent's tracker and use the peers it names."));
        if (announce.left !== torrent.content.length) {
          throw new CheckFailure(t("Your download's announce says left={left}: before a download, left is the whole length, {length}.", { left: announce.field("left")?.toString("latin1") ?? t("(none)"), length: torrent.content.length }), {
            mismatch: { expected: String(torrent.content.length), observed: announce.field("left")?.toString("latin1") ?? "" },
          });
        }
        if (announce.port !== ANNOUNCED_PORT) {
          throw new CheckFailure(t("Your download's announce says port={sent}, but the program was given --port {port}: announce the port you were given.", { sent: announce.field("port")?.toString("latin1") ?? t("(none)"), port: ANNOUNCED_PORT }), {
            mismatch: { expected: String(ANNOUNCED_PORT), observed: announce.field("port")?.toString("latin1") ?? "" },
          });
        }
      });
    },
  },
  {
    id: "download-gives-up-on-a-silent-seeder",
    title: t("a seeder that answers the handshake and then says nothing is given up after --timeout-ms, and the next seeder gives the file"),
    needs: NEEDS,
    async run(check) {
      const torrent = torrentOf(2 * 16_384 + 300, 16_384, 1211);
      const silent = await seeder(check, { torrent, name: t("seeder 1"), silent: true }, t("start seeder 1, which answers your handshake and then never sends another byte"));
      const honest = await seeder(check, { torrent, name: t("seeder 2") }, t("start seeder 2, an honest one"));
      const run = await runDownload(check, torrent, [silent.port, honest.port], ["--timeout-ms", String(SILENCE_MS)]);
      const answered = await check.act(t("wait for seeder 1 to answer your handshake"), () =>
        Promise.race([silent.waitFor(DEADLINES.ready, t("your handshake"), () => (silent.connections[0]?.handshake ? Date.now() : undefined)), run.program.waitForExit(DEADLINES.ready).then(() => undefined)]).catch((error: unknown) => {
          if (!(error instanceof DeadlineExceeded)) throw error;
          return undefined;
        }),
      );
      const limit = SILENCE_MS + MOVE_ON_SLACK_MS;
      await check.expect(t("it connects to seeder 2 within {seconds} s of seeder 1's last byte (--timeout-ms {ms})", { seconds: limit / 1000, ms: SILENCE_MS }), async () => {
        if (answered === undefined) {
          throw new CheckFailure(t("Your program never finished its handshake with seeder 1 (see the transcript and its output)."), { trouble: run.program.exit ? "crash" : "timeout" });
        }
        const moved = await honest.waitFor(limit, t("a connection to seeder 2"), () => (honest.connections.length > 0 || run.program.exit ? true : undefined)).catch((error: unknown) => {
          if (error instanceof DeadlineExceeded) return false;
          throw error;
        });
        if (!moved) {
          throw new CheckFailure(
            t("Seeder 1 has sent nothing since its handshake, and {seconds} s later your program still waits for it. A peer may go quiet for ever: give each wait a deadline of --timeout-ms ({ms} ms here) with setTimeout, then close that connection and try the next peer.", { seconds: limit / 1000, ms: SILENCE_MS }),
            { trouble: "timeout" },
          );
        }
      });
      await expectDownloaded(check, run, torrent, [honest]);
    },
  },
];
