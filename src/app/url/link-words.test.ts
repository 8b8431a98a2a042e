import { expect, test } from 'vitest';
import { auditLink } from './audit-link';
import { ignoredInWords } from './link-words';

const known = { events: new Set(['round-3']), actors: new Set(['turkey']), tracks: new Set(['military']) };
const words = (search: string) => auditLink(search, known).map(ignoredInWords);

test.each([
  [
    '?window=bad',
    'The time span “bad” is not a time span (two dates with a “/” between them), so the timeline opens on the three rounds.',
  ],
  [
    '?window=2025-12-31/2025-01-01',
    'The time span “2025-12-31/2025-01-01” ends before it starts, so the timeline opens on the three rounds.',
  ],
  ['?event=round-9', 'The event “round-9” is not an event in this record, so no event is opened.'],
  [
    '?actors=turkey,nobody',
    'The actor filter “nobody” is not an actor in this record, so that actor is not used as a filter.',
  ],
  ['?utm_source=chat', '“utm_source” is not a setting of this record, so it is left out.'],
  ['?q=a&q=b', 'The search appears twice in the link; the first one is used and “b” is left out.'],
])('%s is said in plain words', (search, sentence) => {
  expect(words(search)).toEqual([sentence]);
});
