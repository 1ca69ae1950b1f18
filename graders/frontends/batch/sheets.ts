// Grade sheets as CSV, read and written with csv-parse and csv-stringify (RFC 4180 quoting),
// and safe to open in a spreadsheet: a cell that would start with =, +, -, @, a tab or a carriage
// return is a formula to Excel, LibreOffice and Google Sheets (CSV injection: a student id like
// `=HYPERLINK(…)` runs when the instructor opens the sheet). Such a cell gets a leading
// apostrophe, as OWASP recommends, so it shows as the text it is.
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";

export type Cell = string | number;

/** A plain number (points, a Canvas id) is data, even with a minus sign. */
const NUMBER = /^-?\d+(\.\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** True when a spreadsheet would read `text` as a formula. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text) && !NUMBER.test(text);
}

/** `cell` as a spreadsheet shows it literally. */
export function neutralise(cell: Cell): Cell {
  return typeof cell === "string" && looksLikeFormula(cell) ? `'${cell}` : cell;
}

/** Rows as CSV text: one header row first, every cell neutralised, "\n" between rows. */
export function writeSheet(rows: Cell[][]): string {
  return stringify(
    rows.map((row) => row.map(neutralise)),
    { record_delimiter: "unix", cast: { number: (value) => String(value) } },
  );
}

/**
 * CSV text as rows of strings. A byte order mark is dropped, and a sheet that a spreadsheet
 * saved with semicolons (as Excel does where the decimal mark is a comma) is read as such.
 */
export function readSheet(text: string): string[][] {
  const options = { bom: true, relax_column_count: true, skip_empty_lines: true } as const;
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const count = (delimiter: string) => (parse(firstLine, { ...options, delimiter, relax_quotes: true }) as string[][])[0]?.length ?? 0;
  const delimiter = count(";") > count(",") ? ";" : ",";
  return parse(text, { ...options, delimiter }) as string[][];
}
