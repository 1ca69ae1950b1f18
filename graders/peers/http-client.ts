// The grader's scripted HTTP/1.1 client, on the Conversation of harness/wire.ts: it writes
// requests as bytes (so a check can cut them anywhere, or pipeline them), and reads responses
// back out of everything the connection received, strictly: a status line, header lines that
// end with CRLF, a blank line, and exactly Content-Length bytes of body. The site it asks for
// is written by makeSite into the check's scratch folder, so every byte is known in advance.
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { crc32, deflateSync } from "node:zlib";
import { CheckFailure } from "../harness/check.ts";
import { DeadlineExceeded } from "../harness/deadline.ts";
import type { Conversation } from "../harness/wire.ts";
import { t } from "../i18n/index.ts";

/** A correct server answers within milliseconds; one waiting for something that never comes fails after this long. */
export const PROMPTLY_MS = 5_000;

/** One response as it came: where it starts and ends in the connection's bytes, and its parts. */
export interface HttpResponse {
  statusLine: string;
  status: number;
  /** Header names in lower case; a repeated header keeps its values joined with ", ". */
  headers: Map<string, string>;
  body: Buffer;
  /** The offset of the byte after this response in everything received: where the next one starts. */
  end: number;
}

/** The bytes of a request: `lines` are the request line and headers, each sent with CRLF, then the blank line. */
export function request(...lines: string[]): string {
  return `${lines.map((line) => `${line}\r\n`).join("")}\r\n`;
}

/** A plain GET of HTTP/1.1 with its Host header, and any `extra` header lines. */
export function get(target: string, host: string, ...extra: string[]): string {
  return request(`GET ${target} HTTP/1.1`, `Host: ${host}`, ...extra);
}

/**
 * Sends `data` one byte per write, each once the server has read the one before (Conversation.settle),
 * and stops as soon as the server ends the connection (a server that answered the first byte
 * has said all it will). The transcript notes whether every byte reached it as a read of its own.
 */
export async function sendByteByByte(client: Conversation, data: string): Promise<void> {
  const bytes = Buffer.from(data, "latin1");
  let unread = 0;
  let unknown = false;
  let sent = 0;
  for (const byte of bytes) {
    if (client.ending || client.socket.destroyed) break;
    if (sent > 0) {
      const settled = await client.settle();
      if (settled === "unknown") unknown = true;
      else if (settled === "unread") unread++;
    }
    await client.send(Uint8Array.of(byte));
    sent++;
  }
  client.transcript.note(
    unknown
      ? t("sent {count} pieces, each after a pause (this system does not show whether the program had read the one before)", { count: sent })
      : unread === 0
        ? t("sent {count} pieces, each only once the program had read the one before: every piece reached it as a read of its own", { count: sent })
        : t("sent {count} pieces, but {unread} of them went out while the program had not read the one before: those may have reached it together", { count: sent, unread }),
  );
}

/** Shows a piece of the server's bytes in a message, with CR and LF visible. */
export function shown(bytes: Buffer | string): string {
  const text = typeof bytes === "string" ? bytes : bytes.toString("latin1");
  return JSON.stringify(text.length > 120 ? `${text.slice(0, 120)}…` : text);
}

/** Waits until `probe` finds what it looks for in the received bytes, the connection ends, or `ms` passes (then undefined). */
async function waitUntil<T>(client: Conversation, probe: () => T | undefined, what: string, ms: number): Promise<T | undefined> {
  const end = Date.now() + ms;
  for (;;) {
    const found = probe();
    if (found !== undefined || client.ending) return found;
    const left = end - Date.now();
    if (left <= 0) return undefined;
    try {
      await client.waitForByteCount(client.receivedLength + 1, what, left);
    } catch (error) {
      if (!(error instanceof DeadlineExceeded)) throw error;
      return probe();
    }
  }
}

const STATUS_LINE = /^HTTP\/1\.[01] (\d{3}) [^\r\n]*$/;
const HEADER_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*?)[ \t]*$/;

