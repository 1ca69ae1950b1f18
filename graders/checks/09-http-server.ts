// Grader for exercise 09: a web server over raw TCP. The grader writes its own site into the
// check's scratch folder (a UTF-8 page, a PNG, a stylesheet, a secret file beside the root and
// links that point out to it), starts the student's server with --root on it, and talks to it
// with a scripted HTTP/1.1 client (peers/http-client.ts) that cuts, pipelines and malforms
// requests; one check also lets a real Chromium load the page, when Chromium is installed.
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { CheckContext, CheckDefinition } from "../harness/check.ts";
import { CheckFailure } from "../harness/check.ts";
import { DEADLINES, DeadlineExceeded } from "../harness/deadline.ts";
import type { Conversation } from "../harness/wire.ts";
import { t } from "../i18n/index.ts";
import { get, HEADING_COLOUR, INDEX_TITLE, makeSite, mediaType, PROMPTLY_MS, readResponse, request, SECRET, sendByteByByte, shown, targetOf, type HttpResponse, type Site, type SiteFile } from "../peers/http-client.ts";
import { occupyPort } from "../peers/tcp-server.ts";
import { connectToServer, expectCleanFailure, otherLoopbackHost, startStudentServer as startServerProgram, type StudentServer } from "./expect.ts";

/** A short --idle-ms: long enough that a busy grader finishes its request well within it. */
const SHORT_IDLE_MS = 1_000;
/** How long past --idle-ms an idle connection may stay open: less than the default --idle-ms (5 s) minus SHORT_IDLE_MS, so a server that ignores the option fails. */
const IDLE_SLACK_MS = 3_000;
/** --idle-ms of every other check: far longer than any of them waits for a close. */
const LONG_IDLE_MS = 60_000;
/** Where Debian (and the kit's CI) installs Chromium. */
const CHROMIUM = "/usr/bin/chromium";
/** How long a browser's idle connection stays silent before its request, as Chromium's third connection does. */
const BROWSER_IDLE_MS = 600;

interface Server extends StudentServer {
  site: Site;
  /** What a request's Host header says: the address the client connected to. */
  authority: string;
}

/** Writes the grader's site and starts the student's server on it, with `extra` options. */
async function startServer(check: CheckContext, extra: string[] = [], host?: string): Promise<Server> {
  const site = await check.act(t("write the grader's site (a UTF-8 page, a PNG, a stylesheet) in a folder, and a secret file beside it"), () =>
    makeSite(check.containment.givenFolder),
  );
  // A long --idle-ms unless the check sets its own: a close it waits for is then the server's answer to the request, never its idle timer.
  const idle = extra.includes("--idle-ms") ? [] : ["--idle-ms", String(LONG_IDLE_MS)];
  const server = await startServerProgram(check, "server.ts", { host, defaultHost: "127.0.0.1", extra: ["--root", site.root, ...idle, ...extra] });
  return { ...server, site, authority: `${server.host}:${server.port}` };
}

/** One client connection and where the next response starts in what it received. */
class Session {
  next = 0;
  constructor(
    readonly client: Conversation,
    private readonly check: CheckContext,
  ) {}

  /** Sends `bytes` (described in the transcript by `what`) and reads the response that follows the previous one. */
  async ask(bytes: string | Buffer, what: string, options: { headOnly?: boolean } = {}): Promise<HttpResponse> {
    await this.check.act(what, () => this.client.send(bytes));
    return this.read(options);
  }

  /** Reads the next response. */
  async read(options: { headOnly?: boolean } = {}): Promise<HttpResponse> {
    const response = await this.check.expect(t("a complete response comes back: status line, headers, blank line, Content-Length bytes of body"), () =>
      readResponse(this.client, this.next, options),
    );
    this.next = response.end;
    return response;
  }
}

async function open(check: CheckContext, server: Server, what = t("connect a client")): Promise<Session> {
  return new Session(await check.act(what, () => connectToServer(check, server)), check);
}

/** `response` is a 200 carrying exactly `file`: Content-Length in bytes, a Content-Type for its extension, its bytes. */
function expectFile(check: CheckContext, response: HttpResponse, file: SiteFile, options: { headOnly?: boolean } = {}): Promise<void> {
  return check.expect(t("it is a 200 with {file}'s {count} bytes, Content-Type {type}", { file: file.path, count: file.bytes.length, type: file.type }), () => {
    if (response.status !== 200) {
      throw new CheckFailure(t("Your server answered {line} for {file}, which is in the root: expected status 200.", { line: shown(response.statusLine), file: file.path }));
    }
    const length = response.headers.get("content-length");
    if (Number(length) !== file.bytes.length) {
      const characters = file.bytes.toString("utf8").length;
      throw new CheckFailure(
        Number(length) === characters
          ? t("Your Content-Length for {file} is {length}: its length in characters. Content-Length counts bytes, and the file has {bytes} (a Korean character is 3 bytes in UTF-8). Use the Buffer's length.", { file: file.path, length: length!, bytes: file.bytes.length })
          : t("Your Content-Length for {file} is {length}, but the file has {bytes} bytes.", { file: file.path, length: length!, bytes: file.bytes.length }),
        { mismatch: { expected: String(file.bytes.length), observed: length ?? "" } },
      );
    }
    const type = mediaType(response.headers.get("content-type"));
    if (type !== file.type) {
      throw new CheckFailure(
        t("Your Content-Type for {file} is {type}; a file ending in {extension} is {expected}. Pick it from the file's extension.", {
          file: file.path,
          type: shown(response.headers.get("content-type") ?? t("(none)")),
          extension: file.path.slice(file.path.lastIndexOf(".")),
          expected: file.type,
        }),
      );
    }
    if (!options.headOnly) check.same(response.body, file.bytes, t("The body must be exactly the bytes of {file}, unchanged: read it as a Buffer and send it as it is.", { file: file.path }));
  });
}

