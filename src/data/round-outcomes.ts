// What each round produced, in words: where and how long it met, then its figures grouped by status, and what the
// sources leave out. The lead of the page shows it and the printed record reuses its plain text, so both say the same
// words; the words for a figure are the tallies' own (tally-words.ts). Every word comes from a field of the dataset:
// a status, qualifier or direction is said as it is recorded, never upgraded ("agreed" never becomes "exchanged").
import { ENGLISH_DATES, formatDate, formatPoint, formatTimeOfDay, type DateWords } from './edtf';
import { roundColumns, type Round, type RoundColumn } from './rounds';
import type { Dataset, Silence, Tally } from './schema';
import { TALLY_KINDS } from './tally-kinds';
import { KIND_NOUNS, nameOf, sentencePhrase, STATUS_LABELS } from './tally-words';

/** A run of a sentence; `role` lets a view set a status word, a quote or a silence apart without changing the words. */
export interface Segment {
  text: string;
  role?: 'status' | 'quote' | 'silence';
}

export interface OutcomeGroup {
  status: Tally['status'];
  /** For claims: the actor id of who makes them, or null where the dataset names no one. */
  claimedBy: string | null;
  /** "Agreed", "Carried out", "Claimed by Ukraine". */
  lead: string;
  tallies: Tally[];
  /** Each figure in words, in the order of `tallies`. */
  phrases: string[];
  /** Silences about these figures' events as a whole (such as whether an agreed exchange was carried out). */
  unreported: Silence[];
}

export interface RoundOutcome {
  round: Round;
  /** The meeting itself; null when only figures or silences name the round. */
  event: { id: string; title: string } | null;
  /** "Round 3 · 23 July 2025". */
  heading: string;
  /** The meeting's date in words: "23 July 2025, 20:37 local time"; null without a meeting. */
  date: string | null;
  /** "20:37 local time" where the sources give the time of day. */
  time: string | null;
  place: string | null;
  /** The length as the sources put it, verbatim ("just 40 minutes"); null when they do not give one. */
  length: string | null;
  groups: OutcomeGroup[];
  /** The round's recorded silences about a kind of figure. */
  silences: Silence[];
  /** Kinds the sources are recorded as silent on and that have no figure in this round. */
  silentKinds: Tally['kind'][];
  /** The sentences after the heading, as runs of text. */
  sentences: Segment[][];
  /** The same sentences as plain text. */
  text: string;
}

/**
 * The words the outcomes are said in, for one language: English here; src/i18n/outcome-words.ts makes them from a
 * language's catalog.
 */
export interface OutcomeWords {
  dates: DateWords;
  /** "Round 3 · 23 July 2025", or "Round 3" without a day. */
  heading: (round: Round, day: string | null) => string;
  placeNotReported: string;
  /** "Istanbul. Length not reported." */
  lengthNotReported: (where: string) => string;
  /** "Istanbul. Length: ", before the sources' own words. */
  lengthIs: (where: string) => string;
  noFigures: string;
  /** "Agreed", "Claimed by Ukraine". */
  status: (status: Tally['status'], claimant: string | null) => string;
  notReported: (topic: string) => string;
  noFigureOn: (kinds: readonly Tally['kind'][]) => string;
  /** A figure inside a sentence (tally-words.ts `sentencePhrase`). */
  figure: (tally: Tally) => string;
}

function listOf(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

export const ENGLISH_OUTCOMES: OutcomeWords = {
  dates: ENGLISH_DATES,
  heading: (round, day) => (day === null ? `Round ${round}` : `Round ${round} · ${day}`),
  placeNotReported: 'Place not reported',
  lengthNotReported: (where) => `${where}. Length not reported.`,
  lengthIs: (where) => `${where}. Length: `,
  noFigures: 'The sources report no figures from this round.',
  status: (status, claimant) => `${STATUS_LABELS[status]}${claimant === null ? '' : ` by ${claimant}`}`,
  notReported: (topic) => `Not reported: ${asClause(topic)}.`,
  noFigureOn: (kinds) => `The sources give no figure on ${listOf(kinds.map((k) => KIND_NOUNS[k].many))}.`,
  figure: sentencePhrase,
};

/** The round's day: a column stands for the whole day's talks. */
function headingOf(column: RoundColumn, words: OutcomeWords): string {
  const from = column.date?.from;
  if (!from) return words.heading(column.round, null);
  const precision = from.precision === 'minute' || from.precision === 'second' ? 'day' : from.precision;
  return words.heading(column.round, formatPoint({ ...from, precision }, words.dates));
}

// Firm outcomes first, claims (allegations rather than outcomes) last.
const STATUS_ORDER: readonly Tally['status'][] = ['agreed', 'offered', 'carried-out', 'claimed'];

const kindOrder = (kind: Tally['kind']) => {
  const i = TALLY_KINDS.indexOf(kind);
  return i === -1 ? TALLY_KINDS.length : i;
};

function groupsOf(
  tallies: readonly Tally[],
  silences: readonly Silence[],
  names: ReadonlyMap<string, string>,
  words: OutcomeWords,
) {
  const sorted = [...tallies].sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind));
  const groups: OutcomeGroup[] = [];
  const placed = new Set<string>();
  for (const status of STATUS_ORDER) {
    const ofStatus = sorted.filter((t) => t.status === status);
    // Claims whose claimant the dataset names come before those it does not.
    const claimants = [...new Set(ofStatus.map((t) => t.claimedBy ?? null))].sort(
      (a, b) => Number(a === null) - Number(b === null),
    );
    for (const claimedBy of claimants) {
      const members = ofStatus.filter((t) => (t.claimedBy ?? null) === claimedBy);
      const claimant = status === 'claimed' && claimedBy !== null ? nameOf(names, claimedBy) : null;
      const events = new Set(members.flatMap((t) => (t.event ? [t.event] : [])));
      // A silence without a kind on a figure's event is about the figures as a whole; it is said once, after the
      // first group of figures it concerns.
      const unreported = silences.filter((s) => s.event !== undefined && events.has(s.event) && !placed.has(s.id));
      for (const s of unreported) placed.add(s.id);
      groups.push({
        status,
        claimedBy: status === 'claimed' ? claimedBy : null,
        lead: words.status(status, claimant),
        tallies: members,
        phrases: members.map(words.figure),
        unreported,
      });
    }
  }
  return groups;
}

