import { replaceNonText } from '../render/escape.js';

// CSV as RFC 4180 writes it, in one place: comma-separated, CRLF after every record, a field quoted
// when it holds a comma, a quote, CR or LF (its quotes doubled).

/** A cell: text, a number, or nothing (an empty cell, never 0). */
export type CsvCell = string | number | undefined;

/**
 * The first characters that make a spreadsheet read a cell as a formula: `=`, `+`, `-`, `@`, tab and
 * carriage return (OWASP, "CSV Injection"). A text cell that starts with one is written with a `'` before
 * it, which spreadsheets show as text and never run.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A field that must be quoted: it holds a comma, a quote, CR or LF. */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One field. Text from data has every character that is not text replaced (see `replaceNonText`) and is
 * guarded against formula injection; a number is written with `String`, which is the same in every locale
 * and has no grouping, and is never prefixed, so it reads back as a number (a number that is not finite
 * never reaches here: documents are checked first, and it would be an empty cell). `undefined` is an empty field.
 */
export function csvField(cell: CsvCell): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const clean = replaceNonText(cell);
  const text = FORMULA_START.test(clean) ? `'${clean}` : clean;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Records as CSV: fields joined by commas, each record ended by CRLF. */
export function csvText(records: Iterable<readonly CsvCell[]>): string {
  const lines: string[] = [];
  for (const record of records) lines.push(`${record.map(csvField).join(',')}\r\n`);
  return lines.join('');
}
