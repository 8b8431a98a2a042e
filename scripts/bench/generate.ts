// Deterministic synthetic datasets in the app's own format (src/data/schema.ts), for the benchmark only: the same
// seed and size always give the same JSON. The quotes are invented, so these files never pass the quote check; they
// must pass `datasetSchema`. Every kind of date the real record uses appears: days, months, years, times of day,
// approximate (~) and uncertain (?) dates, intervals and open starts (/date).
import type { Actor, Conflict, Dataset, Silence, Tally, TimelineEvent } from '../../src/data/schema';
import { DATASET_FORMAT, DATASET_VERSION } from '../../src/data/schema';
import { withDates } from '../../src/data/edtf-parse';

/** mulberry32: a small, fast, seedable PRNG; plenty for picking words and dates. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
const int = (r: Random, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
const pad = (n: number) => String(n).padStart(2, '0');
const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const DAY = 86_400_000;
/** Events fall between these days (three years around the talks); the three rounds keep their real dates. */
const FIRST_DAY = Date.UTC(2023, 0, 1);
const LAST_DAY = Date.UTC(2025, 11, 31);
const ROUND_DAYS = ['2025-05-16', '2025-06-02', '2025-07-23'] as const;

const isoDay = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
const randomDay = (r: Random) => FIRST_DAY + int(r, 0, Math.round((LAST_DAY - FIRST_DAY) / DAY)) * DAY;

/** One EDTF value of each kind the app handles, in rough proportion to how often the real record uses them. */
export function randomEdtf(r: Random): string {
  const day = randomDay(r);
  const roll = r();
  if (roll < 0.5) return isoDay(day);
  if (roll < 0.6) return isoDay(day).slice(0, 7); // month precision
  if (roll < 0.62) return isoDay(day).slice(0, 4); // year precision
  if (roll < 0.7) return `${isoDay(day)}~`; // approximate
  if (roll < 0.73) return `${isoDay(day)}?`; // uncertain
  if (roll < 0.82) return `${isoDay(day)}/${isoDay(day + int(r, 1, 12) * DAY)}`; // interval
  if (roll < 0.88) return `/${isoDay(day)}`; // some time before, start not given
  return `${isoDay(day)}T${pad(int(r, 6, 22))}:${pad(int(r, 0, 59))}`; // time of day, wall clock
}

const FIRST_NAMES = ['Olena', 'Andriy', 'Sergei', 'Maria', 'Dmytro', 'Irina', 'Mehmet', 'Ayse', 'John', 'Claire'];
const LAST_NAMES = ['Kovalenko', 'Petrov', 'Shevchuk', 'Volkova', 'Yilmaz', 'Demir', 'Smith', 'Laurent', 'Bondar'];
const STATES = [
  ['ukraine', 'Ukraine', ['Kyiv']],
  ['russia', 'Russia', ['Moscow']],
  ['turkey', 'Turkey', ['Ankara', 'Türkiye']],
  ['united-states', 'United States', ['U.S.', 'Washington']],
] as const;
const ORGS = ['Ministry of Defence', 'Foreign Ministry', 'Red Cross Office', 'Security Council', 'Press Service'];
const ROLE_TITLES = ['Head of delegation', 'Defence Minister', 'Foreign Minister', 'Spokesperson', 'Presidential aide'];
const VERBS = ['announces', 'rejects', 'proposes', 'confirms', 'denies', 'postpones', 'welcomes', 'criticises'];
const NOUNS = [
  'prisoner exchange',
  'ceasefire proposal',
  'memorandum',
  'leaders meeting',
  'drone strike',
  'sanctions package',
  'return of bodies',
  'humanitarian corridor',
  'working group',
  'round of consultations',
];
const PLACES = ['Istanbul', 'Ankara', 'Kyiv', 'Moscow', 'Geneva', 'Riyadh', 'Washington', 'Brussels'];
const CLAUSES = [
  'officials said on condition of anonymity',
  'according to a statement published the same day',
  'the delegation told reporters after the meeting',
  'without giving a date for the next step',
  'while the other side called it a stunt',
  'in remarks carried by state media',
];
const TRACKS = [
  ['negotiation-rounds', 'Negotiation rounds'],
  ['humanitarian', 'Humanitarian: prisoners, bodies, children'],
  ['diplomacy', 'Diplomacy and statements'],
  ['military', 'Military'],
  ['pressure', 'Sanctions and pressure'],
] as const;
const TALLY_KINDS = ['prisoners-of-war', 'bodies', 'civilians', 'children'] as const;
const QUALIFIERS = ['exact', 'at-least', 'about', 'all', 'not-given'] as const;
const DIRECTIONS = ['each-side', 'to-ukraine', 'to-russia', 'not-given'] as const;
const STATUSES = ['agreed', 'offered', 'claimed', 'carried-out'] as const;
const TOPICS = ['ceasefire-proposal', 'leaders-meeting-proposal', 'next-steps', 'exchange'] as const;

