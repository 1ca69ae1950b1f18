// Lets a module be both imported (by tests) and run as a command (by npm scripts).
import { pathToFileURL } from "node:url";

/** True when the module at `moduleUrl` is the program node was started with. */
export function isEntryPoint(moduleUrl: string): boolean {
  return process.argv[1] !== undefined && moduleUrl === pathToFileURL(process.argv[1]).href;
}
