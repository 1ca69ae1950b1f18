// Exercise 08: an HTTP/1.1 client, written by hand on a TCP socket.
//
// The note's first example of client-server is web search: a browser asks a web server for a
// page. HTTP is text on TCP, in a shape you can read:
//
//   GET /search?q=tcp HTTP/1.1\r\n          request line: method, target, version
//   Host: 127.0.0.1:8080\r\n                 headers, one per line
//   \r\n                                     a blank line: the end of the head
//
//   HTTP/1.1 200 OK\r\n                      status line
//   Content-Length: 5\r\n                    tells where the body ends
//   \r\n
//   hello                                    the body: exactly 5 bytes
//
// The hard part is the response: where does it end? Three answers, chosen by the headers:
// Content-Length counts the body's bytes; Transfer-Encoding: chunked sends the body in pieces,
// each with its size in hex; and without either, the body ends when the server closes. A
// connection that is kept alive carries the next response right after the body, so a client
// that reads one byte too many breaks the next answer.
//
// This file is a library: client.ts (the command line) imports it, and so does the grader.
import { connect, type Socket } from "node:net";

/** How many redirects get() follows before it gives up, unless told otherwise. */
export const DEFAULT_MAX_REDIRECTS = 5;

/** How long get() waits when the server sends nothing, unless told otherwise. */
export const DEFAULT_TIMEOUT_MS = 5_000;

/** The redirect statuses get() follows, when the response has a Location. */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export interface HttpResponse {
  /** The URL this response answered (after redirects). */
  url: string;
  /** The status line as it came, without its CRLF: "HTTP/1.1 200 OK". */
  statusLine: string;
  status: number;
  /** Each header as it came, in order: [name, value]. */
  rawHeaders: [string, string][];
  /** Header names in lower case; a header sent twice is joined with ", ". */
  headers: Record<string, string>;
  /** The body's bytes, exactly; empty for HEAD, 1xx, 204 and 304. */
  body: Buffer;
}

export interface GetOptions {
  /** Ask with HEAD instead of GET: the same headers, no body. */
  head?: boolean;
  maxRedirects?: number;
  timeoutMs?: number;
}

/**
 * Reads a TCP socket as a stream of bytes that can be taken a line or a count at a time, and
 * keeps whatever it has not been asked for: on a kept-alive connection, that is the start of
 * the next response.
 */
export class ByteReader {
  private buffered = Buffer.alloc(0);
  private ended = false;
  private failure: Error | undefined;
  private wake: (() => void) | undefined;

  constructor(readonly socket: Socket, describe: string, timeoutMs: number) {
    socket.setTimeout(timeoutMs);
    socket.on("data", (chunk: Buffer) => {
      this.buffered = Buffer.concat([this.buffered, chunk]);
      this.wake?.();
    });
    socket.on("end", () => {
      this.ended = true;
      this.wake?.();
    });
    socket.on("timeout", () => {
      this.failure ??= new Error(`${describe} sent nothing for ${timeoutMs} ms: is the server stuck?`);
      socket.destroy();
      this.wake?.();
    });
    socket.on("error", (error: NodeJS.ErrnoException) => {
      this.failure ??=
        error.code === "ECONNREFUSED"
          ? new Error(`connection refused by ${describe}: is a web server running on that port?`)
          : error.code === "ECONNRESET"
            ? new ResetError(`${describe} reset the connection`)
            : new Error(`could not talk to ${describe}: ${error.message}`);
      this.wake?.();
    });
  }

  /** Why the connection failed, in a sentence, if it has. */
  get error(): Error | undefined {
    return this.failure;
  }

  /** Bytes that arrived and were not read yet. */
  get pending(): number {
    return this.buffered.length;
  }

  /** True once the other side has closed, or the connection failed, and every byte has been read. */
  get finished(): boolean {
    return this.buffered.length === 0 && (this.ended || this.failure !== undefined || this.socket.destroyed);
  }