/**
 * Reads the response that starts at byte `from` of what `client` received, waiting up to `ms`
 * for its head and then its body. `headOnly`: the answer to a HEAD, which has no body whatever
 * its Content-Length says. Throws a CheckFailure that says what is wrong with it.
 */
export async function readResponse(client: Conversation, from: number, options: { headOnly?: boolean; ms?: number } = {}): Promise<HttpResponse> {
  const { headOnly = false, ms = PROMPTLY_MS } = options;
  const blank = await waitUntil(
    client,
    () => {
      const at = client.received.indexOf("\r\n\r\n", from);
      return at >= 0 ? at : undefined;
    },
    t("the end of the response's headers (a blank line)"),
    ms,
  );
  const got = client.received.subarray(from);
  if (blank === undefined) {
    if (got.length === 0) {
      throw new CheckFailure(
        client.ending
          ? t("Your server closed the connection without answering the request.")
          : t("Your server sent no response within {seconds} s.", { seconds: ms / 1000 }),
        { trouble: client.ending ? undefined : "timeout" },
      );
    }
    throw new CheckFailure(
      t("Your server sent {bytes} but never the blank line (\"\\r\\n\\r\\n\") that ends a response's headers: the client cannot tell where the headers end and the body starts.", { bytes: shown(got) }),
      { mismatch: { expected: "…\r\n\r\n", observed: got } },
    );
  }
  const [statusLine = "", ...lines] = client.received.subarray(from, blank).toString("latin1").split("\r\n");
  const status = STATUS_LINE.exec(statusLine);
  if (!status) {
    throw new CheckFailure(
      t("A response must start with a status line such as \"HTTP/1.1 200 OK\", and your server's starts with {line}.", { line: shown(statusLine) }),
      { mismatch: { expected: "HTTP/1.1 200 OK", observed: statusLine } },
    );
  }
  const headers = new Map<string, string>();
  for (const line of lines) {
    const header = HEADER_LINE.exec(line);
    if (!header) {
      throw new CheckFailure(t("Every header line is `Name: value` and ends with \"\\r\\n\"; your server sent the header line {line}.", { line: shown(line) }));
    }
    const name = header[1]!.toLowerCase();
    headers.set(name, headers.has(name) ? `${headers.get(name)}, ${header[2]}` : header[2]!);
  }
  const lengthText = headers.get("content-length");
  if (lengthText === undefined || !/^\d+$/.test(lengthText)) {
    throw new CheckFailure(
      lengthText === undefined
        ? t("Your server's {status} response has no Content-Length header: without it (or chunked encoding, which this exercise does not use) the client cannot know where the body ends.", { status: status[1]! })
        : t("Your server's Content-Length is {value}, not a number of bytes.", { value: shown(lengthText) }),
    );
  }
  const length = headOnly ? 0 : Number(lengthText);
  const start = blank + 4;
  const complete = await waitUntil(client, () => (client.receivedLength >= start + length ? true : undefined), t("the body of the response"), ms);
  if (!complete) {
    throw new CheckFailure(
      t("Your server's Content-Length says {length} bytes, but only {count} bytes of body came{closed}.", {
        length,
        count: client.receivedLength - start,
        closed: client.ending ? t(" before it closed the connection") : t(" within {seconds} s", { seconds: ms / 1000 }),
      }),
    );
  }
  return { statusLine, status: Number(status[1]), headers, body: client.received.subarray(start, start + length), end: start + length };
}

/** The media type of a Content-Type value: "text/html; charset=utf-8" is "text/html". */
export function mediaType(value: string | undefined): string {
  return (value ?? "").split(";", 1)[0]!.trim().toLowerCase();
}

/** One file of the grader's site: its path under the root, the bytes it holds, and the Content-Type its extension calls for. */
export interface SiteFile {
  path: string;
  bytes: Buffer;
  type: string;
}

