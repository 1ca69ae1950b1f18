// The paths to hand Node's permission model for one folder. Node compares the path a program
// uses with the granted ones as text, after resolving it but without following links, so a
// folder must be granted under every spelling a program may reach it by:
// - its real path: /tmp is a link on macOS (/private/tmp), and a program's cwd is the real one;
// - on Windows, its long name: TEMP is often an 8.3 short name (C:\Users\RUNNER~1\…), which
//   only the native realpath (GetFinalPathNameByHandle) expands; that call answers with a
//   \\?\ (long-path) prefix, which Node's own paths do not carry, so it is taken off;
// - the path as the grader spells it (the short name, say), since the program is started by it.
// Drive letters are upper case in every spelling (Node's resolved paths and the native realpath
// agree on that; a lower-case c:\ from an environment variable would not match).
import { realpathSync } from "node:fs";
import { resolve, win32 } from "node:path";

/** `\\?\C:\x` → `C:\x`, `\\?\UNC\server\share\x` → `\\server\share\x`; anything else unchanged. */
export function withoutLongPathPrefix(path: string): string {
  if (path.startsWith("\\\\?\\UNC\\")) return `\\\\${path.slice("\\\\?\\UNC\\".length)}`;
  if (/^\\\\\?\\[A-Za-z]:/.test(path)) return path.slice("\\\\?\\".length);
  return path;
}

/** `c:\x` → `C:\x`; anything else unchanged. */
export function withUpperCaseDrive(path: string): string {
  return /^[a-z]:/.test(path) ? `${path[0]!.toUpperCase()}${path.slice(1)}` : path;
}

export interface Filesystem {
  platform: NodeJS.Platform;
  /** The real path as the system's own call gives it (realpathSync.native). */
  realpath: (path: string) => string;
}

const THIS_MACHINE: Filesystem = { platform: process.platform, realpath: (path) => realpathSync.native(path) };

/** The real path, as the permission model compares it (see above); the resolved path when it does not exist. */
export function realPath(path: string, filesystem: Filesystem = THIS_MACHINE): string {
  return grantedPaths(path, filesystem)[0]!;
}

/** Every spelling of `path` to grant, the real one first; just the resolved path when it does not exist. */
export function grantedPaths(path: string, filesystem: Filesystem = THIS_MACHINE): string[] {
  const windows = filesystem.platform === "win32";
  const tidy = (spelling: string) => (windows ? withUpperCaseDrive(withoutLongPathPrefix(spelling)) : spelling);
  const given = tidy(windows ? win32.resolve(path) : resolve(path));
  let real: string;
  try {
    real = tidy(filesystem.realpath(path));
  } catch {
    return [given];
  }
  return real === given ? [real] : [real, given];
}
