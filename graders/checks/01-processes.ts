// Grader for exercise 01. (Being written.)
import type { CheckDefinition } from "../harness/check.ts";

export const checks: CheckDefinition[] = [];
