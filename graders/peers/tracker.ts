// The grader's HTTP tracker for exercise 12 (BEP 3, compact peers BEP 23), on 127.0.0.1 port 0.
// It writes down every announce, its query decoded byte by byte from the raw request line, and
// answers as the check scripts it. Its answers are bencoded with the grader's own writer
// (graders/peers/metainfo.ts), never the student's. Built on the scripted web server
// (graders/peers/http-server.ts), so every byte is in the transcript.
//
//   const tracker = await startTracker(check, { peers: [{ address: "127.0.0.1", port: 6881 }] });
//   const torrent = makeMetainfo(content, { announce: tracker.url });   // http://127.0.0.1:PORT/announce
//   …                                                                   // the student's program announces
//   const [first] = await tracker.whenAnnounces(1, DEADLINES.ready);
//   first.infoHash, first.peerId                                        // the 20 raw bytes sent (or undefined)
//   first.port, first.left, first.compact, first.event                  // as sent (undefined when absent)
//
// Answers (a TrackerAnswer, or a function (announce, index) => TrackerAnswer, called per announce,
// so a check can hand out a seeder's port that is known only later):
//   { peers: [...], interval? }   200, d8:intervali…e5:peers<6 bytes a peer>e (compact)
//   { peerList: [...] }           200, peers as a list of dictionaries with "ip" and "port" (BEP 3's older form)
//   { failure: "reason" }         200, d14:failure reason…e
//   { status: 500, body? }        that status, with a text body
//   { body: bytes }               200 with exactly these bytes (not bencode, say)
//   { silent: true }              reads the request and never answers (the connection stays open)
// Every answer but silence ends with Connection: close, as opentracker does.
// For a tracker nobody listens on (connection refused): refusedTrackerUrl().
import type { CheckContext } from "../harness/check.ts";
import { Conditions, DEADLINES } from "../harness/deadline.ts";
import { t } from "../i18n/index.ts";
import { httpResponse, okResponse, startHttpServer, type SeenRequest } from "./http-server.ts";
import { bencode, dict, type Bvalue } from "./metainfo.ts";
import { refusedPort } from "./tcp-server.ts";

export interface TrackerPeer {
  address: string;
  port: number;
}

export type TrackerAnswer =
  | { peers: TrackerPeer[]; interval?: number }
  | { peerList: TrackerPeer[]; interval?: number }
  | { failure: string }
  | { status: number; body?: string }
  | { body: Uint8Array }
  | { silent: true };

export type TrackerScript = TrackerAnswer | ((announce: Announce, index: number) => TrackerAnswer);

/** One announce as the tracker received it. */
export interface Announce {
  /** The request line's method and target, as sent: "GET", "/announce?info_hash=%12…". */
  method: string;
  target: string;
  /** The target up to its first "?". */
  path: string;
  /** The query's fields in the order sent, each value percent-decoded byte by byte (a "+" stays a "+"). */
  fields: [string, Buffer][];
  /** How many "?" the target holds: more than one means a field was glued onto another's value. */
  questionMarks: number;
  /** "%" not followed by two hex digits, as sent. */
  badEscapes: string[];
  /** The first value of each field; undefined when the field was not sent. */
  infoHash: Buffer | undefined;
  peerId: Buffer | undefined;
  /** Numbers: NaN when the field was sent but is not decimal digits. */
  port: number | undefined;
  uploaded: number | undefined;
  downloaded: number | undefined;
  left: number | undefined;
  compact: string | undefined;
  event: string | undefined;
  /** The first value of any field, as bytes. */
  field(name: string): Buffer | undefined;
}

export interface Tracker {
  host: string;
  port: number;
  /** The announce URL to put in a torrent: http://127.0.0.1:PORT/announce, with the `query` given. */
  url: string;
  /** Every announce so far, in order of arrival. */
  announces: Announce[];
  /** Resolves with the announces once `count` have arrived (before they are answered), or fails after `ms`. */
  whenAnnounces(count: number, ms?: number): Promise<Announce[]>;
}

/** `text` with each %XX as its byte and every other character as its own byte. */
function percentDecode(text: string, badEscapes: string[]): Buffer {
  const bytes: number[] = [];
  for (let at = 0; at < text.length; at++) {
    if (text[at] === "%") {
      const hex = text.slice(at + 1, at + 3);
      if (/^[0-9a-fA-F]{2}$/.test(hex)) {
        bytes.push(parseInt(hex, 16));
        at += 2;
        continue;
      }
      badEscapes.push(text.slice(at, at + 3));
    }
    bytes.push(text.charCodeAt(at) & 0xff);
  }
  return Buffer.from(bytes);
}

