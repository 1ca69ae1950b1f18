// Which grader grades which exercise.
import type { CheckDefinition } from "../harness/check.ts";
import { checks as tcpClient } from "./03-tcp-client.ts";

const GRADERS: Record<string, CheckDefinition[]> = {
  "03": tcpClient,
};

export function checksFor(number: string): CheckDefinition[] {
  const checks = GRADERS[number];
  if (!checks) throw new Error(`No grader is registered for exercise ${number} in graders/checks/index.ts.`);
  return checks;
}
