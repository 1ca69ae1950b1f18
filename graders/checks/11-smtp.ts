// Grader for exercise 11: SMTP, both sides. The student writes a mail client and a mail server;
// each half of the grader plays the other side against it (graders/peers/smtp-server.ts and
// graders/peers/smtp-client.ts). The halves live in graders/checks/11-smtp/, one file a program.
import type { CheckDefinition } from "../harness/check.ts";
import { checks as clientChecks } from "./11-smtp/client.ts";
import { checks as serverChecks } from "./11-smtp/server.ts";

export const checks: CheckDefinition[] = [...clientChecks, ...serverChecks];
