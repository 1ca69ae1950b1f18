// Grader for exercise 13: the hybrid model. The student writes a STUN client, a rendezvous server
// and a peer; each part of the grader plays the other side against one program: the grader's STUN
// server (graders/peers/stun-server.ts), its scripted peers (graders/peers/rendezvous-client.ts),
// and for the peer its reference server and NAT box. The parts live in
// graders/checks/13-rendezvous/, one file a program, in the order stun, server, peer.
import type { CheckDefinition } from "../harness/check.ts";
import { checks as peerChecks } from "./13-rendezvous/peer.ts";
import { checks as serverChecks } from "./13-rendezvous/server.ts";
import { checks as stunChecks } from "./13-rendezvous/stun.ts";

export const checks: CheckDefinition[] = [...stunChecks, ...serverChecks, ...peerChecks];
