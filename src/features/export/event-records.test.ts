import { expect, test } from 'vitest';
import { readExportCsv } from '../../testing/read-export-csv';
import { fixtureDataset } from '../../testing/fixture-dataset';
import { withDates } from '../../data/edtf-parse';
import { realDataset } from '../../testing/real-dataset';
import { EVENT_CSV_COLUMNS, EVENTS_EXPORT_FORMAT, eventRecords, eventsCsv, eventsJson } from './event-records';

const SITE = 'https://example.org/talks/';

test('a record carries the date as EDTF, in words and as wall-clock bounds, with its precision', () => {
  const dataset = fixtureDataset();
  const [round3, interview, , window] = eventRecords(dataset, dataset.events, SITE);
  expect(round3).toMatchObject({
    id: 'round-3',
    date_edtf: '2025-07-23T20:37',
    date_words: '23 July 2025, 20:37 local time',
    start: '2025-07-23T20:37:00',
    end: '2025-07-23T20:37:00',
    precision: 'minute',
    actors: ['Alex Negotiator'],
    track: 'Negotiation rounds',
    place: 'Istanbul',
    round: 3,
    permalink: 'https://example.org/talks/e/round-3/',
  });
  expect(interview).toMatchObject({ start: '2025-04-01T00:00:00', end: '2025-04-30T23:59:59', precision: 'month' });
  expect(interview).toMatchObject({ place: null, round: null, date_inferred: true });
  expect(window).toMatchObject({ date_words: '20 June 2025 – 30 June 2025', precision: 'day' });
  expect(round3!.citations).toEqual([
    {
      publisher: 'Test Wire',
      headline: 'Delegations meet again',
      published: '2 June 2025',
      quote: 'The third meeting began at 8:37 p.m.',
    },
  ]);
});

test('an interval open at the start has no start bound', () => {
  const dataset = fixtureDataset();
  dataset.events[0]!.date = '/2025-06-02';
  const [record] = eventRecords(withDates(dataset), dataset.events.slice(0, 1), SITE);
  expect(record).toMatchObject({ start: null, end: '2025-06-02T23:59:59', precision: 'day' });
});

test('the CSV has one row per event shown, in the order given, and parses back to the records', () => {
  const dataset = fixtureDataset();
  const shown = [dataset.events[2]!, dataset.events[0]!];
  const rows = readExportCsv(eventsCsv(dataset, shown, SITE));
  expect(Object.keys(rows[0]!)).toEqual([...EVENT_CSV_COLUMNS]);
  expect(rows.map((r) => r.id)).toEqual(['round-2', 'round-3']);
  expect(rows[0]).toMatchObject({
    actors: 'Alex Negotiator; Ukraine',
    round: '2',
    place: '',
    date_inferred: 'no',
    citations: 'Test Wire — “met again today”',
  });
});

test('hostile titles and summaries survive the CSV, with formulas turned into text', () => {
  const dataset = fixtureDataset();
  const event = dataset.events[0]!;
  event.title = '=HYPERLINK("http://evil.example","click")';
  event.summary = 'Line one, "quoted"\r\nline two; and <b>markup</b> & more';
  event.citations = [
    { source: 'wire-0602', quote: '@SUM(1)' },
    { source: 'wire-0602', quote: 'a | b' },
  ];
  const [row] = readExportCsv(eventsCsv(dataset, [event], SITE));
  expect(row!.title).toBe(`'${event.title}`);
  expect(row!.summary).toBe(event.summary);
  expect(row!.citations).toBe('Test Wire — “@SUM(1)” | Test Wire — “a | b”');
});

test('the JSON says what it is, when and where it was exported, and holds the records', () => {
  const dataset = fixtureDataset();
  const json: unknown = JSON.parse(eventsJson(dataset, dataset.events, SITE, new Date('2025-11-21T10:00:00Z')));
  expect(json).toEqual({
    format: EVENTS_EXPORT_FORMAT,
    version: 1,
    exported: '2025-11-21T10:00:00.000Z',
    site: SITE,
    count: 4,
    events: eventRecords(dataset, dataset.events, SITE),
  });
});

test('every event of the real dataset exports with a date in words and a permalink', () => {
  const dataset = realDataset();
  const rows = readExportCsv(eventsCsv(dataset, dataset.events, SITE));
  expect(rows).toHaveLength(dataset.events.length);
  for (const row of rows) {
    expect(row.date_words).not.toMatch(/unreadable/);
    expect(row.permalink).toBe(`${SITE}e/${row.id}/`);
    expect(row.citations).not.toBe('');
  }
});
