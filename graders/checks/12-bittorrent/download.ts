// Exercise 12's download checks: placeholder until its part lands (see graders/checks/12-bittorrent.ts).
import type { CheckDefinition } from "../../harness/check.ts";

export const checks: CheckDefinition[] = [];
