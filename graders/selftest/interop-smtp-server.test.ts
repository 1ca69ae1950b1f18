// The interop tier for exercise 11's server: two mail clients nobody on the team wrote send
// through the reference server, and the message it prints is held byte for byte to what they
// sent. swaks (Debian's swaks) pipelines MAIL, RCPT, RCPT and DATA in one write once it reads
// PIPELINING, turns the file's line feeds into CRLF and dot-stuffs; Python's smtplib (Debian's
// /usr/bin/python3, never the python3 first on PATH) sends BODY=8BITMIME and stuffs too. Each
// test is skipped, with a note, where its program is missing.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import { CheckContext } from "../harness/check.ts";
import type { StudentProcess } from "../harness/launch.ts";
import { KIT_ROOT } from "../harness/static.ts";

const SOLUTION = join(KIT_ROOT, "solutions", "11-smtp");
const PYTHON = "/usr/bin/python3";
const hasSwaks = process.platform !== "win32" && spawnSync("swaks", ["--version"]).status === 0;
const hasPython = process.platform !== "win32" && existsSync(PYTHON) && spawnSync(PYTHON, ["-c", "import smtplib"]).status === 0;

/** A message with what breaks mail servers: a line that starts with a dot, two dots, Korean text. */
const LINES = ["Subject: interop", "From: ann@lab.test", "", ".a line that starts with a dot", "..two dots", "안녕하세요, 민수 님.", "last line"];

let check: CheckContext;
let scratch: string | undefined;
afterEach(async () => {
  await check.cleanup();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

/** Starts the reference server on a free port; returns it and its port. */
async function startReference(): Promise<{ server: StudentProcess; port: string }> {
  check = new CheckContext(SOLUTION);
  const server = await check.launch("smtp-server.ts", ["--port", "0"]);
  const ready = await server.waitForLine(/listening on 127\.0\.0\.1:(\d+)$/, "the reference server to listen");
  return { server, port: ready![1]! };
}

/** The messages the server printed, parsed. */
async function printed(server: StudentProcess, count: number): Promise<unknown[]> {
  const lines = await server.waitForStdoutLines((all) => all.filter((line) => line.startsWith("{")).length >= count, "the message's JSON line");
  return lines.filter((line) => line.startsWith("{")).map((line) => JSON.parse(line) as unknown);
}

test.skipIf(!hasSwaks)("swaks --pipeline sends a message through the reference server, byte for byte", async () => {
  const { server, port } = await startReference();
  scratch = mkdtempSync(join(tmpdir(), "app-layer-lab-swaks-"));
  const body = join(scratch, "body.txt");
  writeFileSync(body, LINES.map((line) => `${line}\n`).join(""));
  const swaks = check.launchCommand("swaks", ["--server", `127.0.0.1:${port}`, "--helo", "c.lab.test", "--from", "ann@lab.test", "--to", "bob@lab.test,cy@lab.test", "--data", `@${body}`, "--pipeline"]);
  expect((await swaks.waitForExit(15_000)).code).toBe(0);
  // It pipelined: the four commands went out before the first of their replies came back.
  expect(swaks.stdout).toMatch(/-> MAIL FROM:<ann@lab\.test>\n -> RCPT TO:<bob@lab\.test>\n -> RCPT TO:<cy@lab\.test>\n -> DATA\n<- {2}250/);
  // swaks ends the message with one more CRLF of its own before the final dot.
  const data = `${LINES.map((line) => `${line}\r\n`).join("")}\r\n`;
  expect(await printed(server, 1)).toEqual([{ from: "ann@lab.test", to: ["bob@lab.test", "cy@lab.test"], data }]);
});

test.skipIf(!hasPython)("Python's smtplib sends a message through the reference server, byte for byte", async () => {
  const { server, port } = await startReference();
  const message = Buffer.from(LINES.map((line) => `${line}\r\n`).join(""), "utf8");
  const script = [
    "import smtplib, sys",
    "port, message = int(sys.argv[1]), bytes.fromhex(sys.argv[2])",
    "with smtplib.SMTP('127.0.0.1', port, local_hostname='client.lab.test', timeout=10) as client:",
    "    refused = client.sendmail('ann@lab.test', ['bob@lab.test', 'cy@lab.test'], message, mail_options=['BODY=8BITMIME'])",
    "print('refused:', refused)",
  ].join("\n");
  const python = check.launchCommand(PYTHON, ["-c", script, port, message.toString("hex")]);
  expect((await python.waitForExit(15_000)).code).toBe(0);
  expect(python.stdout).toBe("refused: {}\n");
  expect(await printed(server, 1)).toEqual([{ from: "ann@lab.test", to: ["bob@lab.test", "cy@lab.test"], data: message.toString("utf8") }]);
});

test.runIf(!hasSwaks || !hasPython)("interop with swaks and smtplib is skipped where they are missing", () => {
  console.warn(`Skipping some of exercise 11's server interop checks: ${[!hasSwaks && "swaks", !hasPython && `${PYTHON} with smtplib`].filter(Boolean).join(" and ")} not found.`);
});