  /** Resolves when more bytes have come, the other side has closed, or the connection failed. */
  private async more(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.ended) return;
    await new Promise<void>((resolve) => (this.wake = resolve));
    this.wake = undefined;
    if (this.failure) throw this.failure;
  }

  /**
   * Reads one line and returns it without its line end (CRLF, or a bare LF, which RFC 9112
   * allows a reader to accept). Throws if the connection ends before the line does, or when the
   * line is longer than `limit` bytes.
   *
   * @exercise
   * 1. Look for "\n" in the bytes you hold: `this.buffered.indexOf(10)`.
   * 2. Not there yet? `await this.more()` and look again: a line may come one byte at a time.
   *    If the other side closed (`this.ended`) first, throw: the line will never be complete.
   * 3. Found at index i: the line is `buffered.subarray(0, i)` (drop a "\r" at its end), and
   *    what follows it stays in `this.buffered` for the next read. Decode it as "latin1": a
   *    head is bytes, and latin1 maps each byte to one character and back.
   */
  async readLine(limit = 16 * 1024): Promise<string> {
    for (;;) {
      const end = this.buffered.indexOf(10);
      if (end >= 0) {
        const line = this.buffered.subarray(0, end > 0 && this.buffered[end - 1] === 13 ? end - 1 : end);
        this.buffered = this.buffered.subarray(end + 1);
        return line.toString("latin1");
      }
      if (this.buffered.length > limit) throw new Error(`a line of the response is longer than ${limit} bytes`);
      if (this.ended) throw new ClosedError("the server closed the connection in the middle of a line");
      await this.more();
    }
  }

  /**
   * Reads exactly `count` bytes: not one more, for those belong to what comes next.
   *
   * @exercise
   * 1. While you hold fewer than `count` bytes, `await this.more()`; if the other side closed
   *    first, throw: the body is shorter than the server promised.
   * 2. Return the first `count` bytes and keep the rest in `this.buffered`.
   */
  async readExactly(count: number): Promise<Buffer> {
    while (this.buffered.length < count) {
      if (this.ended) throw new ClosedError(`the server closed the connection after ${this.buffered.length} of ${count} bytes`);
      await this.more();
    }
    const bytes = this.buffered.subarray(0, count);
    this.buffered = this.buffered.subarray(count);
    return bytes;
  }

  /**
   * Reads every byte until the other side closes the connection.
   *
   * @exercise
   * 1. `await this.more()` until `this.ended`; then take everything you hold.
   */
  async readToEnd(): Promise<Buffer> {
    while (!this.ended) await this.more();
    const bytes = this.buffered;
    this.buffered = Buffer.alloc(0);
    return bytes;
  }
}

/** The connection was reset: on a reused connection, the cue to try once more on a new one. */
class ResetError extends Error {}
/** The connection was closed where more was due. */
class ClosedError extends Error {}

/** The head of a response: its status line and headers, before the body. */
export interface ResponseHead {
  statusLine: string;
  version: string;
  status: number;
  rawHeaders: [string, string][];
  headers: Record<string, string>;
}

/**
 * The bytes of a request for `url`: the request line, the headers, and the blank line that
 * ends them. Nothing follows: a GET and a HEAD have no body.
 *
 * @exercise
 * 1. The request line is `${method} ${target} HTTP/1.1`; the target is the path and the query:
 *    `url.pathname + url.search` ("/a/b?q=1"), never the whole URL.
 * 2. `Host` is required by HTTP/1.1: `url.host` is the name and, when it is not the default
 *    80, the port ("127.0.0.1:8080").
 * 3. Every line ends with "\r\n", and one empty line ends the head: "\r\n\r\n" at the end.
 */
export function formatRequest(method: "GET" | "HEAD", url: URL): string {
  return `${method} ${url.pathname}${url.search} HTTP/1.1\r\nHost: ${url.host}\r\nUser-Agent: app-layer-lab/08\r\nAccept: */*\r\n\r\n`;
}

