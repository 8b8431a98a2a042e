// What the view in the URL selects from the record: the filters as read, the events they let through, the selected
// event and, when a link points at one the filters hide, that event shown dimmed with the reasons. All of it is
// derived from the dataset and the URL on each render (memoised per input), never stored beside them.
import { useDeferredValue, useEffect, useMemo } from 'react';
import { chronology } from '../data/chronology';
import type { Dataset } from '../data/schema';
import {
  failedFilters,
  filterContext,
  filterEntries,
  isFiltering,
  prepareFilters,
  type FilterState,
} from '../features/filters/filter-model';
import { filtersInWords, whyHidden } from '../features/filters/filter-words';
import { spellingsFrom, useSearchTranslations } from '../i18n/search-spellings';
import { queryWords } from '../lib/text-match';
import type { useViewParams } from './url/view-params';

type ViewParams = ReturnType<typeof useViewParams>[0];

/** Records longer than this render search results after the keystroke's own render (see `query` below). */
const DEFER_SEARCH_ABOVE = 200;

export function useFilteredView(dataset: Dataset, params: ViewParams) {
  const entries = useMemo(() => chronology(dataset), [dataset]);
  // A search finds events by their words in any of the record's languages and scripts, once those have loaded.
  const translations = useSearchTranslations(params.q.trim() !== '');
  const ctx = useMemo(
    () => filterContext(dataset, translations ? spellingsFrom(dataset, translations) : undefined),
    [dataset, translations],
  );
  // Ready the search text and the actors' entries in the idle moments after load, so that even a first keystroke
  // or tick finds them done (in a large record folding the text takes long enough to be felt; waiting for the search
  // box's focus left that cost to a reader who clicks and types at once).
  useEffect(() => prepareFilters(entries, ctx), [entries, ctx]);

  // Typing stays responsive: in a large record the list and timeline follow the search a moment later, since one
  // keystroke's render there blocks the page for several frames. A small one (the real record has 48) follows at
  // once: there a keystroke renders within a frame, and deferring it would only add a frame or two of delay.
  const deferredQuery = useDeferredValue(params.q);
  const query = entries.length > DEFER_SEARCH_ABOVE ? deferredQuery : params.q;
  const filters: FilterState = useMemo(() => {
    const knownTracks = params.tracks?.filter((t) => dataset.tracks.some((track) => track.id === t));
    return {
      actors: params.actors.filter((id) => ctx.actorsById.has(id)),
      match: params.match,
      // A list naming only unknown tracks is ignored (and reported) rather than hiding everything.
      tracks: params.tracks === null || (knownTracks?.length === 0 && params.tracks.length > 0) ? null : knownTracks!,
      query,
    };
  }, [params.actors, params.match, params.tracks, query, dataset, ctx]);

  const matching = useMemo(() => filterEntries(entries, filters, ctx), [entries, filters, ctx]);
  const selected = useMemo(() => entries.find((e) => e.event.id === params.event) ?? null, [entries, params.event]);
  // A link to an event the filters hide still opens it, dimmed, and says why.
  const dimmed = useMemo(() => {
    if (!selected || matching.includes(selected)) return null;
    return {
      id: selected.event.id,
      reasons: whyHidden(selected.event, failedFilters(selected.event, filters, ctx), filters, dataset),
    };
  }, [selected, matching, filters, ctx, dataset]);
  const listed = useMemo(() => {
    if (!dimmed || !selected) return matching;
    // A set, not matching.includes per entry, which grows with the square of the record.
    const kept = new Set(matching);
    return entries.filter((e) => e === selected || kept.has(e));
  }, [dimmed, selected, entries, matching]);
  // One set of ids per filter change, shared by the timeline and the tallies.
  const matchingIds = useMemo(() => new Set(matching.map((e) => e.event.id)), [matching]);
  const listedIds = useMemo(
    () => (listed === matching ? matchingIds : new Set(listed.map((e) => e.event.id))),
    [listed, matching, matchingIds],
  );
  const listedEvents = useMemo(() => listed.map((e) => e.event), [listed]);
  const highlight = useMemo(() => queryWords(query), [query]);
  const inWords = useMemo(() => filtersInWords(filters, dataset), [filters, dataset]);

  return {
    /** Every event, in time order. */
    entries,
    ctx,
    /** The filters as read from the URL, unknown actors and tracks left out; the search as the lists follow it. */
    filters,
    /** The entries the filters let through. */
    matching,
    selected,
    /** The selected event when the filters hide it, with why. */
    dimmed,
    /** What the list, the timeline, the exports and the print show: the matching entries, plus the dimmed one. */
    listed,
    listedIds,
    listedEvents,
    /** Ids of the matching events while a filter is set, null when nothing is filtered: the tallies follow them. */
    narrowedTo: isFiltering(filters) ? matchingIds : null,
    highlight,
    inWords,
  };
}
