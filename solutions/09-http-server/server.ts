// Exercise 09: a web server, written over a raw TCP socket.
//
// The textbook's web server accepts a connection, reads the request, opens the file the request
// names and sends it back behind a status line and a few headers. This one does the same over
// node:net, without node:http: it reads requests as bytes up to their blank line, however the
// bytes arrive (one at a time, or two requests in one write), answers each in order on the same
// connection, sends Content-Length in bytes, and never serves a file outside --root, however
// the request spells its path.
//
// Run it by hand, then ask it for pages from another terminal, or from a browser:
//   npx tsx exercises/09-http-server/server.ts
//   curl -v http://127.0.0.1:8080/             (the sample pages in exercises/09-http-server/public/)
import { realpath, readFile, stat } from "node:fs/promises";
import { createServer, type AddressInfo, type Server, type Socket } from "node:net";
import { extname, isAbsolute, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

/** The sample pages this exercise ships, served when no --root is given. */
export const DEFAULT_ROOT = fileURLToPath(new URL("./public/", import.meta.url));

/** How long a connection may stay silent between requests before the server closes it, unless --idle-ms says otherwise. */
export const DEFAULT_IDLE_MS = 5_000;

/** The longest request line and headers the server reads; a longer head gets 431 and the connection is closed. */
export const MAX_HEAD_BYTES = 16 * 1024;

/** The Content-Type of each file extension the server knows; any other file is application/octet-stream. */
export const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".gif": "image/gif",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
};

/** Methods HTTP defines that this server does not do: 405, with the Allow header. Any other method is unknown: 501. */
const KNOWN_METHODS = new Set(["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT"]);

const REASONS: Record<number, string> = {
  200: "OK",
  400: "Bad Request",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  431: "Request Header Fields Too Large",
  500: "Internal Server Error",
  501: "Not Implemented",
};

export interface ServerOptions {
  /** The folder whose files the server serves; nothing outside it is ever sent. */
  root: string;
  host: string;
  port: number;
  /** A connection that sends nothing for this long (between requests, or in the middle of one) is closed. */
  idleMs: number;
}

/** A request line and its headers, as parseRequest read them. */
export interface Request {
  method: string;
  target: string;
  /** "1.0" or "1.1". */
  version: string;
  /** Header names in lower case (they are case-insensitive), values without the spaces around them. */
  headers: Map<string, string>;
}

/** What to send back for one request, and whether to close the connection after it. */
export interface Response {
  status: number;
  headers: [name: string, value: string][];
  body: Uint8Array;
  /** HEAD: the headers of a GET, without the body. */
  headOnly: boolean;
  close: boolean;
}

/**
 * Turns a request target into the path of a file inside `root`, or undefined when the target is
 * refused or names nothing there. The rule, in this order:
 * 1. The query (`?…`) and a fragment (`#…`) are not part of the path: cut them off.
 * 2. An absolute-form target (`http://host:port/path`, what a proxy is sent) counts by its path.
 * 3. Anything else must start with "/" (origin-form); otherwise it is refused.
 * 4. Percent-decode the path once (`%20` is a space, `%ED%95%9C` is 한). A broken escape (`%zz`),
 *    a NUL byte (`%00`) or a backslash after decoding is refused.
 * 5. A path that ends with "/" means that folder's index.html.
 * 6. Resolve it against root, which also folds `.` and `..`: if the result is not inside root,
 *    refuse it (`/../secret`, `/%2e%2e/secret` and `/..%2fsecret` all end up here).
 * 7. Follow symbolic links (realpath): if the real file is not inside root's real path, refuse
 *    it. A missing file is undefined too.
 *
 * @exercise
 * 1. Cut the target at the first "?" or "#". If it starts with "http://" or "https://"
 *    (any case), keep only what follows the host: `target.replace(/^https?:\/\/[^/]*\/?/i, "/")`.
 * 2. Return undefined unless it starts with "/".
 * 3. `decodeURIComponent(path)` in a try block (it throws URIError on a broken escape: return
 *    undefined). Refuse a result that contains "\0" or "\\".
 * 4. If it ends with "/", add "index.html".
 * 5. `const file = resolve(root, "." + decoded)` and `relative(root, file)`: refuse when that is
 *    ".." or starts with ".." + sep, or is absolute (another drive on Windows).
 * 6. `await realpath(file)` (in a try: a missing file throws ENOENT, return undefined) and the
 *    same for root; refuse unless the real file is inside the real root, as in step 5.
 */
