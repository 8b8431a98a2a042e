// CSV as RFC 4180 writes it (CRLF, fields quoted when they hold a quote, comma or line break), with a UTF-8 byte
// order mark so spreadsheets read the accents and dashes right.

export type CsvValue = string | number | null | undefined;

export const BOM = '\uFEFF';

// Spreadsheets run a cell that starts with one of these as a formula (CSV injection, OWASP). A leading apostrophe
// makes it text in Excel, LibreOffice and Google Sheets; it is the one change the export makes to the data.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: a header row, then one row per record, each line ended by CRLF, with a BOM in front. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${BOM}${lines.map((line) => `${line}\r\n`).join('')}`;
}
