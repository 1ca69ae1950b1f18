// Ctrl-C while `npm test exercises/05` is grading must not leave the student's programs running:
// they lead process groups of their own, so the terminal's signal does not reach them, and the
// Vitest worker has to stop them itself (launch.ts, stopStudentProcessesWhenThisProcessEnds).
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { DEADLINES, pollUntil, within } from "../harness/deadline.ts";
import { KIT_ROOT } from "../harness/static.ts";
import { killProcessesMentioning, processesMentioning } from "./processes.ts";

test("Ctrl-C during grading stops every student program the grading started", async (context) => {
  // A console's Ctrl-C on Windows is CTRL_C_EVENT, which one process cannot send to another's console.
  context.skip(process.platform === "win32", "needs POSIX signals: a test cannot press Ctrl-C in another console on Windows");
  const scratch = mkdtempSync(join(tmpdir(), "app-layer-lab-interrupt-"));
  try {
    // Exercise 05's reference, with an echo server that never echoes: its checks wait, so the
    // server is still running when the interrupt comes.
    const STARTUP_MS = 60_000;
    const folder = join(scratch, "05-framing");
    cpSync(join(KIT_ROOT, "solutions", "05-framing"), folder, { recursive: true });
    const server = join(folder, "echo-server.ts");
    const reading = 'socket.on("data", (chunk: Buffer) => {';
    const source = readFileSync(server, "utf8");
    expect(source, "the reference echo server changed: update this test's patch").toContain(reading);
    writeFileSync(server, source.replace(reading, `${reading}\n    if (chunk) return; // never echoes`));

    // What `npm test exercises/05` runs: the launcher, which hands over to Vitest in its own process.
    const vitest = spawn(process.execPath, [join(KIT_ROOT, "graders", "frontends", "launcher.mjs"), "run", "exercises/05"], {
      cwd: KIT_ROOT,
      env: { ...process.env, LAB_TARGET: scratch, CI: "true" },
      stdio: "ignore",
      detached: true, // its own process group, as a terminal's foreground job
    });
    const exited = new Promise((resolve) => vitest.once("exit", resolve));
    try {
      // A whole Vitest starts first (and builds the programs): on a crowded machine that takes a while.
      await pollUntil(STARTUP_MS, "the grading to start the echo server", () => (processesMentioning(folder).length > 0 ? true : undefined));
      process.kill(-vitest.pid!, "SIGINT"); // what Ctrl-C sends to the foreground job
      await within(DEADLINES.kill, "vitest to stop", exited);
      await pollUntil(DEADLINES.kill, "the student programs to be gone", () => (processesMentioning(folder).length === 0 ? true : undefined)).catch(() => undefined);
      expect(processesMentioning(folder), "student programs outlived the interrupted run").toEqual([]);
    } finally {
      try {
        process.kill(-vitest.pid!, "SIGKILL");
      } catch {
        // Already gone.
      }
      killProcessesMentioning(folder);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});