export async function resolvePath(root: string, target: string): Promise<string | undefined> {
  let path = target.split(/[?#]/, 1)[0]!;
  if (/^https?:\/\//i.test(path)) path = path.replace(/^https?:\/\/[^/]*\/?/i, "/");
  if (!path.startsWith("/")) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return undefined;
  if (decoded.endsWith("/")) decoded += "index.html";
  const base = resolve(root);
  const file = resolve(base, `.${decoded}`);
  if (!isInside(base, file)) return undefined;
  try {
    const [real, realRoot] = await Promise.all([realpath(file), realpath(base)]);
    return isInside(realRoot, real) ? real : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `path` is `folder` itself or lies somewhere below it. */
function isInside(folder: string, path: string): boolean {
  const rest = relative(folder, path);
  return rest !== ".." && !rest.startsWith(`..${sep}`) && !isAbsolute(rest);
}

/**
 * Reads the head of one request: the text before its blank line ("\r\n\r\n" not included).
 * Returns the Request, or the status code of a refusal: 400 for a request line that is not
 * `METHOD TARGET HTTP/1.x` with single spaces, a header line without a name and a colon, or an
 * HTTP/1.1 request without exactly one Host header (RFC 9112 asks for it).
 *
 * @exercise
 * 1. Split the head at "\r\n": the first line is the request line, the others are headers.
 * 2. Match the request line with /^([!#$%&'*+.^_`|~0-9A-Za-z-]+) (\S+) HTTP\/(1\.[01])$/;
 *    no match is 400.
 * 3. Each header line is `Name: value`: /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*?)[ \t]*$/.
 *    A line that does not match is 400. Store the name in lower case.
 * 4. Version "1.1" without a Host header, or with two, is 400.
 */
export function parseRequest(head: string): Request | number {
  const [requestLine = "", ...lines] = head.split("\r\n");
  const match = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+) (\S+) HTTP\/(1\.[01])$/.exec(requestLine);
  if (!match) return 400;
  const headers = new Map<string, string>();
  let hosts = 0;
  for (const line of lines) {
    const header = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*?)[ \t]*$/.exec(line);
    if (!header) return 400;
    const name = header[1]!.toLowerCase();
    if (name === "host") hosts++;
    headers.set(name, headers.has(name) ? `${headers.get(name)}, ${header[2]}` : header[2]!);
  }
  const [, method, target, version] = match;
  if (version === "1.1" && hosts !== 1) return 400;
  return { method: method!, target: target!, version: version!, headers };
}

/** A small text response (an error page) with its own body. */
function textResponse(status: number, text: string, close: boolean, extra: [string, string][] = []): Response {
  const body = Buffer.from(`${status} ${REASONS[status]}: ${text}\n`, "utf8");
  return { status, headers: [["Content-Type", "text/plain; charset=utf-8"], ...extra], body, headOnly: false, close };
}

/**
 * Decides the answer to one request head (the text before its blank line). `root` is the
 * folder to serve. Never throws: every problem is a status code.
 * - parseRequest refused it: 400 (and close: the rest of the bytes cannot be trusted);
 * - GET and HEAD are served; another method HTTP knows is 405 with `Allow: GET, HEAD`, an
 *   unknown one 501;
 * - resolvePath refused it, or it names no file: 404; a file that cannot be read: 403.
 * The connection stays open after HTTP/1.1 unless the request says `Connection: close`, and
 * after HTTP/1.0 only if it says `Connection: keep-alive`. A request that carries a body
 * (Content-Length or Transfer-Encoding) is answered and the connection closed: this server
 * does not read bodies, so it cannot tell where the next request starts.
 *
 * @exercise
 * 1. `const request = parseRequest(head)`; a number is a refusal: answer it and close.
 * 2. Work out `close` from the version and the Connection header (lower-case it first), and
 *    set it too when the request has a content-length other than "0", or a transfer-encoding.
 * 3. Methods other than GET and HEAD get 405 (known to HTTP) or 501 (unknown).
 * 4. `await resolvePath(root, request.target)`; undefined is 404. Otherwise `await readFile`
 *    it in a try block: a folder (EISDIR) or a file gone is 404, any other error 403.
 * 5. Content-Type from CONTENT_TYPES by `extname(file).toLowerCase()`; HEAD sets headOnly.
 */
export async function respond(head: string, root: string): Promise<Response> {
  const request = parseRequest(head);
  if (typeof request === "number") return textResponse(request, "the request line or a header is not valid HTTP/1.x", true);
  const connection = (request.headers.get("connection") ?? "").toLowerCase();
  const keepAlive = request.version === "1.1" ? !connection.includes("close") : connection.includes("keep-alive");
  const hasBody = (request.headers.get("content-length") ?? "0") !== "0" || request.headers.has("transfer-encoding");
  const close = !keepAlive || hasBody;
  const extra: [string, string][] = request.version === "1.0" && !close ? [["Connection", "keep-alive"]] : [];
  if (request.method !== "GET" && request.method !== "HEAD") {
    if (KNOWN_METHODS.has(request.method)) return textResponse(405, `this server only answers GET and HEAD, not ${request.method}`, close, [...extra, ["Allow", "GET, HEAD"]]);
    return textResponse(501, `${request.method} is not a method this server knows`, close, extra);
  }
  const file = await resolvePath(root, request.target);
  if (file === undefined) return textResponse(404, `nothing at ${request.target}`, close, extra);
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EISDIR" || code === "ENOENT") return textResponse(404, `nothing at ${request.target}`, close, extra);
    return textResponse(403, `${request.target} cannot be read`, close, extra);
  }
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
  return { status: 200, headers: [["Content-Type", type], ...extra], body, headOnly: request.method === "HEAD", close };
}

/** The bytes of a response: status line, headers with Content-Length (in bytes) and Connection, blank line, body. */
export function responseBytes(response: Response): Buffer {
  const lines = [`HTTP/1.1 ${response.status} ${REASONS[response.status] ?? "Unknown"}`];
  for (const [name, value] of response.headers) lines.push(`${name}: ${value}`);
  lines.push(`Content-Length: ${response.body.length}`);
  if (response.close) lines.push("Connection: close");
  const head = Buffer.from(`${lines.join("\r\n")}\r\n\r\n`, "latin1");
  return response.headOnly ? head : Buffer.concat([head, response.body]);
}

/**
 * Serves one connection: every request on it, in the order they came, each answered once its
 * blank line ("\r\n\r\n") has arrived, however its bytes were cut. `log` prints one line per
 * request for the person running the server.
 *
 * @exercise
 * 1. Keep the bytes not yet used in a Buffer (`pending`) for THIS connection: on "data",
 *    `Buffer.concat([pending, chunk])`. Bytes, not text: a header is read as latin1 and a
 *    body is never decoded.
 * 2. Answer in order, one request at a time: a `busy` flag, and a loop that takes every
 *    complete head out of `pending` (`pending.indexOf("\r\n\r\n")`), awaits `respond(head, root)`
 *    and writes `responseBytes(...)`. Two requests in one chunk are two answers; half a request
 *    waits for the rest. A head longer than MAX_HEAD_BYTES without its blank line gets 431 and close.
 * 3. After a response whose `close` is true, `socket.end()` and read nothing more.
 * 4. createServer({ allowHalfOpen: true }): a client that sends FIN after its request still
 *    gets the answer. On "end", end your side once every answer is out.
 * 5. `socket.setTimeout(idleMs)` and destroy the socket on "timeout"; handle "error" (a reset)
 *    with one log line that names the client.
 */
export function serveConnection(socket: Socket, root: string, idleMs: number, log: (line: string) => void): void {
  const client = `${socket.remoteAddress}:${socket.remotePort}`;
  let pending = Buffer.alloc(0);
  let busy = false;
  let closing = false;
  let clientEnded = false;
  const serveWhatArrived = async () => {
    if (busy) return;
    busy = true;
    while (!closing && !socket.destroyed) {
      const end = pending.indexOf("\r\n\r\n");
      if (end < 0) {
        if (pending.length > MAX_HEAD_BYTES) {
          closing = true;
          socket.end(responseBytes(textResponse(431, `the request head is longer than ${MAX_HEAD_BYTES} bytes`, true)));
        }
        break;
      }
      const head = pending.subarray(0, end).toString("latin1");
      pending = pending.subarray(end + 4);
      const response = await respond(head, root);
      log(`${client} "${head.split("\r\n", 1)[0]}" ${response.status} ${response.body.length}`);
      if (socket.destroyed) break;
      socket.write(responseBytes(response));
      if (response.close) {
        closing = true;
        socket.end();
      }
    }
    busy = false;
    if (clientEnded && !closing) socket.end();
  };
  socket.on("data", (chunk: Buffer) => {
    if (closing) return;
    pending = Buffer.concat([pending, chunk]);
    void serveWhatArrived();
  });
  socket.on("end", () => {
    clientEnded = true;
    if (!busy && !closing) socket.end();
  });
  socket.setTimeout(idleMs);
  socket.on("timeout", () => {
    log(`closing ${client}: it sent nothing for ${idleMs} ms`);
    socket.destroy();
  });
  socket.on("error", (error: NodeJS.ErrnoException) => {
    log(`connection from ${client} failed: ${error.code ?? error.message}`);
  });
}

/**
 * Listens on `host` and `port` and serves the files under `root` to every client that
 * connects, all at the same time. Resolves with the server once it listens; rejects with an
 * Error a person understands when root is not a folder or the port is taken.
 *
 * @exercise
 * 1. `await stat(root)` and check `isDirectory()`: reject with a sentence that names the root
 *    when it is missing or is not a folder.
 * 2. `createServer({ allowHalfOpen: true }, (socket) => serveConnection(...))`.
 * 3. Handle the server's "error" event (EADDRINUSE: name the port), then `listen({ host, port })`
 *    and resolve in its callback.
 */
export async function startServer(options: ServerOptions): Promise<Server> {
  const { root, host, port, idleMs } = options;
  const folder = await stat(root).catch(() => undefined);
  if (!folder?.isDirectory()) throw new Error(`--root ${root} is not a folder: give the folder whose files the server should serve`);
  return new Promise((resolve, reject) => {
    const server = createServer({ allowHalfOpen: true }, (socket) => serveConnection(socket, root, idleMs, (line) => console.log(line)));
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") {
        reject(new Error(`port ${port} on ${host} is already in use. Is another server (maybe an older copy of this one) still running? Stop it, or pick another --port.`));
      } else {
        reject(new Error(`cannot listen on ${host}:${port}: ${error.message}`));
      }
    });
    server.listen({ host, port }, () => resolve(server));
  });
}

