// Turns one submission (a folder or a .zip, laid out like exercises/ or a whole clone of the
// kit) into a private copy, scratch/exercises/NN-slug/…, holding only the exercise folders to
// grade. The grader never runs anything inside the instructor's submissions folder, and every
// message names the paths a student knows: exercises/03-tcp-client/client.ts.
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { unzipSync } from "fflate";
import { t } from "../../i18n/index.ts";
import { isIgnoredFolder, LIMITS, listFolder } from "./collect.ts";
import type { WorkerJob } from "./types.ts";

export interface Prepared {
  /** The copied exercises folder, or undefined when the submission has none. */
  root?: string;
  /** Problems with the submission as a whole, said so that the student can fix them. */
  problems: string[];
}

/** A zip entry name as a safe relative path, or undefined for anything that could escape the folder. */
function safePath(name: string): string | undefined {
  const path = name.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
  const parts = path.split("/");
  if (path.startsWith("/") || /^[a-zA-Z]:/.test(path) || parts.includes("..")) return undefined;
  if (parts.slice(0, -1).some(isIgnoredFolder)) return undefined;
  return path;
}

function parentOf(path: string): string {
  const at = path.lastIndexOf("/");
  return at < 0 ? "" : path.slice(0, at);
}

function lastPart(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/**
 * The folder (relative path, "" for the top) that holds the exercise folders: preferably one
 * named exercises/, then the shallowest. A kit clone's solutions/ never counts.
 */
export function locateExercises(files: string[], slugs: string[]): string | undefined {
  const wanted = new Set(slugs);
  const candidates = new Set<string>();
  for (const file of files) {
    for (let folder = parentOf(file); folder !== ""; folder = parentOf(folder)) {
      if (wanted.has(lastPart(folder))) candidates.add(parentOf(folder));
    }
  }
  const ranked = [...candidates]
    .filter((folder) => lastPart(folder) !== "solutions")
    .map((folder) => ({ folder, rank: [lastPart(folder) === "exercises" ? 0 : 1, folder === "" ? 0 : folder.split("/").length] as const }))
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || (a.folder < b.folder ? -1 : 1));
  return ranked[0]?.folder;
}

function under(prefix: string, path: string): string | undefined {
  if (prefix === "") return path;
  return path.startsWith(`${prefix}/`) ? path.slice(prefix.length + 1) : undefined;
}

/** Which of `files` to copy, as source path → path inside the copied exercises folder. */
function selectFiles(files: string[], prefix: string, slugs: string[]): Map<string, string> {
  const selected = new Map<string, string>();
  for (const file of files) {
    const inside = under(prefix, file);
    if (inside && slugs.some((slug) => inside.startsWith(`${slug}/`))) selected.set(file, inside);
  }
  return selected;
}

function write(target: string, data: Uint8Array): void {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, data);
}

const MEGABYTES = { megabytes: LIMITS.fileBytes / 1024 / 1024 };

const NO_EXERCISES = (slugs: string[]) =>
  t("No exercise folder was found in this submission. The grader looks for {folders} either at the top of the submission or inside an exercises/ folder.", {
    folders: slugs.map((slug) => `${slug}/`).join(", "),
  });

function prepareFolder(job: WorkerJob, slugs: string[], root: string): Prepared {
  const listing = listFolder(job.source);
  const prefix = locateExercises([...listing.files, ...listing.links], slugs);
  if (prefix === undefined) return { problems: [NO_EXERCISES(slugs)] };
  const problems: string[] = [];
  for (const link of listing.links) {
    const inside = under(prefix, link);
    if (inside && slugs.some((slug) => inside.startsWith(`${slug}/`))) {
      problems.push(t("exercises/{path} is a symbolic link; the grader does not follow links. Submit the file itself.", { path: inside }));
    }
  }
  for (const [source, inside] of selectFiles(listing.files, prefix, slugs)) {
    const path = join(job.source, source);
    if (statSync(path).size > LIMITS.fileBytes) {
      problems.push(t("exercises/{path} is larger than {megabytes} MB and was left out.", { path: inside, ...MEGABYTES }));
      continue;
    }
    mkdirSync(dirname(join(root, inside)), { recursive: true });
    copyFileSync(path, join(root, inside));
  }
  return { root, problems };
}

