import { expect, test } from 'vitest';
import { fixtureDataset, fixtureWithCopies } from '../../testing/fixture-dataset';
import { withDates } from '../../data/edtf-parse';
import { sourceIndex } from '../../data/source-index';
import { citeEvent, citeView, escapeBibtex } from './cite';

const accessed = new Date(2025, 10, 21, 15, 30);

test('cites the view as plain text with its filters, address and the day it was read', () => {
  const { text } = citeView({
    title: 'The 2025 Istanbul talks — a sourced record',
    filtersInWords: ['round 3', 'track: Diplomacy and statements'],
    url: 'https://example.org/?round=3&event=round-3',
    accessed,
  });
  expect(text).toBe(
    'The 2025 Istanbul talks — a sourced record. View: round 3; track: Diplomacy and statements. ' +
      'https://example.org/?round=3&event=round-3 (accessed 21 November 2025).',
  );
});

test('says when nothing is filtered', () => {
  expect(citeView({ title: 'T', filtersInWords: [], url: 'https://x.org/', accessed }).text).toBe(
    'T. View: all events. https://x.org/ (accessed 21 November 2025).',
  );
});

test('cites the view as BibTeX @misc with title, howpublished, note and urldate', () => {
  const { bibtex } = citeView({
    title: 'Talks & {braces} 100% #1',
    filtersInWords: ['search: “a_b”'],
    url: 'https://example.org/?q=a%20b&x={y}#top',
    accessed,
  });
  expect(bibtex).toBe(
    [
      '@misc{istanbul-talks-2025-view-2025-11-21,',
      '  title = {{Talks \\& \\{braces\\} 100\\% \\#1}},',
      '  howpublished = {\\url{https://example.org/?q=a\\%20b&x=\\%7By\\%7D\\#top}},',
      '  url = {https://example.org/?q=a%20b&x=%7By%7D#top},',
      '  note = {View: search: “a\\_b”},',
      '  urldate = {2025-11-21}',
      '}',
    ].join('\n'),
  );
});

test('BibTeX text cannot close its field or start a command', () => {
  const escaped = escapeBibtex('} @misc{evil, \\input{/etc/passwd} ~^$\n');
  expect(escaped).toBe(
    '\\} @misc\\{evil, \\textbackslash{}input\\{/etc/passwd\\} \\textasciitilde{}\\textasciicircum{}\\$ ',
  );
  // Every brace left in the output is escaped or belongs to a \text… command, so the field stays balanced.
  expect(escaped.replace(/\\[{}]/g, '').replaceAll('{}', '')).not.toMatch(/[{}]/);
});

test("cites an event's sources one per source, with every quote and the date as the page shows it", () => {
  const dataset = fixtureDataset();
  const event = dataset.events[0]!;
  dataset.sources.push({
    id: 'no-date',
    file: 'x.txt',
    lines: [1, 2],
    publisher: 'Undated Daily',
    headline: 'A page with no date',
    published: null,
    publishedNote: 'the page shows none',
  });
  event.citations = [
    { source: 'wire-0602', quote: 'first quote' },
    { source: 'no-date', quote: 'from the undated page' },
    { source: 'wire-0602', quote: 'second quote' },
  ];
  expect(citeEvent(event, sourceIndex(withDates(dataset)))).toEqual([
    'Test Wire, “Delegations meet again”, 2 June 2025: “first quote” … “second quote”',
    'Undated Daily, “A page with no date”, undated: “from the undated page”',
  ]);
});

test("cites a report once: a copy joins its original's entry, named by the original, and an opinion piece says so", () => {
  const dataset = fixtureWithCopies();
  const event = dataset.events[0]!;
  event.citations = [
    { source: 'wire-0723', quote: 'The talks lasted 40 minutes.' },
    { source: 'column-0526', quote: 'I hope the talks fail.' },
    { source: 'broadcaster-copy', quote: 'The talks lasted 40 minutes.' },
    { source: 'digest-rewrite', quote: 'The meeting lasted just 40 minutes.' },
  ];
  expect(citeEvent(event, sourceIndex(dataset))).toEqual([
    'Test Wire, “Talks end after 40 minutes”, 23 July 2025: “The talks lasted 40 minutes.”; ' +
      'also Test Wire, republished by Broadcaster, “What was agreed?”, undated: “The talks lasted 40 minutes.”; ' +
      'also Digest, condensed from Test Wire, “Talks yield progress”, undated: “The meeting lasted just 40 minutes.”',
    'Daily Column (opinion), “Why I think the talks will fail”, 26 May 2025: “I hope the talks fail.”',
  ]);
});