/**
 * Reads a status line and the headers up to the blank line.
 *
 * @exercise
 * 1. The first line is the status line: "HTTP/1.1 404 Not Found". Check that it starts with
 *    "HTTP/" and that the second word is a three-digit number; throw a clear error otherwise.
 * 2. Then read lines until an empty one. Each is `Name: value`: split at the first ":", and
 *    trim the spaces around the value.
 * 3. Header names are case-insensitive: "content-length" and "Content-Length" are the same
 *    header. Keep them as they came (rawHeaders) and in lower case (headers).
 */
export async function readHead(reader: ByteReader): Promise<ResponseHead> {
  const statusLine = await reader.readLine();
  const match = /^(HTTP\/\d\.\d) (\d{3})(?: .*)?$/.exec(statusLine);
  if (!match) throw new Error(`the server's answer does not start with an HTTP status line: ${JSON.stringify(statusLine.slice(0, 80))}`);
  const rawHeaders: [string, string][] = [];
  const headers: Record<string, string> = {};
  for (;;) {
    const line = await reader.readLine();
    if (line === "") break;
    const colon = line.indexOf(":");
    if (colon <= 0) throw new Error(`a header line of the response has no name: ${JSON.stringify(line.slice(0, 80))}`);
    const name = line.slice(0, colon);
    const value = line.slice(colon + 1).trim();
    rawHeaders.push([name, value]);
    const key = name.toLowerCase();
    headers[key] = key in headers ? `${headers[key]}, ${value}` : value;
  }
  return { statusLine, version: match[1]!, status: Number(match[2]), rawHeaders, headers };
}

/** How the body of a response ends, decided from its head (RFC 9112, section 6.3). */
export type BodyLength = { kind: "none" } | { kind: "chunked" } | { kind: "length"; bytes: number } | { kind: "close" };

/**
 * Decides how the body is delimited, in the order RFC 9112 gives.
 *
 * @exercise
 * 1. A response to HEAD, and every 1xx, 204 and 304, has no body, whatever its headers say.
 * 2. `Transfer-Encoding: chunked` wins over a Content-Length sent beside it.
 * 3. Else a Content-Length: digits only, a count of bytes. Throw on anything else.
 * 4. Else the body ends when the server closes the connection.
 */
export function bodyLength(method: "GET" | "HEAD", head: ResponseHead): BodyLength {
  const { status, headers } = head;
  if (method === "HEAD" || (status >= 100 && status < 200) || status === 204 || status === 304) return { kind: "none" };
  const coding = headers["transfer-encoding"];
  if (coding !== undefined && /(?:^|,)\s*chunked\s*$/i.test(coding)) return { kind: "chunked" };
  const length = headers["content-length"];
  if (length !== undefined) {
    if (!/^\d+$/.test(length)) throw new Error(`the server sent a Content-Length that is not a number of bytes: ${JSON.stringify(length)}`);
    return { kind: "length", bytes: Number(length) };
  }
  return { kind: "close" };
}

/**
 * Reads a chunked body: chunks of `size-in-hex [;extension] CRLF data CRLF`, until a chunk of
 * size 0; then trailer lines until a blank line.
 *
 * @exercise
 * 1. Read the size line. The size is hexadecimal ("1A" is 26, upper or lower case), and may be
 *    followed by ";name=value" extensions: take what comes before ";", trim it, and parse it
 *    with `parseInt(text, 16)` after checking it is only hex digits.
 * 2. Size 0 is the last chunk. Otherwise read exactly `size` bytes, then the CRLF after them.
 * 3. After the last chunk come trailer lines (headers sent after the body), until an empty line:
 *    read them all, or they would be taken for the start of the next response.
 */
