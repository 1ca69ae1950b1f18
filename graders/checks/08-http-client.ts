// Grader for exercise 08: the student's HTTP client (client.ts, on http.ts) against the grader's
// scripted web servers. Each server answers in a shape that breaks a classic client bug: a head
// one byte at a time, a binary body, chunks cut anywhere, a body that ends with the close, a
// response without a body, a kept-alive connection closed while idle, redirects and a loop.
import { join } from "node:path";
import type { CheckContext, CheckDefinition } from "../harness/check.ts";
import { CheckFailure } from "../harness/check.ts";
import { DEADLINES, pollUntil } from "../harness/deadline.ts";
import type { StudentProcess } from "../harness/launch.ts";
import type { Conversation } from "../harness/wire.ts";
import { KIT_ROOT } from "../harness/static.ts";
import { t } from "../i18n/index.ts";
import { cutAt, httpResponse, okResponse, startHttpServer, type Respond, type ScriptedHttpServer } from "../peers/http-server.ts";
import { anotherLoopbackHost, ipv6LoopbackWorks, refusedPort } from "../peers/tcp-server.ts";
import type { Got } from "../probes/08-http-client.ts";
import type { ProbeOutcome } from "../probes/run-probe.ts";
import { describeExit, expectCleanFailure, expectEndsPromptly } from "./expect.ts";

/**
 * The --timeout-ms every check passes (the default is 5000): long beside ENDS_AFTER_WORK_MS, so
 * a client that lingers on a timer or a socket it never closed fails instead of passing late.
 */
const CLIENT_TIMEOUT_MS = 20_000;
/** How long a client may take to end once the server sent its last answer. */
const ENDS_AFTER_WORK_MS = 4_000;
/** The --timeout-ms of the silent-server check, and the grace beyond it. */
const SILENT_TIMEOUT_MS = 400;
const SILENT_GRACE_MS = 2_500;
/** The longest the scripted server's part may take (a client that reads slowly makes it longer). */
const SERVER_PART_MS = 30_000;

const PROBE = join(KIT_ROOT, "graders", "probes", "08-http-client.ts");

/** Every export on the path of a plain GET; a check that needs chunked adds readChunkedBody. */
const GET_PATH = ["ByteReader", "formatRequest", "readHead", "bodyLength", "HttpClient", "formatResponse"];

/** What the CLI prints for a response: its head as sent, then the body as decoded (never chunked). */
function printed(head: string, body: string | Uint8Array = ""): Buffer {
  return Buffer.concat([Buffer.from(head, "latin1"), Buffer.from(body)]);
}

/** The head of a response, up to its blank line, from its status line and headers. */
function headOf(statusLine: string, headers: [string, string][]): string {
  return `${[statusLine, ...headers.map(([name, value]) => `${name}: ${value}`)].join("\r\n")}\r\n\r\n`;
}

/** A respond function from a table of paths to answers (sent in pieces, each read on its own). */
function byPath(answers: Record<string, { pieces: Uint8Array[]; then?: "keep" | "close" | "reset" }>): Respond {
  return async (request, conversation) => {
    const answer = answers[request.target];
    if (!answer) {
      await conversation.send(okResponse(`no page at ${request.target}`));
      return "keep";
    }
    await conversation.sendInPieces(answer.pieces);
    if (answer.then === "close") conversation.endWriting();
    if (answer.then === "reset") {
      // Only once the client has read every byte (the kernel says so on Linux): a reset that
      // arrives together with data reaches Node as an ordinary end, and the check would hang on timing.
      await conversation.settle();
      conversation.reset();
    }
    return answer.then === undefined || answer.then === "keep" ? "keep" : "done";
  };
}

/** Starts the scripted server (`describe`d in t()). */
function serve(check: CheckContext, respond: Respond, describe: string, host?: string): Promise<ScriptedHttpServer> {
  return check.act(describe, () => startHttpServer(check, respond, host));
}

/** Runs the client on `urls` with `extra` options, and --timeout-ms CLIENT_TIMEOUT_MS unless `extra` names one. */
function runClient(check: CheckContext, urls: string[], extra: string[] = []): Promise<StudentProcess> {
  const args = [...extra, ...(extra.includes("--timeout-ms") ? [] : ["--timeout-ms", String(CLIENT_TIMEOUT_MS)]), ...urls];
  return check.act(t("run your client with {args}", { args: args.join(" ") }), () => check.launch("client.ts", args));
}

/**
 * Waits (a step described by `describe`, in t()) until the server has answered `count` requests,
 * or the client has ended without waiting for them; each step of the server has its own deadline.
 */
