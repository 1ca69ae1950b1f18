// Unit tests of the harness: byte rendering, transcripts, deadlines, process trees, the
// loopback guard, the static pre-checks and the buggy-variant patcher.
import { connect, Socket } from "node:net";
import { execPath } from "node:process";
import { mkdtempSync, rmSync, writeFileSync, cpSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, test } from "vitest";
import { formatFeedback } from "../frontends/feedback.ts";
import { firstDifference, showBytes, showDifference } from "../harness/bytes.ts";
import { DeadlineExceeded, pollUntil, within } from "../harness/deadline.ts";
import { classifyTrouble } from "../harness/hints.ts";
import { CAN_SEE_RECEIVE_QUEUES, processState, unreadBytes } from "../harness/kernel.ts";
import { StudentProcess } from "../harness/launch.ts";
import { inspect, KIT_ROOT } from "../harness/static.ts";
import { formatEvent, Transcript } from "../harness/transcript.ts";
import type { CheckResult } from "../harness/types.ts";
import { materialise } from "../harness/variants.ts";
import { refusedPort } from "../peers/tcp-server.ts";
import { assertLoopback } from "../harness/wire.ts";
import { findExercise } from "../manifest.ts";
import { materialiseSkeletons } from "../tools/skeletons.ts";

describe("bytes", () => {
  test("text is shown escaped, binary as hex", () => {
    expect(showBytes("Hello.\n")).toBe('"Hello.\\n"');
    expect(showBytes("안녕")).toBe('"안녕"');
    expect(showBytes(Uint8Array.of(0, 0, 0, 5))).toBe("<00 00 00 05>");
    // A frame header before text stays readable: mostly text, so escaped.
    expect(showBytes(Buffer.concat([Uint8Array.of(0, 0, 0, 12), Buffer.from("hello world!")]))).toBe('"\\x00\\x00\\x00\\x0chello world!"');
  });

  test("a UTF-8 character cut in two shows its loose bytes", () => {
    expect(showBytes(Buffer.from("안", "utf8").subarray(0, 2))).toBe('"\\xec\\x95"');
  });

  test("the caret points at the first byte that differs", () => {
    expect(firstDifference(Buffer.from("abc"), Buffer.from("abd"))).toBe(2);
    expect(firstDifference(Buffer.from("abc"), Buffer.from("abc"))).toBe(-1);
    const shown = showDifference("Hello. Client.\n", "Hell\n").split("\n");
    expect(shown[0]).toBe('expected: "Hello. Client.\\n"');
    expect(shown[1]).toBe('observed: "Hell\\n"');
    expect(shown[2]!.indexOf("^")).toBe("observed: ".length + '"Hell'.length);
    expect(shown[2]).toContain("first difference at byte 4");
  });
});

describe("transcript and feedback", () => {
  test("each event says when, who and what", () => {
    expect(formatEvent({ at: 12, from: "peer", to: "student", kind: "data", bytes: Buffer.from("H") })).toBe(
      '+12ms   reference peer → your program  "H" (1 byte)',
    );
    expect(formatEvent({ at: 3, from: "student", kind: "stdout", text: "hi" })).toBe("+3ms    your program | stdout: hi");
    expect(formatEvent({ at: 10079, from: "grader", kind: "note", text: "waited" })).toBe("+10079ms grader  waited");
  });

  test("a failed check replays its steps, the transcript, a caret and the hint", () => {
    const result: CheckResult = {
      id: "x",
      title: "x",
      points: 1,
      status: "failed",
      message: "Your program did not print what the server sent.",
      steps: [
        { kind: "action", description: "start a reference server", ok: true },
        { kind: "expectation", description: 'it prints "Hello."', ok: false },
      ],
      mismatch: { expected: "Hello.\n", observed: "He\n" },
      transcript: [{ at: 1, from: "student", kind: "stdout", text: "He" }],
      hint: { text: "Keep reading.", lesson: "lessons/03-tcp-client.md#x" },
      durationMs: 5,
    };
    const text = formatFeedback(result);
    expect(text).toContain("FAILED: Your program did not print what the server sent.");
    expect(text).toContain("The check failed after these steps:\n  ✓ start a reference server\n  ✗ expect: it prints");
    expect(text).toContain("your program | stdout: He");
    expect(text).toContain("^ first difference at byte 2");
    expect(text).toContain("Hint: Keep reading.\nRead more: lessons/03-tcp-client.md#x");
  });

  test("hints are keyed on the error", () => {
    expect(classifyTrouble("ECONNREFUSED")).toBe("refused");
    expect(classifyTrouble("EADDRINUSE")).toBe("in-use");
    expect(classifyTrouble("ECONNRESET")).toBe("reset");
    expect(classifyTrouble(undefined, { expected: "Hello. Client.", observed: "Hel" })).toBe("partial");
    expect(classifyTrouble(undefined, { expected: "Hello.", observed: "Jello." })).toBeUndefined();
    // Printed lines end with a newline: "H\n" is still the start of "Hello. Client.\n".
    expect(classifyTrouble(undefined, { expected: "Hello. Client.\n", observed: "H\n" })).toBe("partial");
    expect(classifyTrouble(undefined, undefined, "error: connect ECONNREFUSED 127.0.0.1:9999")).toBe("refused");
  });
});

