// Grader for exercise 12: the note's P2P model. The student writes bencode, the .torrent reader,
// the tracker client and a peer that downloads from a swarm and seeds; the grader plays the
// tracker (graders/peers/tracker.ts) and scripted seeders and leechers (graders/peers/bt-peer.ts),
// and makes its torrents itself (graders/peers/metainfo.ts). The parts live in
// graders/checks/12-bittorrent/, in the order metainfo (bencode.ts, torrent.ts), tracker, download and seed (peer.ts).
import type { CheckDefinition } from "../harness/check.ts";
import { checks as metainfoChecks } from "./12-bittorrent/metainfo.ts";
import { checks as downloadChecks } from "./12-bittorrent/download.ts";
import { checks as seedChecks } from "./12-bittorrent/seed.ts";
import { checks as trackerChecks } from "./12-bittorrent/tracker.ts";

export const checks: CheckDefinition[] = [...metainfoChecks, ...trackerChecks, ...downloadChecks, ...seedChecks];
