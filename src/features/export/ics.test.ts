import ICAL from 'ical.js';
import { expect, test } from 'vitest';
import { calendarDocument, escapeText, foldLine, icsDate, icsFloatingDateTime, icsUtcDateTime, property } from './ics';

const octets = (s: string) => new TextEncoder().encode(s).length;

test.each([
  ['a,b;c\\d', 'a\\,b\\;c\\\\d'],
  ['one\ntwo\r\nthree\rfour', 'one\\ntwo\\nthree\\nfour'],
  ['plain: text', 'plain: text'],
])('escapes TEXT values: %j', (value, escaped) => {
  expect(escapeText(value)).toBe(escaped);
});

test('short lines are left alone', () => {
  expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
  expect(foldLine(`X:${'a'.repeat(73)}`)).toBe(`X:${'a'.repeat(73)}`);
});

test('long lines fold at 75 octets, continuation lines start with a space, and unfolding restores them', () => {
  const line = `DESCRIPTION:${'0123456789'.repeat(30)}`;
  const folded = foldLine(line);
  const physical = folded.split('\r\n');
  expect(physical.length).toBeGreaterThan(4);
  expect(physical[0]).toHaveLength(75);
  for (const part of physical) expect(octets(part)).toBeLessThanOrEqual(75);
  for (const part of physical.slice(1)) expect(part.startsWith(' ')).toBe(true);
  expect(folded.replaceAll('\r\n ', '')).toBe(line);
});

test('folding counts UTF-8 octets and never splits a character', () => {
  const line = `SUMMARY:${'Çırağan “Палац” 🕊️ '.repeat(12)}`;
  const physical = foldLine(line).split('\r\n');
  for (const part of physical) {
    expect(octets(part)).toBeLessThanOrEqual(75);
    expect(part).not.toMatch(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
  }
  expect(physical.join('\r\n').replaceAll('\r\n ', '')).toBe(line);
});

test('dates and times are written in the forms RFC 5545 names', () => {
  expect(icsDate(Date.UTC(2025, 4, 16))).toBe('20250516');
  expect(icsFloatingDateTime(Date.UTC(2025, 6, 23, 20, 37))).toBe('20250723T203700');
  expect(icsUtcDateTime(new Date('2025-11-21T09:05:03Z'))).toBe('20251121T090503Z');
});

test('a document is CRLF throughout and a parser from npm reads it back', () => {
  const text = calendarDocument(
    ['VERSION:2.0', 'PRODID:-//test//EN'],
    [['BEGIN:VEVENT', 'UID:x@test', property('SUMMARY', escapeText('a, b; c\\d\nnext')), 'END:VEVENT']],
  );
  expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  const calendar = new ICAL.Component(ICAL.parse(text));
  const event = calendar.getFirstSubcomponent('vevent')!;
  expect(event.getFirstPropertyValue('summary')).toBe('a, b; c\\d\nnext');
});
