// Grader for exercise 07: the student's UDP pinger against a scripted echo server
// (peers/udp-echo.ts) that drops datagrams (seeded), answers late, twice, out of order, in upper
// case, lets a stranger answer from another port, or is not there at all; and with every option
// of the pinger given a value of its own.
import type { CheckContext, CheckDefinition } from "../harness/check.ts";
import { CheckFailure } from "../harness/check.ts";
import { unusedUdpPort } from "../harness/datagram.ts";
import { DEADLINES, DeadlineExceeded, pollUntil } from "../harness/deadline.ts";
import { STACK_LINE } from "../harness/hints.ts";
import { seededRandom } from "../harness/seed.ts";
import type { StudentProcess } from "../harness/launch.ts";
import { isIP } from "node:net";
import { t } from "../i18n/index.ts";
import { startDatagramPeer, type Answer, type DatagramPeer } from "../peers/datagram-peer.ts";
import { setTimeout as delay } from "node:timers/promises";
import { anotherLoopbackHost } from "../peers/tcp-server.ts";
import { echoScript, type EchoPlan } from "../peers/udp-echo.ts";
import { expectCleanFailure, expectEndsPromptly, otherLoopbackHost } from "./expect.ts";

/**
 * The --timeout-ms of the checks where every reply comes at once: far above any round trip on a
 * busy machine, far above ENDS_AFTER_WORK_MS, so a pinger that waits for a timer it never cleared
 * is still running when it should have ended.
 */
const LONG_TIMEOUT_MS = 10_000;
/** How much longer than ping 3 the reordering server keeps ping 1's reply: more than a starved pinger's delay in seeing ping 2's. */
const REORDER_HOLD_MS = 1_000;
/** Date.now() in TIME and the grader's clock agree to within this. */
const CLOCK_SLACK_MS = 2;
/** How long a pinger may take to end once its last ping is answered or timed out. */
const ENDS_AFTER_WORK_MS = 3_000;
/** The default --timeout-ms (1000) is shorter than this hold: a pinger that ignores the option times the reply out. */
const SLOW_REPLY_MS = 1_300;
/** How far apart Date.now() in the payload and performance.now() as the ping leaves may be, in whole milliseconds. */
const SAME_MOMENT_MS = 5;
/** A round trip printed with three decimals: a printed min/avg/max may differ from the lines' values by this much. */
const ROUNDING_MS = 0.0021;

interface PingerRun {
  count: number;
  intervalMs: number;
  timeoutMs: number;
  host?: string;
}

/** What the pinger printed, read by the contract: lines with seq=N (rtt=X ms for a reply), then sent= received= loss=%, min= avg= max=. */
interface PingerOutput {
  pings: { seq: number; rttMs: number | undefined; line: string }[];
  sent?: number;
  received?: number;
  loss?: number;
  min?: number;
  avg?: number;
  max?: number;
}

function readOutput(stdout: string): PingerOutput {
  const pings: PingerOutput["pings"] = [];
  for (const line of stdout.split("\n")) {
    const seq = /\bseq=(\d+)\b/.exec(line);
    if (!seq) continue;
    const rtt = /\brtt=(\d+(?:\.\d+)?) ?ms\b/.exec(line);
    pings.push({ seq: Number(seq[1]), rttMs: rtt ? Number(rtt[1]) : undefined, line });
  }
  const number = (pattern: RegExp) => {
    const match = pattern.exec(stdout);
    return match ? Number(match[1]) : undefined;
  };
  return {
    pings,
    sent: number(/\bsent=(\d+)\b/),
    received: number(/\breceived=(\d+)\b/),
    loss: number(/\bloss=(\d+(?:\.\d+)?)%/),
    min: number(/\bmin=(\d+(?:\.\d+)?)\b/),
    avg: number(/\bavg=(\d+(?:\.\d+)?)\b/),
    max: number(/\bmax=(\d+(?:\.\d+)?)\b/),
  };
}

/** The command line as a person would type it. */
function commandLine(args: string[]): string {
  return args.map((arg) => (/^[\w.:/=-]+$/.test(arg) ? arg : JSON.stringify(arg))).join(" ");
}

function pingerArgs(port: number, run: PingerRun): string[] {
  return [
    ...(run.host === undefined ? [] : ["--host", run.host]),
    "--port",
    String(port),
    "--count",
    String(run.count),
    "--interval-ms",
    String(run.intervalMs),
    "--timeout-ms",
    String(run.timeoutMs),
  ];
}

