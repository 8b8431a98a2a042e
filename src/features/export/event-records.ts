// The events on screen as plain records: one shape for the JSON export, flattened into cells for the CSV.
// Field names are documented in docs/exports.md; change them there too.
import { actorIndex } from '../../data/chronology';
import { dateIn, formatDateIn, type Precision } from '../../data/edtf';
import { sourceIndex } from '../../data/source-index';
import type { Dataset, TimelineEvent } from '../../data/schema';
import { toCsv } from './csv';
import { wallClockIso } from '../../lib/export-dates';
import { eventPermalink } from '../../lib/permalinks';
import { citationsCell, publishedText } from '../../data/source-words';

export interface EventRecord {
  id: string;
  title: string;
  date_edtf: string;
  date_words: string;
  /** Earliest and latest wall-clock moment the date can mean; null where an interval is open on that side. */
  start: string | null;
  end: string | null;
  precision: Precision | null;
  date_inferred: boolean;
  track: string;
  actors: string[];
  place: string | null;
  round: number | null;
  summary: string;
  citations: { publisher: string; headline: string; published: string; quote: string }[];
  permalink: string;
}

export const EVENT_CSV_COLUMNS = [
  'id',
  'title',
  'date_edtf',
  'date_words',
  'start',
  'end',
  'precision',
  'date_inferred',
  'track',
  'actors',
  'place',
  'round',
  'summary',
  'citations',
  'permalink',
] as const;

export function eventRecords(dataset: Dataset, events: readonly TimelineEvent[], siteUrl: string): EventRecord[] {
  const actors = actorIndex(dataset);
  const tracks = new Map(dataset.tracks.map((t) => [t.id, t.label]));
  const sources = sourceIndex(dataset);
  return events.map((event) => {
    const date = dateIn(dataset.dates, event.date);
    return {
      id: event.id,
      title: event.title,
      date_edtf: event.date,
      date_words: formatDateIn(dataset.dates, event.date),
      start: date?.min != null ? wallClockIso(date.min) : null,
      end: date?.max != null ? wallClockIso(date.max) : null,
      precision: (date?.from ?? date?.to)?.precision ?? null,
      date_inferred: event.inferred,
      track: tracks.get(event.track) ?? event.track,
      actors: event.actors.map((id) => actors.get(id)?.name ?? id),
      place: event.place ?? null,
      round: event.round ?? null,
      summary: event.summary,
      citations: event.citations.map((c) => {
        const source = sources.get(c.source);
        return {
          publisher: source?.publisher ?? c.source,
          headline: source?.headline ?? '',
          published: publishedText(source),
          quote: c.quote,
        };
      }),
      permalink: eventPermalink(siteUrl, event.id),
    };
  });
}

export function eventsCsv(dataset: Dataset, events: readonly TimelineEvent[], siteUrl: string): string {
  const sources = sourceIndex(dataset);
  const records = eventRecords(dataset, events, siteUrl);
  const rows = records.map((r, i) => [
    r.id,
    r.title,
    r.date_edtf,
    r.date_words,
    r.start,
    r.end,
    r.precision,
    r.date_inferred ? 'yes' : 'no',
    r.track,
    r.actors.join('; '),
    r.place,
    r.round,
    r.summary,
    citationsCell(events[i]?.citations ?? [], sources),
    r.permalink,
  ]);
  return toCsv(EVENT_CSV_COLUMNS, rows);
}

export const EVENTS_EXPORT_FORMAT = 'istanbul-talks-2025/events-export';

/** The JSON file: a small header saying what it is and where it came from, then the records. */
export function eventsJson(
  dataset: Dataset,
  events: readonly TimelineEvent[],
  siteUrl: string,
  exported: Date,
): string {
  const body = {
    format: EVENTS_EXPORT_FORMAT,
    version: 1,
    exported: exported.toISOString(),
    site: siteUrl,
    count: events.length,
    events: eventRecords(dataset, events, siteUrl),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
