// The interop tier for exercise 08: the reference HTTP client fetches from nginx (chunked bodies
// through sub_filter, keep-alive ending after keepalive_requests 3, absolute and relative 301s, a
// 302 loop, HEAD) and from Python's http.server (HTTP/1.0, which closes after each answer), and
// prints what curl -i prints for the same URLs, byte for byte. Each part is skipped, with a note,
// where its program is missing (PEERS.md names the Debian packages: nginx-light, curl, python3).
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { CheckContext } from "../harness/check.ts";
import type { StudentProcess } from "../harness/launch.ts";
import { KIT_ROOT } from "../harness/static.ts";
import { freePort } from "../peers/tcp-server.ts";

const SOLUTION = join(KIT_ROOT, "solutions", "08-http-client");
const NGINX = ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/opt/homebrew/bin/nginx"].find((path) => existsSync(path));
const hasCurl = spawnSync("curl", ["--version"]).status === 0;
const PYTHON = process.platform === "win32" ? "python" : "python3";
const hasPython = spawnSync(PYTHON, ["--version"]).status === 0;

/** A page long enough that nginx's sub_filter sends it in chunks, with Korean text in it. */
const PAGE = `${"Hello. Client. 안녕하세요 x\n".repeat(2_000)}the end\n`;
/** Every byte value: a body no text decoding survives. */
const BINARY = Buffer.from(Array.from({ length: 256 }, (_, index) => index));

let check: CheckContext;
afterEach(() => check?.cleanup());


/** The reference client on `args`; resolves once it has ended. */
async function reference(args: string[]): Promise<StudentProcess> {
  const client = await check.launch("client.ts", ["--timeout-ms", "5000", ...args]);
  await client.waitForExit(20_000);
  return client;
}

/** What curl -i prints for `args`, byte for byte. */
function curl(args: string[]): Buffer {
  const result = spawnSync("curl", ["-sS", "--max-time", "5", "-i", ...args], { timeout: 10_000 });
  expect(result.status, result.stderr?.toString()).toBe(0);
  return result.stdout;
}

/** The Date header changes from one second to the next; everything else must match. */
const withoutDates = (bytes: Buffer) => Buffer.from(bytes.toString("latin1").replace(/^Date: .*\r$/gim, "Date: (now)\r"), "latin1");

