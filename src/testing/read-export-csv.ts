import Papa from 'papaparse';
import { expect } from 'vitest';
import { BOM } from '../features/export/csv';

/** Reads an exported CSV back as a spreadsheet would (after its byte-order mark), failing on any parse error. */
export function readExportCsv(text: string): Record<string, string>[] {
  expect(text.startsWith(BOM)).toBe(true);
  const result = Papa.parse<Record<string, string>>(text.slice(BOM.length), {
    header: true,
    newline: '\r\n',
    skipEmptyLines: true,
  });
  expect(result.errors).toEqual([]);
  return result.data;
}
