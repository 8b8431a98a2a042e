import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Dataset } from '../../src/data/schema';
import { checkDataset, type Problem } from './check-dataset';
import { textStatesNumber } from './text';

const root = join(import.meta.dirname, '../..');
const sourcesDir = join(root, 'data/sources');
const datasetText = readFileSync(join(root, 'data/dataset.json'), 'utf8');
const manifestText = readFileSync(join(sourcesDir, 'manifest.json'), 'utf8');
const sourceTexts = new Map(
  readdirSync(sourcesDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => [f, readFileSync(join(sourcesDir, f), 'utf8')] as const),
);

function check(overrides: { datasetText?: string; manifestText?: string; sourceTexts?: Map<string, string> } = {}) {
  return checkDataset({
    datasetFile: 'data/dataset.json',
    datasetText,
    manifestFile: 'data/sources/manifest.json',
    manifestText,
    sourceTexts,
    sourcesDir: 'data/sources',
    ...overrides,
  });
}

/** Runs the check on a copy of the real dataset after `breakIt` has damaged it. */
function checkBroken(breakIt: (data: Dataset) => void): Problem[] {
  const data = JSON.parse(datasetText) as Dataset;
  breakIt(data);
  return check({ datasetText: JSON.stringify(data) });
}

const indexOf = (data: Dataset, id: string) => data.events.findIndex((e) => e.id === id);
const sourceById = (data: Dataset, id: string) => data.sources.find((s) => s.id === id)!;
const sourceIndex = (id: string) => (JSON.parse(datasetText) as Dataset).sources.findIndex((s) => s.id === id);

test('the real dataset passes', () => {
  expect(check()).toEqual([]);
});

test('the project copies of the sources are the shared documents, unchanged', () => {
  const shared = join(root, '../shared/sources');
  let files: string[];
  try {
    files = readdirSync(shared).filter((f) => f.endsWith('.txt'));
  } catch {
    return; // a clone without shared/ beside it: the manifest's sha256 check above still holds the copies fixed
  }
  for (const f of files) expect(sourceTexts.get(f), f).toBe(readFileSync(join(shared, f), 'utf8'));
});

