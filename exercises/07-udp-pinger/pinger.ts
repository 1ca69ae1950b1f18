// Exercise 07: the textbook's UDP pinger, done right.
//
// UDP delivers datagrams, not a stream: each one arrives whole, or not at all, maybe twice, maybe
// after the one sent after it, maybe from someone you never wrote to. The pinger sends `count`
// numbered pings, one every `intervalMs`, gives each `timeoutMs` to be answered, and then prints
// what it learnt: how many came back, and how long the round trips took.
//
// What the grader reads (the contract; every other word is yours, in any language):
//   - ping N is one datagram, the text `Ping N TIME`: N counts from 1, TIME is Date.now() when it
//     is sent (milliseconds since 1970, as the textbook's pinger sends the clock time);
//   - a reply to ping N is a datagram from the host and port you pinged that reads `Ping N …` in
//     any letter case (the textbook's server answers in upper case);
//   - one line per ping, containing `seq=N`, and for a reply `rtt=X ms` (X in milliseconds, with
//     three decimals); a ping with no reply in time gets a line with `seq=N` and no `rtt=`;
//   - then the statistics: `sent=S received=R loss=L%` (L rounded to one decimal), and, when
//     R > 0, `min=A avg=B max=C ms`;
//   - exit code 0 when some reply came, 1 when none did or the options were wrong.
//
// Run it by hand against a UDP echo server (socat upper-cases, like the textbook's server):
//   socat UDP4-RECVFROM:12000,bind=127.0.0.1,fork SYSTEM:'tr a-z A-Z'
//   npx tsx exercises/07-udp-pinger/pinger.ts --count 4 --interval-ms 500
import { createSocket } from "node:dgram";
import { isIP } from "node:net";
import { parseArgs } from "node:util";

export interface PingOptions {
  /** The server's IP address (an address, not a name: replies are recognised by it). */
  host: string;
  port: number;
  /** How many pings to send. */
  count: number;
  /** Time between one ping leaving and the next. */
  intervalMs: number;
  /** How long each ping waits for its reply, counted from when it left. */
  timeoutMs: number;
}

export interface PingStatistics {
  sent: number;
  received: number;
  /** (sent - received) / sent, in percent. */
  lossPercent: number;
  /** Round-trip times in milliseconds; undefined when no reply came. */
  minMs: number | undefined;
  avgMs: number | undefined;
  maxMs: number | undefined;
}

/** The sequence number of a reply (`Ping 3 1764…`, any case), or undefined when it is not one. */
export function replySequence(text: string): number | undefined {
  const match = /^ping (\d+) /i.exec(text);
  return match ? Number(match[1]) : undefined;
}

/**
 * The statistics of a run that sent `sent` pings: `rtts[N - 1]` is ping N's round-trip time in
 * milliseconds, or undefined when it got no reply.
 */
export function summarise(rtts: (number | undefined)[], sent: number): PingStatistics {
  // TODO: write summarise. Read lessons/07-udp-pinger.md first; these steps get you there:
  //   1. received is how many entries of rtts are numbers.
  //   2. lossPercent is (sent - received) / sent * 100.
  //   3. min, avg and max are over the numbers only. With no reply at all they are undefined:
  //      Math.min() of nothing is Infinity, and 0 / 0 is NaN, and neither is a round-trip time.
  throw new Error("TODO: write summarise (see lessons/07-udp-pinger.md)");
}

/**
 * Sends `count` pings to host:port over UDP, prints one line per ping as its reply arrives or its
 * time runs out, and resolves with the statistics once every ping is answered or timed out. It
 * leaves nothing running: every timer cleared, the socket closed.
 */
export function ping(options: PingOptions): Promise<PingStatistics> {
  // TODO: write ping. Read lessons/07-udp-pinger.md first; these steps get you there:
  //   1. `createSocket("udp4")` from node:dgram (or "udp6" for an IPv6 host). You need no bind: the
  //      first send gives the socket a port of its own, and replies come back to it.
  //   2. Send ping N with `socket.send(text, port, host)`, N from 1 to count, the next one intervalMs
  //      after it (setTimeout). Note `performance.now()` as it leaves: Date.now() counts whole
  //      milliseconds, and a round trip on one machine takes a fraction of one.
  //   3. Keep the pings still waiting in a Map from N to { sentAt, timer }. The timer (timeoutMs)
  //      prints the "timed out" line and removes N from the Map.
  //   4. On "message" (bytes, from): ignore it unless from.address and from.port are the server's,
  //      and its sequence number (replySequence) is in the Map. A late reply, a second copy, or a
  //      stranger's datagram is not in it. Otherwise: rtt = performance.now() - sentAt, clear the
  //      timer, remove N, print the line.
  //   5. When the last ping has left and the Map is empty, close the socket and resolve with
  //      summarise(...). Handle "error" too: close, clear the timers, reject with a sentence.
  throw new Error("TODO: write ping (see lessons/07-udp-pinger.md)");
}

/** The statistics as the contract says: `sent= received= loss=%`, then `min= avg= max= ms` when there are round trips. */
export function formatStatistics(stats: PingStatistics, options: PingOptions): string {
  const loss = Number(stats.lossPercent.toFixed(1));
  const lines = [`--- ${options.host}:${options.port} ping statistics ---`, `sent=${stats.sent} received=${stats.received} loss=${loss}%`];
  if (stats.minMs === undefined || stats.avgMs === undefined || stats.maxMs === undefined) lines.push("no round-trip times: no reply came");
  else lines.push(`rtt min=${stats.minMs.toFixed(3)} avg=${stats.avgMs.toFixed(3)} max=${stats.maxMs.toFixed(3)} ms`);
  return lines.join("\n");
}

/** Reads --host, --port, --count, --interval-ms and --timeout-ms, with the textbook's values as defaults. */
export function readOptions(args: string[]): PingOptions {
  const { values } = parseArgs({
    args,
    options: {
      host: { type: "string", default: "127.0.0.1" },
      port: { type: "string", default: "12000" },
      count: { type: "string", default: "10" },
      "interval-ms": { type: "string", default: "1000" },
      "timeout-ms": { type: "string", default: "1000" },
    },
  });
  const port = Number(values.port);
  const count = Number(values.count);
  const intervalMs = Number(values["interval-ms"]);
  const timeoutMs = Number(values["timeout-ms"]);
  if (isIP(values.host) === 0) throw new Error(`--host must be an IP address such as 127.0.0.1, not "${values.host}"`);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`--port must be a whole number from 1 to 65535, not "${values.port}"`);
  if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a whole number of pings, at least 1, not "${values.count}"`);
  if (!Number.isInteger(intervalMs) || intervalMs < 0) throw new Error(`--interval-ms must be a whole number of milliseconds, 0 or more, not "${values["interval-ms"]}"`);
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1) throw new Error(`--timeout-ms must be a positive number of milliseconds, not "${values["timeout-ms"]}"`);
  return { host: values.host, port, count, intervalMs, timeoutMs };
}

async function main(): Promise<void> {
  try {
    const options = readOptions(process.argv.slice(2));
    const stats = await ping(options);
    console.log(formatStatistics(stats, options));
    if (stats.received === 0) {
      console.error(`error: no reply from ${options.host}:${options.port}. Is a UDP echo server running there?`);
      process.exitCode = 1;
    }
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

await main();