const sentence = (r: Random, subject: string) =>
  `${subject} ${pick(r, VERBS)} the ${pick(r, NOUNS)} in ${pick(r, PLACES)}, ${pick(r, CLAUSES)}.`;

export interface GenerateOptions {
  events: number;
  seed?: number;
}

/** A dataset with `events` events; actors, sources, tallies, silences and conflicts grow with it. */
export function generateDataset({ events: count, seed = 2025 }: GenerateOptions): Dataset {
  const r = prng(seed ^ count);
  const sourceCount = Math.min(40, 5 + Math.floor(count / 500));
  const sources = Array.from({ length: sourceCount }, (_, i) => ({
    id: `synthetic-source-${i + 1}`,
    file: `synthetic-${pad(i + 1)}.txt`,
    lines: [1, 200] as [number, number],
    publisher: `Synthetic Wire ${i + 1}`,
    headline: sentence(r, pick(r, ['Ukraine', 'Russia', 'Turkey'])).slice(0, -1),
    published: isoDay(randomDay(r)),
    publishedNote: 'Synthetic benchmark source: no real page behind it.',
  }));
  const cite = () =>
    Array.from({ length: int(r, 1, 3) }, () => ({
      source: pick(r, sources).id,
      quote: sentence(r, pick(r, [...FIRST_NAMES, ...LAST_NAMES])),
    }));

  const actors: Actor[] = STATES.map(([id, name, aliases]) => ({
    id,
    kind: 'state' as const,
    name,
    aliases: [...aliases],
    roles: [],
  }));
  for (const [stateId, stateName] of STATES) {
    for (const org of ORGS.slice(0, 2)) {
      actors.push({
        id: slug(`${stateId} ${org}`),
        kind: 'organisation',
        name: `${stateName} ${org}`,
        aliases: [`${org} of ${stateName}`],
        affiliation: stateId,
        roles: [],
      });
    }
  }
  const people = Math.min(400, Math.max(12, Math.round(Math.sqrt(count) * 2)));
  for (let i = 0; i < people; i++) {
    const first = pick(r, FIRST_NAMES);
    const last = pick(r, LAST_NAMES);
    const name = `${first} ${last}`;
    const aliases = [last, `${first[0]}. ${last}`, `${first} ${last.replace(/y/g, 'iy')}`].slice(0, int(r, 0, 3));
    const roles = Array.from({ length: int(r, 0, 3) }, () => {
      const from = randomDay(r);
      const held = r() < 0.5 ? isoDay(from) : `${isoDay(from)}/${isoDay(from + int(r, 10, 400) * DAY)}`;
      return { title: pick(r, ROLE_TITLES), held, citations: cite() };
    });
    actors.push({
      id: slug(`${name} ${i + 1}`),
      kind: 'person',
      name,
      aliases,
      affiliation: pick(r, STATES)[0],
      roles,
    });
  }

  const events: TimelineEvent[] = ROUND_DAYS.map((day, i) => ({
    id: `round-${i + 1}`,
    title: `Round ${i + 1} of direct talks in Istanbul`,
    summary: sentence(r, 'The delegations') + ' ' + sentence(r, 'The hosts'),
    date: i === 2 ? `${day}T20:37` : day,
    inferred: false,
    ...(i === 2 ? { duration: { text: 'about 40 minutes', minutes: 40, qualifier: 'about' as const } } : {}),
    track: 'negotiation-rounds',
    actors: ['russia', 'ukraine', 'turkey'],
    place: 'Istanbul',
    round: (i + 1) as 1 | 2 | 3,
    topics: [pick(r, TOPICS)],
    citations: cite(),
  }));
  for (let i = events.length; i < count; i++) {
    const noun = pick(r, NOUNS);
    const subject = pick(r, actors);
    const date = randomEdtf(r);
    const event: TimelineEvent = {
      id: `e${i + 1}-${slug(noun)}`,
      title: `${subject.name} ${pick(r, VERBS)} the ${noun}`,
      summary: `${sentence(r, subject.name)} ${sentence(r, pick(r, actors).name)}`,
      date,
      inferred: false,
      track: pick(r, TRACKS)[0],
      actors: [...new Set([subject.id, ...Array.from({ length: int(r, 0, 3) }, () => pick(r, actors).id)])],
      citations: cite(),
    };
    if (r() < 0.15) {
      event.inferred = true;
      event.dateNote = `Worked out from 'last ${pick(r, ['week', 'Sunday', 'month'])}' in a synthetic article.`;
    }
    if (date.includes('T') && r() < 0.5) {
      const minutes = pick(r, [40, 60, 90, 120]);
      event.duration = { text: `about ${minutes} minutes`, minutes, qualifier: 'about' };
    }
    if (/^\d{4}-\d\d-\d\d$/.test(date) && r() < 0.05) event.end = isoDay(Date.parse(date) + int(r, 1, 5) * DAY);
    if (r() < 0.4) event.place = pick(r, PLACES);
    if (r() < 0.1) {
      event.topics = [pick(r, TOPICS)];
      event.proposedBy = pick(r, STATES)[0];
    }
    events.push(event);
  }
  // The real file is not sorted either: the app sorts. Shuffle deterministically so sorting has work to do.
  for (let i = events.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [events[i], events[j]] = [events[j] as TimelineEvent, events[i] as TimelineEvent];
  }

  const tallies: Tally[] = Array.from({ length: Math.min(250, 12 + Math.floor(count / 200)) }, (_, i) => {
    const round = ((i % 3) + 1) as 1 | 2 | 3;
    const qualifier = pick(r, QUALIFIERS);
    const status = pick(r, STATUSES);
    const kind = pick(r, TALLY_KINDS);
    return {
      id: `tally-${i + 1}`,
      round,
      event: `round-${round}`,
      kind,
      label: kind.replace(/-/g, ' '),
      count: qualifier === 'not-given' ? null : int(r, 1, 60) * 50,
      qualifier,
      direction: pick(r, DIRECTIONS),
      status,
      statedBy: [pick(r, actors).id],
      ...(status === 'claimed' ? { claimedBy: pick(r, STATES)[0] } : {}),
      citations: cite(),
    };
  });
  const silences: Silence[] = Array.from({ length: Math.min(200, 20 + Math.floor(count / 500)) }, (_, i) => {
    const round = ((i % 3) + 1) as 1 | 2 | 3;
    const silence: Silence = { id: `silence-${i + 1}`, round, topic: `What round ${round} agreed on item ${i + 1}` };
    if (i < 12) silence.kind = TALLY_KINDS[i % 4];
    if (r() < 0.5) silence.event = `round-${round}`;
    if (r() < 0.3) silence.note = 'The synthetic sources say nothing on this.';
    return silence;
  });
  const conflicts: Conflict[] = Array.from({ length: Math.min(100, 2 + Math.floor(count / 200)) }, (_, i) => ({
    id: `conflict-${i + 1}`,
    topic: `Which day event ${i + 1} happened`,
    subject: { type: 'event', id: (events[i] as TimelineEvent).id },
    claims: [
      { id: 'first', claim: 'The earlier day.', citations: cite() },
      { id: 'second', claim: 'The later day.', citations: cite() },
    ],
    shown: 'first',
    reason: 'More synthetic sources say so.',
  }));

  return withDates({
    format: DATASET_FORMAT,
    version: DATASET_VERSION,
    sources,
    tracks: TRACKS.map(([id, label]) => ({ id, label, description: `Synthetic track: ${label}.` })),
    actors,
    events,
    tallies,
    silences,
    conflicts,
  });
}