/** Starts the echo server of `plan` (`describe`d, in t()), then the student's pinger pointed at it. */
async function pingerAgainst(check: CheckContext, purpose: string, plan: EchoPlan | ((peer: () => DatagramPeer, pinger: () => StudentProcess) => EchoPlan), describe: string, run: PingerRun) {
  let peer: DatagramPeer | undefined;
  let pinger: StudentProcess | undefined;
  // A plan may wait on the peer or on what the pinger printed: both exist by the time a datagram arrives.
  const resolved = typeof plan === "function" ? plan(() => peer!, () => pinger!) : plan;
  peer = await check.act(describe, () => startDatagramPeer(check, echoScript(resolved), { purpose, host: run.host }));
  const args = pingerArgs(peer.port, run);
  const launchedAt = Date.now();
  pinger = await check.act(t("run your pinger with {args}", { args: commandLine(args) }), () => check.launch("pinger.ts", args));
  return { peer, pinger, launchedAt };
}

/** Waits until all `count` pings have reached the peer (or the pinger ended first). */
async function pingsArrive(check: CheckContext, peer: DatagramPeer, pinger: StudentProcess, run: PingerRun): Promise<void> {
  const ms = DEADLINES.ready + run.count * run.intervalMs;
  await check.act(t("wait for your {count} pings to arrive", { count: run.count }), () =>
    Promise.race([peer.whenReceived(run.count, ms), pinger.waitForExit(ms)]).catch((error: unknown) => {
      if (!(error instanceof DeadlineExceeded)) throw error;
    }),
  );
  await check.expect(t("the server received {count} datagrams from your pinger", { count: run.count }), () => {
    if (peer.received.length < run.count) {
      throw new CheckFailure(
        t("The server received {received} datagrams, but your pinger was run with --count {count}: send one ping for every count, to the host and port it is given.", {
          received: peer.received.length,
          count: run.count,
        }),
      );
    }
  });
}

/** Once the last ping has been answered (or its time is up, `expires`), the pinger ends within ENDS_AFTER_WORK_MS. */
async function endsAfterTheLastPing(check: CheckContext, pinger: StudentProcess, expires: boolean, run: PingerRun): Promise<void> {
  const ms = (expires ? run.timeoutMs : 0) + ENDS_AFTER_WORK_MS;
  await expectEndsPromptly(check, pinger, { ms, after: expires ? t("its last ping was sent and given --timeout-ms") : t("its last ping was answered") });
}

/**
 * The pings whose answer the grader itself sent too late to count on: more than half of
 * --timeout-ms after the TIME the ping carries. A busy machine can starve the grader that long;
 * then a right pinger may have given up on that ping already, so either line is right for it.
 */
function answeredLate(peer: DatagramPeer, run: PingerRun): Set<number> {
  const late = new Set<number>();
  for (const answer of peer.answers) {
    const ping = pingIn(peer, answer.to);
    if (ping && sinceSent(answer, ping) > run.timeoutMs / 2) late.add(ping.seq);
  }
  return late;
}

/** The ping in the `number`th datagram the peer received: its N and the TIME it carries (Date.now() when sent). */
function pingIn(peer: DatagramPeer, number: number): { seq: number; sentAt: number } | undefined {
  const ping = /^Ping (\d+) (\d+)/.exec(peer.received[number - 1]?.bytes.toString("utf8") ?? "");
  return ping ? { seq: Number(ping[1]), sentAt: Number(ping[2]) } : undefined;
}

/** How long after the pinger sent `ping` (by its own clock) the peer sent `answer`: a floor for that ping's round trip. */
function sinceSent(answer: Answer, ping: { sentAt: number }): number {
  return performance.timeOrigin + answer.at - ping.sentAt;
}

/** Per pinger: pings it was meant to get an answer for, timed out on, and was excused (answeredLate). */
const timedOutOnLateAnswers = new WeakMap<StudentProcess, number>();