describe("deadlines", () => {
  test("a wait that takes too long is cut off with what it waited for", async () => {
    await expect(within(20, "a reply", new Promise(() => {}))).rejects.toThrow(/waiting for a reply/);
    await expect(pollUntil(20, "a condition", () => undefined)).rejects.toBeInstanceOf(DeadlineExceeded);
    await expect(pollUntil(1000, "a condition", () => 42)).resolves.toBe(42);
  });
});

describe("loopback only", () => {
  test("the kit refuses to connect anywhere but this machine", () => {
    expect(() => assertLoopback("127.0.0.1")).not.toThrow();
    expect(() => assertLoopback("::1")).not.toThrow();
    // 192.0.2.1 is TEST-NET-1 (RFC 5737), data only: the guard throws before anything is dialled.
    expect(() => assertLoopback("192.0.2.1")).toThrow(/only uses loopback/);
  });
});

describe("launching", () => {
  test("output is captured line by line and the exit code reported", async () => {
    const child = new StudentProcess(execPath, ["-e", "console.log('one'); console.error('two'); process.exit(3)"], new Transcript(), {}, "test");
    const status = await child.waitForExit(10_000);
    expect(status.code).toBe(3);
    expect(child.stdout).toBe("one\n");
    expect(child.stderr).toBe("two\n");
  });

  // POSIX: one SIGKILL to the process group; Windows: taskkill /T follows the parent links.
  test("kill() ends the whole process tree, grandchildren too", async () => {
    const script = [
      "const { spawn } = require('node:child_process');",
      "const grandchild = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });",
      "console.log(`grandchild ${grandchild.pid}`);",
      "setInterval(() => {}, 1000);",
    ].join("\n");
    const child = new StudentProcess(execPath, ["-e", script], new Transcript(), {}, "test");
    const match = await child.waitForLine(/^grandchild (\d+)$/, "the grandchild's pid", 10_000);
    const grandchild = Number(match?.[1]);
    await child.kill();
    const isGone = () => {
      try {
        process.kill(grandchild, 0);
        return undefined;
      } catch {
        return true;
      }
    };
    await expect(pollUntil(5_000, "the grandchild to be gone", isGone)).resolves.toBe(true);
  });

  // A pid that never got set must not become kill(-0), which is the caller's own group. The
  // caller here leads its own group, so without the guard it kills itself and never says alive.
  test.skipIf(process.platform === "win32")("killTree ignores pids that would widen to a whole group", async () => {
    const launch = pathToFileURL(join(KIT_ROOT, "graders", "harness", "launch.ts")).href;
    const script = `import { killTree } from ${JSON.stringify(launch)}; for (const pid of [0, NaN, -5, 2.5]) killTree(pid); console.log("alive");`;
    const child = new StudentProcess(execPath, ["--import", "tsx", "--input-type=module", "-e", script], new Transcript(), process.env, "test", { cwd: KIT_ROOT });
    const status = await child.waitForExit(20_000);
    expect(child.stdout).toBe("alive\n");
    expect(status.code).toBe(0);
  });
});