/** The client's side is closed by the server within `ms`; `why` explains a server that does not. */
async function expectClosedWithin(check: CheckContext, client: Conversation, ms: number, why: string): Promise<void> {
  try {
    await client.waitForEnding(t("your server to close the connection"), ms);
  } catch (error) {
    if (!(error instanceof DeadlineExceeded)) throw error;
    throw new CheckFailure(why, { trouble: "timeout" });
  }
}

/** Once the server has caught up it still runs, and a fresh connection still gets the index page: `after` says after what (in t()). */
async function expectStillServing(check: CheckContext, server: Server, after: string): Promise<void> {
  await check.act(t("wait until your server has dealt with it"), () => server.program.caughtUp());
  await check.expect(t("your server is still running"), () => {
    if (server.program.exit) throw new CheckFailure(t("Your server stopped {after}. A bad request is one client's trouble: answer it and go on serving.", { after }), { trouble: "crash" });
  });
  const session = await open(check, server, t("connect another client"));
  const response = await session.ask(get("/index.html", server.authority, "Connection: close"), t("it asks for {target}", { target: "/index.html" }));
  await expectFile(check, response, server.site.files.index);
}

/** The answer to a `method` other than GET and HEAD: 405 with an Allow header that names GET (RFC 9110 requires it), or 501. */
async function expectNotServed(check: CheckContext, response: HttpResponse, method: string): Promise<void> {
  await expectStatus(check, response, [405, 501], `${method} /index.html`, t("This server serves GET and HEAD only: another method gets 405 Method Not Allowed or 501 Not Implemented, and no file."));
  if (response.status !== 405) return;
  await check.expect(t("the 405 has an Allow header that lists GET"), () => {
    const allow = response.headers.get("allow");
    if (!allow || !/\bGET\b/.test(allow)) {
      throw new CheckFailure(t("Your 405 answer has {allow}. A 405 must say which methods do work, in an Allow header: Allow: GET, HEAD.", { allow: allow === undefined ? t("no Allow header") : shown(`Allow: ${allow}`) }));
    }
  });
}

/** `response` has status `statuses` (one of them); `why` explains it. */
function expectStatus(check: CheckContext, response: HttpResponse, statuses: number[], target: string, why: string): Promise<void> {
  return check.expect(t("the answer to {target} is {statuses}", { target: JSON.stringify(target), statuses: statuses.join(t(" or ")) }), () => {
    if (!statuses.includes(response.status)) throw new CheckFailure(t("Your server answered {line} to {target}. {why}", { line: shown(response.statusLine), target: JSON.stringify(target), why }));
  });
}

