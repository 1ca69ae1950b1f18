// What a self-learner's tools remember between runs, in .lab/ (git ignores it).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { KIT_ROOT } from "../../harness/static.ts";

/** LAB_STATE moves it (the self-test uses a temporary folder). */
const STATE_FOLDER = process.env.LAB_STATE ?? join(KIT_ROOT, ".lab");

export function readState<T>(name: string, fallback: T): T {
  const path = join(STATE_FOLDER, `${name}.json`);
  if (!existsSync(path)) return fallback;
  try {
    return JSON.parse(readFileSync(path, "utf8")) as T;
  } catch {
    return fallback; // A damaged state file only costs a re-grade.
  }
}

export function writeState(name: string, value: unknown): void {
  mkdirSync(STATE_FOLDER, { recursive: true });
  writeFileSync(join(STATE_FOLDER, `${name}.json`), `${JSON.stringify(value, null, 2)}\n`);
}

/** A hash of the TypeScript files of one exercise folder: it changes when the student saves. */
export function hashFolder(directory: string): string {
  const hash = createHash("sha256");
  if (!existsSync(directory)) return "missing";
  for (const name of readdirSync(directory).filter((file) => file.endsWith(".ts")).sort()) {
    hash.update(name).update(readFileSync(join(directory, name)));
  }
  return hash.digest("hex").slice(0, 16);
}

/** Reads the exercise number from the first argument ("5", "05", "exercises/05"), or exits with usage. */
export function exerciseArgument(positionals: string[], usage: string): string {
  const match = positionals[0]?.match(/(\d{1,2})/);
  if (!match) {
    console.error(usage);
    process.exit(2);
  }
  return match[1]!.padStart(2, "0");
}
