// The interop tier for exercise 06: the reference line server answers netcat (nc -N) and socat,
// two independent clients nobody on the team wrote, one at a time and both at once, and closes
// an idle nc. Each test is skipped, with a note, where its program is missing (PEERS.md names the
// Debian packages: netcat-openbsd, socat).
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { CheckContext } from "../harness/check.ts";
import type { StudentProcess } from "../harness/launch.ts";
import { KIT_ROOT } from "../harness/static.ts";

const SOLUTION = join(KIT_ROOT, "solutions", "06-concurrency");
// OpenBSD's netcat has -N (half-close when stdin ends); other netcats do not, and would hang.
const hasNetcat = process.platform !== "win32" && spawnSync("nc", ["-h"], { encoding: "utf8" }).stderr?.includes("OpenBSD") === true;
const hasSocat = process.platform !== "win32" && spawnSync("socat", ["-V"]).status === 0;

let check: CheckContext;
afterEach(() => check.cleanup());

/** Starts the reference server on a free port with `args`, and returns its port. */
async function startReference(args: string[] = []): Promise<{ server: StudentProcess; port: string }> {
  check = new CheckContext(SOLUTION);
  const server = await check.launch("server.ts", ["--port", "0", ...args]);
  const ready = await server.waitForLine(/listening on 127\.0\.0\.1:(\d+)$/, "the reference server to listen");
  return { server, port: ready![1]! };
}

describe.skipIf(!hasNetcat)("interop with netcat (nc -N)", () => {
  test("nc -N gets every line back in upper case, and ends when the server closes after its FIN", async () => {
    const { port } = await startReference();
    const nc = check.launchCommand("nc", ["-N", "127.0.0.1", port]);
    nc.writeStdin("hello, server.\r\ncafé 안녕\n\nlast line\n");
    nc.endStdin();
    await nc.waitForExit(10_000);
    expect(nc.stdout).toBe("HELLO, SERVER.\nCAFÉ 안녕\n\nLAST LINE\n");
  });

  test("an nc that says nothing is closed after --idle-ms", async () => {
    const { port } = await startReference(["--idle-ms", "500"]);
    const started = Date.now();
    const nc = check.launchCommand("nc", ["-d", "127.0.0.1", port]); // -d: it never reads stdin, so it never speaks
    const status = await nc.waitForExit(10_000);
    expect(status.code).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
    expect(nc.stdout).toBe("");
  });
});

describe.skipIf(!hasSocat)("interop with socat", () => {
  test("socat gets every line back in upper case", async () => {
    const { port } = await startReference();
    const socat = check.launchCommand("socat", ["-", `TCP:127.0.0.1:${port}`]);
    socat.writeStdin("from socat\nsecond\n");
    socat.endStdin();
    await socat.waitForExit(10_000);
    expect(socat.stdout).toBe("FROM SOCAT\nSECOND\n");
  });
});

describe.skipIf(!hasNetcat || !hasSocat)("interop with nc and socat at once", () => {
  test("socat is served while an nc connection stays open mid-conversation", async () => {
    const { port } = await startReference();
    const nc = check.launchCommand("nc", ["-N", "127.0.0.1", port]);
    nc.writeStdin("nc first\n");
    await nc.waitForLine(/^NC FIRST$/, "the answer to nc's first line");
    const socat = check.launchCommand("socat", ["-", `TCP:127.0.0.1:${port}`]);
    socat.writeStdin("socat meanwhile\n");
    socat.endStdin();
    await socat.waitForExit(10_000);
    expect(socat.stdout).toBe("SOCAT MEANWHILE\n");
    nc.writeStdin("nc again\n");
    nc.endStdin();
    await nc.waitForExit(10_000);
    expect(nc.stdout).toBe("NC FIRST\nNC AGAIN\n");
  });
});

test.runIf(!hasNetcat || !hasSocat)("interop with nc or socat is skipped where they are missing", () => {
  console.warn(
    `Skipping part of exercise 06's interop checks: ${[!hasNetcat && "OpenBSD netcat (nc, Debian's netcat-openbsd)", !hasSocat && "socat"].filter(Boolean).join(" and ")} not found.`,
  );
});
