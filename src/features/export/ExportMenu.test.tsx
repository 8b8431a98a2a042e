import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { beforeEach, expect, test, vi } from 'vitest';
import { fixtureWithTallies } from '../../testing/fixture-dataset';
import { ExportMenu } from './ExportMenu';

const SITE = 'https://example.org/';
const DATED = /^istanbul-talks-2025-(events|tallies)-\d{4}-\d{2}-\d{2}\.(csv|json|ics)$/;

// jsdom has no object URLs and no downloads: record the Blob handed over and the link that was clicked instead.
const blobs = new Map<string, Blob>();
let clicked: { download: string; href: string }[] = [];
beforeEach(() => {
  blobs.clear();
  clicked = [];
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => {};
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ download: this.download, href: this.href });
  });
});

function renderMenu(dataset = fixtureWithTallies(), events = dataset.events) {
  const user = userEvent.setup();
  render(<ExportMenu dataset={dataset} events={events} siteUrl={SITE} />);
  return { user, dataset };
}

async function downloaded() {
  const last = clicked.at(-1)!;
  const blob = blobs.get(last.href)!;
  return { name: last.download, blob, text: await blob.text(), bytes: new Uint8Array(await blob.arrayBuffer()) };
}

test('Download CSV hands over a dated UTF-8 CSV of exactly the events shown', async () => {
  const dataset = fixtureWithTallies();
  const { user } = renderMenu(
    dataset,
    dataset.events.filter((e) => e.round !== undefined),
  );
  await user.click(screen.getByRole('button', { name: 'Download CSV' }));
  const file = await downloaded();
  expect(file.name).toMatch(DATED);
  expect(file.name.endsWith('.csv')).toBe(true);
  expect(file.blob.type).toBe('text/csv;charset=utf-8');
  expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = Papa.parse<Record<string, string>>(file.text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;
  expect(rows.map((r) => r.id)).toEqual(['round-3', 'round-2']);
  expect(rows[0]!.permalink).toBe('https://example.org/e/round-3/');
});

test('Download JSON, tallies CSV and calendar each hand over their file and say so', async () => {
  const { user } = renderMenu();
  await user.click(screen.getByRole('button', { name: 'Download JSON' }));
  const json = await downloaded();
  expect(json.name).toMatch(/events-.*\.json$/);
  expect(JSON.parse(json.text)).toMatchObject({ count: 4, events: [{ id: 'round-3' }, {}, {}, {}] });
  expect(screen.getByRole('status')).toHaveTextContent(`Downloading ${json.name}.`);

  await user.click(screen.getByRole('button', { name: 'Download tallies CSV' }));
  const tallies = await downloaded();
  expect(tallies.name).toMatch(/^istanbul-talks-2025-tallies-.*\.csv$/);
  expect(tallies.text).toContain('r3-children');

  await user.click(screen.getByRole('button', { name: 'Download calendar (.ics)' }));
  const calendar = await downloaded();
  expect(calendar.name).toMatch(/events-.*\.ics$/);
  expect(calendar.blob.type).toBe('text/calendar;charset=utf-8');
  const events = new ICAL.Component(ICAL.parse(calendar.text)).getAllSubcomponents('vevent');
  expect(events.map((e) => e.getFirstPropertyValue('uid'))).toEqual([
    'round-3@istanbul-talks-2025',
    'round-2@istanbul-talks-2025',
  ]);
  expect(clicked.map((c) => c.download)).toEqual([json.name, tallies.name, calendar.name]);
});

test('says beside the calendar button how many events are left out and why', () => {
  renderMenu();
  expect(screen.getByRole('button', { name: 'Download calendar (.ics)' })).toHaveAccessibleDescription(
    'Calendar: 2 of 4 events go in the calendar, with an exact day or time. 2 left out: 1 known only to the month or year, 1 given as a span of days.',
  );
  expect(screen.getByRole('button', { name: 'Download tallies CSV' })).toHaveAccessibleDescription(
    'Tallies: 4 figures reported for these events.',
  );
  expect(screen.getByText(/4 events as filtered on screen/)).toBeInTheDocument();
});
