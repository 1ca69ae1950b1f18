// Finds the submissions: one entry per student in the submissions folder, a folder or a .zip.
// Each gets a content hash, so a rerun knows what it has already graded.
import { createHash } from "node:crypto";
import { lstatSync, readdirSync, readFileSync, readlinkSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { t } from "../../i18n/index.ts";
import { BatchInputError } from "./types.ts";

export interface Submission {
  /** The student id: the entry's name without .zip. */
  id: string;
  entry: string;
  path: string;
  kind: "folder" | "zip";
  /** Hash of the content that matters (node_modules and .git left out). */
  hash: string;
}

/** Folders never graded and never copied: installed packages, git data, editor and OS litter. */
const IGNORED_FOLDERS = new Set(["node_modules", ".git", ".cache", ".lab", "__MACOSX"]);
/** Limits that keep a huge or hostile folder from stalling the batch. */
export const LIMITS = { files: 20_000, depth: 12, fileBytes: 20 * 1024 * 1024, zipBytes: 200 * 1024 * 1024, extractedBytes: 100 * 1024 * 1024 };

export function isIgnoredFolder(name: string): boolean {
  return IGNORED_FOLDERS.has(name);
}

export interface Listing {
  /** Regular files, as paths relative to the root with "/" separators, sorted. */
  files: string[];
  /** Symbolic links, which are never followed. */
  links: string[];
  /** True when the limits cut the listing short. */
  truncated: boolean;
}

/** Every regular file under `root`, without following links or entering ignored folders. */
export function listFolder(root: string): Listing {
  const listing: Listing = { files: [], links: [], truncated: false };
  const visit = (relative: string, depth: number): void => {
    if (depth > LIMITS.depth) {
      listing.truncated = true;
      return;
    }
    const names = readdirSync(join(root, relative)).sort();
    for (const name of names) {
      const path = relative ? `${relative}/${name}` : name;
      if (listing.files.length >= LIMITS.files) {
        listing.truncated = true;
        return;
      }
      const stats = lstatSync(join(root, path));
      if (stats.isSymbolicLink()) listing.links.push(path);
      else if (stats.isDirectory()) {
        if (!isIgnoredFolder(name)) visit(path, depth + 1);
      } else if (stats.isFile()) listing.files.push(path);
    }
  };
  visit("", 0);
  return listing;
}

function hashFolder(root: string): string {
  const hash = createHash("sha256").update("folder\0");
  const listing = listFolder(root);
  for (const file of listing.files) {
    const path = join(root, file);
    const stats = statSync(path);
    hash.update(file).update("\0");
    // A file too big to read is known by its size and time; no exercise has such a file.
    hash.update(stats.size > LIMITS.fileBytes ? `${stats.size}:${stats.mtimeMs}` : readFileSync(path)).update("\0");
  }
  for (const link of listing.links) hash.update(`link:${link}->${readlinkSync(join(root, link))}\0`);
  if (listing.truncated) hash.update("truncated");
  return hash.digest("hex");
}

function hashZip(path: string): string {
  const stats = statSync(path);
  const hash = createHash("sha256").update("zip\0");
  return (stats.size > LIMITS.zipBytes ? hash.update(`${stats.size}:${stats.mtimeMs}`) : hash.update(readFileSync(path))).digest("hex");
}

/** The submissions in `folder`, sorted by id, and the entries that are not submissions. `exclude` (the output folder) is passed over. */
export function collectSubmissions(folder: string, exclude?: string): { submissions: Submission[]; skipped: string[] } {
  let names: string[];
  try {
    if (!statSync(folder).isDirectory()) throw new BatchInputError(t("{folder} is a file, not a folder. Give the folder that holds one folder or .zip per student.", { folder }));
    names = readdirSync(folder);
  } catch (error) {
    if (error instanceof BatchInputError) throw error;
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new BatchInputError(t("There is no folder {folder}. Give the folder that holds one folder or .zip per student.", { folder }));
    throw new BatchInputError(t("Cannot read the submissions folder {folder}: {reason}. Check the path.", { folder, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
  const submissions = new Map<string, Submission>();
  const skipped: string[] = [];
  for (const entry of names.sort()) {
    const path = join(folder, entry);
    if (path === exclude) continue;
    if (entry.startsWith(".")) {
      skipped.push(`${entry}: its name starts with a dot (a hidden entry); rename it without the dot to grade it`);
      continue;
    }
    let isFolder: boolean;
    try {
      // A link could lead anywhere (the kit's solutions/, another student's folder): never followed.
      if (lstatSync(path).isSymbolicLink()) {
        skipped.push(`${entry}: a symbolic link, which the grader never follows; put the folder or .zip itself here`);
        continue;
      }
      isFolder = statSync(path).isDirectory();
    } catch (error) {
      skipped.push(`${entry}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      continue;
    }
    const isZip = !isFolder && /\.zip$/i.test(entry);
    if (!isFolder && !isZip) {
      skipped.push(`${entry}: not a folder or a .zip file`);
      continue;
    }
    const id = isZip ? basename(entry).replace(/\.zip$/i, "") : entry;
    try {
      const submission: Submission = { id, entry, path, kind: isFolder ? "folder" : "zip", hash: isFolder ? hashFolder(path) : hashZip(path) };
      const earlier = submissions.get(id);
      if (earlier) {
        // A folder beats a zip of the same name: it is usually the unpacked copy.
        const [kept, dropped] = earlier.kind === "folder" ? [earlier, submission] : [submission, earlier];
        submissions.set(id, kept);
        skipped.push(`${dropped.entry}: ${kept.entry} has the same student id; graded ${kept.entry} only`);
      } else submissions.set(id, submission);
    } catch (error) {
      skipped.push(`${entry}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
  }
  const sorted = [...submissions.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { submissions: sorted, skipped };
}
