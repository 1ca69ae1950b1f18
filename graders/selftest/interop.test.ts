// The interop tier: the reference client and server talk to Python 3 ports of the study note's
// own two programs (graders/interop/). Skipped, with a note, where python3 is missing.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { CheckContext } from "../harness/check.ts";
import { KIT_ROOT } from "../harness/static.ts";

const PYTHON = process.platform === "win32" ? "python" : "python3";
const hasPython = spawnSync(PYTHON, ["--version"]).status === 0;
const interop = (file: string) => join(KIT_ROOT, "graders", "interop", file);

describe.skipIf(!hasPython)("interop with the note's programs in Python 3", () => {
  let check: CheckContext;
  afterEach(() => check.cleanup());

  test("the reference client talks to the note's server", async () => {
    check = new CheckContext(join(KIT_ROOT, "solutions", "03-tcp-client"));
    const server = check.launchCommand(PYTHON, [interop("note_server.py"), "--port", "0"]);
    const ready = await server.waitForLine(/listening on 127\.0\.0\.1:(\d+)$/, "the note's server to listen");
    const client = await check.launch("client.ts", ["--port", ready![1]!]);
    await client.waitForExit();
    await server.waitForExit();
    expect(client.stdout).toBe("Hello. Client.\n");
    expect(server.stdout).toContain("Hello. Server.\n");
  });

  test("the note's client talks to the reference server", async () => {
    check = new CheckContext(join(KIT_ROOT, "solutions", "04-tcp-server"));
    const server = await check.launch("server.ts", ["--port", "0"]);
    const ready = await server.waitForLine(/listening on 127\.0\.0\.1:(\d+)$/, "the reference server to listen");
    const client = check.launchCommand(PYTHON, [interop("note_client.py"), "--port", ready![1]!]);
    await client.waitForExit();
    expect(client.stdout).toBe("Hello. Client.\n");
    await server.waitForLine(/says: Hello\. Server\.$/, "the server to print the note's greeting");
  });
});

test.runIf(!hasPython)("interop with Python 3 is skipped: python3 is not installed", () => {
  console.warn(`Skipping the interop checks: ${PYTHON} was not found. Install Python 3 to run them.`);
});
