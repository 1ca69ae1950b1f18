// Grader for exercise 13: the hybrid model. The student writes a STUN client, a rendezvous server
// and a peer; each part of the grader plays the other side against one program (the grader's STUN
// server, graders/peers/stun-server.ts; its rendezvous server, NAT box and scripted peer,
// graders/peers/rendezvous.ts and nat-box.ts). The parts live in graders/checks/13-rendezvous/,
// one file a program, in the order stun, server, peer.
import type { CheckDefinition } from "../harness/check.ts";
import { checks as peerChecks } from "./13-rendezvous/peer.ts";
import { checks as stunChecks } from "./13-rendezvous/stun.ts";

export const checks: CheckDefinition[] = [...stunChecks, ...peerChecks];