/** Reads --root, --host, --port and --idle-ms, with the sample pages, loopback, port 8080 and DEFAULT_IDLE_MS as defaults. */
export function readOptions(args: string[]): ServerOptions {
  const { values } = parseArgs({
    args,
    options: {
      root: { type: "string", default: DEFAULT_ROOT },
      host: { type: "string", default: "127.0.0.1" },
      port: { type: "string", default: "8080" },
      "idle-ms": { type: "string", default: String(DEFAULT_IDLE_MS) },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535 (0 lets the system choose), not "${values.port}"`);
  }
  const idleMs = Number(values["idle-ms"]);
  // Node's timers hold at most 2^31 - 1 ms (about 24 days); past that they fire at once.
  if (!Number.isInteger(idleMs) || idleMs < 1 || idleMs > 2 ** 31 - 1) {
    throw new Error(`--idle-ms must be a whole number of milliseconds from 1 to 2147483647, not "${values["idle-ms"]}"`);
  }
  return { root: resolve(values.root), host: values.host, port, idleMs };
}

export async function main(): Promise<void> {
  try {
    const options = readOptions(process.argv.slice(2));
    const server = await startServer(options);
    // The real address: with --port 0 the system picked the port.
    const { address, port } = server.address() as AddressInfo;
    console.log(`serving ${options.root}`);
    console.log(`listening on ${address}:${port}`);
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

await main();
