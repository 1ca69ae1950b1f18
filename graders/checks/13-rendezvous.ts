// Grader for exercise 13: the hybrid model. The student writes a STUN client, a rendezvous
// server and a peer; each half of the grader plays the other side against one of them. The
// halves live in graders/checks/13-rendezvous/, one file a program.
import type { CheckDefinition } from "../harness/check.ts";
import { checks as serverChecks } from "./13-rendezvous/server.ts";

export const checks: CheckDefinition[] = [...serverChecks];
