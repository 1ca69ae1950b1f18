// Temporary folders a grading process owns (compiled programs, each check's scratch space).
// They are named PID-random under one root per use and removed when the process exits; a
// process that was killed cannot clean up, so the next one removes what it left behind.
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { realPath } from "./permission-paths.ts";

const owned = new Set<string>();
const swept = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

process.once("exit", () => {
  for (const folder of owned) rmSync(folder, { recursive: true, force: true });
});

/** A new empty folder under tmpdir/`root`, removed when this process exits (or by removeScratchFolder). */
export function newScratchFolder(root: string): string {
  const parent = join(tmpdir(), root);
  if (!swept.has(parent)) {
    swept.add(parent);
    mkdirSync(parent, { recursive: true });
    for (const name of readdirSync(parent)) {
      const pid = Number(name.split("-")[0]);
      if (Number.isInteger(pid) && pid !== process.pid && !isAlive(pid)) rmSync(join(parent, name), { recursive: true, force: true });
    }
  }
  // By its real path: programs start from here, and the permission model cannot follow a link
  // (macOS's /var) or an 8.3 short name (Windows' TEMP) on the way to the folder it granted.
  const folder = realPath(mkdtempSync(join(parent, `${process.pid}-`)));
  owned.add(folder);
  return folder;
}

export function removeScratchFolder(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
  owned.delete(folder);
}