describe("peers", () => {
  test("a refused port lies below every ephemeral range, so no program beside the check is given it", async () => {
    const ports = [await refusedPort(), await refusedPort()];
    expect(new Set(ports).size, "two checks side by side get different ports").toBe(2);
    for (const port of ports) {
      expect(port).toBeGreaterThanOrEqual(20_000);
      expect(port).toBeLessThan(30_000);
      const code = await new Promise((resolve) => connect(port, "127.0.0.1").once("error", (error: NodeJS.ErrnoException) => resolve(error.code)).once("connect", () => resolve("connected")));
      expect(code).toBe("ECONNREFUSED");
    }
  });
});

// The proofs the graders take from the kernel instead of from timing (see wire.ts).
describe("what the kernel shows", () => {
  test("a program that stops reading sleeps, with what it did not read waiting in its receive queue", async (context) => {
    context.skip(!CAN_SEE_RECEIVE_QUEUES, "needs /proc/net/tcp and /proc/PID/stat (Linux, without LAB_NO_PROC=1); elsewhere the graders fall back to timing (README)");
    const script = [
      "const server = require('node:net').createServer((client) => { client.pause(); console.log('paused'); });",
      "server.listen(0, '127.0.0.1', () => console.log(`port ${server.address().port}`));",
    ].join("\n");
    const child = new StudentProcess(execPath, ["-e", script], new Transcript(), {}, "test");
    const socket = new Socket();
    try {
      const port = Number((await child.waitForLine(/^port (\d+)$/, "the port", 10_000))?.[1]);
      await new Promise<void>((resolve, reject) => socket.once("error", reject).connect(port, "127.0.0.1", resolve));
      await child.waitForLine(/^paused$/, "the program to pause", 10_000);
      socket.write(Buffer.alloc(1_000_000));
      const unread = await pollUntil(5_000, "the bytes to wait unread while the program sleeps", async () => {
        const bytes = await unreadBytes(port, socket.localPort!);
        return bytes && processState(child.pid!) === "S" ? bytes : undefined;
      });
      expect(unread).toBeGreaterThan(0);
      expect(processState(process.pid), "this process is running while it asks").toBe("R");
    } finally {
      socket.destroy();
      await child.kill();
    }
  });
});