/** The pinger printed one line per ping, seq=1 … seq=count, with rtt= exactly for those `answered` (either way for one answered late). */
async function expectPingLines(check: CheckContext, pinger: StudentProcess, peer: DatagramPeer, run: PingerRun, answered: (seq: number) => boolean): Promise<PingerOutput> {
  const output = readOutput(pinger.stdout);
  const late = answeredLate(peer, run);
  for (const seq of late) check.transcript.note(t("the grader answered ping {seq} late (a busy machine): a reply or a timeout are both right for it", { seq }));
  const replies = Array.from({ length: run.count }, (_, index) => index + 1).filter(answered);
  await check.expect(
    t("it prints one line per ping with seq=N: rtt=… for {replies}, none for the others", { replies: replies.length === 0 ? t("no ping") : replies.map((seq) => `seq=${seq}`).join(", ") }),
    () => {
      for (let seq = 1; seq <= run.count; seq++) {
        const lines = output.pings.filter((ping) => ping.seq === seq);
        if (lines.length === 0) throw new CheckFailure(t("Your pinger printed no line with seq={seq}. Print one line for every ping: its round trip, or that it timed out.", { seq }));
        if (lines.length > 1) {
          throw new CheckFailure(t("Your pinger printed {count} lines with seq={seq}: one ping gets one line, however many replies come for it.", { count: lines.length, seq }), {
            mismatch: { expected: `seq=${seq}: 1 line`, observed: lines.map((ping) => ping.line).join("\n") },
          });
        }
        const line = lines[0]!;
        if (late.has(seq) && answered(seq)) {
          if (line.rttMs === undefined) timedOutOnLateAnswers.set(pinger, (timedOutOnLateAnswers.get(pinger) ?? 0) + 1);
          continue;
        }
        if (answered(seq) && line.rttMs === undefined) {
          throw new CheckFailure(t("Ping {seq} was answered, but your line for it shows no rtt=X ms: `{line}`. Was the reply taken for another ping, or not recognised as a reply?", { seq, line: line.line }));
        }
        if (!answered(seq) && line.rttMs !== undefined) {
          throw new CheckFailure(t("Ping {seq} got no reply of its own in time, but your pinger printed a round trip for it: `{line}`.", { seq, line: line.line }));
        }
      }
      const extra = output.pings.find((ping) => ping.seq < 1 || ping.seq > run.count);
      if (extra) throw new CheckFailure(t("Your pinger printed a line for seq={seq}, but it sent pings 1 to {count} only.", { seq: extra.seq, count: run.count }));
    },
  );
  return output;
}

/** The statistics: sent, received, loss % exact (one decimal), min/avg/max when something came (matching the lines), no NaN; and the exit code. */
async function expectStatistics(check: CheckContext, pinger: StudentProcess, run: PingerRun, expected: number): Promise<void> {
  const output = readOutput(pinger.stdout);
  // A ping answered late may count either way (answeredLate): its line, read before, said which.
  const received = expected - (timedOutOnLateAnswers.get(pinger) ?? 0);
  const loss = ((run.count - received) / run.count) * 100;
  const shownLoss = Number(loss.toFixed(1));
  await check.expect(t("it prints sent={sent} received={received} loss={loss}%", { sent: run.count, received, loss: shownLoss }), () => {
    const observed = `sent=${output.sent} received=${output.received} loss=${output.loss}%`;
    const mismatch = { expected: `sent=${run.count} received=${received} loss=${shownLoss}%`, observed };
    if (output.sent === undefined || output.received === undefined || output.loss === undefined) {
      throw new CheckFailure(t("Your pinger's statistics are missing sent=, received= or loss=…%: print them after the last ping, as the skeleton says."), { mismatch });
    }
    if (output.sent !== run.count || output.received !== received || Math.abs(output.loss - loss) > 0.05 + 1e-9) {
      throw new CheckFailure(t("Your statistics are not those of this run: {sent} pings left, {received} of them were answered in time.", { sent: run.count, received }), { mismatch });
    }
  });
  await check.expect(t("it prints no NaN, Infinity or undefined"), () => {
    const bad = /\b(NaN|-?Infinity|undefined)\b/.exec(pinger.output);
    if (bad) throw new CheckFailure(t("Your pinger printed {word}. With no reply there is no minimum or average: say so instead of computing one from nothing.", { word: bad[1]! }));
  });
  const rtts = output.pings.map((ping) => ping.rttMs).filter((rtt): rtt is number => rtt !== undefined);
  if (received > 0 && rtts.length > 0) {
    const min = Math.min(...rtts);
    const max = Math.max(...rtts);
    const avg = rtts.reduce((sum, rtt) => sum + rtt, 0) / rtts.length;
    await check.expect(t("it prints min= avg= max= ms matching the round trips it printed"), () => {
      const expected = `min=${min.toFixed(3)} avg=${avg.toFixed(3)} max=${max.toFixed(3)}`;
      const observed = `min=${output.min} avg=${output.avg} max=${output.max}`;
      const off = (value: number | undefined, wanted: number) => value === undefined || Math.abs(value - wanted) > ROUNDING_MS;
      if (off(output.min, min) || off(output.avg, avg) || off(output.max, max)) {
        throw new CheckFailure(t("Your min/avg/max are not those of the round trips your pinger printed for the replies."), { mismatch: { expected, observed } });
      }
    });
  }
  await check.expect(received > 0 ? t("it exits with code 0 (some reply came)") : t("it exits with a non-zero code (no reply came)"), () => {
    const status = pinger.exit!;
    if (received > 0 && status.code !== 0) throw new CheckFailure(t("Your pinger exited with code {code}, but replies came: exit with 0.", { code: String(status.code ?? status.signal) }), { trouble: "crash" });
    if (received === 0 && status.code === 0) throw new CheckFailure(t("Your pinger exited with code 0, but no reply came at all: set process.exitCode = 1, as ping does."));
  });
}