/** The announce a request carries. */
export function readAnnounce(request: Pick<SeenRequest, "method" | "target">): Announce {
  const { method, target } = request;
  const question = target.indexOf("?");
  const path = question < 0 ? target : target.slice(0, question);
  const query = question < 0 ? "" : target.slice(question + 1);
  const badEscapes: string[] = [];
  const fields: [string, Buffer][] = [];
  for (const pair of query.split("&")) {
    if (pair === "") continue;
    const equals = pair.indexOf("=");
    const name = percentDecode(equals < 0 ? pair : pair.slice(0, equals), badEscapes).toString("latin1");
    fields.push([name, percentDecode(equals < 0 ? "" : pair.slice(equals + 1), badEscapes)]);
  }
  const field = (name: string) => fields.find(([key]) => key === name)?.[1];
  const number = (name: string) => {
    const value = field(name)?.toString("latin1");
    return value === undefined ? undefined : /^\d+$/.test(value) ? Number(value) : Number.NaN;
  };
  return {
    method,
    target,
    path,
    fields,
    questionMarks: target.split("?").length - 1,
    badEscapes,
    infoHash: field("info_hash"),
    peerId: field("peer_id"),
    port: number("port"),
    uploaded: number("uploaded"),
    downloaded: number("downloaded"),
    left: number("left"),
    compact: field("compact")?.toString("latin1"),
    event: field("event")?.toString("latin1"),
    field,
  };
}

/** The 6 bytes of each peer: the IPv4 address, then the port big-endian. */
export function compactPeers(peers: TrackerPeer[]): Buffer {
  return Buffer.concat(
    peers.map(({ address, port }) => {
      const bytes = Buffer.alloc(6);
      address.split(".").forEach((part, index) => bytes.writeUInt8(Number(part), index));
      bytes.writeUInt16BE(port, 4);
      return bytes;
    }),
  );
}

const CLOSE: [string, string] = ["Connection", "close"];

/** The bytes of `answer` on the wire, or undefined for silence. */
function responseOf(answer: TrackerAnswer): Buffer | undefined {
  if ("silent" in answer) return undefined;
  const bencoded = (value: Bvalue) => okResponse(bencode(value), [["Content-Type", "text/plain"], CLOSE]);
  if ("peers" in answer) return bencoded(dict(["interval", answer.interval ?? 1800], ["peers", compactPeers(answer.peers)]));
  if ("peerList" in answer) {
    const list = answer.peerList.map(({ address, port }) => dict(["ip", address], ["port", port]));
    return bencoded(dict(["interval", answer.interval ?? 1800], ["peers", list]));
  }
  if ("failure" in answer) return bencoded(dict(["failure reason", answer.failure]));
  if ("status" in answer) {
    const body = Buffer.from(answer.body ?? "", "utf8");
    return httpResponse(`HTTP/1.1 ${answer.status} Scripted`, [["Content-Type", "text/plain"], ["Content-Length", String(body.length)], CLOSE], body);
  }
  return okResponse(answer.body, [["Content-Type", "text/plain"], CLOSE]);
}

/** Starts the grader's tracker on 127.0.0.1; `query` (without "?") goes into its announce URL, as a private tracker's passkey does. */
export async function startTracker(check: CheckContext, script: TrackerScript, options: { query?: string } = {}): Promise<Tracker> {
  const announces: Announce[] = [];
  const conditions = new Conditions();
  const server = await startHttpServer(check, async (request, conversation) => {
    const announce = readAnnounce(request);
    const index = announces.push(announce) - 1;
    conditions.changed();
    const answer = typeof script === "function" ? script(announce, index) : script;
    const bytes = responseOf(answer);
    if (bytes === undefined) return "done";
    await conversation.send(bytes);
    conversation.endWriting();
    return "done";
  });
  return {
    host: server.host,
    port: server.port,
    url: server.url(`/announce${options.query === undefined ? "" : `?${options.query}`}`),
    announces,
    whenAnnounces: (count, ms = DEADLINES.reply) =>
      conditions.waitFor(ms, t("{count} announces from your program at the tracker", { count }), () => (announces.length >= count ? announces : undefined)),
  };
}

/** An announce URL where nothing listens: a connection there is refused. */
export async function refusedTrackerUrl(): Promise<string> {
  return `http://127.0.0.1:${await refusedPort()}/announce`;
}
