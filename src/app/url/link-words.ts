// What a link carried that could not be used, said to a reader: which setting, what it held, why it was left out,
// and what the page does instead.
import type { IgnoredPart } from './audit-link';

const SETTINGS: Record<string, { name: string; instead: string }> = {
  event: { name: 'The event', instead: 'no event is opened' },
  actors: { name: 'The actor filter', instead: 'that actor is not used as a filter' },
  match: { name: 'The choice between any and all actors', instead: 'events involving any of them are shown' },
  tracks: { name: 'The tracks', instead: 'that track is not used as a filter' },
  q: { name: 'The search', instead: 'no search is applied' },
  window: { name: 'The time span', instead: 'the timeline opens on the three rounds' },
  v: { name: 'The link format', instead: 'the link is read in the current format' },
};

/** One sentence: “The time span “2025-12-31/2025-01-01” ends before it starts, so the timeline opens on …” */
export function ignoredInWords(part: IgnoredPart): string {
  if (part.reason.startsWith('repeats a setting')) {
    const setting = SETTINGS[part.param]?.name ?? `The setting “${part.param}”`;
    return `${setting} appears twice in the link; the first one is used and “${part.value}” is left out.`;
  }
  const setting = SETTINGS[part.param];
  if (!setting) return `“${part.param}” is not a setting of this record, so it is left out.`;
  return `${setting.name} “${part.value}” ${part.reason}, so ${setting.instead}.`;
}