export const checks: CheckDefinition[] = [
  {
    id: "serves-files-byte-exact",
    title: t("serves a UTF-8 page, a PNG, a stylesheet and a file of unknown type byte for byte, with Content-Length in bytes and a Content-Type from the extension"),
    needs: ["startServer", "resolvePath"],
    async run(check) {
      // The largest --idle-ms, 2^31 - 1, is accepted (one over it is refused: refuses-bad-options).
      const server = await startServer(check, ["--idle-ms", String(2 ** 31 - 1)]);
      const { korean, png, css, unknown } = server.site.files;
      const session = await open(check, server);
      const page = await session.ask(get(targetOf(korean), server.authority), t("it asks for {target}", { target: targetOf(korean) }));
      await expectFile(check, page, korean);
      const image = await session.ask(get(targetOf(png), server.authority), t("on the same connection, it asks for {target}", { target: targetOf(png) }));
      await expectFile(check, image, png);
      // "Host:" without the optional space after the colon (RFC 9110 allows none).
      const raw = await session.ask(request(`GET ${targetOf(unknown)} HTTP/1.1`, `Host:${server.authority}`), t("on the same connection, it asks for {target}, with no space after Host:", { target: targetOf(unknown) }));
      await expectFile(check, raw, unknown);
      const sheet = await session.ask(get(targetOf(css), server.authority, "Connection: close"), t("on the same connection, it asks for {target} with Connection: close", { target: targetOf(css) }));
      await expectFile(check, sheet, css);
      await check.expect(t("your server sends nothing after the last body, and closes the connection"), async () => {
        await expectClosedWithin(check, session.client, PROMPTLY_MS, t("The client asked with Connection: close and waited {seconds} s for your server to close the connection.", { seconds: PROMPTLY_MS / 1000 }));
        const extra = session.client.received.subarray(session.next);
        if (extra.length > 0) {
          throw new CheckFailure(
            t("After the last body (exactly Content-Length bytes), your server sent {count} more bytes: {bytes}. Nothing follows a body: no \"\\r\\n\", no newline.", { count: extra.length, bytes: shown(extra) }),
            { mismatch: { expected: "", observed: extra } },
          );
        }
      });
    },
  },
  {
    id: "reads-a-request-sent-one-byte-at-a-time",
    title: t("answers a request whose bytes arrive one at a time"),
    needs: ["startServer", "resolvePath"],
    async run(check) {
      const server = await startServer(check);
      const session = await open(check, server);
      const bytes = get("/index.html", server.authority, "User-Agent: one-byte-at-a-time");
      await check.act(t("send {request} one byte per write, each read by your server on its own", { request: shown(bytes) }), () => sendByteByByte(session.client, bytes));
      await expectFile(check, await session.read(), server.site.files.index);
    },
  },
  {
    id: "answers-pipelined-requests-in-order",
    title: t("answers three pipelined requests in order on one connection, the second cut between two writes"),
    needs: ["startServer", "resolvePath"],
    async run(check) {
      const server = await startServer(check);
      const { index, png, css } = server.site.files;
      const session = await open(check, server);
      const second = get(targetOf(png), server.authority);
      const cut = second.indexOf("Host");
      const first = get(targetOf(index), server.authority) + second.slice(0, cut);
      await check.act(t("send the request for {first} and the first part of the request for {second}, in one write", { first: targetOf(index), second: targetOf(png) }), () =>
        session.client.send(first),
      );
      await check.act(t("wait until your server has read it"), () => session.client.settle());
      const rest = second.slice(cut) + get(targetOf(css), server.authority);
      await check.act(t("send the rest of it and the whole request for {third}, in one write", { third: targetOf(css) }), () => session.client.send(rest));
      for (const file of [index, png, css]) await expectFile(check, await session.read(), file);
    },
  },
  {
    id: "answers-404-and-keeps-serving",
    title: t("answers a missing file with a well-formed 404, and serves the next request on the same connection"),
    needs: ["startServer", "resolvePath"],
    async run(check) {
      const server = await startServer(check);
      const session = await open(check, server);
      // The last: "http://" inside a path is part of it (a folder "http:"), not an absolute-form target to cut.
      for (const target of ["/missing.html", "/notes", "/notes/http://x/../index.html"]) {
        const response = await session.ask(get(target, server.authority), t("it asks for {target}, which is not a file in the root", { target }));
        await expectStatus(check, response, [404], target, t("Nothing in the root is called that: the answer is 404 Not Found."));
      }
      const response = await session.ask(get(targetOf(server.site.files.css), server.authority), t("on the same connection, it asks for {target}", { target: targetOf(server.site.files.css) }));
      await expectFile(check, response, server.site.files.css);
    },
  },
  {
    id: "refuses-malformed-requests-with-400",
    title: t("answers 400 to an HTTP/1.1 request without Host and to malformed request lines, 431 (or 400) and a close to a head over 16 KiB, and keeps serving"),
    needs: ["startServer", "resolvePath"],
    async run(check) {
      const server = await startServer(check);
      const cases: [string, string][] = [
        [request("GET /index.html HTTP/1.1", "Accept: */*"), t("an HTTP/1.1 request without a Host header")],
        [request("GET /index.html", `Host: ${server.authority}`), t("a request line without its HTTP version")],
        [request("GET  /index.html  HTTP/1.1", `Host: ${server.authority}`), t("a request line with two spaces between its parts")],
        [request("GET /index.html HTTP/1.1", `Host: ${server.authority}`, "this line is not a header"), t("a header line without a colon")],
      ];
      for (const [bytes, what] of cases) {
        const session = await open(check, server);
        const response = await session.ask(bytes, t("it sends {what}: {request}", { what, request: shown(bytes) }));
        await expectStatus(check, response, [400], bytes.split("\r\n", 1)[0]!, t("A request that breaks HTTP/1.1's syntax gets 400 Bad Request."));
      }
      // 40 KiB of head, well over MAX_HEAD_BYTES, and no blank line: a server that waits for it buffers without end.
      const endless = `GET /index.html HTTP/1.1\r\nHost: ${server.authority}\r\nX-Padding: ${"a".repeat(40 * 1024)}`;
      const session = await open(check, server);
      const response = await session.ask(endless, t("it sends a head of {count} bytes that never reaches its blank line", { count: endless.length }));
      await expectStatus(check, response, [431, 400], "X-Padding: aaa…", t("A head longer than MAX_HEAD_BYTES (16 KiB) without its blank line gets 431 Request Header Fields Too Large, and the connection is closed: waiting for the rest would let one client fill the server's memory."));
      await check.expect(t("your server closes the connection after that response"), () =>
        expectClosedWithin(check, session.client, PROMPTLY_MS, t("After refusing a head that was too long your server kept the connection open for {seconds} s. Close it: what follows cannot be trusted.", { seconds: PROMPTLY_MS / 1000 })),
      );
      await expectStillServing(check, server, t("after the bad requests"));
    },
  },
  {
    id: "refuses-unknown-methods",
    title: t("answers 405 (with Allow) or 501 to a method other than GET and HEAD, never takes a request's body for the next request, and serves no file for it"),
    needs: ["startServer", "resolvePath"],
    async run(check) {
      const server = await startServer(check);
      const session = await open(check, server);
      for (const method of ["BREW", "DELETE"]) {
        const bytes = request(`${method} /index.html HTTP/1.1`, `Host: ${server.authority}`);
        const response = await session.ask(bytes, t("it sends {request}", { request: shown(bytes) }));
        await expectNotServed(check, response, method);
        if (session.client.ending) break;
      }
      // A body this server does not read, and a request behind it in the same write: the body must
      // not be answered as a request of its own (request smuggling). Closing after the answer, or
      // reading the body and then answering the GET, are both right.
      const bodies = [
        { headers: ["Content-Length: 5"], body: "hello" },
        { headers: ["Transfer-Encoding: chunked"], body: "5\r\nhello\r\n0\r\n\r\n" },
      ];
      for (const { headers, body } of bodies) {
        const carrier = await open(check, server);
        const bytes = request("POST /index.html HTTP/1.1", `Host: ${server.authority}`, ...headers) + body + get("/index.html", server.authority);
        const response = await carrier.ask(bytes, t("it sends {request}", { request: shown(bytes) }));
        await expectNotServed(check, response, "POST");
        await check.expect(t("then your server closes the connection, or answers the GET behind the body; it never answers the body as a request"), async () => {
          await Promise.race([carrier.client.waitForEnding("", PROMPTLY_MS), carrier.client.waitForByteCount(carrier.next + 1, "", PROMPTLY_MS)]).catch(() => undefined);
          if (carrier.client.received.length > carrier.next) {
            const next = await readResponse(carrier.client, carrier.next);
            if (next.status !== 200) {
              throw new CheckFailure(t("After its answer to the POST your server answered {line}: it read the POST's body ({body}) as the start of another request. A server that does not read bodies closes the connection after answering a request that has one (Content-Length or Transfer-Encoding).", { line: shown(next.statusLine), body: shown(body) }));
            }
          } else if (!carrier.client.ending) {
            throw new CheckFailure(t("After its answer to the POST your server neither closed the connection nor answered the GET that followed the body, within {seconds} s.", { seconds: PROMPTLY_MS / 1000 }), { trouble: "timeout" });
          }
        });
      }
    },
  },
  {
    id: "never-serves-outside-the-root",
    title: t("never serves a file outside --root: dot segments, encoded dots and slashes, NUL, a broken escape, absolute-form and links that point out"),
    needs: ["startServer", "resolvePath"],
    async run(check) {
      const server = await startServer(check);
      const targets = [
        "/../secret.txt",
        "/notes/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/..%2fsecret.txt",
        "/%2e%2e%2fsecret.txt",
        "/notes/%2e%2e/%2e%2e/secret.txt",
        "/secret.txt%00.html",
        "/%zz/secret.txt",
        "/..",
        "../secret.txt",
        `http://${server.authority}/../secret.txt`,
        ...server.site.links,
      ];
      if (server.site.links.length === 0) check.transcript.note(t("this system does not let the grader make symbolic links: the links are not tried"));
      for (const target of targets) {
        const session = await open(check, server);
        const bytes = get(target, server.authority, "Connection: close");
        const response = await session.ask(bytes, t("it asks for {target}", { target: JSON.stringify(target) }));
        await check.expect(t("your server refuses it (400, 403 or 404) and sends nothing of the secret file"), () => {
          if (response.body.includes(SECRET) || response.status === 200) {
            throw new CheckFailure(
              t("Your server answered {line} to {target} and sent the file beside the root: anyone can read any file of your computer that way. Decode the path once, resolve it against root and refuse what lands outside; realpath() it and refuse a link that points out.", {
                line: shown(response.statusLine),
                target: JSON.stringify(target),
              }),
            );
          }
          if (![400, 403, 404].includes(response.status)) {
            throw new CheckFailure(t("Your server answered {line} to {target}: a refused path is 404 Not Found (or 400, 403).", { line: shown(response.statusLine), target: JSON.stringify(target) }));
          }
        });
      }
      await expectStillServing(check, server, t("after the requests for paths outside the root"));
    },
  },
  {
    id: "decodes-the-path-and-ignores-the-query",
    title: t("decodes %20 and UTF-8 percent-encoding, ignores the query, serves index.html for a folder, and takes an absolute-form target by its path"),
    needs: ["startServer", "resolvePath"],
    async run(check) {
      const server = await startServer(check);
      const { index, korean, spaced, notes, css } = server.site.files;
      const session = await open(check, server);
      const cases: [string, SiteFile][] = [
        [targetOf(spaced), spaced],
        [targetOf(korean), korean],
        ["/", index],
        ["/notes/", notes],
        ["/index.html?lang=ko&x=%2e%2e", index],
        [`http://${server.authority}${targetOf(css)}?v=2`, css],
        [`http://${server.authority}`, index],
      ];
      for (const [target, file] of cases) {
        const response = await session.ask(get(target, server.authority), t("it asks for {target}", { target: JSON.stringify(target) }));
        await expectFile(check, response, file);
      }
    },
  },
  {
    id: "head-sends-the-headers-only",
    title: t("answers HEAD with a GET's headers and no body"),
    needs: ["startServer", "resolvePath"],
    async run(check) {
      const server = await startServer(check);
      const { korean, css } = server.site.files;
      const session = await open(check, server);
      const head = await session.ask(request(`HEAD ${targetOf(korean)} HTTP/1.1`, `Host: ${server.authority}`), t("it sends HEAD {target}", { target: targetOf(korean) }), { headOnly: true });
      await expectFile(check, head, korean, { headOnly: true });
      await check.act(t("on the same connection, it asks for {target}", { target: targetOf(css) }), () => session.client.send(get(targetOf(css), server.authority)));
      await check.expect(t("the next bytes are the next response, not a body of the HEAD answer"), async () => {
        await session.client.waitForByteCount(session.next + 5, t("the next response"), PROMPTLY_MS).catch(() => undefined);
        const start = session.client.received.subarray(session.next, session.next + 5).toString("latin1");
        if (start !== "HTTP/") {
          throw new CheckFailure(
            t("After its answer to HEAD your server sent {bytes}: a HEAD answer has no body, whatever its Content-Length says, so the client reads those bytes as the next response.", {
              bytes: shown(session.client.received.subarray(session.next)),
            }),
          );
        }
      });
      await expectFile(check, await session.read(), css);
    },
  },
  {
    id: "closes-after-an-http-1-0-response",
    title: t("closes the connection after answering HTTP/1.0, and keeps it only when asked with Connection: keep-alive and says so"),
    needs: ["startServer", "resolvePath"],
    async run(check) {
      const server = await startServer(check);
      const { index, css } = server.site.files;
      const plain = await open(check, server);
      await expectFile(check, await plain.ask(request("GET /index.html HTTP/1.0"), t("it sends an HTTP/1.0 request, without Host (1.0 does not need it)")), index);
      await check.expect(t("your server closes the connection after the response"), () =>
        expectClosedWithin(check, plain.client, PROMPTLY_MS, t("After answering an HTTP/1.0 request your server kept the connection open for {seconds} s. HTTP/1.0 means one request per connection: close it after the response, or the client waits.", { seconds: PROMPTLY_MS / 1000 })),
      );
      // ab's way: HTTP/1.0 with Connection: Keep-Alive.
      const asking = await open(check, server, t("connect another client"));
      const response = await asking.ask(request("GET /index.html HTTP/1.0", "Connection: Keep-Alive"), t("it sends an HTTP/1.0 request with Connection: Keep-Alive, as ab -k does"));
      await expectFile(check, response, index);
      if ((response.headers.get("connection") ?? "").toLowerCase().includes("keep-alive")) {
        check.transcript.note(t("your server answered Connection: keep-alive: the connection must serve another request"));
        await expectFile(check, await asking.ask(request(`GET ${targetOf(css)} HTTP/1.0`, "Connection: Keep-Alive"), t("on the same connection, it asks for {target}", { target: targetOf(css) })), css);
      } else {
        await check.expect(t("without Connection: keep-alive in its answer, your server closes the connection"), () =>
          expectClosedWithin(check, asking.client, PROMPTLY_MS, t("Your server kept an HTTP/1.0 connection open without saying Connection: keep-alive in its response, so the client cannot know it may send another request, and waits (ab hangs so). Either say Connection: keep-alive, or close.")),
        );
      }
    },
  },
  {
    id: "keeps-an-http-1-1-connection-alive",
    title: t("keeps an HTTP/1.1 connection open for the next request without saying close, and closes it after Connection: close or the client's own close (on the host given with --host)"),
    needs: ["startServer", "resolvePath"],
    async run(check) {
      const host = await otherLoopbackHost(check);
      const server = await startServer(check, [], host);
      const { index, png, css } = server.site.files;
      const session = await open(check, server, t("connect a client to {host}", { host }));
      // Content-Length: 0 is no body: the connection stays open.
      const first = await session.ask(get(targetOf(index), server.authority, "Content-Length: 0"), t("it asks for {target}, with Content-Length: 0", { target: targetOf(index) }));
      await expectFile(check, first, index);
      await check.act(t("wait until your server has dealt with it"), () => server.program.caughtUp());
      await check.expect(t("the connection is still open, and the response did not say Connection: close"), () => {
        if (session.client.ending) {
          throw new CheckFailure(t("Your server closed the connection after one HTTP/1.1 response. HTTP/1.1 keeps it open for the next request, unless the request says Connection: close."));
        }
        if ((first.headers.get("connection") ?? "").toLowerCase().includes("close")) {
          throw new CheckFailure(t("Your response says Connection: close, yet the connection stays open: a client believes the header and never sends the next request on it. Say close only when you close."));
        }
      });
      await expectFile(check, await session.ask(get(targetOf(png), server.authority), t("on the same connection, it asks for {target}", { target: targetOf(png) })), png);
      await expectFile(check, await session.ask(get(targetOf(css), server.authority, "Connection: close"), t("on the same connection, it asks for {target} with Connection: close", { target: targetOf(css) })), css);
      await check.expect(t("your server closes the connection after that response"), () =>
        expectClosedWithin(check, session.client, PROMPTLY_MS, t("The request said Connection: close, and your server kept the connection open for {seconds} s after its response. Close it once the response is out.", { seconds: PROMPTLY_MS / 1000 })),
      );
      // A client that is done closes its side (FIN) instead of sending Connection: close.
      const leaving = await open(check, server, t("connect another client to {host}", { host }));
      await expectFile(check, await leaving.ask(get(targetOf(index), server.authority), t("it asks for {target}", { target: targetOf(index) })), index);
      await check.act(t("the client closes its side of the connection (FIN)"), () => leaving.client.endWriting());
      await check.expect(t("your server closes its side too"), () =>
        expectClosedWithin(check, leaving.client, PROMPTLY_MS, t("The client closed its side after its answer, and your server kept its own side open for {seconds} s, until its idle timer. On \"end\", call socket.end() once every answer is out.", { seconds: PROMPTLY_MS / 1000 })),
      );
    },
  },
  {
    id: "closes-an-idle-connection",
    title: t("closes a keep-alive connection that stays silent for --idle-ms, and one that never sends a request"),
    needs: ["startServer", "resolvePath", "readOptions"],
    startsEarly: true, // it waits for the idle timer
    async run(check) {
      const server = await startServer(check, ["--idle-ms", String(SHORT_IDLE_MS)]);
      const connectingAt = Date.now();
      const [talker, silent] = await check.act(t("connect two clients: one asks for a page, the other says nothing"), async () =>
        (await Promise.all([connectToServer(check, server), connectToServer(check, server)])).map((client) => new Session(client, check)),
      );
      await expectFile(check, await talker!.ask(get("/index.html", server.authority), t("it asks for {target}", { target: "/index.html" })), server.site.files.index);
      // The server wrote its answer before this moment: its timer for the talker started again by then.
      const answeredAt = Date.now();
      const closedAt = new Map<Conversation, number>();
      for (const session of [talker!, silent!]) void session.client.waitForEnding("", SHORT_IDLE_MS + IDLE_SLACK_MS + PROMPTLY_MS).then(() => closedAt.set(session.client, Date.now()), () => undefined);
      for (const [session, since, who] of [
        [talker!, answeredAt, t("the client that was answered")],
        [silent!, connectingAt, t("the silent client")],
      ] as const) {
        await check.expect(t("your server closes {who} about --idle-ms ({ms} ms) after its last byte", { who, ms: SHORT_IDLE_MS }), async () => {
          await expectClosedWithin(
            check,
            session.client,
            Math.max(1, since + SHORT_IDLE_MS + IDLE_SLACK_MS - Date.now()),
            t("{who} sent nothing more, and your server still kept its connection open {seconds} s later, with --idle-ms {ms}. Call socket.setTimeout(idleMs) with the option's value and destroy the socket on \"timeout\".", {
              who,
              seconds: (SHORT_IDLE_MS + IDLE_SLACK_MS) / 1000,
              ms: SHORT_IDLE_MS,
            }),
          );
          await check.transcript.settle();
          const after = (closedAt.get(session.client) ?? Date.now()) - since;
          check.transcript.note(t("{who} was closed {ms} ms after its last byte", { who, ms: after }));
          // The silent client's timer cannot start before it connected (20 ms: a timer counts from its loop's cached clock).
          if (session === silent && after < SHORT_IDLE_MS - 20) {
            throw new CheckFailure(t("Your server closed {who} after {after} ms, before --idle-ms ({ms} ms) had passed.", { who, after, ms: SHORT_IDLE_MS }));
          }
        });
      }
    },
  },
  {
    id: "serves-many-connections-at-once",
    title: t("serves five connections while another stays idle and a sixth has sent half its request, and goes on after a client resets"),
    needs: ["startServer", "resolvePath"],
    async run(check) {
      const server = await startServer(check);
      const { index, png } = server.site.files;
      const idle = await open(check, server, t("connect a client that says nothing yet"));
      const half = await open(check, server, t("connect a client that will send half a request"));
      const bytes = get(targetOf(png), server.authority);
      const cut = bytes.indexOf("\r\n") + 2;
      await check.act(t("it sends {part}, the request line only", { part: shown(bytes.slice(0, cut)) }), () => half.client.send(bytes.slice(0, cut)));
      await check.act(t("wait until your server has read it"), () => half.client.settle());
      for (let number = 1; number <= 5; number++) {
        const session = await open(check, server, t("connect client {number}", { number }));
        await expectFile(check, await session.ask(get(targetOf(index), server.authority), t("client {number} asks for {target}", { number, target: targetOf(index) })), index);
      }
      await expectFile(check, await half.ask(bytes.slice(cut), t("the half-sent client sends the rest of its request")), png);
      await expectFile(check, await idle.ask(get(targetOf(index), server.authority), t("the idle client asks for {target} at last", { target: targetOf(index) })), index);
      // A browser that gives up on a page resets its connection: the server's read or write then
      // fails with ECONNRESET or EPIPE, an "error" event that kills a server without a handler.
      const quitter = await open(check, server, t("connect a client that will reset its connection"));
      await check.act(t("it asks for {target} and resets the connection at once", { target: targetOf(png) }), async () => {
        await quitter.client.send(get(targetOf(png), server.authority));
        quitter.client.reset();
      });
      await expectStillServing(check, server, t("after a client reset its connection"));
    },
  },
  {
    id: "serves-a-page-to-a-browser",
    title: t("serves a page, its stylesheet and its image the way a browser asks for them; with Chromium installed, Chromium renders them"),
    needs: ["startServer", "resolvePath"],
    startsEarly: true, // Chromium takes seconds to start
    async run(check) {
      const server = await startServer(check);
      const { index, css, png } = server.site.files;
      const browserHeaders = [
        `Host: ${server.authority}`,
        "Connection: keep-alive",
        "User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
        "Accept-Encoding: gzip, deflate, br",
        "Accept-Language: ko-KR,ko;q=0.9,en;q=0.8",
      ];
      const page = await open(check, server, t("connect the browser's first connection"));
      await expectFile(check, await page.ask(request("GET / HTTP/1.1", ...browserHeaders, "Accept: text/html,application/xhtml+xml,*/*;q=0.8", "Sec-Fetch-Dest: document"), t("it asks for / with a browser's headers")), index);
      const [sheet, picture] = await check.act(t("open two more connections, as a browser does for the page's stylesheet and image"), async () =>
        (await Promise.all([connectToServer(check, server), connectToServer(check, server)])).map((client) => new Session(client, check)),
      );
      const sheetResponse = await sheet!.ask(request(`GET /${css.path} HTTP/1.1`, ...browserHeaders, "Accept: text/css,*/*;q=0.1", "Sec-Fetch-Dest: style"), t("it asks for {target} on the second", { target: `/${css.path}` }));
      await expectFile(check, sheetResponse, css);
      await check.act(t("the third connection stays idle for {ms} ms before its request, as Chromium's does", { ms: BROWSER_IDLE_MS }), () => new Promise((resolve) => setTimeout(resolve, BROWSER_IDLE_MS)));
      await expectFile(check, await picture!.ask(request(`GET /${png.path} HTTP/1.1`, ...browserHeaders, "Accept: image/avif,image/webp,image/png,*/*;q=0.8", "Sec-Fetch-Dest: image"), t("it asks for {target} on the third", { target: `/${png.path}` })), png);
      const favicon = await page.ask(request("GET /favicon.ico HTTP/1.1", ...browserHeaders, "Accept: image/*"), t("on the first, it asks for /favicon.ico, as a browser does by itself"));
      await expectStatus(check, favicon, [404], "/favicon.ico", t("There is no favicon.ico in the root: the answer is 404."));
      if (!existsSync(CHROMIUM)) {
        check.transcript.note(t("Chromium is not installed ({path}): the grader did not start a browser, and the verdict rests on the requests above. With Chromium installed, it also loads the page in it.", { path: CHROMIUM }));
        return;
      }
      await renderInChromium(check, server);
    },
  },
  {
    id: "refuses-bad-options",
    title: t("refuses a bad --port, --idle-ms or --root, and a port in use, with a message that names the option and the value; takes --idle-ms 1"),
    needs: ["startServer", "readOptions"],
    async run(check) {
      const site = await check.act(t("write the grader's site (a UTF-8 page, a PNG, a stylesheet) in a folder, and a secret file beside it"), () => makeSite(check.containment.givenFolder));
      const missing = join(check.containment.givenFolder, "no-such-folder");
      const notFolder = join(site.root, site.files.index.path);
      const port = await check.act(t("occupy a port, as another running server would"), () => occupyPort(check));
      // Past each end of a range, and a fraction: Node's own listen() refuses some of them too,
      // but without naming the option. "=" keeps parseArgs from taking "-1" for an option.
      const cases: { args: string[]; option: string; value: string }[] = [
        { args: ["--root", site.root, "--port", "70000"], option: "--port", value: "70000" },
        { args: ["--root", site.root, "--port=-1"], option: "--port", value: "-1" },
        { args: ["--root", site.root, "--port", "1.5"], option: "--port", value: "1.5" },
        { args: ["--root", site.root, "--port", "0", "--idle-ms", "0"], option: "--idle-ms", value: "0" },
        { args: ["--root", site.root, "--port", "0", "--idle-ms", "2147483648"], option: "--idle-ms", value: "2147483648" },
        { args: ["--root", missing, "--port", "0"], option: "--root", value: missing },
        { args: ["--root", notFolder, "--port", "0"], option: "--root", value: notFolder },
        { args: ["--root", site.root, "--port", String(port)], option: "--port", value: String(port) },
      ];
      const programs = await Promise.all(cases.map(({ args }) => check.act(t("start your server with {args}", { args: args.join(" ") }), () => check.launch("server.ts", args))));
      for (const [index, { args, option, value }] of cases.entries()) {
        const inUse = index === cases.length - 1;
        await expectCleanFailure(check, programs[index]!, inUse ? t("a port that is already in use") : t("a bad value for {option}: {args}", { option, args: args.join(" ") }), {
          mentions: inUse ? [{ text: value, what: t("the port") }] : [{ text: option, what: t("the option") }, { text: value, what: t("the bad value") }],
          printsWithin: DEADLINES.ready,
          ms: 4_000,
        });
      }
      // The smallest --idle-ms is a legal value: the server starts.
      await startServerProgram(check, "server.ts", { defaultHost: "127.0.0.1", extra: ["--root", site.root, "--idle-ms", "1"] });
    },
  },
];

