// What the probe of exercise 12 expects `student:bencode.ts` and `student:torrent.ts` to export
// (see probes/12-metainfo.ts).
declare module "student:bencode.ts" {
  export type Bencode = number | Buffer | Bencode[] | { [key: string]: Bencode };
  export function decodeAt(data: Uint8Array, offset?: number): { value: Bencode; end: number };
  export function decode(data: Uint8Array): Bencode;
  export function encode(value: Bencode | string): Buffer;
}

declare module "student:torrent.ts" {
  export interface Torrent {
    announce: string;
    name: string;
    length: number;
    pieceLength: number;
    pieces: Buffer[];
    infoHash: Buffer;
  }
  export function parseTorrent(data: Uint8Array): Torrent;
  export function pieceSize(torrent: Torrent, index: number): number;
}
