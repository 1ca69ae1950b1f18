// How bytes are shown to a student: escaped text when they are mostly text, hex when they are
// binary, and a caret under the first byte that differs from what was expected.
import { t } from "../i18n/index.ts";

const textDecoder = new TextDecoder("utf-8", { fatal: true });

export function toBytes(value: string | Uint8Array): Uint8Array {
  return typeof value === "string" ? Buffer.from(value, "utf8") : value;
}

/** A rendering plus, for each byte, the column where it starts, so a caret can point at it. */
interface Rendering {
  text: string;
  columnOf: number[];
}

function isMostlyBinary(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  let control = 0;
  for (const byte of bytes) if ((byte < 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09) || byte === 0x7f) control++;
  return control * 4 > bytes.length;
}

/** Length in bytes of the UTF-8 sequence that starts at `index`, or 0 when it is not valid. */
function utf8SequenceLength(bytes: Uint8Array, index: number): number {
  const first = bytes[index]!;
  const length = first >= 0xf0 && first < 0xf8 ? 4 : first >= 0xe0 ? 3 : first >= 0xc2 && first < 0xe0 ? 2 : 0;
  if (length === 0 || index + length > bytes.length) return 0;
  try {
    textDecoder.decode(bytes.subarray(index, index + length));
    return length;
  } catch {
    return 0;
  }
}

function renderEscaped(bytes: Uint8Array): Rendering {
  let text = '"';
  const columnOf: number[] = [];
  const named: Record<number, string> = { 0x0a: "\\n", 0x0d: "\\r", 0x09: "\\t", 0x22: '\\"', 0x5c: "\\\\" };
  for (let index = 0; index < bytes.length; ) {
    const byte = bytes[index]!;
    columnOf[index] = text.length;
    if (named[byte]) {
      text += named[byte];
      index++;
    } else if (byte >= 0x20 && byte < 0x7f) {
      text += String.fromCharCode(byte);
      index++;
    } else {
      const length = byte >= 0x80 ? utf8SequenceLength(bytes, index) : 0;
      if (length > 0) {
        text += Buffer.from(bytes.subarray(index, index + length)).toString("utf8");
        for (let k = 1; k < length; k++) columnOf[index + k] = columnOf[index]!;
        index += length;
      } else {
        text += `\\x${byte.toString(16).padStart(2, "0")}`;
        index++;
      }
    }
  }
  columnOf[bytes.length] = text.length;
  return { text: text + '"', columnOf };
}

function renderHex(bytes: Uint8Array): Rendering {
  const columnOf: number[] = [];
  const parts: string[] = [];
  let column = 1;
  bytes.forEach((byte, index) => {
    columnOf[index] = column;
    parts.push(byte.toString(16).padStart(2, "0"));
    column += 3;
  });
  columnOf[bytes.length] = Math.max(1, column - 1);
  return { text: `<${parts.join(" ")}>`, columnOf };
}

function render(bytes: Uint8Array, asHex: boolean): Rendering {
  return asHex ? renderHex(bytes) : renderEscaped(bytes);
}

/** Bytes as a student reads them: `"Hello.\n"` or `<00 00 00 05>`. */
export function showBytes(value: string | Uint8Array): string {
  const bytes = toBytes(value);
  return render(bytes, isMostlyBinary(bytes)).text;
}

/** Index of the first byte where the two differ, or -1 when they are equal. */
export function firstDifference(expected: Uint8Array, observed: Uint8Array): number {
  const shorter = Math.min(expected.length, observed.length);
  for (let index = 0; index < shorter; index++) if (expected[index] !== observed[index]) return index;
  return expected.length === observed.length ? -1 : shorter;
}

/**
 * Expected and observed one above the other, with a caret under the first byte that differs:
 *
 *   expected: "Hello. Client."
 *   observed: "Hello. Cl"
 *                       ^ first difference at byte 9 (the reply stops here)
 */
export function showDifference(expectedValue: string | Uint8Array, observedValue: string | Uint8Array): string {
  const expected = toBytes(expectedValue);
  const observed = toBytes(observedValue);
  const asHex = isMostlyBinary(expected) || isMostlyBinary(observed);
  const shownExpected = render(expected, asHex);
  const shownObserved = render(observed, asHex);
  // The labels are translated; both get the width of the wider one, so the values line up.
  const labels = [t("expected:"), t("observed:")];
  const labelWidth = Math.max(...labels.map(displayWidth)) + 1;
  const [expectedLabel, observedLabel] = labels.map((label) => label + " ".repeat(labelWidth - displayWidth(label)));
  const lines = [`${expectedLabel}${shownExpected.text}`, `${observedLabel}${shownObserved.text}`];
  const at = firstDifference(expected, observed);
  if (at >= 0) {
    // Columns on screen, not characters: a Korean character takes two.
    const columnIn = (shown: Rendering) => displayWidth(shown.text.slice(0, shown.columnOf[at] ?? 0));
    const column = Math.max(columnIn(shownExpected), columnIn(shownObserved));
    const why =
      at === observed.length ? ` ${t("(the observed bytes stop here)")}` : at === expected.length ? ` ${t("(extra bytes from here on)")}` : "";
    lines.push(`${" ".repeat(labelWidth + column)}^ ${t("first difference at byte {n}", { n: at })}${why}`);
  }
  return lines.join("\n");
}

/** Terminal columns `text` takes: two for a wide (Hangul, CJK, fullwidth) character, one otherwise. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) {
    const code = character.codePointAt(0)!;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x1f300 && code <= 0x1faff) ||
      (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}
