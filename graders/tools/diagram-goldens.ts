// Records the golden diagrams: grades one known-buggy variant per exercise whose failure has a
// conversation, stores the check's result (graders/fixtures/diagrams/NN-slug.json), and writes
// the feedback's diagrams in English and Korean beside it (.md, .ko.md). The self-test renders
// the stored results again and compares, so a change in the drawing shows up for review.
//
//   npx tsx graders/tools/diagram-goldens.ts            record every exercise again
//   npx tsx graders/tools/diagram-goldens.ts 06 07      record only these
//   npx tsx graders/tools/diagram-goldens.ts --render   only redraw from the stored results
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checksFor } from "../checks/index.ts";
import { VARIANTS } from "../fixtures/index.ts";
import { loadCheck, storeCheck } from "../frontends/batch/serialise.ts";
import type { StoredCheck } from "../frontends/batch/types.ts";
import { markdownOfFailure } from "../frontends/diagram/index.ts";
import { gradeAll } from "../harness/grade.ts";
import { KIT_ROOT } from "../harness/static.ts";
import { materialise } from "../harness/variants.ts";
import { findExercise } from "../manifest.ts";

export const GOLDENS_FOLDER = join(KIT_ROOT, "graders", "fixtures", "diagrams");

/** One failing check per exercise, each with a conversation worth drawing. */
export const GOLDEN_VARIANTS: Record<string, string> = {
  "01": "each-chunk-taken-as-whole-lines",
  "02": "answers-with-the-server-port",
  "03": "greeting-with-a-newline",
  "04": "waits-for-close-instead-of-end",
  "05": "server-echoes-only-the-first-frame",
  "06": "one-line-buffer-for-every-client",
  "07": "accepts-a-stranger",
  "08": "no-retry-on-a-stale-connection",
  "09": "404-without-the-blank-line",
  "10": "echoes-to-the-sender",
  "11": "one-read-per-reply",
  "12": "requests-while-choked",
  "13": "forwards-chat-to-the-partner",
};

export interface GoldenCase {
  number: string;
  variant: string;
  check: StoredCheck;
}

export function goldenPath(number: string, extension: "json" | "md" | "ko.md"): string {
  return join(GOLDENS_FOLDER, `${findExercise(number).slug}.${extension}`);
}

/** The feedback diagrams of a stored case, in the language given. */
export function renderGolden(golden: GoldenCase, language: "en" | "ko"): string {
  const before = process.env.LAB_LANG;
  process.env.LAB_LANG = language;
  try {
    return `${markdownOfFailure(loadCheck(golden.check), findExercise(golden.number)).join("\n")}\n`;
  } finally {
    if (before === undefined) delete process.env.LAB_LANG;
    else process.env.LAB_LANG = before;
  }
}

async function record(number: string): Promise<GoldenCase> {
  const exercise = findExercise(number);
  const variant = VARIANTS[number]?.find((candidate) => candidate.name === GOLDEN_VARIANTS[number]);
  if (!variant) throw new Error(`No variant ${GOLDEN_VARIANTS[number]} in graders/fixtures for exercise ${number}: pick another in GOLDEN_VARIANTS.`);
  const { directory, remove } = materialise(variant, join(KIT_ROOT, "solutions", exercise.slug));
  try {
    const [result] = await gradeAll(exercise, checksFor(number), directory, { only: [variant.caughtBy] });
    if (result?.status !== "failed") throw new Error(`${variant.name} was not caught by ${variant.caughtBy}.`);
    return { number, variant: variant.name, check: storeCheck(result) };
  } finally {
    remove();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.env.LAB_LANG = "en";
  const renderOnly = process.argv.includes("--render");
  const chosen = process.argv.slice(2).filter((arg) => /^\d+$/.test(arg)).map((arg) => arg.padStart(2, "0"));
  for (const number of Object.keys(GOLDEN_VARIANTS).filter((number) => chosen.length === 0 || chosen.includes(number))) {
    const golden = renderOnly ? (JSON.parse(readFileSync(goldenPath(number, "json"), "utf8")) as GoldenCase) : await record(number);
    if (!renderOnly) writeFileSync(goldenPath(number, "json"), `${JSON.stringify(golden, null, 1)}\n`);
    writeFileSync(goldenPath(number, "md"), renderGolden(golden, "en"));
    writeFileSync(goldenPath(number, "ko.md"), renderGolden(golden, "ko"));
    console.log(`${number}: ${golden.variant} (${golden.check.id})`);
  }
  process.exit(0);
}
