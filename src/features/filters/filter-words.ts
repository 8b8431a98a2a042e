// The filters in words: why an event is hidden, what emptied the view, and the view as a citation describes it.
import type { Dataset, TimelineEvent } from '../../data/schema';
import type { FilterName, FilterState } from './filter-model';

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function actorNames(dataset: Dataset, ids: string[]): string[] {
  return ids.map((id) => dataset.actors.find((a) => a.id === id)?.name ?? id);
}

/** One clause per failed filter: "it involves none of Medinsky and Turkey". */
export function whyHidden(event: TimelineEvent, failed: FilterName[], state: FilterState, dataset: Dataset): string[] {
  return failed.map((name) => {
    switch (name) {
      case 'tracks':
        return `its track (${dataset.tracks.find((t) => t.id === event.track)?.label ?? event.track}) is hidden`;
      case 'actors':
        return `it involves none of ${list(actorNames(dataset, state.actors))}`;
      case 'match':
        return `it does not involve all of ${list(actorNames(dataset, state.actors))}`;
      case 'query':
        return `it does not contain every word of “${state.query.trim()}”`;
    }
  });
}

/** The active filters in words, for the empty state, the share text and citations. */
export function filtersInWords(state: FilterState, dataset: Dataset): string[] {
  const words: string[] = [];
  if (state.actors.length > 0) {
    const names = list(actorNames(dataset, state.actors));
    words.push(
      state.match === 'all' && state.actors.length > 1
        ? `events involving all of ${names}`
        : `events involving ${state.actors.length > 1 ? 'any of ' : ''}${names}`,
    );
  }
  if (state.tracks !== null) {
    const labels = dataset.tracks.filter((t) => state.tracks!.includes(t.id)).map((t) => t.label);
    words.push(labels.length ? `tracks: ${list(labels)}` : 'no tracks');
  }
  if (state.query.trim()) words.push(`matching “${state.query.trim()}”`);
  return words;
}

/** What undoing one filter does, as a button says it. */
export const UNDO_LABEL: Record<FilterName, string> = {
  actors: 'Remove the actor filter',
  match: 'Match any of the selected actors instead',
  tracks: 'Show every track',
  query: 'Clear the search',
};