function serverAnswered(check: CheckContext, server: ScriptedHttpServer, client: StudentProcess, count: number, describe: string): Promise<unknown> {
  return check.act(describe, () => Promise.race([server.answered(count, SERVER_PART_MS), client.waitForExit(SERVER_PART_MS)]).catch(() => undefined));
}

/**
 * The server answers `answers` requests; the client then prints exactly `expected` (bytes) and
 * ends by itself within ENDS_AFTER_WORK_MS with code 0.
 */
async function expectPrintedResponses(check: CheckContext, server: ScriptedHttpServer, client: StudentProcess, answers: number, expected: Buffer): Promise<void> {
  await serverAnswered(check, server, client, answers, t("wait until the server has sent its last answer"));
  const status = await expectEndsPromptly(check, client, { ms: ENDS_AFTER_WORK_MS, after: t("the server sent its last answer") });
  await check.expect(t("it prints each response as curl -i does: status line, headers, blank line, body bytes"), () => {
    if (status.code !== 0 && client.stdoutBytes.length === 0) {
      throw new CheckFailure(t("Your client {how} and printed nothing; what it said: {output}", { how: describeExit(status), output: client.stderr.trim().slice(0, 300) || t("nothing") }), {
        trouble: "crash",
      });
    }
    check.same(client.stdoutBytes, expected, t("Your client did not print the responses exactly as the server sent them (with a chunked body joined)."));
  });
  await check.expect(t("it exits with code 0"), () => {
    if (status.code !== 0) throw new CheckFailure(t("Your program {how} instead of exiting with code 0.", { how: describeExit(status) }), { trouble: "crash" });
  });
}

/** A message must name the server's port (the fact that tells one server from another). */
function thePort(port: number): { text: string; what: string }[] {
  return [{ text: String(port), what: t("the port") }];
}

/** The requests the server saw, as their targets, in order: "/a, /b". */
function targets(server: ScriptedHttpServer): string {
  return server.requests.map((request) => `${request.method} ${request.target}`).join(", ") || t("none");
}

/** Requests on each connection: "2 on connection 1, 1 on connection 2". */
function perConnection(server: ScriptedHttpServer): string {
  const counts = new Map<number, number>();
  for (const request of server.requests) counts.set(request.connection, (counts.get(request.connection) ?? 0) + 1);
  return [...counts.entries()].map(([connection, count]) => t("{count} on connection {number}", { count, number: connection + 1 })).join(", ") || t("none");
}

/** The bytes 0 to 255, each once: a body no text decoding survives. */
const EVERY_BYTE = Uint8Array.from({ length: 256 }, (_, index) => index);

/** The note's reply text, in Korean too: the body of most answers. */
const PAGE = "Hello. Client. 안녕하세요\n";