export async function readChunkedBody(reader: ByteReader): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for (;;) {
    const sizeLine = await reader.readLine();
    const sizeText = sizeLine.split(";")[0]!.trim();
    if (!/^[0-9a-fA-F]+$/.test(sizeText)) throw new Error(`a chunk size is not hexadecimal: ${JSON.stringify(sizeLine.slice(0, 40))}`);
    const size = parseInt(sizeText, 16);
    if (size === 0) break;
    chunks.push(await reader.readExactly(size));
    if ((await reader.readLine()) !== "") throw new Error(`chunk of ${size} bytes is not followed by CRLF`);
  }
  while ((await reader.readLine()) !== "");
  return Buffer.concat(chunks);
}

/**
 * A client that keeps connections alive: requests to the same host and port reuse one TCP
 * connection, one request after another, as long as the server lets them.
 */
export class HttpClient {
  /** A kept-alive connection per host:port, waiting for the next request. */
  private readonly idle = new Map<string, ByteReader>();

  constructor(private readonly defaults: { maxRedirects?: number; timeoutMs?: number } = {}) {}

  /**
   * Fetches `url` and follows redirects. Resolves with the final response, whatever its status
   * (a 404 is an answer too). Rejects with an Error a person understands when the URL is not
   * http://, the connection is refused or reset, the server is silent for `timeoutMs`, its
   * answer is not HTTP, or redirects go on past `maxRedirects`.
   *
   * @exercise
   * 1. Parse the URL with `new URL(text)`; refuse anything but "http:".
   * 2. Send the request on a connection to url.hostname and url.port (80 by default) with
   *    `this.exchange`, which reuses a kept-alive connection when it has one.
   * 3. A 301, 302, 303, 307 or 308 with a Location: resolve the Location against the URL you
   *    asked (`new URL(location, url)`: a relative "next" replaces only the last part of the
   *    path) and ask again. Count the redirects: past `maxRedirects`, throw an error that says
   *    so, with the count (a loop of redirects never ends by itself).
   */
  async get(url: string, options: GetOptions = {}): Promise<HttpResponse> {
    const maxRedirects = options.maxRedirects ?? this.defaults.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
    const timeoutMs = options.timeoutMs ?? this.defaults.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const method = options.head ? "HEAD" : "GET";
    let current = parseHttpUrl(url);
    for (let redirects = 0; ; redirects++) {
      const response = await this.exchange(method, current, timeoutMs);
      const location = response.headers["location"];
      if (!REDIRECTS.has(response.status) || location === undefined) return response;
      if (redirects === maxRedirects) {
        throw new Error(`stopped after ${maxRedirects} redirects (the last one, ${response.status}, to ${location}): is it a redirect loop?`);
      }
      current = parseHttpUrl(new URL(location, current).href);
    }
  }

  /**
   * Sends one request and reads its response, on a kept-alive connection when there is one. A
   * kept-alive connection the server closed while it was idle gives no byte of response: that
   * request is sent again, once, on a new connection.
   *
   * @exercise
   * 1. Take the idle connection for `url.host` out of `this.idle`, if there is one, and try the
   *    request on it with `this.exchangeOn`.
   * 2. If that throws a StaleConnection (no byte of response came), or there was none, open a
   *    new connection (`this.open`) and try once more. A new connection that gives no response
   *    at all is an error: say that the server closed without answering.
   */
  private async exchange(method: "GET" | "HEAD", url: URL, timeoutMs: number): Promise<HttpResponse> {
    const key = url.host;
    const kept = this.idle.get(key);
    this.idle.delete(key);
    if (kept) {
      try {
        return await this.exchangeOn(kept, method, url);
      } catch (error) {
        if (!(error instanceof StaleConnection)) throw error;
      }
    }
    const fresh = await this.open(url, timeoutMs);
    try {
      return await this.exchangeOn(fresh, method, url);
    } catch (error) {
      if (error instanceof StaleConnection) throw new Error(`${describeServer(url)} closed the connection without answering`);
      throw error;
    }
  }

