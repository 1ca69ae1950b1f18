// The interop tier for UDP: the reference pinger of exercise 07 against Debian's own echo
// servers (PEERS.md): socat forking `tr a-z A-Z` per datagram, like the textbook's upper-case
// server, and coturn's turnutils_peer, a plain echo. Each is skipped, with a note, where the
// program is missing.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { CheckContext } from "../harness/check.ts";
import { DatagramSocket, unusedUdpPort } from "../harness/datagram.ts";
import { pollUntil } from "../harness/deadline.ts";
import { KIT_ROOT } from "../harness/static.ts";

const has = (command: string) => spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;

/** Waits until an echo server on `port` answers a probe datagram: it is bound and serving. */
async function waitForEcho(check: CheckContext, port: number): Promise<void> {
  const probe = await DatagramSocket.open(check.transcript, { me: "grader", them: "peer" });
  check.defer(() => probe.close());
  await pollUntil(10_000, `the echo server on port ${port}`, async () => {
    await probe.send("ready?", { address: "127.0.0.1", port });
    await probe.waitForDatagrams(1, "an echo", 300).catch(() => undefined);
    return probe.received.length > 0 ? true : undefined;
  });
}

const PEERS = [
  { name: "socat (upper case, a process per datagram)", command: "socat", args: (port: number) => [`UDP4-RECVFROM:${port},bind=127.0.0.1,fork`, "SYSTEM:tr a-z A-Z"] },
  { name: "turnutils_peer (coturn's echo)", command: "turnutils_peer", args: (port: number) => ["-L", "127.0.0.1", "-p", String(port)] },
];

describe("interop: the reference pinger against Debian's UDP echo servers", () => {
  let check: CheckContext;
  afterEach(() => check.cleanup());

  for (const peer of PEERS) {
    test.skipIf(!has(peer.command))(`pings ${peer.name}`, async () => {
      check = new CheckContext(join(KIT_ROOT, "solutions", "07-udp-pinger"));
      const port = await unusedUdpPort(check.transcript);
      check.launchCommand(peer.command, peer.args(port));
      await waitForEcho(check, port);
      // socat starts a process per datagram (75-150 ms a round trip): a generous --timeout-ms.
      const pinger = await check.launch("pinger.ts", ["--port", String(port), "--count", "3", "--interval-ms", "50", "--timeout-ms", "5000"]);
      const status = await pinger.waitForExit(30_000);
      expect(pinger.stdout.match(/seq=\d+ rtt=\d+\.\d{3} ms/g)).toHaveLength(3);
      expect(pinger.stdout).toContain("sent=3 received=3 loss=0%");
      expect(status.code).toBe(0);
    });
    test.runIf(!has(peer.command))(`interop with ${peer.command} is skipped: it is not installed`, () => {
      console.warn(`Skipping the UDP interop check with ${peer.command}: it was not found (PEERS.md says which Debian package has it).`);
    });
  }
});
