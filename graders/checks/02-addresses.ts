// Grader for exercise 02. (Being written.)
import type { CheckDefinition } from "../harness/check.ts";

export const checks: CheckDefinition[] = [];