  /**
   * One request and its response on `reader`'s connection.
   *
   * @exercise
   * 1. If the connection is already finished (the server closed it while it was idle), throw a
   *    StaleConnection without writing.
   * 2. Write `formatRequest(method, url)`, read the head, then the body as `bodyLength` says.
   *    A head that fails before its first byte arrived (closed or reset) is a StaleConnection.
   * 3. Keep the connection in `this.idle` for the next request unless the body ended with the
   *    close, the response says `Connection: close`, or it is HTTP/1.0 without
   *    `Connection: keep-alive`; otherwise destroy its socket.
   */
  private async exchangeOn(reader: ByteReader, method: "GET" | "HEAD", url: URL): Promise<HttpResponse> {
    if (reader.finished) {
      reader.socket.destroy();
      throw new StaleConnection();
    }
    reader.socket.write(formatRequest(method, url));
    let head: ResponseHead;
    try {
      head = await readHead(reader);
    } catch (error) {
      // Not one byte of a response: the server closed (or reset) the connection before it answered.
      if ((error instanceof ClosedError || error instanceof ResetError) && reader.pending === 0) {
        reader.socket.destroy();
        throw new StaleConnection();
      }
      reader.socket.destroy();
      throw error;
    }
    const length = bodyLength(method, head);
    let body: Buffer;
    try {
      body =
        length.kind === "none"
          ? Buffer.alloc(0)
          : length.kind === "length"
            ? await reader.readExactly(length.bytes)
            : length.kind === "chunked"
              ? await readChunkedBody(reader)
              : await reader.readToEnd();
    } catch (error) {
      reader.socket.destroy();
      if (error instanceof ResetError || error instanceof ClosedError) {
        throw new Error(`${describeServer(url)}: the body of the response was cut off (${error.message})`);
      }
      throw error;
    }
    const tokens = (head.headers["connection"] ?? "").toLowerCase().split(",").map((token) => token.trim());
    const keepAlive = length.kind !== "close" && !tokens.includes("close") && (head.version === "HTTP/1.1" || tokens.includes("keep-alive"));
    if (keepAlive) this.idle.set(url.host, reader);
    else reader.socket.destroy();
    return { url: url.href, statusLine: head.statusLine, status: head.status, rawHeaders: head.rawHeaders, headers: head.headers, body };
  }

  private open(url: URL, timeoutMs: number): Promise<ByteReader> {
    // URL keeps the brackets of an IPv6 address ("[::1]"); connect wants it without.
    const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
    const port = Number(url.port || 80);
    const socket = connect({ host, port });
    const reader = new ByteReader(socket, describeServer(url), timeoutMs);
    return new Promise((resolve, reject) => {
      socket.once("connect", () => resolve(reader));
      // The reader has turned the error into a sentence (it listened first). A --timeout-ms that
      // runs out while connecting destroys the socket with no "error", only a "close".
      socket.once("error", (error) => reject(reader.error ?? error));
      socket.once("close", () => reject(reader.error ?? new Error(`could not connect to ${describeServer(url)}`)));
    });
  }

  /** Closes every kept-alive connection, so nothing keeps the program running. */
  close(): void {
    for (const reader of this.idle.values()) reader.socket.destroy();
    this.idle.clear();
  }
}

/** A reused connection that gave no byte of response: the request may go again on a new one. */
class StaleConnection extends Error {}

function describeServer(url: URL): string {
  return `the server at ${url.hostname}:${url.port || 80}`;
}

function parseHttpUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`not a URL: ${JSON.stringify(text)} (try http://127.0.0.1:8080/)`);
  }
  if (url.protocol !== "http:") throw new Error(`only http:// URLs are supported, not ${url.protocol}// (${text})`);
  return url;
}

/** Fetches one URL on a connection of its own, and closes it. */
export async function get(url: string, options: GetOptions = {}): Promise<HttpResponse> {
  const client = new HttpClient(options);
  try {
    return await client.get(url, options);
  } finally {
    client.close();
  }
}
