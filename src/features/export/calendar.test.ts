import ICAL from 'ical.js';
import { expect, test } from 'vitest';
import type { TimelineEvent } from '../../data/schema';
import { fixtureDataset } from '../../testing/fixture-dataset';
import { realDataset } from '../../testing/real-dataset';
import { dateTableFor } from '../../data/edtf-parse';
import { calendarCounts, calendarSummary, eventsCalendar, placeOnCalendar } from './calendar';

const SITE = 'https://example.org/';
const NOW = new Date('2025-11-21T10:00:00Z');

function parseEvents(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

/** Where one event with that date goes, its date resolved as `npm run data:dates` would. */
const placeWith = (date: string, extra: Partial<TimelineEvent> = {}) => {
  const event: TimelineEvent = { ...fixtureDataset().events[2]!, date, ...extra };
  return placeOnCalendar(event, dateTableFor({ sources: [], actors: [], events: [event] }).dates);
};

test.each([
  ['2025-05', 'month-or-year'],
  ['2014', 'month-or-year'],
  ['2022~', 'month-or-year'],
  ['2025-07-14~', 'approximate'],
  ['2025-06-02?', 'approximate'],
  ['2025-06-20/2025-06-30', 'span'],
  ['/2025-06-02', 'open'],
  ['2025-06-02/..', 'open'],
])('%s is left out of the calendar as %s', (date, reason) => {
  expect(placeWith(date)).toEqual({ kind: 'left-out', reason });
});

test('a day becomes an all-day entry; a time with a length becomes a timed one', () => {
  expect(placeWith('2025-06-02')).toEqual({
    kind: 'all-day',
    start: Date.UTC(2025, 5, 2),
    endExclusive: Date.UTC(2025, 5, 3),
  });
  const timedLength: Partial<TimelineEvent> = {
    duration: { text: 'just 40 minutes', minutes: 40, qualifier: 'about' },
  };
  expect(placeWith('2025-07-23T20:37', timedLength)).toEqual({
    kind: 'timed',
    start: Date.UTC(2025, 6, 23, 20, 37),
    end: Date.UTC(2025, 6, 23, 21, 17),
  });
  expect(placeWith('2025-07-23T20:37')).toMatchObject({ kind: 'timed', end: null });
  expect(placeWith('2025-06-02', { end: '2025-06-04' })).toMatchObject({
    endExclusive: Date.UTC(2025, 5, 5),
  });
});

test('the calendar parses with ical.js: all-day dates, floating times, UIDs, stamps and escaped text', () => {
  const dataset = fixtureDataset();
  dataset.events[2]!.title = 'Talks, again; with \\ backslash';
  dataset.events[2]!.summary = 'Line one.\nLine two, with “quotes” & <b>tags</b>.';
  const { ics, included, leftOut } = eventsCalendar(dataset, dataset.events, { siteUrl: SITE, now: NOW });
  expect(included.map((e) => e.id)).toEqual(['round-3', 'round-2']);
  expect(leftOut.map((l) => [l.event.id, l.reason])).toEqual([
    ['spring-interview', 'month-or-year'],
    ['window-proposal', 'span'],
  ]);

  const [round3, round2] = parseEvents(ics);
  expect(round3!.uid).toBe('round-3@istanbul-talks-2025');
  expect(round3!.startDate.isDate).toBe(false);
  expect(round3!.startDate.zone.tzid).toBe('floating');
  expect(round3!.startDate.toString()).toBe('2025-07-23T20:37:00');
  expect(round3!.endDate.toString()).toBe('2025-07-23T21:17:00');
  expect(round3!.summary).toBe('Round 3: Third round');
  expect(round3!.location).toBe('Istanbul');

  expect(round2!.startDate.isDate).toBe(true);
  expect(round2!.startDate.toString()).toBe('2025-06-02');
  expect(round2!.endDate.toString()).toBe('2025-06-03');
  expect(round2!.summary).toBe('Round 2: Talks, again; with \\ backslash');
  expect(round2!.description).toContain('Line one.\nLine two, with “quotes” & <b>tags</b>.');
  expect(round2!.description).toContain('Test Wire, “Delegations meet again”, 2 June 2025: “met again today”');
  expect(round2!.component.getFirstPropertyValue('url')).toBe('https://example.org/e/round-2/');
  expect(String(round2!.component.getFirstPropertyValue('dtstamp'))).toBe('2025-11-21T10:00:00Z');
});

test('the whole real dataset makes a valid calendar with CRLF lines of at most 75 octets', () => {
  const dataset = realDataset();
  const result = eventsCalendar(dataset, dataset.events, { siteUrl: SITE, now: NOW });
  const physical = result.ics.split('\r\n');
  expect(physical.pop()).toBe('');
  for (const line of physical) {
    expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(line).not.toMatch(/[\r\n]/);
  }
  const events = parseEvents(result.ics);
  expect(events).toHaveLength(result.included.length);
  expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  expect(result.included.length + result.leftOut.length).toBe(dataset.events.length);
  const round3 = events.find((e) => e.uid === 'round-3@istanbul-talks-2025')!;
  expect(round3.startDate.toString()).toBe('2025-07-23T20:37:00');
});

test('the summary says how many events were left out and why', () => {
  const dataset = fixtureDataset();
  const result = eventsCalendar(dataset, dataset.events, { siteUrl: SITE, now: NOW });
  const counts = calendarCounts(dataset.events, dataset.dates);
  // The counts are the file's own: what the summary says is what the download holds.
  expect(counts.included).toBe(result.included.length);
  expect([...counts.leftOut.values()].reduce((a, b) => a + b)).toBe(result.leftOut.length);
  expect(calendarSummary(counts)).toBe(
    '2 of 4 events go in the calendar, with an exact day or time. 2 left out: 1 known only to the month or year, 1 given as a span of days.',
  );
  expect(calendarSummary(calendarCounts([dataset.events[0]!], dataset.dates))).toBe(
    '1 of 1 event goes in the calendar, with an exact day or time.',
  );
});