/** Whether the program crashed with a stack trace: said first, it is the cause of what follows. */
async function expectNoCrash(check: CheckContext, pinger: StudentProcess): Promise<void> {
  await check.expect(t("it prints no stack trace"), () => {
    if (STACK_LINE.test(pinger.output)) throw new CheckFailure(t("Your pinger crashed with a stack trace. Catch the error and print one clear sentence instead."), { trouble: "crash" });
  });
}

const everyReply = () => true;

/**
 * No round trip is longer than the time from its ping leaving (the TIME it carries, Date.now()
 * just as it left) to now, after the program ended: a round trip computed the wrong way round
 * (performance.now() + sentAt) is far longer. Checked after the program ended, so load only
 * loosens it. `SAME_MOMENT_MS` allows for Date.now()'s whole milliseconds.
 */
async function expectRoundTripsWithinLifetime(check: CheckContext, peer: DatagramPeer, output: PingerOutput): Promise<void> {
  const now = Date.now();
  await check.expect(t("no round trip is longer than from its ping's TIME to the end of the program"), () => {
    for (const ping of output.pings) {
      const time = Number(/^ping \d+ (\d+)$/i.exec(peer.received[ping.seq - 1]?.bytes.toString("utf8") ?? "")?.[1]);
      if (ping.rttMs === undefined || !Number.isFinite(time)) continue;
      if (ping.rttMs > now - time + SAME_MOMENT_MS) {
        throw new CheckFailure(
          t("Your pinger printed rtt={rtt} ms for ping {seq}, but that ping left (by its TIME) only {ms} ms before your program ended. The round trip is the time of the reply minus the time the ping left.", {
            rtt: ping.rttMs,
            seq: ping.seq,
            ms: now - time,
          }),
        );
      }
    }
  });
}

