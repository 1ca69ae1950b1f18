// Exercise 12, part 3: the tracker (BEP 3, compact peers BEP 23). CONTRACT STUB: the tracker
// helper replaces this file with the reference. Signatures are fixed by /work/guide/12-SPEC.md.
import type { Torrent } from "./torrent.ts";

export interface Address {
  address: string;
  port: number;
}

export interface AnnounceOptions {
  peerId: Buffer;
  port: number;
  uploaded: number;
  downloaded: number;
  left: number;
  event?: "started" | "completed" | "stopped";
}

export interface AnnounceReply {
  interval: number;
  peers: Address[];
}

export function announceUrl(torrent: Torrent, options: AnnounceOptions): string {
  throw new Error("TODO: announceUrl");
}

export function parseAnnounce(body: Uint8Array): AnnounceReply {
  throw new Error("TODO: parseAnnounce");
}

export async function announce(torrent: Torrent, options: AnnounceOptions, timeoutMs = 10_000): Promise<AnnounceReply> {
  throw new Error("TODO: announce");
}
