// Feedback that names the real cause: a program that lingers after its work is told what keeps
// it alive, a crash is called a crash (not the reset its peer saw), exit code 13 is explained,
// and a server that prints port 0 is told it printed before listening. Each is graded through
// the real harness, with small programs written here.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { expectCleanFailure, expectEndsPromptly, expectPrinted, waitForListening } from "../checks/expect.ts";
import { CheckFailure, type CheckDefinition } from "../harness/check.ts";
import { gradeAll } from "../harness/grade.ts";
import type { CheckResult } from "../harness/types.ts";
import { CAN_READ_PROC } from "../harness/kernel.ts";
import type { ExerciseSpec } from "../manifest.ts";

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** Grades one check against a folder holding prog.ts with `source`. */
async function grade(source: string, run: CheckDefinition["run"]): Promise<CheckResult> {
  const directory = mkdtempSync(join(tmpdir(), "app-layer-lab-feedback-"));
  folders.push(directory);
  writeFileSync(join(directory, "prog.ts"), source);
  const exercise: ExerciseSpec = {
    number: "99",
    slug: "99-feedback",
    title: "feedback",
    files: { "prog.ts": [] },
    checks: { probe: { points: 1, hint: "The check's own hint.", section: "x" } },
    hints: [],
  };
  const [result] = await gradeAll(exercise, [{ id: "probe", title: "probe", needs: [], run }], directory);
  return result!;
}

const endsPromptly: CheckDefinition["run"] = async (check) => {
  const program = await check.launch("prog.ts");
  await program.waitForStdoutLines((lines) => lines.length > 0, "a line");
  await expectEndsPromptly(check, program, { ms: 1_500, after: "it printed its result" });
};

describe("a program that lingers after its work", () => {
  test("ends promptly: passes", async () => {
    const result = await grade('console.log("done");\n', endsPromptly);
    expect(result.status, result.message).toBe("passed");
  });

  test("a timer left running is named", async () => {
    const result = await grade('console.log("done");\nsetInterval(() => {}, 1_000);\n', endsPromptly);
    expect(result.status).toBe("failed");
    expect(result.message).toContain("still running 1.5 s after it printed its result");
    expect(result.message).toContain("a timer (setTimeout or setInterval) that was never cleared");
    expect(result.hint?.text).toContain("did its work but did not end");
    expect(result.hint?.lesson).toContain("troubleshooting.md#lingers");
  });

  test.skipIf(process.platform === "win32")("a server and a socket left open are named", async () => {
    const source = [
      'import { connect, createServer } from "node:net";',
      "const server = createServer(() => {}).listen(0, \"127.0.0.1\", () => {",
      "  const address = server.address();",
      '  if (typeof address === "object" && address) connect(address.port, "127.0.0.1", () => console.log("done"));',
      "});",
      "",
    ].join("\n");
    const result = await grade(source, endsPromptly);
    expect(result.message).toContain("a server still listening");
    expect(result.message).toContain("an open TCP connection");
  });

  test.runIf(CAN_READ_PROC)("a loop that never yields is called busy", async () => {
    const result = await grade('console.log("done");\nwhile (Date.now() > 0) {}\n', endsPromptly);
    expect(result.message).toContain("busy");
  });

  test("a program that prints its result and lingers fails expectPrinted", async () => {
    const result = await grade('console.log("hello");\nsetTimeout(() => {}, 30_000);\n', async (check) => {
      await expectPrinted(check, await check.launch("prog.ts"), "hello\n", { ms: 1_000 });
    });
    expect(result.status).toBe("failed");
    expect(result.message).toContain("a timer");
  });
});

describe("how a program ended", () => {
  test("exit code 13 is explained as a top-level await that never settled", async () => {
    const result = await grade('console.error("waiting");\nawait new Promise(() => {});\n', async (check) => {
      await expectCleanFailure(check, await check.launch("prog.ts"), "a refused connection", { ms: 5_000 });
    });
    expect(result.status).toBe("failed");
    expect(result.message).toContain("exit code 13");
    expect(result.hint?.lesson).toContain("troubleshooting.md#unsettled");
  });

  test("a server that crashes is named as the cause, not the reset its client saw", async () => {
    const source = [
      'import { createServer } from "node:net";',
      "const server = createServer((socket) => {",
      '  socket.on("data", () => {',
      '    throw new Error("boom");',
      "  });",
      '}).listen(0, "127.0.0.1", () => {',
      "  const address = server.address();",
      '  console.log(`listening on 127.0.0.1:${typeof address === "object" && address ? address.port : 0}`);',
      "});",
      "",
    ].join("\n");
    const result = await grade(source, async (check) => {
      const server = await check.launch("prog.ts");
      const port = await waitForListening(check, server);
      const client = await check.connect(port);
      await client.send("hi");
      await server.waitForExit(5_000);
      await client.waitForEnding("the end");
      throw new CheckFailure("The server did not answer.", { code: "ECONNRESET" });
    });
    expect(result.status).toBe("failed");
    expect(result.message).toMatch(/crashed with exit code 1: Error: boom \(prog\.ts:4\)/);
    expect(result.hint?.lesson).toContain("troubleshooting.md#crash");
    expect(result.hint?.text).not.toContain("ECONNRESET");
  });

  test("a server that prints port 0 is told it printed before listening", async () => {
    const source = 'import { createServer } from "node:net";\nconsole.log("listening on 127.0.0.1:0");\ncreateServer().listen(0);\n';
    const result = await grade(source, async (check) => {
      await waitForListening(check, await check.launch("prog.ts"));
    });
    expect(result.status).toBe("failed");
    expect(result.message).toContain("listening on 127.0.0.1:0");
    expect(result.hint?.lesson).toContain("troubleshooting.md#listening-early");
  });
});
