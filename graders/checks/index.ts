// Which grader grades which exercise.
import type { CheckDefinition } from "../harness/check.ts";
import { checks as processes } from "./01-processes.ts";
import { checks as addresses } from "./02-addresses.ts";
import { checks as tcpClient } from "./03-tcp-client.ts";
import { checks as tcpServer } from "./04-tcp-server.ts";
import { checks as framing } from "./05-framing.ts";

const GRADERS: Record<string, CheckDefinition[]> = {
  "01": processes,
  "02": addresses,
  "03": tcpClient,
  "04": tcpServer,
  "05": framing,
};

export function checksFor(number: string): CheckDefinition[] {
  const checks = GRADERS[number];
  if (!checks) throw new Error(`No grader is registered for exercise ${number} in graders/checks/index.ts.`);
  return checks;
}
