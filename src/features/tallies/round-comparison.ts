// What else each round produced, lined up: the meeting's length and the events tagged with a topic that fall on the
// round's day. Day-matching keeps the data simple (no extra link to maintain); an event counts only when its date is
// that very day, stated without "~" or "?", so an undated or approximate report is never pulled into a round.
import { dateIn, type ResolvedDate } from '../../data/edtf';
import type { Citation, Dataset, EventTopic, TimelineEvent } from '../../data/schema';
import { cachedPer } from '../../lib/cached-per';
import { DAY } from '../../lib/time';
import { roundColumns, type RoundColumn } from '../../data/rounds';

/** The topics the comparison lines up, in the order of its rows. Exchanges have their own table above. */
export const COMPARED_TOPICS = [
  'ceasefire-proposal',
  'leaders-meeting-proposal',
  'next-steps',
] as const satisfies readonly EventTopic[];

export type ComparedTopic = (typeof COMPARED_TOPICS)[number];

export const TOPIC_LABELS: Record<ComparedTopic, string> = {
  'ceasefire-proposal': 'Ceasefire proposals',
  'leaders-meeting-proposal': 'Leaders’ meeting',
  'next-steps': 'Next steps',
};

/** The first and last millisecond of the day a round was held, or null when its date is not a single day. */
export function roundDay(date: ResolvedDate | null): { start: number; end: number } | null {
  if (!date || date.kind !== 'date' || !date.from) return null;
  const { precision, start } = date.from;
  if (precision === 'year' || precision === 'month') return null;
  const dayStart = start - (start % DAY);
  return { start: dayStart, end: dayStart + DAY - 1 };
}

/** True when the date lies wholly inside that day and is stated as certain and exact. */
export function isOnDay(date: ResolvedDate | null, day: { start: number; end: number }): boolean {
  if (!date || date.kind !== 'date' || !date.from || date.min === null || date.max === null) return false;
  if (date.from.approximate || date.from.uncertain) return false;
  return date.min >= day.start && date.max <= day.end;
}

export interface ComparisonColumn extends RoundColumn {
  /** Events of each compared topic on the round's day, in dataset order; empty when the sources report none. */
  topics: Record<ComparedTopic, TimelineEvent[]>;
  /** How many such events the current filters hide, per topic, so a hidden one never reads as silence. */
  hidden: Record<ComparedTopic, number>;
}

/**
 * Each round's column with the events of each compared topic on its day, whatever the filters. Kept per dataset:
 * finding them reads every event's date, which in a large record is the costliest part of a filter change, and only
 * the dataset changes them.
 */
const roundTopicEvents = cachedPer((dataset: Dataset) =>
  roundColumns(dataset).map((column) => {
    const day = roundDay(column.date);
    const sameDay = day ? dataset.events.filter((e) => isOnDay(dateIn(dataset.dates, e.date), day)) : [];
    const onTopic = Object.fromEntries(
      COMPARED_TOPICS.map((t) => [t, sameDay.filter((e) => e.topics?.includes(t))]),
    ) as Record<ComparedTopic, TimelineEvent[]>;
    return { column, onTopic };
  }),
);

/** With `visibleEventIds`, only events the current filters show are lined up; the rounds themselves always are. */
export function roundComparison(
  dataset: Dataset,
  visibleEventIds: ReadonlySet<string> | null = null,
): ComparisonColumn[] {
  return roundTopicEvents(dataset).map(({ column, onTopic }) => {
    const shown = (e: TimelineEvent) => visibleEventIds === null || visibleEventIds.has(e.id);
    const topics = Object.fromEntries(COMPARED_TOPICS.map((t) => [t, onTopic[t].filter(shown)])) as Record<
      ComparedTopic,
      TimelineEvent[]
    >;
    const hidden = Object.fromEntries(
      COMPARED_TOPICS.map((t) => [t, onTopic[t].filter((e) => !shown(e)).length]),
    ) as Record<ComparedTopic, number>;
    return { ...column, topics, hidden };
  });
}

const MINUTES_QUALIFIER: Record<NonNullable<TimelineEvent['duration']>['qualifier'], string> = {
  exact: '',
  about: 'about ',
  'at-most': 'at most ',
  'at-least': 'at least ',
};

/** "at most 120 minutes", or null when the sources give no length in minutes. */
export function durationMinutesText(duration: NonNullable<TimelineEvent['duration']>): string | null {
  if (duration.minutes === undefined) return null;
  return `${MINUTES_QUALIFIER[duration.qualifier]}${duration.minutes} minutes`;
}

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[‘’“”"']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/** The round event's quotes that state its length; all its quotes when none contains the words verbatim. */
export function durationCitations(event: TimelineEvent): Citation[] {
  if (!event.duration) return [];
  const words = normalise(event.duration.text);
  const stating = event.citations.filter((c) => normalise(c.quote).includes(words));
  return stating.length > 0 ? stating : event.citations;
}
