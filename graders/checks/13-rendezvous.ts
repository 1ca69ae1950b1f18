// Grader for exercise 13: the hybrid model. The student writes a STUN client, a rendezvous
// server and a peer; each third of the grader lives in graders/checks/13-rendezvous/, one file a
// program, and plays the other side against it.
import type { CheckDefinition } from "../harness/check.ts";
import { checks as peerChecks } from "./13-rendezvous/peer.ts";

export const checks: CheckDefinition[] = [...peerChecks];