export const checks: CheckDefinition[] = [
  {
    id: "sends-numbered-pings",
    title: t("sends --count datagrams, Ping N TIME, numbered from 1, from one socket"),
    needs: ["ping"],
    async run(check) {
      const run = { count: 4, intervalMs: 50, timeoutMs: LONG_TIMEOUT_MS };
      const { peer, pinger, launchedAt } = await pingerAgainst(check, "sends-numbered-pings", {}, t("start a UDP echo server"), run);
      await pingsArrive(check, peer, pinger, run);
      await endsAfterTheLastPing(check, pinger, false, run);
      await check.expect(t("every datagram reads Ping N TIME: N is 1 to {count} in order, TIME is Date.now() as it left", { count: run.count }), () => {
        const now = Date.now();
        if (peer.received.length !== run.count) {
          throw new CheckFailure(t("The server received {received} datagrams for --count {count}: send exactly one per ping.", { received: peer.received.length, count: run.count }));
        }
        for (const [index, datagram] of peer.received.entries()) {
          const text = datagram.bytes.toString("utf8");
          const wanted = `Ping ${index + 1} TIME`;
          const match = /^Ping (\d+) (\d+)$/.exec(text);
          if (!match || Number(match[1]) !== index + 1) {
            throw new CheckFailure(t("Datagram {n} should read `{wanted}` (TIME a whole number, one space between, nothing after it).", { n: index + 1, wanted }), {
              mismatch: { expected: wanted, observed: text },
            });
          }
          const time = Number(match[2]);
          if (time < launchedAt - 1_000 || time > now + 1_000) {
            throw new CheckFailure(t("Datagram {n} carries the time {time}, but it left between {from} and {to}: TIME is Date.now() when the ping is sent.", { n: index + 1, time, from: launchedAt, to: now }));
          }
        }
        const sources = new Set(peer.received.map((datagram) => `${datagram.address}:${datagram.port}`));
        if (sources.size !== 1) throw new CheckFailure(t("Your pings came from {count} different ports: send them all from one socket, so every reply finds its way back.", { count: sources.size }));
      });
    },
  },
  {
    id: "prints-each-reply-and-the-statistics",
    title: t("prints a round trip for each reply of an upper-case echo server, then the statistics"),
    needs: ["ping", "summarise"],
    async run(check) {
      const run = { count: 5, intervalMs: 20, timeoutMs: LONG_TIMEOUT_MS };
      const { peer, pinger } = await pingerAgainst(check, "prints-each-reply-and-the-statistics", { upperCase: true }, t("start a UDP echo server that answers in upper case, as the textbook's does"), run);
      await pingsArrive(check, peer, pinger, run);
      await endsAfterTheLastPing(check, pinger, false, run);
      await expectNoCrash(check, pinger);
      const output = await expectPingLines(check, pinger, peer, run, everyReply);
      await expectRoundTripsWithinLifetime(check, peer, output);
      await expectStatistics(check, pinger, run, run.count);
    },
  },
  {
    id: "counts-seeded-loss-exactly",
    title: t("counts exactly the pings a seeded lossy server dropped: 3 of 8, loss=37.5%"),
    needs: ["ping", "summarise"],
    startsEarly: true,
    async run(check) {
      const run = { count: 8, intervalMs: 20, timeoutMs: 1_500 };
      // The seed the peer prints picks the pings to drop: LAB_SEED replays the same loss.
      const dropped = seededRandom("counts-seeded-loss-exactly").pick(3, run.count);
      // Each reply waits for the next ping, so that when it comes the same pings are waiting
      // however busy the machine is: a pinger that takes it for another ping's does so every time.
      const answered = Array.from({ length: run.count - 1 }, (_, index) => index + 1).filter((n) => !dropped.includes(n));
      const { peer, pinger } = await pingerAgainst(
        check,
        "counts-seeded-loss-exactly",
        (peer) => ({
          upperCase: true,
          drop: { numbers: dropped, why: t("seeded") },
          hold: new Map(answered.map((n) => [n, { until: () => peer().whenReceived(n + 1), why: t("ping {n} arrived", { n: n + 1 }) }])),
        }),
        t("start a UDP echo server that drops 3 of the 8 pings, chosen by its seed, and answers each of the others once the next ping has arrived"),
        run,
      );
      check.transcript.note(t("the seed picked pings {numbers} to drop", { numbers: dropped.join(", ") }));
      await pingsArrive(check, peer, pinger, run);
      await endsAfterTheLastPing(check, pinger, true, run);
      await expectNoCrash(check, pinger);
      await expectPingLines(check, pinger, peer, run, (seq) => !dropped.includes(seq));
      await expectStatistics(check, pinger, run, run.count - dropped.length);
    },
  },
  {
    id: "statistics-without-a-reply",
    title: t("prints statistics without NaN when the server drops every ping, and exits with an error code"),
    needs: ["ping", "summarise"],
    async run(check) {
      // --timeout-ms 1, the least allowed: every ping is dropped anyway.
      const run = { count: 3, intervalMs: 20, timeoutMs: 1 };
      const every = [1, 2, 3];
      const { peer, pinger } = await pingerAgainst(check, "statistics-without-a-reply", { drop: { numbers: every, why: t("every one, on purpose") } }, t("start a UDP server that drops every datagram"), run);
      await pingsArrive(check, peer, pinger, run);
      await endsAfterTheLastPing(check, pinger, true, run);
      await expectNoCrash(check, pinger);
      await expectPingLines(check, pinger, peer, run, () => false);
      await expectStatistics(check, pinger, run, 0);
    },
  },
  {
    id: "waits-as-long-as-timeout-ms",
    title: t("waits --timeout-ms for a reply: a reply held back 1.3 s still counts with --timeout-ms 4000"),
    needs: ["ping"],
    async run(check) {
      const run = { count: 1, intervalMs: 20, timeoutMs: 4_000 };
      const hold = new Map([[1, { until: () => new Promise((resolve) => setTimeout(resolve, SLOW_REPLY_MS)), why: t("a slow server") }]]);
      const { peer, pinger } = await pingerAgainst(check, "waits-as-long-as-timeout-ms", { upperCase: true, hold }, t("start a UDP echo server that holds its reply back {ms} ms", { ms: SLOW_REPLY_MS }), run);
      await pingsArrive(check, peer, pinger, run);
      await endsAfterTheLastPing(check, pinger, true, run);
      await expectNoCrash(check, pinger);
      await expectPingLines(check, pinger, peer, run, everyReply);
      await expectStatistics(check, pinger, run, 1);
    },
  },
  {
    id: "ignores-a-late-reply",
    title: t("does not take ping 1's late reply, arriving while ping 2 waits, for ping 2's"),
    needs: ["ping"],
    startsEarly: true,
    async run(check) {
      const run = { count: 3, intervalMs: 1_000, timeoutMs: 1_500 };
      const { peer, pinger } = await pingerAgainst(
        check,
        "ignores-a-late-reply",
        (_peer, pinger) => ({
          upperCase: true,
          drop: { numbers: [2], why: t("on purpose") },
          hold: new Map([[1, { until: () => pinger().waitForLine(/\bseq=1\b/, t("your line for ping 1"), DEADLINES.ready), why: t("your pinger gave ping 1 up") }]]),
        }),
        t("start a UDP echo server that answers ping 1 only after your pinger gave it up, drops ping 2, and answers ping 3"),
        run,
      );
      await pingsArrive(check, peer, pinger, run);
      await endsAfterTheLastPing(check, pinger, true, run);
      await expectNoCrash(check, pinger);
      const late = peer.answerTo(1);
      const second = peer.received[1];
      // By the pinger's own clock (the TIME each ping carries, which no load can squeeze): a pinger
      // that sent ping 2 with ping 1 gave both up together, and ping 1's late reply could not come
      // while ping 2 waited. That is the pinger's doing, not the machine's.
      const [one, two] = [pingIn(peer, 1), pingIn(peer, 2)];
      if (one && two && two.sentAt - one.sentAt < run.intervalMs / 2) {
        throw new CheckFailure(
          t("Your pinger sent ping 2 only {ms} ms after ping 1 (by the TIME they carry), not --interval-ms {interval} after it, so the grader could not send ping 1's late reply while ping 2 waited. Wait --interval-ms between pings.", {
            ms: two.sentAt - one.sentAt,
            interval: run.intervalMs,
          }),
        );
      }
      // The provocation, proven: the late reply went out while ping 2 was still waiting.
      if (!late || !second || late.at > second.at + run.timeoutMs) {
        throw new Error(t("the machine was too slow to send ping 1's late reply while ping 2 was still waiting; grade again"));
      }
      check.transcript.note(t("ping 1's reply went out {ms} ms after ping 2 arrived, while ping 2 still had its --timeout-ms to wait", { ms: Math.round(late.at - second.at) }));
      await expectPingLines(check, pinger, peer, run, (seq) => seq === 3);
      await expectStatistics(check, pinger, run, 1);
    },
  },
  {
    id: "counts-a-duplicate-once",
    title: t("counts a reply that arrives twice once"),
    needs: ["ping", "summarise"],
    async run(check) {
      const run = { count: 4, intervalMs: 50, timeoutMs: LONG_TIMEOUT_MS };
      const { peer, pinger } = await pingerAgainst(check, "counts-a-duplicate-once", { upperCase: true, twice: "all" }, t("start a UDP echo server that sends every reply twice"), run);
      await pingsArrive(check, peer, pinger, run);
      await endsAfterTheLastPing(check, pinger, false, run);
      await expectNoCrash(check, pinger);
      await expectPingLines(check, pinger, peer, run, everyReply);
      await expectStatistics(check, pinger, run, run.count);
    },
  },
  {
    id: "matches-replies-by-sequence-number",
    title: t("matches replies that come back out of order to their pings by sequence number"),
    needs: ["ping"],
    async run(check) {
      const run = { count: 3, intervalMs: 200, timeoutMs: LONG_TIMEOUT_MS };
      const { peer, pinger } = await pingerAgainst(
        check,
        "matches-replies-by-sequence-number",
        (peer) => ({
          upperCase: true,
          // Every reply waits for ping 3, so all three pings are waiting when the first reply comes
          // however busy the machine is, and each is held far longer than the one before it: a
          // pinger that guesses (the newest, the oldest) prints a round trip shorter than a hold.
          hold: new Map([
            [1, { until: () => peer().whenReceived(3).then(() => delay(REORDER_HOLD_MS)), why: t("ping 3 arrived and was answered, and {ms} ms more", { ms: REORDER_HOLD_MS }) }],
            [2, { until: () => peer().whenReceived(3), why: t("ping {n} arrived", { n: 3 }) }],
            [3, { until: () => peer().whenAnswered(2).then(() => delay(REORDER_HOLD_MS / 2)), why: t("ping 2 was answered, and {ms} ms more", { ms: REORDER_HOLD_MS / 2 }) }],
          ]),
        }),
        t("start a UDP echo server that answers nothing before ping 3 has arrived, then ping 2, ping 3 later, and ping 1 last"),
        run,
      );
      await pingsArrive(check, peer, pinger, run);
      await endsAfterTheLastPing(check, pinger, false, run);
      await expectNoCrash(check, pinger);
      const output = await expectPingLines(check, pinger, peer, run, everyReply);
      await check.expect(t("the round trip of each ping is at least the time the server held its reply"), () => {
        for (const ping of output.pings) {
          const sent = pingIn(peer, ping.seq);
          const answered = peer.answerTo(ping.seq);
          if (!sent || !answered || ping.rttMs === undefined) continue;
          // Timed from the TIME the pinger itself stamped, so a grader slow to see the ping arrive cannot shrink the hold;
          // less CLOCK_SLACK_MS, as TIME is whole milliseconds of another clock.
          const held = sinceSent(answered, sent) - CLOCK_SLACK_MS;
          if (ping.rttMs + 0.001 < held) {
            throw new CheckFailure(
              t("Your pinger printed rtt={rtt} ms for ping {seq}, but the server held that reply back {held} ms: the round trip cannot be shorter. A reply was taken for the wrong ping: read N from the reply.", {
                rtt: ping.rttMs,
                seq: ping.seq,
                held: held.toFixed(3),
              }),
            );
          }
        }
      });
      await expectStatistics(check, pinger, run, run.count);
    },
  },
  {
    id: "ignores-a-stranger",
    title: t("ignores datagrams that look like replies but come from another port or another address"),
    needs: ["ping"],
    async run(check) {
      const other = await check.act(t("find a loopback address other than 127.0.0.1"), async () => {
        const found = await anotherLoopbackHost();
        if (found === undefined || isIP(found) !== 4) check.transcript.note(t("this machine has no other IPv4 loopback address: both strangers use another port"));
        return found !== undefined && isIP(found) === 4 ? found : undefined;
      });
      const run = { count: 4, intervalMs: 100, timeoutMs: 2_000 };
      const strangers = new Map([
        [2, {}],
        [3, other === undefined ? {} : { host: other }],
      ]);
      const { peer, pinger } = await pingerAgainst(
        check,
        "ignores-a-stranger",
        { upperCase: true, strangerAnswers: strangers },
        t("start a UDP echo server that lets a stranger answer ping 2 from another port, and ping 3 from another address"),
        run,
      );
      await pingsArrive(check, peer, pinger, run);
      await endsAfterTheLastPing(check, pinger, true, run);
      await expectNoCrash(check, pinger);
      await expectPingLines(check, pinger, peer, run, (seq) => !strangers.has(seq));
      await expectStatistics(check, pinger, run, 2);
    },
  },
  {
    id: "measures-sub-millisecond-rtts",
    title: t("measures round trips finer than a millisecond"),
    needs: ["ping"],
    async run(check) {
      // --interval-ms 0: all ten leave at once, which is allowed.
      const run = { count: 10, intervalMs: 0, timeoutMs: LONG_TIMEOUT_MS };
      const { peer, pinger } = await pingerAgainst(check, "measures-sub-millisecond-rtts", {}, t("start a UDP echo server"), run);
      await pingsArrive(check, peer, pinger, run);
      await endsAfterTheLastPing(check, pinger, false, run);
      const output = await expectPingLines(check, pinger, peer, run, everyReply);
      await check.expect(t("its round trips are not all whole milliseconds"), () => {
        const rtts = output.pings.map((ping) => ping.rttMs ?? 0);
        if (rtts.every((rtt) => Number.isInteger(rtt))) {
          throw new CheckFailure(t("All {count} of your round trips are whole milliseconds ({rtts}): Date.now() counts only those. Measure with performance.now() and print three decimals.", { count: rtts.length, rtts: rtts.join(", ") }));
        }
      });
    },
  },
  {
    id: "pings-the-host-it-is-given",
    title: t("pings the address given with --host"),
    needs: ["ping"],
    async run(check) {
      const host = await otherLoopbackHost(check);
      const run = { count: 2, intervalMs: 20, timeoutMs: 3_000, host };
      const { peer, pinger } = await pingerAgainst(check, "pings-the-host-it-is-given", { upperCase: true }, t("start a UDP echo server on {host}", { host }), run);
      await pingsArrive(check, peer, pinger, run);
      await endsAfterTheLastPing(check, pinger, false, run);
      await expectNoCrash(check, pinger);
      await expectPingLines(check, pinger, peer, run, everyReply);
      await expectStatistics(check, pinger, run, run.count);
    },
  },
  {
    id: "waits-the-interval-between-pings",
    title: t("sends ping 2 --interval-ms after ping 1 (1300 ms, longer than the default)"),
    needs: ["ping"],
    async run(check) {
      const run = { count: 2, intervalMs: 1_300, timeoutMs: LONG_TIMEOUT_MS };
      const { peer, pinger } = await pingerAgainst(check, "waits-the-interval-between-pings", {}, t("start a UDP echo server"), run);
      await pingsArrive(check, peer, pinger, run);
      await endsAfterTheLastPing(check, pinger, false, run);
      await check.expect(t("the TIME of ping 2 is at least {ms} ms after ping 1's", { ms: run.intervalMs }), () => {
        const times = peer.received.map((datagram) => Number(/^Ping \d+ (\d+)$/.exec(datagram.bytes.toString("utf8"))?.[1]));
        const gap = times[1]! - times[0]!;
        // Date.now() counts whole milliseconds: a gap of 1300.2 ms may show as 1299.
        if (!(gap >= run.intervalMs - 1)) {
          throw new CheckFailure(t("Ping 2 left {gap} ms after ping 1 (by the times they carry), but --interval-ms was {ms}: wait the interval you are given between pings.", { gap, ms: run.intervalMs }));
        }
      });
    },
  },
  {
    id: "ends-cleanly-without-a-server",
    title: t("ends by itself, with a message naming the port, when no server is there at all"),
    needs: ["ping"],
    async run(check) {
      const port = await check.act(t("find a UDP port where nothing listens"), () => unusedUdpPort(check.transcript));
      const run = { count: 3, intervalMs: 100, timeoutMs: 400 };
      const args = pingerArgs(port, run);
      const pinger = await check.act(t("run your pinger with {args}", { args: commandLine(args) }), () => check.launch("pinger.ts", args));
      await expectCleanFailure(check, pinger, t("pinging a port where nothing listens"), {
        mentions: [{ text: String(port), what: t("the port") }],
        printsWithin: DEADLINES.ready,
        ms: run.count * run.timeoutMs + ENDS_AFTER_WORK_MS,
      });
      await check.expect(t("it prints no NaN, Infinity or undefined"), () => {
        const bad = /\b(NaN|-?Infinity|undefined)\b/.exec(pinger.output);
        if (bad) throw new CheckFailure(t("Your pinger printed {word}. With no reply there is no minimum or average: say so instead of computing one from nothing.", { word: bad[1]! }));
      });
    },
  },
  {
    id: "refuses-bad-options",
    title: t("refuses --count 0, --interval-ms -1, --timeout-ms 0, --port 0 or 70000 and --host localhost with a message that names the option, and accepts --port 1 and 65535"),
    needs: ["ping"],
    async run(check) {
      // A server that drops everything, so a pinger that accepts a bad value sends nowhere else.
      const peer = await check.act(t("start a UDP server that drops every datagram"), () =>
        startDatagramPeer(check, () => ({ fate: t("dropped (on purpose)"), dropped: true }), { purpose: "refuses-bad-options" }),
      );
      const good = { count: 1, intervalMs: 20, timeoutMs: 300 };
      const cases = [
        { args: [...pingerArgs(peer.port, good), "--count", "0"], option: "--count" },
        { args: [...pingerArgs(peer.port, good), "--interval-ms=-1"], option: "--interval-ms" },
        { args: [...pingerArgs(peer.port, good), "--timeout-ms", "0"], option: "--timeout-ms" },
        { args: [...pingerArgs(peer.port, good), "--port", "0"], option: "--port" },
        { args: [...pingerArgs(peer.port, good), "--port", "70000"], option: "--port" },
        // A name, not an address: replies are recognised by their address. (localhost stays on this machine.)
        { args: [...pingerArgs(peer.port, good), "--host", "localhost"], option: "--host" },
      ];
      const pingers = await Promise.all(cases.map((bad) => check.act(t("run your pinger with {args}", { args: commandLine(bad.args) }), () => check.launch("pinger.ts", bad.args))));
      for (const [index, bad] of cases.entries()) {
        await expectCleanFailure(check, pingers[index]!, t("a bad value for {option}", { option: bad.option }), { mentions: [{ text: bad.option, what: t("the option") }] });
      }
      // The boundaries are allowed: a pinger given --port 1 or --port 65535 sends to it.
      for (const port of [1, 65535]) {
        // Another grading on this machine may be trying the same boundary right now: wait for the port a while.
        const edge = await check.act(t("start a UDP server that drops every datagram on port {port}, if it is free", { port }), () =>
          pollUntil(DEADLINES.ready, t("port {port} to be free", { port }), () =>
            startDatagramPeer(check, () => ({ fate: t("dropped (on purpose)"), dropped: true }), { purpose: "refuses-bad-options", port }).catch(() => undefined),
          ).catch(() => undefined),
        );
        if (!edge) {
          check.transcript.note(t("port {port} is not free here (or needs more rights): its boundary is not tried", { port }));
          continue;
        }
        const args = pingerArgs(port, good);
        const pinger = await check.act(t("run your pinger with {args}", { args: commandLine(args) }), () => check.launch("pinger.ts", args));
        await check.expect(t("it accepts --port {port} and pings it", { port }), async () => {
          await Promise.race([edge.whenReceived(1, DEADLINES.ready), pinger.waitForExit(DEADLINES.ready)]).catch(() => undefined);
          if (edge.received.length === 0) throw new CheckFailure(t("Your pinger sent nothing to --port {port}, though ports go from 1 to 65535: allow both ends.", { port }));
        });
      }
    },
  },
];
