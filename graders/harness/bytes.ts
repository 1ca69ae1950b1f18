// How bytes are shown to a student: escaped text when they are mostly text, hex when they are
// binary, and a caret under the first byte that differs from what was expected.

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
  const lines = [`expected: ${shownExpected.text}`, `observed: ${shownObserved.text}`];
  const at = firstDifference(expected, observed);
  if (at >= 0) {
    const column = Math.max(shownExpected.columnOf[at] ?? 0, shownObserved.columnOf[at] ?? 0);
    const why =
      at === observed.length ? " (the observed bytes stop here)" : at === expected.length ? " (extra bytes from here on)" : "";
    lines.push(`${" ".repeat("observed: ".length + column)}^ first difference at byte ${at}${why}`);
  }
  return lines.join("\n");
}
