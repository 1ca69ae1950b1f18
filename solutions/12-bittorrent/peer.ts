// Exercise 12, part 4: a BitTorrent peer (BEP 3's peer wire protocol), and the program's command
// line. CONTRACT SHELL: the peer-wire helper fills in download and seed (see /work/guide/12-SPEC.md);
// readOptions and main are the contract's and stay as they are unless the spec changes.
//
//   npx tsx exercises/12-bittorrent/peer.ts info FILE.torrent
//   npx tsx exercises/12-bittorrent/peer.ts peers FILE.torrent [--port 6881]
//   npx tsx exercises/12-bittorrent/peer.ts download FILE.torrent -o OUT [--peer HOST:PORT …] [--port 6881]
//   npx tsx exercises/12-bittorrent/peer.ts seed FILE.torrent DIR [--host 127.0.0.1] [--port 6881]
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { isIP } from "node:net";
import { parseArgs } from "node:util";
import { describeTorrent, parseTorrent, type Torrent } from "./torrent.ts";
import { announce, type Address } from "./tracker.ts";

/** The port a peer says it listens on when --port is not given (BitTorrent's traditional 6881). */
export const DEFAULT_PORT = 6881;

export interface Options {
  command: "info" | "peers" | "download" | "seed";
  torrent: string;
  /** download: the file to write. */
  out?: string;
  /** seed: the folder that holds the file. */
  dir?: string;
  /** seed: the address to listen on. */
  host: string;
  /** The port to listen on (seed; 0: any free one) and to announce. */
  port: number;
  /** download: peers to use instead of asking the tracker. */
  peers: Address[];
}

const USAGE = "usage: peer.ts info FILE.torrent | peers FILE.torrent [--port N] | download FILE.torrent -o OUT [--peer HOST:PORT …] | seed FILE.torrent DIR [--host HOST] [--port N]";

function portOf(text: string, what: string): number {
  if (!/^\d+$/.test(text) || Number(text) > 65535) throw new Error(`${what} must be a port number from 0 to 65535, not ${JSON.stringify(text)}`);
  return Number(text);
}

/** `127.0.0.1:6881` as an address. */
function addressOf(text: string): Address {
  const at = text.lastIndexOf(":");
  const address = text.slice(0, at);
  if (at < 0 || isIP(address) !== 4) throw new Error(`--peer must be an IPv4 HOST:PORT, like 127.0.0.1:6881, not ${JSON.stringify(text)}`);
  const port = portOf(text.slice(at + 1), "--peer's port");
  if (port === 0) throw new Error(`--peer's port must be from 1 to 65535, not 0 in ${JSON.stringify(text)}`);
  return { address, port };
}

/** The command line as options; throws an Error naming what is wrong. */
export function readOptions(argv: string[]): Options {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: "string", short: "o" },
      host: { type: "string", default: "127.0.0.1" },
      port: { type: "string", default: String(DEFAULT_PORT) },
      peer: { type: "string", multiple: true, default: [] },
    },
  });
  const [command, torrent, dir, ...extra] = positionals;
  if (command !== "info" && command !== "peers" && command !== "download" && command !== "seed") {
    throw new Error(command === undefined ? USAGE : `unknown command ${JSON.stringify(command)}; ${USAGE}`);
  }
  if (torrent === undefined) throw new Error(`${command} needs a .torrent file; ${USAGE}`);
  if (command === "seed" && dir === undefined) throw new Error(`seed needs the folder that holds the file; ${USAGE}`);
  if ((command !== "seed" && dir !== undefined) || extra.length > 0) throw new Error(`unexpected argument ${JSON.stringify(command === "seed" ? extra[0] : dir)}; ${USAGE}`);
  if (command === "download" && values.out === undefined) throw new Error(`download needs -o OUT, the file to write; ${USAGE}`);
  if (isIP(values.host) === 0) throw new Error(`--host must be an IP address, not ${JSON.stringify(values.host)}`);
  return { command, torrent, out: values.out, dir, host: values.host, port: portOf(values.port, "--port"), peers: values.peer.map(addressOf) };
}

/** A peer id: "-AL0001-" and 12 random bytes (Azureus style: client and version, then random). */
export function newPeerId(): Buffer {
  return Buffer.concat([Buffer.from("-AL0001-", "latin1"), randomBytes(12)]);
}

export interface DownloadOptions {
  out: string;
  peerId: Buffer;
  /** The port announced to the tracker. */
  port: number;
  /** Peers to use instead of asking the tracker. */
  peers: Address[];
}

/** Downloads `torrent` into `options.out`. CONTRACT STUB. */
export async function download(torrent: Torrent, options: DownloadOptions): Promise<void> {
  throw new Error("TODO: download");
}

export interface SeedOptions {
  dir: string;
  host: string;
  port: number;
  peerId: Buffer;
}

/** Serves `torrent` from `options.dir`, resolves with the address it listens on. CONTRACT STUB. */
export async function seed(torrent: Torrent, options: SeedOptions): Promise<{ address: string; port: number; close: () => Promise<void> }> {
  throw new Error("TODO: seed");
}

async function main(): Promise<void> {
  try {
    const options = readOptions(process.argv.slice(2));
    const torrent = parseTorrent(await readFile(options.torrent));
    const peerId = newPeerId();
    if (options.command === "info") {
      console.log(describeTorrent(torrent));
    } else if (options.command === "peers") {
      const { peers } = await announce(torrent, { peerId, port: options.port, uploaded: 0, downloaded: 0, left: torrent.length, event: "started" });
      for (const peer of peers) console.log(`${peer.address}:${peer.port}`);
    } else if (options.command === "download") {
      await download(torrent, { out: options.out!, peerId, port: options.port, peers: options.peers });
      console.log(`downloaded ${torrent.name}: ${torrent.length} bytes in ${torrent.pieces.length} pieces, to ${options.out}`);
    } else {
      const where = await seed(torrent, { dir: options.dir!, host: options.host, port: options.port, peerId });
      console.log(`seeding ${torrent.name} on ${where.address}:${where.port}`);
    }
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

if (/(^|[\\/-])peer\.(ts|mjs|js)$/.test(process.argv[1] ?? "")) await main();
