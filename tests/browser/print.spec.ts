// The record as the browser prints it: Chromium's own print to PDF, read back as text, so what is checked is what a
// reader's paper or PDF holds (the print stylesheet, the page breaks and the document mounted on `beforeprint`).
import { readFileSync } from 'node:fs';
import { roundOutcomeLine, roundOutcomes } from '../../src/data/round-outcomes';
import { datasetSchema, type Tally } from '../../src/data/schema';
import { DIRECTION_LABELS, figureText, KIND_LABELS, NOT_REPORTED } from '../../src/data/tally-words';
import { expect, test, type Page } from './fixtures';
import { pdfPages } from './pdf-text';

const dataset = datasetSchema.parse(
  JSON.parse(readFileSync(new URL('../../data/dataset.json', import.meta.url), 'utf8')),
);

/**
 * The printed text, page numbers left out, with every run of white space (a line's end too) as one space. A line
 * that ends in a hyphen or dash was broken after it, inside a word ("presidential-level"), so it joins the next.
 */
async function printedText(page: Page): Promise<{ pages: string[]; text: string }> {
  const pages = await pdfPages(await page.pdf({ format: 'A4' }));
  const text = pages
    .map((p) => p.replace(/^\d+ \/ \d+$/gm, ''))
    .join('\n')
    .replace(/(\S[-–—])\n/g, '$1')
    .replace(/\s+/g, ' ');
  return { pages, text };
}

/** Asserts that the printed part holds the words, naming them (not the whole text) when it does not. */
function expectPrinted(part: string, words: string, what: string) {
  expect(part.includes(flat(words)), `${what}: “${flat(words)}” printed`).toBe(true);
}

const flat = (words: string) => words.replace(/\s+/g, ' ').trim();

/** The document's parts, cut at their headings, which must come in this order. */
function parts(text: string) {
  const at = (heading: string) => {
    const i = text.indexOf(heading);
    expect(i, `"${heading}" in the printed text`).toBeGreaterThanOrEqual(0);
    return i;
  };
  const rounds = at('What each round produced');
  const figures = at('Figures by round');
  const chronology = at('Chronology: ');
  expect(rounds).toBeLessThan(figures);
  expect(figures).toBeLessThan(chronology);
  return {
    head: text.slice(0, rounds),
    rounds: text.slice(rounds, figures),
    figures: text.slice(figures, chronology),
    chronology: text.slice(chronology),
  };
}

/** The figures printed under one round: from its heading to the next round's. */
function underRound(figures: string, round: number): string {
  const start = figures.indexOf(`Round ${round} · `);
  expect(start, `round ${round} in the figures by round`).toBeGreaterThanOrEqual(0);
  const next = figures.slice(start + 1).search(/Round \d+ · /);
  return next === -1 ? figures.slice(start) : figures.slice(start, start + 1 + next);
}

/** A figure's line as printed: "at least 1,000 prisoners of war · each side · Agreed". */
function figureLine(tally: Tally, status: string): string {
  const noNumber = tally.count === null && tally.qualifier !== 'all';
  const figure = noNumber ? `${tally.label}: ${figureText(tally)}` : `${figureText(tally)} ${tally.label}`;
  return `${figure} · ${DIRECTION_LABELS[tally.direction]} · ${status}`;
}