describe('each kind of damage is caught with its file, JSON path and problem', () => {
  test('a schema violation', () => {
    const problems = checkBroken((d) => {
      (d.events[0] as { title: unknown }).title = 42;
    });
    expect(problems).toContainEqual({
      file: 'data/dataset.json',
      path: '$.events[0].title',
      message: expect.any(String),
    });
  });

  test('an id that repeats', () => {
    const problems = checkBroken((d) => {
      d.events[1]!.id = d.events[0]!.id;
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ path: '$.events[1].id', message: expect.stringContaining('repeats $.events[0].id') }),
    );
  });

  test('a dangling reference', () => {
    const problems = checkBroken((d) => {
      d.events[indexOf(d, 'round-2')]!.actors.push('nobody-at-all');
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ message: 'refers to actor "nobody-at-all", which does not exist' }),
    );
  });

  test('a proposal attributed to an actor that does not exist', () => {
    const problems = checkBroken((d) => {
      d.events[indexOf(d, 'round-3-leaders-meeting-proposal')]!.proposedBy = 'nobody-at-all';
    });
    const i = JSON.parse(datasetText).events.findIndex(
      (e: { id: string }) => e.id === 'round-3-leaders-meeting-proposal',
    );
    expect(problems).toEqual([
      {
        file: 'data/dataset.json',
        path: `$.events[${i}].proposedBy`,
        message: 'refers to actor "nobody-at-all", which does not exist',
      },
    ]);
  });

  test('a quote that is not in its source', () => {
    const problems = checkBroken((d) => {
      d.events[indexOf(d, 'round-3')]!.citations[0]!.quote = 'The talks lasted eleven hours.';
    });
    const i = JSON.parse(datasetText).events.findIndex((e: { id: string }) => e.id === 'round-3');
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: `$.events[${i}].citations[0].quote`,
        message: expect.stringMatching(/^quote not found in data\/sources\/\d{3}_\w+\.txt lines \d+-\d+/),
      }),
    );
  });

  test('a quote from the right file but another article on the same page', () => {
    const problems = checkBroken((d) => {
      const cbs = d.sources.find((s) => s.publisher.includes('CBS'))!;
      d.events[0]!.citations = [{ source: cbs.id, quote: 'Only an hour had passed when the negotiators emerged' }];
    });
    expect(problems).toContainEqual(expect.objectContaining({ message: expect.stringContaining('quote not found') }));
  });

  test('a tally whose count none of its quotes states', () => {
    const problems = checkBroken((d) => {
      const t = d.tallies.find((x) => x.count !== null)!;
      t.count = t.count! + 1;
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ message: expect.stringMatching(/^count \d+ does not appear in any of its quotes/) }),
    );
  });

  test('a date that is not valid EDTF, even with an entry in the dates table', () => {
    const problems = checkBroken((d) => {
      d.events[0]!.date = '2025-02-30';
      d.dates['2025-02-30'] = d.dates['2025-03-01'] ?? d.dates[Object.keys(d.dates)[0]!]!;
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ path: '$.events[0].date', message: expect.stringContaining('not a valid EDTF date') }),
    );
  });

  test('a date with no entry in the dates table', () => {
    const problems = checkBroken((d) => {
      d.events[0]!.date = '2025-07-24';
    });
    expect(problems).toEqual([
      expect.objectContaining({ path: '$.events[0].date', message: expect.stringContaining('npm run data:dates') }),
    ]);
  });

  test('a dates table entry that does not match its date, or that no date uses', () => {
    const problems = checkBroken((d) => {
      d.dates['2025-06-02'] = { ...d.dates['2025-06-02']!, max: 0 };
      d.dates['1999'] = d.dates['2014']!;
    });
    expect(problems).toEqual([
      expect.objectContaining({ path: '$.dates["1999"]', message: expect.stringContaining('no date in the dataset') }),
      expect.objectContaining({ path: '$.dates["2025-06-02"]', message: expect.stringContaining('does not match') }),
    ]);
  });

  test('an inferred date without a note', () => {
    const problems = checkBroken((d) => {
      const e = d.events.find((x) => x.inferred)!;
      delete e.dateNote;
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining('inferred but has no note') }),
    );
  });

  test('a copy of an article that does not exist', () => {
    const problems = checkBroken((d) => {
      sourceById(d, 'cgtn-2025-07').copyOf!.source = 'no-such-article';
    });
    expect(problems).toEqual([
      {
        file: 'data/dataset.json',
        path: `$.sources[${sourceIndex('cgtn-2025-07')}].copyOf.source`,
        message: 'refers to source "no-such-article", which does not exist',
      },
    ]);
  });

  test('an article named as a copy of itself', () => {
    const problems = checkBroken((d) => {
      sourceById(d, 'cgtn-2025-07').copyOf!.source = 'cgtn-2025-07';
    });
    expect(problems).toEqual([
      expect.objectContaining({
        path: `$.sources[${sourceIndex('cgtn-2025-07')}].copyOf.source`,
        message: 'an article cannot be a copy of itself',
      }),
    ]);
  });

  test('a copy of a copy, instead of the original', () => {
    const problems = checkBroken((d) => {
      const cgtn = sourceById(d, 'cgtn-2025-07');
      cgtn.copyOf = { ...cgtn.copyOf!, source: 'econotimes-2025-07' };
      delete cgtn.via;
    });
    expect(problems).toEqual([
      expect.objectContaining({
        path: `$.sources[${sourceIndex('cgtn-2025-07')}].copyOf.source`,
        message: expect.stringContaining('is itself a copy of "reuters-2025-07-23": name the original'),
      }),
    ]);
  });

  test('a copy whose credit line names another outlet than its original', () => {
    const problems = checkBroken((d) => {
      sourceById(d, 'cgtn-2025-07').copyOf!.source = 'dailymail-2025-06-02';
    });
    expect(problems).toEqual([
      expect.objectContaining({
        path: `$.sources[${sourceIndex('cgtn-2025-07')}].copyOf.source`,
        message: 'the page credits "Reuters" (via), but "dailymail-2025-06-02" is by "Daily Mail"',
      }),
    ]);
  });

  test('a copy without a note saying what shows it', () => {
    const problems = checkBroken((d) => {
      (sourceById(d, 'econotimes-2025-07').copyOf as { note?: string }).note = undefined;
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ path: `$.sources[${sourceIndex('econotimes-2025-07')}].copyOf.note` }),
    );
  });

  test('an opinion piece without a note saying what shows it', () => {
    const problems = checkBroken((d) => {
      delete sourceById(d, 'telegraph-2025-05-26').genreNote;
    });
    expect(problems).toEqual([
      {
        file: 'data/dataset.json',
        path: `$.sources[${sourceIndex('telegraph-2025-05-26')}].genreNote`,
        message: 'an opinion piece needs a note saying what shows it is opinion',
      },
    ]);
  });

  test('a file that is not JSON, or is cut short', () => {
    expect(check({ datasetText: datasetText.slice(0, 500) })[0]).toMatchObject({
      path: '$',
      message: /not valid JSON/,
    });
  });

  test('page furniture outside its article, or out of order', () => {
    const manifest = JSON.parse(manifestText) as { documents: { articles: { furniture: unknown[] }[] }[] };
    manifest.documents[0]!.articles[0]!.furniture = [
      { lines: [30, 31], what: 'past the article' },
      { lines: [3, 5], what: 'fine' },
      { lines: [4, 4], what: 'overlaps' },
    ];
    expect(check({ manifestText: JSON.stringify(manifest) })).toEqual([
      {
        file: 'data/sources/manifest.json',
        path: '$.documents[0].articles[0].furniture[0].lines',
        message: "lines 30-31 are not inside the article's lines 2-23",
      },
      {
        file: 'data/sources/manifest.json',
        path: '$.documents[0].articles[0].furniture[2].lines',
        message: 'lines 4-4 overlap or precede the furniture before them',
      },
    ]);
  });

  test('a changed source document', () => {
    const changed = new Map(sourceTexts);
    const [file, text] = [...changed.entries()][0]!;
    changed.set(file, text.replace('Istanbul', 'Ankara'));
    expect(check({ sourceTexts: changed })).toContainEqual(
      expect.objectContaining({ file: 'data/sources/manifest.json', message: expect.stringContaining('has changed') }),
    );
  });
});

describe('numbers in quotes', () => {
  test.each([
    ['at least 1,200 more prisoners', 1200],
    ['some 6,000 bodies', 6000],
    ['swap at least 1200 prisoners', 1200],
    ['a list of 339 names', 339],
    ['six thousand bodies', 6000],
    ['one thousand two hundred prisoners', 1200],
    ['6 thousand bodies', 6000],
  ])('%j states %d', (text, n) => expect(textStatesNumber(text, n)).toBe(true));

  test.each([
    ['at least 11,200 prisoners', 1200],
    ['1,2000 items', 1200],
    ['3,000 Ukrainian bodies', 300],
    ['339.5 names', 339],
  ])('%j does not state %d', (text, n) => expect(textStatesNumber(text, n)).toBe(false));
});
