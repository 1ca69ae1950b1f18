// Exercise 11's server checks: the grader is the mail client that talks to the student's smtp-server.ts.
import type { CheckDefinition } from "../../harness/check.ts";

export const checks: CheckDefinition[] = [];
