// The interop tier for STUN (exercise 13): the reference stun.ts gets its mapped address from
// Debian's coturn (`turnserver --stun-only`) and from stund (package stun-server), and coturn's
// own client, turnutils_stunclient, reads the right mapped address from the grader's STUN server
// (graders/peers/stun-server.ts): that proves the grader's STUN is the real thing, not only
// what the reference understands. Each is skipped, with a note, where the program is missing.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { CheckContext } from "../harness/check.ts";
import { DatagramSocket, unusedUdpPort } from "../harness/datagram.ts";
import { pollUntil } from "../harness/deadline.ts";
import { KIT_ROOT } from "../harness/static.ts";
import { decodeStunMessage, encodeStunMessage, mapped, readAddressValue, STUN_ATTRIBUTES, STUN_TYPES, startStunServer, xorMapped } from "../peers/stun-server.ts";

// stund lives in /usr/sbin, which a user's PATH may not have.
const has = (command: string) => spawnSync("sh", ["-c", `PATH="$PATH:/usr/sbin" command -v ${command}`]).status === 0;
const program = (command: string) => (spawnSync("sh", ["-c", `command -v ${command}`]).status === 0 ? command : `/usr/sbin/${command}`);
const SOLUTION = join(KIT_ROOT, "solutions", "13-rendezvous");

/**
 * Waits until a STUN server on `port` answers a Binding request of the grader's own making, and
 * returns the address it mapped the grader's socket to (read with the grader's own decoder).
 */
async function waitForStun(check: CheckContext, port: number): Promise<{ mapped: string; probe: string }> {
  const probe = await DatagramSocket.open(check.transcript, { me: "grader", them: "peer" });
  check.defer(() => probe.close());
  const id = randomBytes(12);
  const request = encodeStunMessage({ type: STUN_TYPES.bindingRequest, transactionId: id });
  const answer = await pollUntil(10_000, `the STUN server on port ${port}`, async () => {
    await probe.send(request, { address: "127.0.0.1", port });
    await probe.waitForDatagrams(1, "a Binding response", 300).catch(() => undefined);
    return probe.received[0];
  });
  const message = decodeStunMessage(answer.bytes);
  expect(message?.type).toBe(STUN_TYPES.bindingSuccess);
  expect(message?.transactionId.equals(id)).toBe(true);
  const xor = message?.attributes.find((attribute) => attribute.type === STUN_ATTRIBUTES.xorMappedAddress);
  const plain = message?.attributes.find((attribute) => attribute.type === STUN_ATTRIBUTES.mappedAddress);
  const found = xor ? readAddressValue(xor.value, true) : plain ? readAddressValue(plain.value, false) : undefined;
  return { mapped: found ? `${found.address}:${found.port}` : "none", probe: probe.address };
}

const SERVERS = [
  {
    name: "coturn (turnserver --stun-only)",
    command: "turnserver",
    args: (port: number) => ["-n", "--listening-ip=127.0.0.1", `--listening-port=${port}`, "--stun-only", "--no-cli", "--no-tls", "--no-dtls", "--log-file=stdout", "--simple-log"],
  },
  // stund needs a second address and port (RFC 3489's CHANGE-REQUEST); 127.0.0.2 is loopback too.
  { name: "stund (RFC 3489 style: MAPPED-ADDRESS first)", command: "stund", args: (port: number) => ["-h", "127.0.0.1", "-a", "127.0.0.2", "-p", String(port), "-o", String(port + 1)] },
];

describe("interop: the reference STUN client against Debian's STUN servers", () => {
  let check: CheckContext;
  afterEach(() => check.cleanup());

  for (const server of SERVERS) {
    test.skipIf(!has(server.command))(`gets its mapped address from ${server.name}`, async () => {
      check = new CheckContext(SOLUTION);
      const port = await unusedUdpPort(check.transcript);
      check.launchCommand(program(server.command), server.args(port));
      const ready = await waitForStun(check, port);
      // The grader's decoder reads the server's answer as the address the grader's socket has.
      expect(ready.mapped).toBe(ready.probe);
      // A port of its own, so the mapped address the reference prints is known in advance.
      const local = await unusedUdpPort(check.transcript);
      const stun = await check.launch("stun.ts", ["--server", `127.0.0.1:${port}`, "--port", String(local), "--rto-ms", "200"]);
      const status = await stun.waitForExit(20_000);
      expect(stun.stdout).toContain(`127.0.0.1:${local}`);
      expect(status.code).toBe(0);
    });
    test.runIf(!has(server.command))(`interop with ${server.command} is skipped: it is not installed`, () => {
      console.warn(`Skipping the STUN interop check with ${server.command}: it was not found (PEERS.md says which Debian package has it).`);
    });
  }
});

describe("interop: coturn's turnutils_stunclient against the grader's STUN server", () => {
  let check: CheckContext;
  afterEach(() => check.cleanup());

  const SCRIPTS = [
    { name: "XOR-MAPPED-ADDRESS with the source address", script: {}, claims: undefined },
    // An address and a port whose bytes differ from the source's: every XORed bit is tested.
    { name: "XOR-MAPPED-ADDRESS with another address", script: { reportAs: () => ({ address: "127.45.67.89", port: 54321 }) }, claims: "127.45.67.89:54321" },
    { name: "MAPPED-ADDRESS and XOR-MAPPED-ADDRESS", script: { attributes: [mapped(), xorMapped()], reportAs: () => ({ address: "127.98.76.5", port: 1234 }) }, claims: "127.98.76.5:1234" },
  ];

  for (const { name, script, claims } of SCRIPTS) {
    test.skipIf(!has("turnutils_stunclient"))(`reads ${name}`, async () => {
      check = new CheckContext(SOLUTION);
      const server = await startStunServer(check, script);
      const client = check.launchCommand("turnutils_stunclient", ["-p", String(server.port), "127.0.0.1"]);
      const status = await client.waitForExit(20_000);
      expect(status.code).toBe(0);
      const requests = await server.whenRequests(1);
      const expected = claims ?? `${requests[0]!.source.address}:${requests[0]!.source.port}`;
      expect(client.stdout).toContain(`reflexive addr: ${expected}`);
    });
  }
  test.runIf(!has("turnutils_stunclient"))("interop with turnutils_stunclient is skipped: it is not installed", () => {
    console.warn("Skipping the STUN interop check with turnutils_stunclient: it was not found (coturn has it).");
  });
});