// A silence's topic is a heading in our own words ("When and how far …"); after "Not reported:" a leading function
// word reads better in lower case. Any other first word may be a name, so it keeps its capital.
const FUNCTION_WORDS = /^(When|How|What|Whether|Who|Which|Why|Where|Any|The|A|An)\b/;

function asClause(topic: string): string {
  return topic.replace(FUNCTION_WORDS, (word) => word.toLowerCase());
}

function sentencesOf(outcome: Omit<RoundOutcome, 'sentences' | 'text'>, words: OutcomeWords): Segment[][] {
  const where = [outcome.place ?? words.placeNotReported, ...(outcome.time ? [outcome.time] : [])].join(', ');
  const sentences: Segment[][] = [
    outcome.length === null
      ? [{ text: words.lengthNotReported(where) }]
      : [{ text: words.lengthIs(where) }, { text: `“${outcome.length}”`, role: 'quote' }, { text: '.' }],
  ];
  if (outcome.groups.length === 0) {
    sentences.push([{ text: words.noFigures, role: 'silence' }]);
    return sentences;
  }
  for (const group of outcome.groups) {
    sentences.push([{ text: `${group.lead}:`, role: 'status' }, { text: ` ${group.phrases.join('; ')}.` }]);
    for (const s of group.unreported) {
      sentences.push([{ text: words.notReported(s.topic), role: 'silence' }]);
    }
  }
  if (outcome.silentKinds.length > 0) {
    sentences.push([{ text: words.noFigureOn(outcome.silentKinds), role: 'silence' }]);
  }
  return sentences;
}

/** The plain text of some sentences: the words a view shows, without any markup. */
export function plainText(sentences: readonly Segment[][]): string {
  return sentences.map((s) => s.map((part) => part.text).join('')).join(' ');
}

/** Each round the dataset knows of, in round order, with what it produced in words. */
export function roundOutcomes(dataset: Dataset, words: OutcomeWords = ENGLISH_OUTCOMES): RoundOutcome[] {
  const names = new Map(dataset.actors.map((a) => [a.id, a.name]));
  return roundColumns(dataset).map((column) => {
    const { round, event, date } = column;
    const tallies = dataset.tallies.filter((t) => t.round === round);
    const silences = dataset.silences.filter((s) => s.round === round && s.kind !== undefined);
    const kindless = dataset.silences.filter((s) => s.kind === undefined && (s.round ?? round) === round);
    const counted = new Set(tallies.map((t) => t.kind));
    const silentKinds = [...new Set(silences.flatMap((s) => (s.kind && !counted.has(s.kind) ? [s.kind] : [])))].sort(
      (a, b) => kindOrder(a) - kindOrder(b),
    );
    const outcome = {
      round,
      event: event ? { id: event.id, title: event.title } : null,
      heading: headingOf(column, words),
      date: date ? formatDate(date, words.dates) : null,
      time: date?.from ? formatTimeOfDay(date.from, words.dates) : null,
      place: event?.place ?? null,
      length: event?.duration?.text ?? null,
      groups: groupsOf(tallies, kindless, names, words),
      silences,
      silentKinds,
    };
    const sentences = sentencesOf(outcome, words);
    return { ...outcome, sentences, text: plainText(sentences) };
  });
}

/** One round as a line of plain text for print: "Round 3 · 23 July 2025. Çırağan Palace, Istanbul, …". */
export function roundOutcomeLine(outcome: RoundOutcome): string {
  return `${outcome.heading}. ${outcome.text}`;
}
