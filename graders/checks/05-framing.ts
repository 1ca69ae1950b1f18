// Grader for exercise 05. (Being written.)
import type { CheckDefinition } from "../harness/check.ts";

export const checks: CheckDefinition[] = [];
