// npm run check: the kit's own self-test (every file of graders/selftest/).
//
//   npm run check                 the whole self-test
//   npm run check -- 05           one exercise's grader alone: its reference, skeleton, correct
//                                 alternatives and known-buggy variants (graders.test.ts)
//   npm run check -- 03 05 -t x   several exercises; other arguments go to Vitest as they are
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { KIT_ROOT } from "../harness/static.ts";

const args = process.argv.slice(2);
const numbers = args.filter((arg) => /^\d{1,2}$/.test(arg)).map((arg) => arg.padStart(2, "0"));
const rest = args.filter((arg) => !/^\d{1,2}$/.test(arg));
const vitest = join(KIT_ROOT, "node_modules", "vitest", "vitest.mjs");
const selection = numbers.length === 0 ? [] : [join("graders", "selftest", "graders.test.ts"), "-t", `exercise '(${numbers.join("|")})' `];
const { status, signal } = spawnSync(process.execPath, [vitest, "run", "--project", "selftest", ...selection, ...rest], { cwd: KIT_ROOT, stdio: "inherit" });
process.exitCode = status ?? (signal ? 1 : 0);
