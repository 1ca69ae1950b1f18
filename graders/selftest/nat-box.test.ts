// The grader's NAT box (graders/peers/nat-box.ts) and its shim, with a real program behind it:
// what the program sees is what a real network would give (rinfo is the real sender, the payload
// whole), what it sends leaves from its mapping's outside port, a stranger is dropped and the
// transcript says so, and a hole that nothing goes out through closes after the box's idle time.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { CheckContext } from "../harness/check.ts";
import { DatagramSocket } from "../harness/datagram.ts";
import { NatBox } from "../peers/nat-box.ts";

const PROGRAM = `import { createSocket } from "node:dgram";
const [host, port] = process.argv[2]!.split(":");
const socket = createSocket("udp4");
socket.on("message", (message, rinfo) => {
  console.log(\`got \${message.toString("utf8")} from \${rinfo.address}:\${rinfo.port} size \${rinfo.size}\`);
  if (message.toString("utf8") === "hi") socket.send("echo hi", rinfo.port, rinfo.address);
});
socket.bind(0, "127.0.0.1", () => {
  console.log(\`bound \${socket.address().port}\`);
  socket.send("hello 안녕", Number(port), host);
});
`;

describe("the NAT box", () => {
  const directory = mkdtempSync(join(tmpdir(), "app-layer-lab-nat-"));
  writeFileSync(join(directory, "behind.ts"), PROGRAM);
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  test("maps a program's socket to another port, lets in only whom it sent to, and forgets an idle hole", async () => {
    const check = new CheckContext(directory);
    try {
      const box = await NatBox.start(check, { idleMs: 2_000 });
      const grader = await DatagramSocket.open(check.transcript, { peer: "grader" });
      check.defer(() => grader.close());
      const program = await check.launch("behind.ts", [grader.address], {}, box.setting());
      const [hello] = await grader.waitForDatagrams(1, "hello");
      const bound = Number((await program.waitForLine(/^bound (\d+)$/, "bound"))![1]);
      expect(hello!.bytes.toString("utf8")).toBe("hello 안녕");
      const mapping = box.mappings[0]!;
      expect(mapping.inside.port).toBe(bound);
      expect(hello!.port).toBe(mapping.outside.port);
      expect(mapping.outside.port).not.toBe(bound);

      const stranger = await DatagramSocket.open(check.transcript, { peer: "stranger" });
      check.defer(() => stranger.close());
      await stranger.send("intruder", mapping.outside);
      await box.waitFor("the stranger's drop", () => (box.dropped.length > 0 ? true : undefined));
      await grader.send("hi", mapping.outside);
      await program.waitForLine(/^got hi /, "hi");
      expect(program.stdout).toContain(`got hi from 127.0.0.1:${grader.port} size 2`);
      expect(program.stdout).not.toContain("intruder");
      expect(check.transcript.events.some((event) => event.dropped && event.peer === box.name)).toBe(true);
      const [, echo] = await grader.waitForDatagrams(2, "echo");
      expect(echo!.bytes.toString("utf8")).toBe("echo hi");

      await box.waitFor("the hole to close", () => (box.lapses.length > 0 ? true : undefined), 10_000);
      await grader.send("late", mapping.outside);
      await box.waitFor("the late datagram's drop", () => (box.dropped.length > 1 ? true : undefined));
      expect(program.stdout).not.toContain("late");
    } finally {
      await check.cleanup();
    }
  });
});