function prepareZip(job: WorkerJob, slugs: string[], root: string): Prepared {
  const problem = (text: string): Prepared => ({ problems: [text] });
  if (statSync(job.source).size > LIMITS.zipBytes) {
    return problem(t("The zip file is larger than {megabytes} MB. Zip only your exercise folders and submit the new file.", { megabytes: LIMITS.zipBytes / 1024 / 1024 }));
  }
  const data = new Uint8Array(readFileSync(job.source));
  const names = new Map<string, string>();
  try {
    // First pass: names only, nothing is decompressed.
    unzipSync(data, {
      filter: (file) => {
        const path = safePath(file.name);
        if (path && !path.endsWith("/")) names.set(path, file.name);
        return false;
      },
    });
  } catch (error) {
    return problem(t("The zip file could not be opened ({error}). Zip the folder again and submit the new file.", { error: (error as Error).message || "not a zip file" }));
  }
  if (names.size > LIMITS.files) {
    return problem(t("The zip file holds more than {count} files. Zip only your exercise folders and submit the new file.", { count: LIMITS.files }));
  }
  const prefix = locateExercises([...names.keys()], slugs);
  if (prefix === undefined) return { problems: [NO_EXERCISES(slugs)] };
  const problems: string[] = [];
  const selected = selectFiles([...names.keys()], prefix, slugs);
  // A name that is a file and also a folder of other entries (client.ts and client.ts/x): the file is kept.
  for (const [path, inside] of [...selected]) {
    const clash = [...selected.values()].find((other) => other !== inside && inside.startsWith(`${other}/`));
    if (clash === undefined) continue;
    selected.delete(path);
    const message = t("exercises/{path} is in the zip both as a file and as a folder; the grader kept the file. Zip the folder again from your exercises/ folder.", { path: clash });
    if (!problems.includes(message)) problems.push(message);
  }
  const wantedNames = new Map([...selected].map(([path, inside]) => [names.get(path)!, inside]));
  let extracted: Record<string, Uint8Array>;
  // What the zip says each file holds, added up: a zip bomb is refused before it is inflated.
  let declared = 0;
  try {
    extracted = unzipSync(data, {
      filter: (file) => {
        const inside = wantedNames.get(file.name);
        if (inside === undefined) return false;
        if (file.originalSize > LIMITS.fileBytes || file.originalSize < 0) {
          problems.push(t("exercises/{path} is larger than {megabytes} MB and was left out.", { path: inside, ...MEGABYTES }));
          return false;
        }
        declared += file.originalSize;
        if (declared > LIMITS.extractedBytes) {
          problems.push(t("exercises/{path} was left out: the files of the zip add up to more than {megabytes} MB.", { path: inside, megabytes: LIMITS.extractedBytes / 1024 / 1024 }));
          return false;
        }
        return true;
      },
    });
  } catch (error) {
    return problem(t("The zip file is damaged ({error}). Zip the folder again and submit the new file.", { error: (error as Error).message }));
  }
  for (const [name, bytes] of Object.entries(extracted)) {
    const inside = wantedNames.get(name)!;
    // A file bigger than its entry said (a lying zip) is left out as well.
    if (bytes.length > LIMITS.fileBytes) {
      problems.push(t("exercises/{path} is larger than {megabytes} MB and was left out.", { path: inside, ...MEGABYTES }));
      continue;
    }
    try {
      write(join(root, inside), bytes);
    } catch (error) {
      problems.push(t("exercises/{path} could not be unpacked ({error}). Zip the folder again and submit the new file.", { path: inside, error: (error as NodeJS.ErrnoException).code ?? String(error) }));
    }
  }
  return { root, problems };
}

/** Copies the exercise folders `slugs` of the submission into `job.workDirectory`/exercises. */
export function prepareSubmission(job: WorkerJob, slugs: string[]): Prepared {
  const root = join(job.workDirectory, "exercises");
  mkdirSync(root, { recursive: true });
  return job.kind === "zip" ? prepareZip(job, slugs, root) : prepareFolder(job, slugs, root);
}
