// npm test and npm run ui start here, then hand over to Vitest's own command line in the same
// process (no second process, no TypeScript loader at start-up, so it costs nothing measurable;
// watch mode and Ctrl-C behave exactly as with `vitest`). Before that it:
// - reads an exercise as the student types it: `exercises/3`, `3`, `03-tcp-client` all mean
//   exercises/03-tcp-client/ (an exact folder, so `1` never also picks `10-…`);
// - answers an exercise that does not exist with the list of exercises (exit code 2);
// - takes the kit's own flags, the form that works in every shell (Windows too):
//   `--target solutions|exercises|FOLDER` for LAB_TARGET and `--lang ko|en` for LAB_LANG.
//   Through npm they go after `--`: npm test exercises/05 -- --target solutions
// Plain JavaScript on purpose: everything else in the kit is TypeScript, loaded by Vitest.
import { existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const KIT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** `3`, `03`, `03-tcp-client`, `exercises/3`, `./exercises/03-tcp-client/`; group 2 is the number. */
const EXERCISE = /^(\.[\\/])?(?:exercises[\\/])?(\d{1,2})(?:-[\w.-]*)?[\\/]?$/;
const WITH_FOLDER = /^(\.[\\/])?exercises[\\/]/;
/** Vitest flags that take no value, so a bare number after them is still an exercise. */
const SWITCHES = new Set(["--ui", "--run", "--watch", "--no-watch"]);
const LANGUAGES = new Set(["ko", "en"]);

/** Loads the TypeScript messages (only on a mistake, so start-up stays fast) and exits with code 2. */
async function refuse(message, ...values) {
  const { tsImport } = await import("tsx/esm/api");
  const messages = await tsImport("./exercise-list.ts", import.meta.url);
  console.error(messages[message](...values));
  process.exit(2);
}

const folders = existsSync(join(KIT_ROOT, "exercises"))
  ? readdirSync(join(KIT_ROOT, "exercises")).filter((name) => /^\d\d-/.test(name) && existsSync(join(KIT_ROOT, "exercises", name, "grade.test.ts")))
  : [];

const args = process.argv.slice(2);
const handedOver = [];
for (let index = 0; index < args.length; index++) {
  const arg = args[index];
  const flag = /^--(target|lang)(?:=(.*))?$/.exec(arg);
  if (flag) {
    const value = flag[2] ?? args[++index];
    if (value === undefined || value === "" || (flag[1] === "lang" && !LANGUAGES.has(value))) await refuse("badFlag", `${arg}${flag[2] === undefined && value ? ` ${value}` : ""}`);
    if (flag[1] === "lang") process.env.LAB_LANG = value;
    // A folder is relative to where the student typed the command (npm runs scripts from the kit).
    else process.env.LAB_TARGET = value === "solutions" || value === "exercises" ? value : resolve(process.env.INIT_CWD ?? process.cwd(), value);
    continue;
  }
  const exercise = EXERCISE.exec(arg);
  const previous = args[index - 1];
  if (exercise && (WITH_FOLDER.test(arg) || previous === undefined || SWITCHES.has(previous) || EXERCISE.test(previous))) {
    const number = exercise[2].padStart(2, "0");
    const folder = folders.find((name) => name.startsWith(`${number}-`));
    if (!folder) await refuse("unknownExercise", number);
    handedOver.push(`exercises/${folder}/`);
    continue;
  }
  handedOver.push(arg);
}

const vitest = join(dirname(createRequire(import.meta.url).resolve("vitest/package.json")), "vitest.mjs");
process.argv = [process.argv[0], vitest, ...handedOver, "--project", "exercises"];
await import(pathToFileURL(vitest).href);
