import Papa from 'papaparse';
import { expect, test } from 'vitest';
import { BOM, csvCell, toCsv } from './csv';

function parse(text: string): string[][] {
  expect(text.startsWith(BOM)).toBe(true);
  const result = Papa.parse<string[]>(text.slice(BOM.length), { newline: '\r\n', skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

test.each([
  ['=1+1', "'=1+1"],
  ['+SUM(A1:A9)', "'+SUM(A1:A9)"],
  ['-2+3', "'-2+3"],
  ['@cmd', "'@cmd"],
  ['\tTAB', "'\tTAB"],
  ['\rCR', '"\'\rCR"'],
  ['=HYPERLINK("http://evil","x")', '"\'=HYPERLINK(""http://evil"",""x"")"'],
])('a cell starting with a formula character is made text: %j', (value, cell) => {
  expect(csvCell(value)).toBe(cell);
});

test.each([
  ['plain', 'plain'],
  ['a,b', '"a,b"'],
  ['say "hi"', '"say ""hi"""'],
  ['two\nlines', '"two\nlines"'],
  ['mid=dle', 'mid=dle'],
  [42, '42'],
  [null, ''],
  [undefined, ''],
])('quotes only what RFC 4180 needs: %j', (value, cell) => {
  expect(csvCell(value)).toBe(cell);
});

test('a file of hostile cells parses back to the same rows, formula cells marked as text', () => {
  const hostile = [
    ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'],
    ['a,b', 'say "hi"', 'one\ntwo', 'one\r\ntwo', 'Çırağan — “quotes” ’', ''],
    ['<img src=x onerror=alert(1)>', '"', ',', '""', ' spaced ', 'end'],
  ];
  const text = toCsv(['a', 'b', 'c', 'd', 'e', 'f'], hostile);
  const guard = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);
  expect(parse(text)).toEqual([['a', 'b', 'c', 'd', 'e', 'f'], ...hostile.map((row) => row.map(guard))]);
});

test('every record ends with CRLF and the file starts with a UTF-8 byte order mark', () => {
  const text = toCsv(['x'], [['1'], ['2']]);
  expect(text).toBe('\uFEFFx\r\n1\r\n2\r\n');
  expect([...new TextEncoder().encode(text).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
});