describe.skipIf(!NGINX || !hasCurl)("interop with nginx, compared with curl", () => {
  let root = "";
  let port = 0;
  let base = "";

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "lab-nginx-"));
    // nginx's worker runs as nobody when started by root: it must be able to read the pages.
    chmodSync(root, 0o755);
    mkdirSync(join(root, "www", "chunked"), { recursive: true });
    writeFileSync(join(root, "www", "page.txt"), PAGE);
    writeFileSync(join(root, "www", "chunked", "page.txt"), PAGE);
    writeFileSync(join(root, "www", "bytes.bin"), BINARY);
    mkdirSync(join(root, "logs"));
    port = await freePort();
    base = `http://127.0.0.1:${port}`;
    writeFileSync(
      join(root, "nginx.conf"),
      `worker_processes 1;
error_log ${root}/logs/error.log;
pid ${root}/nginx.pid;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${root}/tmp-body; proxy_temp_path ${root}/tmp-proxy; fastcgi_temp_path ${root}/tmp-fastcgi;
  uwsgi_temp_path ${root}/tmp-uwsgi; scgi_temp_path ${root}/tmp-scgi;
  types { text/plain txt; application/octet-stream bin; }
  keepalive_requests 3;
  keepalive_timeout 5s;
  server {
    listen 127.0.0.1:${port};
    root ${root}/www;
    location /chunked/ { sub_filter 'x' 'y'; sub_filter_once off; sub_filter_types text/plain; }
    location = /moved-absolute { return 301 /page.txt; }
    location = /dir/moved-relative { absolute_redirect off; return 301 ../page.txt; }
    location = /loop { return 302 /loop; }
  }
}
`,
    );
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  async function startNginx(): Promise<void> {
    check = new CheckContext(SOLUTION);
    const nginx = check.launchCommand(NGINX!, ["-p", root, "-c", join(root, "nginx.conf"), "-g", "daemon off;"]);
    // nginx prints nothing when it is up: wait until it answers.
    for (let attempt = 0; attempt < 100; attempt++) {
      if (nginx.exit) throw new Error(`nginx did not start: ${nginx.output}`);
      if (spawnSync("curl", ["-s", "-o", "/dev/null", "--max-time", "1", `${base}/page.txt`], { timeout: 3_000 }).status === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error("nginx did not answer within 5 s");
  }

  test("a plain page, a chunked one, a binary file and a 404: the same bytes as curl -i", async () => {
    await startNginx();
    const urls = ["/page.txt", "/chunked/page.txt", "/bytes.bin", "/missing"].map((path) => `${base}${path}`);
    // One run of the client: 4 requests, so nginx closes the connection after the third.
    const client = await reference(urls);
    expect(client.exit?.code, client.stderr).toBe(0);
    // curl too, in one run: it reuses the connection and meets the same Connection: close.
    const expected = curl(urls);
    expect(expected.toString("latin1")).toContain("Transfer-Encoding: chunked");
    expect(expected.toString("latin1")).toContain("Connection: close");
    expect(withoutDates(client.stdoutBytes).equals(withoutDates(expected))).toBe(true);
  });

  test("HEAD: the same headers as curl -I, and no body", async () => {
    await startNginx();
    const client = await reference(["--head", `${base}/page.txt`, `${base}/bytes.bin`]);
    expect(client.exit?.code, client.stderr).toBe(0);
    const expected = curl(["-I", `${base}/page.txt`, `${base}/bytes.bin`]);
    expect(expected.toString("latin1")).toContain("200 OK");
    expect(withoutDates(client.stdoutBytes).toString("latin1")).toBe(withoutDates(expected).toString("latin1"));
  });

  test("an absolute and a relative 301 end at the page that curl -L reaches", async () => {
    await startNginx();
    for (const path of ["/moved-absolute", "/dir/moved-relative"]) {
      const client = await reference([`${base}${path}`]);
      expect(client.exit?.code, client.stderr).toBe(0);
      const followed = curl(["-L", `${base}${path}`]).toString("latin1");
      // curl -L -i prints every head it met; the last head and the body are the final answer.
      const last = followed.slice(followed.lastIndexOf("HTTP/1.1 "));
      expect(withoutDates(client.stdoutBytes).toString("latin1")).toBe(withoutDates(Buffer.from(last, "latin1")).toString("latin1"));
    }
  });

  test("a 302 loop stops at --max-redirects with a message and exit code 1", async () => {
    await startNginx();
    const client = await reference(["--max-redirects", "4", `${base}/loop`]);
    expect(client.exit?.code).toBe(1);
    expect(client.stderr).toMatch(/4 redirects/);
    expect(client.stdoutBytes.length).toBe(0);
  });
});

describe.skipIf(!hasPython || !hasCurl)("interop with Python's http.server (HTTP/1.0), compared with curl", () => {
  test("two files, each on a connection of its own: the same bytes as curl -i", async () => {
    check = new CheckContext(SOLUTION);
    const folder = mkdtempSync(join(tmpdir(), "lab-python-http-"));
    try {
      writeFileSync(join(folder, "page.txt"), PAGE);
      writeFileSync(join(folder, "bytes.bin"), BINARY);
      const port = await freePort();
      const server = check.launchCommand(PYTHON, ["-u", "-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", folder]);
      await server.waitForLine(/Serving HTTP on/, "python's http.server to listen", 15_000);
      const urls = [`http://127.0.0.1:${port}/page.txt`, `http://127.0.0.1:${port}/bytes.bin`];
      const client = await reference(urls);
      expect(client.exit?.code, client.stderr).toBe(0);
      const expected = Buffer.concat(urls.map((url) => curl([url])));
      expect(expected.toString("latin1")).toMatch(/^HTTP\/1\.0 200/);
      expect(withoutDates(client.stdoutBytes).equals(withoutDates(expected))).toBe(true);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

test.runIf(!NGINX || !hasCurl || !hasPython)("interop for 08 is partly skipped: nginx-light, curl or python3 is not installed", () => {
  expect(!NGINX || !hasCurl || !hasPython).toBe(true);
});
