// The kit's own text (solutions, skeletons, catalogs, lessons) as its tools compare and patch
// it: UTF-8 with "\n" line ends. A Windows checkout without .gitattributes, an editor or a
// student's zip may bring "\r\n" (and a byte-order mark); reading through here makes that
// invisible to every tool, so a CRLF copy of the kit checks, generates and patches the same.
import { readFileSync } from "node:fs";

/** `text` with every "\r\n" turned into "\n" and a leading byte-order mark dropped. */
export function withLineFeeds(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n");
}

/** A text file's content, UTF-8, with "\n" line ends whatever the file holds. */
export function readText(path: string): string {
  return withLineFeeds(readFileSync(path, "utf8"));
}

/** `text` as a regular expression that matches exactly it: every special character escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
