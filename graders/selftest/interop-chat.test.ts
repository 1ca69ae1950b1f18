// The interop tier for exercise 10: people chat through the reference server with netcat
// (nc -N) and socat, two independent clients nobody on the team wrote, each seeing the other's
// lines as [name] text, never its own, and the joins and leaves between. Each test is skipped,
// with a note, where its program is missing (PEERS.md names the Debian packages: netcat-openbsd,
// socat).
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { CheckContext } from "../harness/check.ts";
import { KIT_ROOT } from "../harness/static.ts";

const SOLUTION = join(KIT_ROOT, "solutions", "10-chat");
// OpenBSD's netcat has -N (half-close when stdin ends); other netcats do not, and would hang.
const hasNetcat = process.platform !== "win32" && spawnSync("nc", ["-h"], { encoding: "utf8" }).stderr?.includes("OpenBSD") === true;
const hasSocat = process.platform !== "win32" && spawnSync("socat", ["-V"]).status === 0;
const PROMPT = "Welcome to the chat! What is your name? (1 to 16 letters or digits)\n";

let check: CheckContext;
afterEach(() => check.cleanup());

/** Starts the reference chat server on a free port, and returns its port. */
async function startReference(): Promise<string> {
  check = new CheckContext(SOLUTION);
  const server = await check.launch("chat-server.ts", ["--port", "0"]);
  const ready = await server.waitForLine(/listening on 127\.0\.0\.1:(\d+)$/, "the reference server to listen");
  return ready![1]!;
}

describe.skipIf(!hasNetcat || !hasSocat)("a conversation between nc and socat", () => {
  test("alice on nc -N and bob on socat join, talk (CRLF and Korean too) and leave, each told of the other", async () => {
    const port = await startReference();
    const alice = check.launchCommand("nc", ["-N", "127.0.0.1", port]);
    alice.writeStdin("alice\n");
    await alice.waitForLine(/^\* the room is empty$/, "alice's presence line");
    const bob = check.launchCommand("socat", ["-", `TCP:127.0.0.1:${port}`]);
    bob.writeStdin("bob\r\n");
    await bob.waitForLine(/^\* in the room: alice$/, "bob's presence line");
    await alice.waitForLine(/^\* bob has entered the room$/, "alice told that bob came");
    bob.writeStdin("hi alice\r\n");
    await alice.waitForLine(/^\[bob\] hi alice$/, "bob's line at alice");
    alice.writeStdin("안녕 bob\n");
    await bob.waitForLine(/^\[alice\] 안녕 bob$/, "alice's line at bob");
    // nc -N sends FIN when its stdin ends: alice leaves, and the server closes her connection.
    alice.endStdin();
    expect((await alice.waitForExit(10_000)).code).toBe(0);
    await bob.waitForLine(/^\* alice has left the room$/, "bob told that alice left");
    bob.endStdin();
    await bob.waitForExit(10_000);
    expect(alice.stdout).toBe(`${PROMPT}* the room is empty\n* bob has entered the room\n[bob] hi alice\n`);
    expect(bob.stdout).toBe(`${PROMPT}* in the room: alice\n[alice] 안녕 bob\n* alice has left the room\n`);
  });

  test("a scripted nc joins, says one line and leaves while socat listens", async () => {
    const port = await startReference();
    const listener = check.launchCommand("socat", ["-", `TCP:127.0.0.1:${port}`]);
    listener.writeStdin("dave\n");
    await listener.waitForLine(/^\* the room is empty$/, "dave's presence line");
    const carol = check.launchCommand("nc", ["-N", "127.0.0.1", port]);
    carol.writeStdin("carol\nhello from nc\nhalf a li"); // the half line is never relayed
    carol.endStdin();
    expect((await carol.waitForExit(10_000)).code).toBe(0);
    await listener.waitForLine(/^\* carol has left the room$/, "dave told that carol left");
    listener.endStdin();
    await listener.waitForExit(10_000);
    expect(carol.stdout).toBe(`${PROMPT}* in the room: dave\n`);
    expect(listener.stdout).toBe(`${PROMPT}* the room is empty\n* carol has entered the room\n[carol] hello from nc\n* carol has left the room\n`);
  });
});

test.runIf(!hasNetcat || !hasSocat)("interop with nc and socat is skipped where they are missing", () => {
  console.warn(
    `Skipping exercise 10's interop checks: ${[!hasNetcat && "OpenBSD netcat (nc, Debian's netcat-openbsd)", !hasSocat && "socat"].filter(Boolean).join(" and ")} not found.`,
  );
});