describe("static pre-checks", () => {
  const exercise = findExercise("03");
  const solution = join(KIT_ROOT, "solutions", exercise.slug);

  function editedCopy(edit: (text: string) => string): string {
    const directory = mkdtempSync(join(tmpdir(), "app-layer-lab-static-"));
    cpSync(solution, directory, { recursive: true });
    const file = join(directory, "client.ts");
    writeFileSync(file, edit(readFileSync(file, "utf8")));
    return directory;
  }

  test("the untouched skeleton is all stubs, the reference none", async () => {
    const skeleton = materialiseSkeletons([exercise]); // not exercises/: that may hold a student's work
    try {
      expect((await inspect(join(skeleton.root, exercise.slug), exercise)).stubs).toContain("requestReply");
    } finally {
      skeleton.remove();
    }
    expect((await inspect(solution, exercise)).stubs).toEqual([]);
  });

  test("a renamed export and a forbidden import are found", async () => {
    const renamed = editedCopy((text) => text.replace("export function requestReply", "export function askServer"));
    const cheating = editedCopy((text) => `import "../../solutions/03-tcp-client/client.ts";\n${text}`);
    try {
      expect((await inspect(renamed, exercise)).missingExports).toEqual([{ file: "client.ts", name: "requestReply" }]);
      expect((await inspect(cheating, exercise)).refusedImports[0]?.specifier).toBe("../../solutions/03-tcp-client/client.ts");
    } finally {
      rmSync(renamed, { recursive: true, force: true });
      rmSync(cheating, { recursive: true, force: true });
    }
  });

  test("a folder named relative to the working directory is the same folder: its files may import each other", async () => {
    const framing = findExercise("05");
    // A refused global nobody uses: a cache key of its own, so the analysis really runs.
    const fresh = { ...framing, refusedGlobals: [`labNeverUsed${Date.now()}`] };
    const folder = relative(process.cwd(), join(KIT_ROOT, "solutions", framing.slug));
    expect((await inspect(folder, fresh)).refusedImports).toEqual([]);
  });

  test("a refused global is found where it is used as one, and not where the name is the student's own or a property", async () => {
    // Exercise 03 with fetch refused, as an HTTP exercise refuses it.
    const refusing = { ...exercise, refusedGlobals: ["fetch", "XMLHttpRequest"] };
    const cases: [string, string[]][] = [
      ["export async function requestReply() { return fetch('http://127.0.0.1:1/'); }", ["fetch"]],
      ["export const requestReply = () => globalThis['fetch'];", ["fetch"]],
      ["const tools = { fetch }; export function requestReply() { return new XMLHttpRequest() && tools; }", ["fetch", "XMLHttpRequest"]],
      ["export function requestReply(client: { fetch(): void }) { client.fetch(); return { fetch: 1 }; }", []],
      ["function fetch(path: string) { return path; }\nexport function requestReply() { return fetch('/'); }", []],
      ["export class Client { fetch() { return 1; } }\nexport function requestReply() { try { return new Client().fetch(); } catch (fetch) { return fetch; } }", []],
    ];
    const directory = mkdtempSync(join(tmpdir(), "app-layer-lab-static-"));
    try {
      for (const [code, refused] of cases) {
        writeFileSync(join(directory, "client.ts"), code);
        expect((await inspect(directory, refusing)).refusedGlobals.map((found) => found.name), code).toEqual(refused);
      }
      // Without refusedGlobals in the manifest, fetch is any exercise's to use.
      writeFileSync(join(directory, "client.ts"), cases[0]![0]);
      expect((await inspect(directory, exercise)).refusedGlobals).toEqual([]);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  test("exports and stubs are found however they are written: re-exported from a helper file, as a class method, as a const arrow", async () => {
    const framing = findExercise("05");
    const directory = mkdtempSync(join(tmpdir(), "app-layer-lab-static-"));
    try {
      writeFileSync(
        join(directory, "framing.ts"),
        [
          'export { encodeFrame as encodeFrame } from "./impl.ts";',
          'import { Decoder } from "./impl.ts";',
          "export { Decoder as FrameDecoder };",
          "export const MAX_FRAME_BYTES: number = 64 * 1024;",
        ].join("\n"),
      );
      writeFileSync(
        join(directory, "impl.ts"),
        [
          "export const encodeFrame = (payload: Uint8Array): Buffer => { throw new Error(`TODO: write encodeFrame`); };",
          "export class Decoder { push(chunk: Uint8Array): Buffer[] { throw new Error('TODO: write push'); } }",
        ].join("\n"),
      );
      writeFileSync(join(directory, "echo-server.ts"), 'import type { Server } from "node:net";\nexport function echoFrames(): Server { const http = require("node:http"); return http; }\n');
      writeFileSync(join(directory, "echo-client.ts"), 'export async function requestEchoes() { return import("../../graders/harness/check.ts"); }\n');
      const found = await inspect(directory, framing);
      expect(found.missingExports).toEqual([]);
      expect(found.stubs).toEqual(["encodeFrame", "FrameDecoder"]);
      expect(found.refusedImports.map((refused) => refused.specifier)).toEqual(["../../graders/harness/check.ts"]);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

describe("buggy variants", () => {
  test("a patch that no longer matches the solution is an error, not a silent no-op", () => {
    expect(() =>
      materialise({ name: "stale", bug: "", caughtBy: "", file: "client.ts", replace: [["no such text", ""]] }, join(KIT_ROOT, "solutions", "03-tcp-client")),
    ).toThrow(/exactly once/);
  });
});

describe("the inspector guard", () => {
  test.skipIf(process.platform === "win32")("a fresh load of the guard, as Vitest's watch mode does on every run, adds no second SIGUSR1 listener", async () => {
    const load = async (copy: number) => {
      const url = `${pathToFileURL(join(KIT_ROOT, "graders", "harness", "guard", "grader.ts")).href}?copy=${copy}`;
      const guard = (await import(/* @vite-ignore */ url)) as typeof import("../harness/guard/grader.ts");
      guard.keepTheInspectorClosed();
    };
    await load(1);
    const listeners = process.listenerCount("SIGUSR1");
    expect(listeners).toBeGreaterThan(0);
    for (let copy = 2; copy <= 12; copy++) await load(copy);
    expect(process.listenerCount("SIGUSR1")).toBe(listeners);
  });
});