test('printed to PDF, the record is a document: the lead, every figure under its round with the silences, the chronology with its quotes', async ({
  page,
}) => {
  await page.goto('/');
  const { pages, text } = await printedText(page);
  const printed = parts(text);

  expect(pages[0]).toMatch(/^(\d+ \/ \d+\n)?The 2025 Istanbul talks between Russia and Ukraine: a sourced/);
  expect(printed.head).toMatch(/Record last updated \d+ \w+ \d{4}\. Printed from http:\/\/127\.0\.0\.1:\d+\//);
  expect(printed.head).toContain('View: all events and figures.');
  // What each round produced, in the lead's words.
  for (const outcome of roundOutcomes(dataset)) {
    expectPrinted(printed.rounds, roundOutcomeLine(outcome), `round ${outcome.round} in the lead`);
  }

  // Every agreed figure, under its own round and no other.
  const agreed = dataset.tallies.filter((t) => t.status === 'agreed');
  expect(agreed.length).toBeGreaterThan(0);
  for (const tally of agreed) {
    expectPrinted(
      underRound(printed.figures, tally.round),
      figureLine(tally, 'Agreed'),
      `${tally.id}, round ${tally.round}`,
    );
  }
  expect(underRound(printed.figures, 3)).not.toContain('at least 1,000 prisoners of war');
  // The other figures too, with their status in words.
  const round3 = underRound(printed.figures, 3);
  expect(round3).toContain('3,000 Ukrainian bodies Russia offered to hand over · to Ukraine · Offered');
  expect(round3).toContain('· Claimed by Ukraine');

  // The silences: a kind the sources say nothing of, and what they leave out beside a figure.
  for (const silence of dataset.silences.filter((s) => s.round !== undefined && s.kind !== undefined)) {
    const counted = dataset.tallies.some((t) => t.round === silence.round && t.kind === silence.kind);
    const words = counted
      ? `Not reported in the sources: ${silence.topic}`
      : `${KIND_LABELS[silence.kind!]}: ${NOT_REPORTED} (${silence.topic})`;
    expectPrinted(underRound(printed.figures, silence.round!), words, `${silence.id}, round ${silence.round}`);
  }

  // Every event, with every quote it rests on.
  expect(printed.chronology).toContain(`Chronology: ${dataset.events.length} events`);
  for (const event of dataset.events) {
    expectPrinted(printed.chronology, event.title, event.id);
    for (const citation of event.citations) expectPrinted(printed.chronology, citation.quote, event.id);
  }

  // Nothing that only makes sense on screen.
  for (const control of [
    'Zoom in',
    'Zoom out',
    'Share this view',
    'Filter',
    'Cite',
    'Download',
    'Select a',
    'Drag to',
  ]) {
    expect(text.includes(control), `“${control}” printed`).toBe(false);
  }
  // The document is one flow of pages: the lead and the figures, then the chronology from a page of its own.
  const chronologyPage = pages.findIndex((p) => p.includes('Chronology: '));
  expect(chronologyPage).toBeGreaterThan(0);
  expect(pages[chronologyPage]).toMatch(/^(\d+ \/ \d+\n)?Chronology: /);
  // No event is split across pages: every later page starts with an event's heading.
  const headings = dataset.events.map((e) => (e.round === undefined ? e.title : `Round ${e.round}: ${e.title}`));
  for (const [i, pageText] of pages.entries()) {
    if (i <= chronologyPage) continue;
    const firstLine = pageText.replace(/^\d+ \/ \d+\n/, '').split('\n')[0]!;
    expect(
      firstLine !== '' && headings.some((h) => h.startsWith(firstLine)),
      `page ${i + 1} starts with an event: “${firstLine}”`,
    ).toBe(true);
  }
});

test('printed with filters, the paper says which view it is and which figures the filters hide', async ({ page }) => {
  await page.goto('/?tracks=diplomacy');
  const { text } = await printedText(page);
  const printed = parts(text);
  expect(printed.head).toContain('View: tracks: Diplomacy and statements.');
  expect(printed.head.replace(/ /g, '')).toContain('Printedfromhttp://127.0.0.1');
  expect(printed.head.replace(/ /g, '')).toContain('?tracks=diplomacy');
  // The lead is the whole record on screen and on paper; the figures follow the filters and say what they hide.
  expect(printed.rounds).toContain('the view’s filters apply to the parts below');
  expect(printed.figures).toMatch(/\d+ of \d+ figures are hidden by the current filters/);
  expect(underRound(printed.figures, 2)).toContain('hidden by the current filters');
  expect(underRound(printed.figures, 2)).not.toContain('at least 1,000 prisoners of war ·');
  expect(underRound(printed.figures, 1)).toContain(NOT_REPORTED);
  const shown = dataset.events.filter((e) => e.track === 'diplomacy');
  expect(printed.chronology).toContain(`Chronology: ${shown.length} events`);
});

test('on screen the printed document is absent, and after printing it is gone again', async ({ page }) => {
  await page.goto('/');
  const printedDocument = page.getByRole('region', { name: /a sourced record$/ });
  await expect(printedDocument).toHaveCount(0);
  await page.pdf({ format: 'A4' });
  await expect(printedDocument).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
});
