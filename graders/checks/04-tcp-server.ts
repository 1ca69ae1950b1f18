// Grader for exercise 04. (Being written.)
import type { CheckDefinition } from "../harness/check.ts";

export const checks: CheckDefinition[] = [];