export const checks: CheckDefinition[] = [
  {
    id: "sends-a-well-formed-request",
    title: t("sends the request line with the path and query, Host with the port, CRLF line ends, a blank line, and nothing after"),
    needs: GET_PATH,
    async run(check) {
      const path = "/search/results?q=tcp%20ip&lang=ko";
      const server = await serve(check, byPath({ [path]: { pieces: [okResponse(PAGE)] } }), t("start a scripted web server"));
      const client = await runClient(check, [server.url(path)]);
      await expectPrintedResponses(check, server, client, 1, okResponse(PAGE));
      const connection = server.connection(0)!;
      await check.act(t("wait until your client has closed its connection"), () => connection.waitForEnding(t("your client to close"), DEADLINES.reply).catch(() => undefined));
      await check.expect(t("the request is GET {path} HTTP/1.1, with Host 127.0.0.1:{port}, each line ending in CRLF", { path, port: server.port }), () => {
        const sent = connection.received.toString("latin1");
        const end = sent.indexOf("\r\n\r\n");
        const head = end < 0 ? sent : sent.slice(0, end);
        const lines = head.split("\r\n");
        check.same(lines[0] ?? "", `GET ${path} HTTP/1.1`, t("The request line is the method, the target (the path and the query, not the whole URL), and HTTP/1.1, separated by single spaces."));
        if (lines.some((line) => line.includes("\n"))) throw new CheckFailure(t("A line of your request ends with a bare \\n: HTTP ends every line with \\r\\n."), { mismatch: { expected: "\\r\\n", observed: JSON.stringify(head) } });
        const host = lines.slice(1).find((line) => /^host:/i.test(line));
        if (!host) throw new CheckFailure(t("Your request has no Host header: HTTP/1.1 requires one, and a server answers 400 without it."));
        check.same(host.slice(5).trim(), `127.0.0.1:${server.port}`, t("The Host header names the server as the URL does: its name and, unless it is 80, its port."));
        if (end < 0) throw new CheckFailure(t("Your request never ended its head with a blank line (\\r\\n\\r\\n): the server waits for it before it answers."));
        check.same(connection.received.subarray(end + 4), Buffer.alloc(0), t("Your client sent bytes after the blank line that ends the head: a GET has no body, and an extra CRLF would be read as the start of the next request."));
      });
    },
  },
  {
    id: "connects-to-the-host-in-the-url",
    title: t("connects to the host and port the URL names, an IPv6 address in brackets too"),
    needs: GET_PATH,
    async run(check) {
      // ::1 where the machine has IPv6, for the brackets of http://[::1]:port/; else another IPv4 loopback.
      const host = await check.act(t("find a loopback address other than 127.0.0.1"), async () => ((await ipv6LoopbackWorks()) ? "::1" : ((await anotherLoopbackHost()) ?? "127.0.0.1")));
      const server = await serve(check, byPath({ "/": { pieces: [okResponse(PAGE)] } }), t("start a scripted web server on {host}", { host }), host);
      const client = await runClient(check, [server.url("/")]);
      await expectPrintedResponses(check, server, client, 1, okResponse(PAGE));
      await check.expect(t("its Host header is {host}", { host: new URL(server.url("/")).host }), () => {
        check.same(server.requests[0]?.headers["host"] ?? "", new URL(server.url("/")).host, t("The Host header is the URL's host part as written, with the port; an IPv6 address keeps its brackets."));
      });
    },
  },
  {
    id: "prints-the-response-as-it-came",
    title: t("prints the status line, every header byte for byte as it came, a blank line and the body, for a 404 and a 302 without Location too"),
    needs: GET_PATH,
    async run(check) {
      // A header value in raw UTF-8 (as a Content-Disposition file name comes) must go out as the
      // same bytes; a Location on a 200, and a 302 without one, are answers, not redirects.
      const utf8Value = Buffer.from("안녕.txt", "utf8").toString("latin1");
      const first = okResponse(PAGE, [["Content-Type", "text/plain; charset=utf-8"], ["X-Lab", "spaces  kept  inside"], ["X-File", utf8Value], ["Location", "/not-a-redirect"], ["Set-Cookie", "a=1"], ["Set-Cookie", "b=2"]]);
      const missing = httpResponse("HTTP/1.1 404 Not Found", [["Content-Length", "10"]], "not found\n");
      const nowhere = httpResponse("HTTP/1.1 302 Found", [["Content-Length", "0"]]);
      const server = await serve(check, byPath({ "/page": { pieces: [first] }, "/missing": { pieces: [missing] }, "/nowhere": { pieces: [nowhere] } }), t("start a scripted web server"));
      // The largest --timeout-ms there is, 2^31 - 1: a limit is accepted, one over it is not (refuses-bad-options).
      const client = await runClient(check, [server.url("/page"), server.url("/missing"), server.url("/nowhere")], ["--timeout-ms", String(2 ** 31 - 1)]);
      await expectPrintedResponses(check, server, client, 3, Buffer.concat([first, missing, nowhere]));
    },
  },
  {
    id: "reads-a-head-that-arrives-byte-by-byte",
    title: t("reads a status line and headers that arrive one byte at a time"),
    needs: GET_PATH,
    async run(check) {
      const response = okResponse("byte by byte\n");
      const headLength = response.indexOf("\r\n\r\n") + 4;
      const pieces = [...[...response.subarray(0, headLength)].map((byte) => Uint8Array.of(byte)), response.subarray(headLength)];
      const server = await serve(check, byPath({ "/": { pieces } }), t("start a scripted web server that sends the head one byte per write"));
      const client = await runClient(check, [server.url("/")]);
      await expectPrintedResponses(check, server, client, 1, response);
    },
  },
  {
    id: "reads-header-names-in-any-case",
    title: t("finds Content-Length whatever its case, in a head cut in the middle of that header"),
    needs: GET_PATH,
    async run(check) {
      // Kept alive: a client that misses the length waits for a close that never comes.
      const response = httpResponse("HTTP/1.1 200 OK", [["CONTENT-type", "text/plain"], ["content-LENGTH", "14"]], "any case works");
      const cut = response.indexOf("LENGTH");
      const server = await serve(check, byPath({ "/": { pieces: cutAt(response, [cut]) } }), t("start a scripted web server that writes content-LENGTH in two pieces, cut inside its name"));
      const client = await runClient(check, [server.url("/")]);
      await expectPrintedResponses(check, server, client, 1, response);
    },
  },
  {
    id: "counts-the-body-in-bytes",
    title: t("reads exactly Content-Length bytes of a binary body (all 256 byte values), and not one byte of the next response"),
    needs: GET_PATH,
    async run(check) {
      const binary = okResponse(EVERY_BYTE, [["Content-Type", "application/octet-stream"]]);
      const next = okResponse("the next response\n");
      let ahead = false;
      // The next response goes out right behind the first, in the same write: it is already there
      // when the client reads the body, as on a connection where requests are pipelined.
      const server = await serve(
        check,
        async (request, conversation) => {
          if (request.target === "/binary") {
            await conversation.send(Buffer.concat([binary, next]));
            ahead = true;
          } else if (!ahead || request.connection !== 0) await conversation.send(next);
          return "keep";
        },
        t("start a scripted web server that sends the next response in the same write as the binary body"),
      );
      const client = await runClient(check, [server.url("/binary"), server.url("/next")]);
      await expectPrintedResponses(check, server, client, 2, Buffer.concat([binary, next]));
    },
  },
  {
    id: "decodes-a-chunked-body",
    title: t("decodes chunks with upper-case hex sizes, an extension and trailers, cut inside the size line, the CRLF and the data"),
    needs: [...GET_PATH, "readChunkedBody"],
    async run(check) {
      const head = headOf("HTTP/1.1 200 OK", [["Content-Type", "text/plain; charset=utf-8"], ["Transfer-Encoding", "chunked"], ["Trailer", "X-Checksum"]]);
      const parts = ["Hello. Client. 안녕하세요\n", "x".repeat(26), "\n"];
      const sizes = parts.map((part) => Buffer.byteLength(part).toString(16).toUpperCase());
      // RFC 9112 lets whitespace stand before an extension's ";" (BWS): the size is what comes before it, trimmed.
      const body = `${sizes[0]} ;ext=1\r\n${parts[0]}\r\n${sizes[1]}\r\n${parts[1]}\r\n${sizes[2]}\r\n${parts[2]}\r\n0\r\nX-Checksum: 42\r\n\r\n`;
      const response = Buffer.concat([Buffer.from(head, "latin1"), Buffer.from(body, "utf8")]);
      const bodyStart = head.length;
      // Cuts: inside the first size line ("1" | "F ;ext=1"), inside the CRLF after the first data,
      // inside the Korean text of the data (a character in two), and inside the second size line.
      const text = response.toString("latin1");
      const firstData = text.indexOf("\r\n", bodyStart) + 2;
      const cuts = [bodyStart + 1, firstData + 16, firstData + Buffer.byteLength(parts[0]!) + 1, text.indexOf("\r\n1A") + 3];
      const next = okResponse("after the trailers\n");
      const server = await serve(check, byPath({ "/chunked": { pieces: cutAt(response, cuts) }, "/next": { pieces: [next] } }), t("start a scripted web server that sends a chunked body in pieces cut where parsers break"));
      const client = await runClient(check, [server.url("/chunked"), server.url("/next")]);
      await expectPrintedResponses(check, server, client, 2, Buffer.concat([printed(head, parts.join("")), next]));
    },
  },
  {
    id: "prefers-chunked-over-content-length",
    title: t("takes Transfer-Encoding: chunked over a Content-Length sent beside it"),
    needs: [...GET_PATH, "readChunkedBody"],
    async run(check) {
      const head = headOf("HTTP/1.1 200 OK", [["Content-Length", "3"], ["Transfer-Encoding", "chunked"]]);
      const response = Buffer.from(`${head}5\r\nchunk\r\n7\r\ned body\r\n0\r\n\r\n`, "latin1");
      const next = okResponse("the next response\n");
      const server = await serve(check, byPath({ "/both": { pieces: [response] }, "/next": { pieces: [next] } }), t("start a scripted web server that sends both Content-Length: 3 and a chunked body"));
      const client = await runClient(check, [server.url("/both"), server.url("/next")]);
      await expectPrintedResponses(check, server, client, 2, Buffer.concat([printed(head, "chunked body"), next]));
    },
  },
  {
    id: "reads-a-body-until-the-close",
    title: t("reads an HTTP/1.0 body without a length until the server closes, then uses a new connection"),
    needs: GET_PATH,
    async run(check) {
      const head = headOf("HTTP/1.0 200 OK", [["Content-Type", "text/plain; charset=utf-8"]]);
      const body = "first piece, 안녕\nsecond piece, after a pause\n";
      const response = Buffer.from(head + body, "utf8");
      const next = httpResponse("HTTP/1.0 200 OK", [["Content-Length", "5"]], "again");
      const server = await serve(
        check,
        byPath({ "/old": { pieces: cutAt(response, [head.length + 10]), then: "close" }, "/again": { pieces: [next], then: "close" } }),
        t("start a scripted HTTP/1.0 server that ends each body by closing the connection"),
      );
      const client = await runClient(check, [server.url("/old"), server.url("/again")]);
      await expectPrintedResponses(check, server, client, 2, Buffer.concat([response, next]));
      await check.expect(t("the second request went on a new connection"), () => {
        if (server.requests[1]?.connection === 0) throw new CheckFailure(t("Your client sent a request on a connection the server had closed."));
      });
    },
  },
  {
    id: "knows-when-there-is-no-body",
    title: t("reads no body after a 204 or a 304, even with a Content-Length, and goes on to the next response"),
    needs: GET_PATH,
    async run(check) {
      const empty = httpResponse("HTTP/1.1 204 No Content", [["Content-Length", "10"]]);
      const unchanged = httpResponse("HTTP/1.1 304 Not Modified", [["Content-Length", "10"], ["ETag", '"v1"']]);
      const page = okResponse(PAGE);
      const server = await serve(check, byPath({ "/204": { pieces: [empty] }, "/304": { pieces: [unchanged] }, "/page": { pieces: [page] } }), t("start a scripted web server"));
      const client = await runClient(check, [server.url("/204"), server.url("/304"), server.url("/page")]);
      await expectPrintedResponses(check, server, client, 3, Buffer.concat([empty, unchanged, page]));
    },
  },
  {
    id: "sends-head-and-reads-no-body",
    title: t("with --head, sends HEAD and reads no body although Content-Length announces one"),
    needs: GET_PATH,
    async run(check) {
      const head = headOf("HTTP/1.1 200 OK", [["Content-Type", "text/plain; charset=utf-8"], ["Content-Length", String(Buffer.byteLength(PAGE))]]);
      const server = await serve(
        check,
        async (request, conversation) => {
          // The head of the GET answer, and no body: what a server sends for HEAD.
          await conversation.send(request.method === "HEAD" ? head : okResponse(PAGE));
          return "keep";
        },
        t("start a scripted web server that answers HEAD with the headers of the page only"),
      );
      const client = await runClient(check, [server.url("/a"), server.url("/b")], ["--head"]);
      await expectPrintedResponses(check, server, client, 2, printed(head + head));
      await check.expect(t("both requests were HEAD"), () => {
        if (server.requests.some((request) => request.method !== "HEAD")) throw new CheckFailure(t("With --head, ask with the method HEAD; your client sent: {requests}.", { requests: targets(server) }));
      });
    },
  },
  {
    id: "reuses-a-kept-alive-connection",
    title: t("sends three requests to one server on one kept-alive connection"),
    needs: GET_PATH,
    async run(check) {
      const pages = ["/one", "/two", "/three"].map((path) => okResponse(`page ${path}\n`));
      const server = await serve(check, byPath({ "/one": { pieces: [pages[0]!] }, "/two": { pieces: [pages[1]!] }, "/three": { pieces: [pages[2]!] } }), t("start a scripted web server that keeps connections alive"));
      const client = await runClient(check, ["/one", "/two", "/three"].map((path) => server.url(path)));
      await expectPrintedResponses(check, server, client, 3, Buffer.concat(pages));
      await check.expect(t("all three went on one connection"), () => {
        if (server.connections() !== 1) {
          throw new CheckFailure(t("Your client opened {count} connections for three requests to one server ({requests}). HTTP/1.1 keeps a connection alive: send the next request on it.", { count: server.connections(), requests: perConnection(server) }));
        }
      });
    },
  },
  {
    id: "opens-a-new-connection-after-close",
    title: t("after a response with Connection: close, sends the next request on a new connection"),
    needs: GET_PATH,
    async run(check) {
      const closing = okResponse("last on this connection\n", [["Connection", "close"]]);
      const next = okResponse("on a new connection\n");
      const server = await serve(
        check,
        async (request, conversation) => {
          if (request.target !== "/closing") {
            await conversation.send(next);
            return "keep";
          }
          // Announced, not done at once: the server closes when the client does, or when a request
          // comes anyway (answered with nothing), so that request shows up here.
          await conversation.send(closing);
          await waitForNextRequestOrEnd(conversation);
          conversation.endWriting();
          return "keep";
        },
        t("start a scripted web server that answers Connection: close"),
      );
      const client = await runClient(check, [server.url("/closing"), server.url("/next")]);
      await expectPrintedResponses(check, server, client, 2, Buffer.concat([closing, next]));
      await check.expect(t("the second request went on a new connection"), () => {
        if (server.requests.filter((request) => request.connection === 0).length > 1) {
          throw new CheckFailure(t("Your client sent another request on a connection after the server had said Connection: close ({requests}). Close it, and open a new one.", { requests: perConnection(server) }));
        }
      });
    },
  },
  {
    id: "retries-a-connection-closed-while-idle",
    title: t("sends a request again, once, on a new connection when the kept-alive one was closed or reset while idle"),
    needs: GET_PATH,
    async run(check) {
      // The idle timeout of a real server closes the connection just as the next request arrives;
      // one that still held unread bytes resets it instead. Either way no byte of answer came.
      const endings = [
        { end: (conversation: Conversation) => conversation.endWriting(), what: t("start a scripted web server that closes a kept-alive connection when its second request arrives") },
        { end: (conversation: Conversation) => conversation.reset(), what: t("start a scripted web server that resets a kept-alive connection when its second request arrives") },
      ];
      for (const { end, what } of endings) {
        const first = okResponse("first\n");
        const second = okResponse("second, on a new connection\n");
        const server = await serve(
          check,
          async (request, conversation) => {
            if (request.connection === 0 && request.target === "/second") {
              end(conversation);
              return "done";
            }
            await conversation.send(request.target === "/first" ? first : second);
            return "keep";
          },
          what,
        );
        const client = await runClient(check, [server.url("/first"), server.url("/second")]);
        await expectPrintedResponses(check, server, client, 3, Buffer.concat([first, second]));
        await check.expect(t("the request went again on one new connection"), () => {
          check.same(targets(server), "GET /first, GET /second, GET /second", t("Send the request once more on a new connection, and only once."));
        });
      }
    },
  },
  {
    id: "follows-redirects",
    title: t("follows 301, 302 and 307, with an absolute and relative Location, up to --max-redirects 3"),
    needs: GET_PATH,
    async run(check) {
      let absolute = "";
      const final = okResponse("you have arrived\n");
      const redirect = (status: string, location: string) => httpResponse(status, [["Location", location], ["Content-Length", "0"]]);
      const server = await serve(
        check,
        async (request, conversation) => {
          const answers: Record<string, Uint8Array> = {
            "/a/start": redirect("HTTP/1.1 301 Moved Permanently", absolute),
            "/b/page": redirect("HTTP/1.1 302 Found", "other?from=b"),
            "/b/other?from=b": redirect("HTTP/1.1 307 Temporary Redirect", "/c/final"),
            "/c/final": final,
          };
          await conversation.send(answers[request.target] ?? httpResponse("HTTP/1.1 404 Not Found", [["Content-Length", "0"]]));
          return "keep";
        },
        t("start a scripted web server with a chain of three redirects"),
      );
      absolute = server.url("/b/page");
      const client = await runClient(check, [server.url("/a/start")], ["--max-redirects", "3"]);
      await expectPrintedResponses(check, server, client, 4, final);
      await check.expect(t("it asked for /a/start, /b/page, /b/other?from=b and /c/final"), () => {
        check.same(targets(server), "GET /a/start, GET /b/page, GET /b/other?from=b, GET /c/final", t("Resolve a Location against the URL you asked for: new URL(location, url). A relative \"other\" replaces the last part of the path only."));
      });
    },
  },
  {
    id: "stops-a-redirect-loop",
    title: t("gives up on a redirect loop after --max-redirects 2, and at once with --max-redirects 0, with a message and an error code"),
    needs: GET_PATH,
    async run(check) {
      // 0 is the smallest limit: it is accepted, and no redirect is followed.
      const limits = [
        { max: 2, asked: "GET /loop, GET /loop-again, GET /loop" },
        { max: 0, asked: "GET /loop" },
      ];
      for (const { max, asked } of limits) {
        const server = await serve(
          check,
          async (request, conversation) => {
            await conversation.send(httpResponse("HTTP/1.1 302 Found", [["Location", request.target === "/loop" ? "/loop-again" : "/loop"], ["Content-Length", "0"]]));
            return "keep";
          },
          t("start a scripted web server whose two pages redirect to each other"),
        );
        const client = await runClient(check, [server.url("/loop")], ["--max-redirects", String(max)]);
        await serverAnswered(check, server, client, max + 1, t("wait until the server has answered {count} requests", { count: max + 1 }));
        await expectCleanFailure(check, client, t("a redirect loop"), { ms: ENDS_AFTER_WORK_MS });
        await check.expect(t("it followed exactly {count} redirects", { count: max }), () => {
          check.same(targets(server), asked, t("With --max-redirects {count}, follow {count} redirects and stop at the next one.", { count: max }));
        });
      }
    },
  },
  {
    id: "explains-an-answer-that-is-not-http",
    title: t("explains an answer that is not HTTP (a server that says Hello. Client.), a header without a name, a Content-Length that is not a number and a chunk size that is not hex, quoting what came"),
    needs: GET_PATH,
    async run(check) {
      // A line and a blank line, shaped like a head, so only the status line gives it away. The
      // message quotes what came, so the student sees what the server said; a header line without
      // a name has nothing short to quote.
      const quoted = (text: string) => [{ text, what: t("what the server sent, {text}", { text: JSON.stringify(text) }) }];
      const answers = [
        { bytes: "Hello. Client.\r\n\r\n", what: t("an answer that is not HTTP"), mentions: quoted("Hello. Client.") },
        { bytes: "HTTP/1.1 200 OK\r\n: no name\r\nContent-Length: 5\r\n\r\nhello", what: t("a header line without a name"), mentions: [] },
        // Digits first, and a sign: a check that looks only at the start or the end lets them through.
        { bytes: "HTTP/1.1 200 OK\r\nContent-Length: 12 bytes\r\n\r\nHello. Client.", what: t("a Content-Length that is not a number"), mentions: quoted("12 bytes") },
        { bytes: "HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\nHello. Client.", what: t("a negative Content-Length"), mentions: quoted("-1") },
        // C's notation, which parseInt(text, 16) reads as 5: a chunk size is hex digits only.
        { bytes: "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0x5\r\nhello\r\n0\r\n\r\n", what: t("a chunk size that is not only hex digits"), mentions: quoted("0x5") },
      ];
      for (const answer of answers) {
        const server = await serve(
          check,
          async (_request, conversation) => {
            await conversation.send(answer.bytes);
            conversation.endWriting();
            return "done";
          },
          t("start a server that answers {bytes} and closes", { bytes: JSON.stringify(answer.bytes) }),
        );
        const client = await runClient(check, [server.url("/")]);
        await serverAnswered(check, server, client, 1, t("wait until the server has sent its last answer"));
        await expectCleanFailure(check, client, answer.what, { ms: ENDS_AFTER_WORK_MS, mentions: answer.mentions });
      }
    },
  },
  {
    id: "reports-a-server-that-closes-without-answering",
    title: t("reports a server that reads the request and closes without a word, naming it, and does not retry for ever"),
    needs: GET_PATH,
    async run(check) {
      const server = await serve(
        check,
        async (_request, conversation) => {
          conversation.endWriting();
          return "done";
        },
        t("start a scripted web server that reads each request and closes without answering"),
      );
      const client = await runClient(check, [server.url("/")]);
      await serverAnswered(check, server, client, 1, t("wait until the server has read the request"));
      await expectCleanFailure(check, client, t("a server that closed without answering"), { ms: ENDS_AFTER_WORK_MS, mentions: thePort(server.port) });
      await check.expect(t("it asked at most twice"), () => {
        if (server.requests.length > 2) throw new CheckFailure(t("Your client sent the request {count} times to a server that closes without answering. Retry only a reused connection, and only once.", { count: server.requests.length }));
      });
    },
  },
  {
    id: "explains-a-refused-connection",
    title: t("explains a refused connection, naming the port, with an error code"),
    needs: GET_PATH,
    async run(check) {
      const port = await check.act(t("find a port where nothing listens"), () => refusedPort());
      const client = await runClient(check, [`http://127.0.0.1:${port}/`]);
      await expectCleanFailure(check, client, t("a refused connection"), { mentions: thePort(port) });
    },
  },
  {
    id: "gives-up-on-a-silent-server",
    title: t("gives up on a server that reads the request and never answers, after --timeout-ms, naming it; --timeout-ms 1 is accepted"),
    needs: GET_PATH,
    async run(check) {
      const server = await serve(check, async () => "done", t("start a scripted web server that never answers"));
      const client = await runClient(check, [server.url("/")], ["--timeout-ms", String(SILENT_TIMEOUT_MS)]);
      await serverAnswered(check, server, client, 1, t("wait until the server has read the request"));
      await expectCleanFailure(check, client, t("a silent server"), { ms: SILENT_TIMEOUT_MS + SILENT_GRACE_MS, mentions: thePort(server.port) });
      // The smallest --timeout-ms: accepted, so the client connects (before its timer can fire:
      // Node connects to an IP address in the same turn), and then gives up.
      const quick = await runClient(check, [server.url("/")], ["--timeout-ms", "1"]);
      await expectCleanFailure(check, quick, t("a silent server, with --timeout-ms 1"), { ms: SILENT_TIMEOUT_MS + SILENT_GRACE_MS, mentions: thePort(server.port) });
      await check.expect(t("with --timeout-ms 1 your client still connected: 1 is a legal value"), async () => {
        await pollUntil(DEADLINES.reply, t("the server to see your client's connection"), () => (server.connections() >= 2 ? true : undefined)).catch(() => undefined);
        if (server.connections() < 2) throw new CheckFailure(t("Your client never connected with --timeout-ms 1. The smallest legal value is 1 ms: refuse only 0 and below."));
      });
    },
  },
  {
    id: "reports-a-reset-mid-body",
    title: t("reports a reset or a close in the middle of the body, naming the server, and does not print the start as the whole"),
    needs: GET_PATH,
    async run(check) {
      const response = httpResponse("HTTP/1.1 200 OK", [["Content-Length", "100"]], "0123456789".repeat(4));
      const endings = [
        { then: "reset" as const, describe: t("start a scripted web server that sends 40 of 100 body bytes, waits until you have read them, then resets"), what: t("a reset in the middle of the body") },
        { then: "close" as const, describe: t("start a scripted web server that sends 40 of 100 body bytes, then closes"), what: t("a close in the middle of the body") },
      ];
      for (const { then, describe, what } of endings) {
        const server = await serve(check, byPath({ "/": { pieces: [response], then } }), describe);
        const client = await runClient(check, [server.url("/")]);
        await serverAnswered(check, server, client, 1, t("wait until the server has sent its last answer"));
        await expectCleanFailure(check, client, what, { ms: ENDS_AFTER_WORK_MS, mentions: thePort(server.port) });
      }
    },
  },
  {
    id: "get-returns-the-response-and-closes",
    title: t("the library's get(url) returns the status, the headers by lower-case name and the body's bytes, and closes its connection"),
    needs: ["ByteReader", "formatRequest", "readHead", "bodyLength", "HttpClient", "get"],
    async run(check) {
      const response = okResponse(EVERY_BYTE, [["Content-Type", "application/octet-stream"], ["X-Lab", "kept"]]);
      const server = await serve(check, byPath({ "/bytes": { pieces: [response] } }), t("start a scripted web server"));
      const url = server.url("/bytes");
      const outcome = await check.act(t("call get({url}) from your http.ts", { url }), () => check.probe<ProbeOutcome<Got>>(PROBE, "get", { url, timeoutMs: CLIENT_TIMEOUT_MS }));
      await check.expect(t("it resolves with status 200, headers[\"x-lab\"] \"kept\" and the 256 bytes of the body"), () => {
        if ("threw" in outcome) throw new CheckFailure(t("get() threw instead of returning the response: {error}", { error: outcome.threw }), { trouble: "crash" });
        const got = outcome.returned;
        check.same(String(got.status), "200", t("status is the number from the status line."));
        check.same(got.headers["x-lab"] ?? t("nothing"), "kept", t("headers holds every header under its name in lower case: headers[\"x-lab\"] for X-Lab."));
        check.same(Buffer.from(got.bodyHex, "hex"), Buffer.from(EVERY_BYTE), t("body is the body's bytes as they came, a Buffer, never decoded as text."));
      });
      await check.expect(t("get() closed its connection once it had the answer"), async () => {
        const connection = server.connection(0);
        const ended = await connection?.waitForEnding(t("get() to close its connection"), DEADLINES.reply).then(() => true, () => false);
        if (!ended) throw new CheckFailure(t("get() returned but left its connection open. It fetches one URL: close the connection when it has the answer (in a finally), or a program that calls it never ends."));
      });
    },
  },
  {
    id: "refuses-bad-options",
    title: t("refuses --timeout-ms 0 or 2147483648, --max-redirects=-1, no URL, a URL without http:// and an https:// URL with a message that names the problem"),
    needs: ["HttpClient"],
    async run(check) {
      const server = await serve(check, async () => "done", t("start a scripted web server that never answers"));
      const url = server.url("/");
      const cases = [
        { args: ["--timeout-ms", "0", url], mention: "--timeout-ms" },
        // With "=": parseArgs takes a lone "-1" for an option and refuses it before the client's own check could.
        { args: ["--max-redirects=-1", url], mention: "--max-redirects" },
        { args: ["--timeout-ms", "2147483648", url], mention: "--timeout-ms" },
        { args: [], mention: "URL" },
        { args: [`https://127.0.0.1:${server.port}/`], mention: "https" },
        // The scheme forgotten: the message quotes what was given.
        { args: [`127.0.0.1:${server.port}/`], mention: `127.0.0.1:${server.port}/` },
      ];
      const clients = await Promise.all(cases.map((bad) => check.act(t("run your client with {args}", { args: bad.args.join(" ") || t("no arguments") }), () => check.launch("client.ts", bad.args))));
      for (const [index, bad] of cases.entries()) {
        await expectCleanFailure(check, clients[index]!, t("bad input: {args}", { args: bad.args.join(" ") || t("no arguments") }), { mentions: [{ text: bad.mention, what: t("the problem") }] });
      }
    },
  },
];

/** Resolves when the client sends another request on `conversation`, or ends it. */
async function waitForNextRequestOrEnd(conversation: Conversation): Promise<void> {
  const from = conversation.received.length;
  await conversation.waitForText("\r\n\r\n", t("your client to close, or to send another request"), SERVER_PART_MS, from).catch(() => undefined);
}

