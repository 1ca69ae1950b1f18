// The scripted web server an HTTP client exercise is graded against. It reads each request on
// each connection, writes down its exact bytes, and answers as the check scripts it: in one
// write, in pieces cut where a client's parser breaks, then closing, resetting or keeping the
// connection alive. Built on the reference TCP server, so every byte is in the transcript.
import type { CheckContext } from "../harness/check.ts";
import { within } from "../harness/deadline.ts";
import { t } from "../i18n/index.ts";
import type { Conversation } from "../harness/wire.ts";
import { startReferenceServer } from "./tcp-server.ts";

/** How long a kept-alive connection waits for the client's next request: past any check's end. */
const NEXT_REQUEST_MS = 60_000;

/** A request as the scripted server received it. */
export interface SeenRequest {
  /** Which connection carried it: 0 for the first one accepted. */
  connection: number;
  /** The head's exact bytes, up to and including the blank line. */
  head: Buffer;
  method: string;
  /** The target as sent: "/a/b?q=1". */
  target: string;
  /** Header names in lower case. */
  headers: Record<string, string>;
}

/**
 * What the server does with a request: answer on `conversation`, then say whether to wait for
 * the next request on the same connection ("keep") or stop reading it ("done"; the answer
 * closed or reset it, or left it open and silent on purpose).
 */
export type Respond = (request: SeenRequest, conversation: Conversation) => Promise<"keep" | "done">;

export interface ScriptedHttpServer {
  port: number;
  host: string;
  requests: SeenRequest[];
  /** How many connections the client opened. */
  connections(): number;
  /** Every byte the client sent on connection `index`, and how it ended it (once it has). */
  connection(index: number): Conversation | undefined;
  /** Resolves once `count` requests have been answered (their Respond has returned), within `ms`. */
  answered(count: number, ms: number): Promise<void>;
  /** An http:// URL of this server for `path`. */
  url(path: string): string;
}

/** Starts a scripted web server on loopback; every request goes to `respond`. */
export async function startHttpServer(check: CheckContext, respond: Respond, host = "127.0.0.1"): Promise<ScriptedHttpServer> {
  const requests: SeenRequest[] = [];
  let accepted = 0;
  let answers = 0;
  const waiting: { count: number; resolve: () => void }[] = [];
  const answeredOne = () => {
    answers++;
    for (const waiter of waiting.filter((candidate) => candidate.count <= answers)) waiter.resolve();
  };
  const server = await startReferenceServer(
    check,
    async (conversation) => {
      const connection = accepted++;
      let offset = 0;
      for (;;) {
        const received = await conversation.waitForText("\r\n\r\n", t("the next request on this connection"), NEXT_REQUEST_MS, offset);
        const end = received.indexOf("\r\n\r\n", offset);
        if (end < 0) return; // the client closed the connection
        const head = received.subarray(offset, end + 4);
        offset = end + 4;
        const request = parseRequest(connection, head);
        requests.push(request);
        const next = await respond(request, conversation);
        answeredOne();
        if (next === "done") return;
      }
    },
    host,
  );
  const shownHost = host.includes(":") ? `[${host}]` : host;
  return {
    port: server.port,
    host,
    requests,
    connections: () => server.conversations.length,
    connection: (index) => server.conversations[index],
    answered: (count, ms) =>
      answers >= count
        ? Promise.resolve()
        : within(ms, t("the scripted server to answer {count} requests", { count }), new Promise<void>((resolve) => waiting.push({ count, resolve }))),
    url: (path) => `http://${shownHost}:${server.port}${path}`,
  };
}

function parseRequest(connection: number, head: Buffer): SeenRequest {
  const lines = head.toString("latin1").split("\r\n");
  const [method = "", target = ""] = (lines[0] ?? "").split(" ");
  const headers: Record<string, string> = {};
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { connection, head, method, target, headers };
}

/** A response's bytes: the status line, the headers in order, the blank line, the body. */
export function httpResponse(statusLine: string, headers: [string, string][], body: string | Uint8Array = ""): Buffer {
  const head = [statusLine, ...headers.map(([name, value]) => `${name}: ${value}`)].join("\r\n");
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`, "latin1"), typeof body === "string" ? Buffer.from(body, "utf8") : Buffer.from(body)]);
}

/** A 200 with a Content-Length that counts `body`'s bytes. */
export function okResponse(body: string | Uint8Array, headers: [string, string][] = [["Content-Type", "text/plain; charset=utf-8"]]): Buffer {
  const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : Buffer.from(body);
  return httpResponse("HTTP/1.1 200 OK", [...headers, ["Content-Length", String(bytes.length)]], bytes);
}

/** `data` cut into pieces at the given byte offsets. */
export function cutAt(data: Uint8Array, offsets: number[]): Buffer[] {
  const pieces: Buffer[] = [];
  let start = 0;
  for (const offset of [...offsets, data.length]) {
    if (offset > start) pieces.push(Buffer.from(data.subarray(start, offset)));
    start = Math.max(start, offset);
  }
  return pieces;
}
