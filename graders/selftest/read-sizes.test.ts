// Off Linux (and with LAB_NO_PROC=1) a split message is split for sure because the program's own
// socket reports what it read (graders/harness/read-sizes.ts): the grader sends the next piece
// only then. Proven on a program that has no core for 300 ms after every read, longer than any
// timed window the grader could afford, and still reads every piece on its own.
import { execPath } from "node:process";
import { expect, test } from "vitest";
import { CAN_SEE_RECEIVE_QUEUES } from "../harness/kernel.ts";
import { StudentProcess } from "../harness/launch.ts";
import { PRELOAD_URL, REPORTS_READ_SIZES } from "../harness/read-sizes.ts";
import { SETTLE_MS, Transcript } from "../harness/transcript.ts";
import { connectTo } from "../harness/wire.ts";

test(`the pieces of a split message reach a busy program in reads of their own (the ${CAN_SEE_RECEIVE_QUEUES ? "kernel's receive queue" : "program's read reports"})`, async () => {
  const busyMs = SETTLE_MS + 50;
  const script = [
    "const sizes = [];",
    "const server = require('node:net').createServer((socket) => socket.on('data', (chunk) => {",
    "  sizes.push(chunk.length);",
    `  const until = Date.now() + ${busyMs}; while (Date.now() < until) {} // no core for a while`,
    "  if (sizes.reduce((sum, size) => sum + size, 0) >= 8) { console.log(`sizes ${sizes.join(',')}`); socket.end(); }",
    "}));",
    "server.listen(0, '127.0.0.1', () => console.log(`port ${server.address().port}`));",
  ].join("\n");
  const transcript = new Transcript();
  const args = REPORTS_READ_SIZES ? ["--import", PRELOAD_URL, "-e", script] : ["-e", script];
  const program = new StudentProcess(execPath, args, transcript, {}, "a busy reader");
  try {
    const port = Number((await program.waitForLine(/^port (\d+)$/, "the port", 10_000))?.[1]);
    const conversation = await connectTo(port, transcript);
    await conversation.sendInPieces(["ab", "cd", "ef", "gh"]);
    const sizes = await program.waitForLine(/^sizes (.+)$/, "the sizes read", 20_000);
    expect(sizes?.[1], program.output).toBe("2,2,2,2");
    conversation.close();
  } finally {
    await program.kill();
  }
}, 30_000);

test("the read reports are there exactly where the kernel cannot be asked", () => {
  expect(REPORTS_READ_SIZES).toBe(!CAN_SEE_RECEIVE_QUEUES);
});
