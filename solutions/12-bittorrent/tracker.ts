// Exercise 12, part 3: the tracker (BEP 3; compact peers, BEP 23). A tracker is a web server
// that knows who is in a swarm. A peer asks it with one HTTP GET, the "announce":
//   GET /announce?info_hash=%12%34…&peer_id=-AL0001-…&port=6881&uploaded=0&downloaded=0&left=1048576&compact=1&event=started
// and the answer is a bencoded dictionary:
//   d8:intervali1800e5:peers12:<6 bytes a peer>e
// where each 6 bytes of "peers" are an IPv4 address (4 bytes) and a port (2 bytes, big-endian).
// A tracker that will not serve you says why in "failure reason" instead.
// The info hash and the peer id are 20 raw BYTES, not text: each byte goes into the URL
// percent-encoded ("%1F"), never as 40 hex digits.
//
// Try it by hand: npx tsx exercises/12-bittorrent/peer.ts peers some.torrent --port 6881
import { request } from "node:http";
import { decode, type Bencode, type BencodeDictionary } from "./bencode.ts";
import type { Torrent } from "./torrent.ts";

export interface Address {
  address: string;
  port: number;
}

export interface AnnounceOptions {
  /** 20 bytes that name this peer (peer.ts's newPeerId). */
  peerId: Buffer;
  /** The port this peer listens on (or would), for others to connect to. */
  port: number;
  uploaded: number;
  downloaded: number;
  /** Bytes still to download: the whole length for a new download, 0 for a seeder. */
  left: number;
  event?: "started" | "completed" | "stopped";
}

export interface AnnounceReply {
  /** Seconds the tracker asks us to wait before the next announce. */
  interval: number;
  peers: Address[];
}

/** The bytes a URL may carry as they are (RFC 3986's "unreserved"); every other byte is %XX. */
function isUnreserved(byte: number): boolean {
  return (
    (byte >= 0x30 && byte <= 0x39) || // 0-9
    (byte >= 0x41 && byte <= 0x5a) || // A-Z
    (byte >= 0x61 && byte <= 0x7a) || // a-z
    byte === 0x2d || byte === 0x2e || byte === 0x5f || byte === 0x7e // - . _ ~
  );
}

/** `bytes` percent-encoded one byte at a time: "-AL" stays, 0x1f becomes "%1F". */
function escapeBytes(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += isUnreserved(byte) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  return text;
}

/**
 * The announce URL: the torrent's announce URL with the query a tracker expects. info_hash and
 * peer_id are percent-encoded byte by byte (raw bytes, not hex); compact=1 asks for the 6-byte
 * peers; event is added only when given. An announce URL that already has a query (a private
 * tracker's "?passkey=…") gets "&" before ours, not a second "?".
 *
 * @exercise
 * 1. Percent-encode a Buffer byte by byte: a byte that is a letter, a digit or one of "-._~" may
 *    stay as its character; every other byte becomes "%" and two hex digits
 *    (`byte.toString(16).padStart(2, "0")`). Never `infoHash.toString("hex")`: the tracker
 *    would read 40 bytes of hex digits, not your 20-byte hash, and know no such torrent.
 *    (encodeURIComponent does not do it: it encodes text as UTF-8, not bytes.)
 * 2. The fields, in this order: info_hash (torrent.infoHash), peer_id (options.peerId), port,
 *    uploaded, downloaded, left (numbers as decimal), compact=1, then event=… if options.event.
 *    Join them with "&".
 * 3. Put them after `torrent.announce` with "?" — or with "&" when the announce URL already
 *    holds a "?" (a URL has only one query; a second "?" would make your fields part of its value).
 */
export function announceUrl(torrent: Torrent, options: AnnounceOptions): string {
  const fields = [
    `info_hash=${escapeBytes(torrent.infoHash)}`,
    `peer_id=${escapeBytes(options.peerId)}`,
    `port=${options.port}`,
    `uploaded=${options.uploaded}`,
    `downloaded=${options.downloaded}`,
    `left=${options.left}`,
    "compact=1",
  ];
  if (options.event !== undefined) fields.push(`event=${options.event}`);
  const base = torrent.announce;
  const separator = !base.includes("?") ? "?" : base.endsWith("?") || base.endsWith("&") ? "" : "&";
  return `${base}${separator}${fields.join("&")}`;
}

/** The 6-byte peers of a compact answer: 4 bytes of IPv4 address, 2 of port, big-endian. */
function compactPeers(bytes: Buffer): Address[] {
  if (bytes.length % 6 !== 0) throw new Error(`the tracker's "peers" is ${bytes.length} bytes long, not a multiple of 6 (4 bytes of address, 2 of port a peer)`);
  const peers: Address[] = [];
  for (let at = 0; at < bytes.length; at += 6) {
    peers.push({ address: `${bytes[at]}.${bytes[at + 1]}.${bytes[at + 2]}.${bytes[at + 3]}`, port: bytes.readUInt16BE(at + 4) });
  }
  return peers;
}

