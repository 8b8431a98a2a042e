// What a link asked for that the app could not honour, in words for the notice. It reads the raw query string with
// the same readers as the app, and checks ids against the dataset; everything else in the link still applies.
import {
  MAX_PARAM_LENGTH,
  readEventId,
  readIdList,
  readMatch,
  readQuery,
  readTrackList,
  readWindow,
  type Reading,
  type ViewParamName,
} from './view-params';

export interface IgnoredPart {
  param: string;
  /** The raw value, shortened for display; shown as text, never as HTML. */
  value: string;
  reason: string;
}

export interface KnownIds {
  events: ReadonlySet<string>;
  actors: ReadonlySet<string>;
  tracks: ReadonlySet<string>;
}

const MAX_SHOWN = 60;
const READERS: Record<ViewParamName, (raw: string) => Reading<unknown>> = {
  event: readEventId,
  actors: readIdList,
  match: readMatch,
  tracks: readTrackList,
  q: readQuery,
  window: readWindow,
};
// The version marker: every link so far is version 1, with or without it.
const VERSION = 'v';

const shorten = (text: string) => (text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text);

export function auditLink(search: string, known: KnownIds): IgnoredPart[] {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return [{ param: '(link)', value: shorten(search), reason: 'could not be read' }];
  }
  const ignored: IgnoredPart[] = [];
  const seen = new Set<string>();
  for (const [name, raw] of params) {
    if (seen.has(name)) {
      ignored.push({ param: name, value: shorten(raw), reason: 'repeats a setting; the first one was used' });
      continue;
    }
    seen.add(name);
    if (name === VERSION) {
      if (raw !== '1')
        ignored.push({
          param: name,
          value: shorten(raw),
          reason: 'is a link format this record does not know',
        });
      continue;
    }
    if (!Object.hasOwn(READERS, name)) {
      ignored.push({ param: shorten(name), value: shorten(raw), reason: 'is not a setting of this record' });
      continue;
    }
    if (raw.length > MAX_PARAM_LENGTH) {
      ignored.push({ param: name, value: shorten(raw), reason: 'is too long' });
      continue;
    }
    const report = (value: string, reason: string) => ignored.push({ param: name, value: shorten(value), reason });
    const checkIds = (reading: Reading<string[]> & { dropped: string[] }, known: ReadonlySet<string>, what: string) => {
      for (const bad of reading.dropped) report(bad, 'is not a valid id');
      if (!reading.ok) report(raw, reading.reason);
      // Well-formed ids may still name nothing in this dataset.
      else for (const id of reading.value) if (!known.has(id)) report(id, `is not ${what} in this record`);
    };
    switch (name) {
      case 'event': {
        const reading = readEventId(raw);
        if (!reading.ok) report(raw, reading.reason);
        else if (!known.events.has(reading.value)) report(raw, 'is not an event in this record');
        break;
      }
      case 'actors':
        checkIds(readIdList(raw), known.actors, 'an actor');
        break;
      case 'tracks':
        checkIds(readTrackList(raw), known.tracks, 'a track');
        break;
      default: {
        const reading = READERS[name as ViewParamName](raw);
        if (!reading.ok) report(raw, reading.reason);
      }
    }
  }
  return ignored;
}