/** A PNG of `width` × `height` pixels in two colours: a real image, with bytes (0x89, CR LF, 0x1a, 0x00) that text decoding breaks. */
export function checkerboardPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const typed = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // 8 bits per channel
  header[9] = 2; // RGB
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    rows.push(0); // no filter
    for (let x = 0; x < width; x++) rows.push(...((x + y) % 2 ? [0x1e, 0x6f, 0xc8] : [0xf5, 0xa6, 0x23]));
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", deflateSync(Buffer.from(rows))), chunk("IEND", Buffer.alloc(0))]);
}

/** What the secret file outside the root holds: no response may ever contain it. */
export const SECRET = "SECRET-OUTSIDE-THE-ROOT-7f3a";

/** The grader's site: a root folder with these files, and a secret file beside it (never to be served). */
export interface Site {
  root: string;
  files: Record<"index" | "korean" | "spaced" | "css" | "png" | "notes" | "unknown", SiteFile>;
  /** Symbolic links inside root that point out of it; empty where the system does not allow making them (Windows without the right). */
  links: string[];
}

/** The body of the grader's index page: a stylesheet, an image, UTF-8 text. */
export const INDEX_TITLE = "안녕, 브라우저";

/** The colour the grader's stylesheet gives h1, as getComputedStyle reports it. */
export const HEADING_COLOUR = "rgb(30, 111, 200)";

/**
 * Writes the grader's site under `folder` (the check's scratch folder, which the server may
 * read): root `folder/site`, and `folder/secret.txt` beside it, with two links in root that
 * point out (a file, and a folder).
 */
export function makeSite(folder: string): Site {
  const root = join(folder, "site");
  mkdirSync(join(root, "notes"), { recursive: true });
  const text = (value: string) => Buffer.from(value, "utf8");
  const files: Site["files"] = {
    index: {
      path: "index.html",
      bytes: text(
        `<!doctype html>\n<html lang="ko">\n<head>\n<meta charset="utf-8">\n<title>${INDEX_TITLE}</title>\n<link rel="stylesheet" href="style.css">\n</head>\n<body>\n<h1>${INDEX_TITLE}</h1>\n<p><img id="picture" src="pixel.png" alt="checkerboard"></p>\n<p>한 글자는 UTF-8로 3바이트입니다.</p>\n</body>\n</html>\n`,
      ),
      type: "text/html",
    },
    korean: { path: "한글 문서.html", bytes: text("<!doctype html>\n<meta charset=\"utf-8\">\n<title>한글</title>\n<p>바이트와 글자는 다릅니다: 가나다라마바사.</p>\n"), type: "text/html" },
    spaced: { path: "with space.txt", bytes: text("a file whose name has a space\n"), type: "text/plain" },
    css: { path: "style.css", bytes: text(`body { margin: 1em; }\nh1 { color: ${HEADING_COLOUR}; }\n`), type: "text/css" },
    png: { path: "pixel.png", bytes: checkerboardPng(24, 16), type: "image/png" },
    notes: { path: "notes/index.html", bytes: text("<!doctype html>\n<title>notes</title>\n<p>the index of a folder</p>\n"), type: "text/html" },
    // An extension no table knows: the lesson's rule sends it as application/octet-stream.
    unknown: { path: "notes/data.lab", bytes: Buffer.from([0, 1, 2, 0xfe, 0xff]), type: "application/octet-stream" },
  };
  for (const file of Object.values(files)) writeFileSync(join(root, ...file.path.split("/")), file.bytes);
  writeFileSync(join(folder, "secret.txt"), `${SECRET}\n`);
  const links: string[] = [];
  for (const [name, target, kind] of [
    ["link-out.txt", join("..", "secret.txt"), "file"],
    ["link-up", "..", "dir"],
  ] as const) {
    try {
      symlinkSync(target, join(root, name), kind);
      links.push(kind === "file" ? `/${name}` : `/${name}/secret.txt`);
    } catch {
      // Windows without the right to make links: those two targets are not tried.
    }
  }
  return { root, files, links };
}

/** The path of a site file as a request target: each segment percent-encoded (a space is %20, 한 is %ED%95%9C). */
export function targetOf(file: SiteFile): string {
  return `/${file.path.split("/").map((segment) => encodeURIComponent(segment)).join("/")}`;
}
