// Exercise 11's client checks: the grader is the mail server the student's smtp-client.ts talks to.
import type { CheckDefinition } from "../../harness/check.ts";

export const checks: CheckDefinition[] = [];