/**
 * Loads the server's index page in headless Chromium (playwright-core), with every host name
 * resolved to nothing but loopback, and checks what it rendered: the UTF-8 heading, the
 * stylesheet's colour on it, and the image decoded to its real width.
 */
async function renderInChromium(check: CheckContext, server: Server): Promise<void> {
  const { chromium } = await import("playwright-core");
  const browser = await check.act(t("start headless Chromium ({path}), every host name mapped to nothing but 127.0.0.1", { path: CHROMIUM }), () =>
    chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"], timeout: DEADLINES.ready }),
  );
  check.defer(() => browser.close());
  const page = await browser.newPage();
  const failed: string[] = [];
  page.on("requestfailed", (failure) => failed.push(`${failure.url()} (${failure.failure()?.errorText ?? "?"})`));
  const url = `http://127.0.0.1:${server.port}/`;
  await check.act(t("Chromium loads {url}", { url }), async () => {
    const response = await page.goto(url, { waitUntil: "load", timeout: DEADLINES.ready }).catch((error: Error) => {
      throw new CheckFailure(t("Chromium could not load {url}: {error}", { url, error: error.message.split("\n", 1)[0]! }), { trouble: "timeout" });
    });
    check.transcript.note(t("Chromium got status {status} for {url}", { status: response?.status() ?? "?", url }));
  });
  const seen = await page.evaluate(() => {
    const heading = document.querySelector("h1");
    const image = document.querySelector("img");
    return {
      heading: heading?.textContent ?? "",
      colour: heading ? getComputedStyle(heading).color : "",
      width: image?.naturalWidth ?? 0,
      height: image?.naturalHeight ?? 0,
    };
  });
  check.transcript.note(t("Chromium rendered: heading {heading}, its colour {colour}, the image {width}×{height}", { heading: JSON.stringify(seen.heading), colour: seen.colour, width: seen.width, height: seen.height }));
  await check.expect(t("Chromium shows the heading {text}, decoded as UTF-8", { text: JSON.stringify(INDEX_TITLE) }), () => {
    if (seen.heading !== INDEX_TITLE) throw new CheckFailure(t("Chromium shows the heading {seen}, not {expected}: the page's bytes did not arrive whole.", { seen: JSON.stringify(seen.heading), expected: JSON.stringify(INDEX_TITLE) }));
  });
  await check.expect(t("Chromium applied the stylesheet: the heading is {colour}", { colour: HEADING_COLOUR }), () => {
    if (seen.colour !== HEADING_COLOUR) {
      throw new CheckFailure(t("Chromium did not apply the stylesheet (the heading is {colour}, not {expected}). A browser applies a stylesheet only when it comes whole, as text/css.", { colour: seen.colour, expected: HEADING_COLOUR }));
    }
  });
  await check.expect(t("Chromium decoded the image: {width}×{height} pixels", { width: 24, height: 16 }), () => {
    if (seen.width !== 24 || seen.height !== 16) {
      throw new CheckFailure(t("Chromium could not show the image (it is {width}×{height}; failed requests: {failed}). Send the PNG's bytes unchanged, as image/png.", { width: seen.width, height: seen.height, failed: failed.join(", ") || t("none") }));
    }
  });
}