/** The peers of a tracker that ignored compact=1: a list of dictionaries with "ip" and "port". */
function listedPeers(list: Bencode[]): Address[] {
  return list.map((item, index) => {
    const peer = item as BencodeDictionary;
    if (typeof peer !== "object" || Array.isArray(peer) || Buffer.isBuffer(peer) || !Buffer.isBuffer(peer.ip) || typeof peer.port !== "number") {
      throw new Error(`the tracker's peer ${index + 1} is not a dictionary with "ip" and "port"`);
    }
    return { address: peer.ip.toString("latin1"), port: peer.port };
  });
}

/**
 * The tracker's answer: its interval and its peers. Throws an Error quoting the tracker's
 * "failure reason" when it sent one, and one that says what is wrong with any other answer.
 *
 * @exercise
 * 1. `decode(body)` (your bencode.ts). The answer must be a dictionary (an object that is not a
 *    Buffer nor an array).
 * 2. If it has "failure reason", the tracker refused: throw an Error that quotes the reason
 *    (`reason.toString("utf8")`). There are no peers in such an answer.
 * 3. "interval" is a number of seconds (take 0 when it is missing).
 * 4. "peers" is a Buffer (compact=1): each 6 bytes are a peer; bytes 0–3 the address
 *    (`${b[0]}.${b[1]}.${b[2]}.${b[3]}`), bytes 4–5 the port, big-endian (`readUInt16BE(at + 4)`,
 *    not LE: network byte order). A length that is not a multiple of 6 is an error.
 *    (A tracker that ignores compact=1 sends a list of dictionaries with "ip" and "port".)
 */
export function parseAnnounce(body: Uint8Array): AnnounceReply {
  const answer = decode(body);
  if (typeof answer !== "object" || Array.isArray(answer) || Buffer.isBuffer(answer)) throw new Error("the tracker's answer is not a bencoded dictionary");
  const reason = answer["failure reason"];
  if (reason !== undefined) throw new Error(`the tracker refused: failure reason "${Buffer.isBuffer(reason) ? reason.toString("utf8") : String(reason)}"`);
  const interval = typeof answer.interval === "number" ? answer.interval : 0;
  const peers = answer.peers;
  if (Buffer.isBuffer(peers)) return { interval, peers: compactPeers(peers) };
  if (Array.isArray(peers)) return { interval, peers: listedPeers(peers) };
  throw new Error(`the tracker's answer has no "peers"`);
}

/**
 * Announces to the torrent's tracker with one HTTP GET and returns its answer. Gives up after
 * `timeoutMs` (a tracker that never answers must not keep the program waiting forever). Every
 * error names the tracker's URL: a refused connection, a status other than 200, a body that is
 * not bencode, the tracker's own failure reason.
 *
 * @exercise
 * 1. Only "http://" announce URLs: refuse any other (udp://, https://) with an Error naming it.
 * 2. `request(announceUrl(torrent, options))` from node:http, then `.end()`; in its callback,
 *    refuse a `response.statusCode` other than 200 (name the URL and the status); otherwise
 *    collect the "data" chunks into an array and Buffer.concat them on "end".
 * 3. On "end": `parseAnnounce(body)` inside try/catch; reject with an Error that names the
 *    tracker (`torrent.announce`) and what parseAnnounce said.
 * 4. A deadline: `setTimeout(…, timeoutMs)` that destroys the request and rejects with "the
 *    tracker at URL did not answer within N s"; clear it once you settle. Listen for "error" on
 *    the request (ECONNREFUSED: no tracker there) and reject with the URL in the message.
 */
export async function announce(torrent: Torrent, options: AnnounceOptions, timeoutMs = 10_000): Promise<AnnounceReply> {
  const tracker = torrent.announce;
  if (!/^http:\/\//i.test(tracker)) throw new Error(`the tracker ${JSON.stringify(tracker)} is not an http:// URL; this peer speaks only HTTP to trackers`);
  return new Promise<AnnounceReply>((resolve, reject) => {
    let settled = false;
    const finish = (error: Error | undefined, reply?: AnnounceReply) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) {
        outgoing.destroy();
        reject(error);
      } else resolve(reply!);
    };
    const outgoing = request(announceUrl(torrent, options), { method: "GET" }, (response) => {
      if (response.statusCode !== 200) {
        response.resume();
        finish(new Error(`the tracker at ${tracker} answered HTTP ${response.statusCode} ${response.statusMessage ?? ""}`.trimEnd() + ", not 200"));
        return;
      }
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", (error) => finish(new Error(`the tracker at ${tracker} broke off its answer: ${error.message}`)));
      response.on("end", () => {
        try {
          finish(undefined, parseAnnounce(Buffer.concat(chunks)));
        } catch (error) {
          finish(new Error(`the tracker at ${tracker}: ${error instanceof Error ? error.message : String(error)}`));
        }
      });
    });
    const timer = setTimeout(() => finish(new Error(`the tracker at ${tracker} did not answer within ${timeoutMs / 1000} s`)), timeoutMs);
    outgoing.on("error", (error) => finish(new Error(`could not reach the tracker at ${tracker}: ${error.message}`)));
    outgoing.end();
  });
}
