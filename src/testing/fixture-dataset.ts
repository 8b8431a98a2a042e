import { withDates } from '../data/edtf-parse';
import { DATASET_FORMAT, DATASET_VERSION, type Dataset, type Tally } from '../data/schema';

/**
 * A small dataset in the published format for component tests. Its words are made up for the tests and are not
 * checked against sources; the real dataset's checks live in scripts/. A test that changes a date calls `withDates`
 * (src/data/edtf-parse.ts) again, as an editor runs `npm run data:dates`.
 */
export function fixtureDataset(): Dataset {
  const cite = (quote: string) => [{ source: 'wire-0602', quote }];
  return withDates<Omit<Dataset, 'dates'>>({
    format: DATASET_FORMAT,
    version: DATASET_VERSION,
    sources: [
      {
        id: 'wire-0602',
        file: 'fixture.txt',
        lines: [1, 3],
        publisher: 'Test Wire',
        headline: 'Delegations meet again',
        published: '2025-06-02',
        publishedNote: 'shown on the page',
      },
    ],
    tracks: [
      { id: 'negotiation-rounds', label: 'Negotiation rounds', description: 'The rounds.' },
      { id: 'diplomacy', label: 'Diplomacy and statements', description: 'Statements.' },
    ],
    actors: [
      { id: 'ukraine', kind: 'state', name: 'Ukraine', aliases: [], roles: [] },
      {
        id: 'alex-negotiator',
        kind: 'person',
        name: 'Alex Negotiator',
        aliases: ['Aleks Negotiator'],
        affiliation: 'ukraine',
        roles: [
          { title: 'Defence Minister', held: '2025-06-02', citations: cite('Defence Minister Alex Negotiator') },
          { title: 'Security Council Secretary', held: '2025-07-23', citations: cite('Secretary Alex Negotiator') },
        ],
      },
    ],
    events: [
      {
        id: 'round-3',
        title: 'Third round',
        summary: 'The third meeting.',
        date: '2025-07-23T20:37',
        inferred: false,
        duration: { text: 'about 40 minutes', minutes: 40, qualifier: 'about' },
        track: 'negotiation-rounds',
        actors: ['alex-negotiator'],
        place: 'Istanbul',
        round: 3,
        citations: cite('The third meeting began at 8:37 p.m.'),
      },
      {
        id: 'spring-interview',
        title: 'An interview last month',
        summary: 'Someone gave an interview.',
        date: '2025-04',
        inferred: true,
        dateNote: "'last month' in an article of 7 May 2025",
        track: 'diplomacy',
        actors: [],
        citations: cite('said last month in an interview'),
      },
      {
        id: 'round-2',
        title: 'Second round',
        summary: 'The second meeting.',
        date: '2025-06-02',
        inferred: false,
        track: 'negotiation-rounds',
        actors: ['alex-negotiator', 'ukraine'],
        round: 2,
        citations: cite('met again today'),
      },
      {
        id: 'window-proposal',
        title: 'A proposed window',
        summary: 'Dates were proposed.',
        date: '2025-06-20/2025-06-30',
        inferred: false,
        track: 'diplomacy',
        actors: [],
        citations: cite('between June 20 and June 30'),
      },
    ],
    tallies: [],
    silences: [],
    conflicts: [],
  });
}

/** A tally made to order for tests; its words are made up and not checked against sources. */
export function makeTally(overrides: Partial<Tally> & Pick<Tally, 'id'>): Tally {
  return {
    round: 2,
    kind: 'prisoners-of-war',
    label: 'prisoners of war',
    count: 100,
    qualifier: 'exact',
    direction: 'each-side',
    status: 'agreed',
    statedBy: [],
    citations: [{ source: 'wire-0602', quote: `quote for ${overrides.id}` }],
    ...overrides,
  };
}

/** The shared fixture (rounds 2 and 3) with a few tallies, a silence and a conflict on one of the tallies. */
export function fixtureWithTallies(): Dataset {
  const dataset = fixtureDataset();
  dataset.tallies = [
    makeTally({
      id: 'r2-pows',
      count: 1000,
      qualifier: 'at-least',
      citations: [{ source: 'wire-0602', quote: 'at least 1,000 prisoners on each side' }],
    }),
    makeTally({ id: 'r2-young', count: null, qualifier: 'all', direction: 'not-given', label: 'soldiers under 25' }),
    makeTally({
      id: 'r3-pows',
      round: 3,
      count: 1200,
      qualifier: 'at-least',
      label: 'more prisoners of war',
      statedBy: ['alex-negotiator'],
      citations: [{ source: 'wire-0602', quote: 'at least 1,200 more prisoners of war from each side' }],
    }),
    makeTally({
      id: 'r3-children',
      round: 3,
      kind: 'children',
      label: 'children on a list',
      count: 339,
      direction: 'not-given',
      status: 'claimed',
      claimedBy: 'ukraine',
    }),
  ];
  dataset.silences = [{ id: 'r2-civilians', round: 2, kind: 'civilians', topic: 'Any figure on civilians at round 2' }];
  dataset.conflicts = [
    {
      id: 'r3-pows-who',
      topic: 'Who announced the 1,200',
      subject: { type: 'tally', id: 'r3-pows' },
      claims: [
        {
          id: 'first',
          claim: 'The first negotiator said it.',
          citations: [{ source: 'wire-0602', quote: 'the first one said' }],
        },
        {
          id: 'second',
          claim: 'The second negotiator said it.',
          citations: [{ source: 'wire-0602', quote: 'the second one said' }],
        },
      ],
      shown: 'first',
      reason: 'Two outlets say so.',
    },
  ];
  return dataset;
}

/**
 * The shared fixture with a wire report, a page that reprints it, a page that condenses it and an opinion column,
 * as the real record has Reuters, CGTN, EconoTimes and the Telegraph column. Words are made up for the tests.
 */
export function fixtureWithCopies(): Dataset {
  const dataset = fixtureDataset();
  dataset.sources.push(
    {
      id: 'wire-0723',
      file: 'fixture.txt',
      lines: [4, 6],
      publisher: 'Test Wire',
      headline: 'Talks end after 40 minutes',
      published: '2025-07-23',
      publishedNote: 'shown on the page',
    },
    {
      id: 'broadcaster-copy',
      file: 'fixture.txt',
      lines: [7, 9],
      publisher: 'Broadcaster',
      headline: 'What was agreed?',
      published: null,
      publishedNote: 'the page shows none',
      via: 'Test Wire',
      copyOf: { source: 'wire-0723', relation: 'republishes', note: "credits 'Source(s): Test Wire'" },
    },
    {
      id: 'digest-rewrite',
      file: 'fixture.txt',
      lines: [10, 12],
      publisher: 'Digest',
      headline: 'Talks yield progress',
      published: null,
      publishedNote: 'the page shows none',
      copyOf: { source: 'wire-0723', relation: 'condenses', note: "the wire's sentences, shorter" },
    },
    {
      id: 'column-0526',
      file: 'fixture.txt',
      lines: [13, 15],
      publisher: 'Daily Column',
      headline: 'Why I think the talks will fail',
      published: '2025-05-26',
      publishedNote: 'shown on the page',
      genre: 'opinion',
      genreNote: "argued in the first person: 'I hope'",
    },
  );
  return withDates(dataset);
}
