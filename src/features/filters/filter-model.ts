// Which events a set of filters lets through, derived from the dataset and the URL's filter state, and why an
// event is left out. Pure: the page memoises the result on the URL state.
import type { ChronologyEntry } from '../../data/chronology';
import type { Actor, Dataset, TimelineEvent } from '../../data/schema';
import type { Spellings } from '../../i18n/search-spellings';
import { foldedHaystack, hasAllWords, queryWords } from '../../lib/text-match';
import { cachedPer } from '../../lib/cached-per';

export type MatchMode = 'any' | 'all';

export interface FilterState {
  /** Selected actor ids; a state or organisation stands for itself and everyone affiliated with it. */
  actors: string[];
  match: MatchMode;
  /** Tracks shown; null means every track. */
  tracks: string[] | null;
  query: string;
}

export type FilterName = 'actors' | 'match' | 'tracks' | 'query';

export const NO_FILTERS: FilterState = { actors: [], match: 'any', tracks: null, query: '' };

/** Each actor with everyone affiliated with it, directly or through an organisation (Russia ⊃ Kremlin ⊃ Peskov). */
export function actorReach(actors: Actor[]): Map<string, Set<string>> {
  const children = new Map<string, string[]>();
  for (const a of actors) {
    if (a.affiliation) children.set(a.affiliation, [...(children.get(a.affiliation) ?? []), a.id]);
  }
  const reach = new Map<string, Set<string>>();
  for (const a of actors) {
    const found = new Set<string>([a.id]);
    const queue = [a.id];
    while (queue.length > 0) {
      for (const child of children.get(queue.pop()!) ?? []) {
        if (!found.has(child)) {
          found.add(child);
          queue.push(child);
        }
      }
    }
    reach.set(a.id, found);
  }
  return reach;
}

/**
 * Everything a search looks at for one event: title, summary, actor names and spellings, quotes; with `spellings`,
 * also its words and names in the record's other languages and scripts.
 */
export function searchableText(
  event: TimelineEvent,
  actorsById: ReadonlyMap<string, Actor>,
  spellings?: Spellings,
): string[] {
  const names = event.actors.flatMap((id) => {
    const actor = actorsById.get(id);
    return actor ? [actor.name, ...actor.aliases, ...(spellings?.actors.get(id) ?? [])] : [];
  });
  const elsewhere = spellings?.events.get(event.id) ?? [];
  return [event.title, event.summary, ...names, ...event.citations.map((c) => c.quote), ...elsewhere];
}

export interface FilterContext {
  reach: Map<string, Set<string>>;
  actorsById: Map<string, Actor>;
  spellings?: Spellings;
  /**
   * Each event's searchable text, folded, kept for as long as the context lives (one loaded dataset and its
   * spellings): folding is the costly part of a search (Unicode normalisation), and an event's text never changes
   * between keystrokes.
   */
  haystacks: WeakMap<TimelineEvent, string>;
}

export function filterContext(dataset: Dataset, spellings?: Spellings): FilterContext {
  return {
    reach: actorReach(dataset.actors),
    actorsById: new Map(dataset.actors.map((a) => [a.id, a])),
    spellings,
    haystacks: new WeakMap(),
  };
}

function haystackOf(event: TimelineEvent, ctx: FilterContext): string {
  let haystack = ctx.haystacks.get(event);
  if (haystack === undefined) {
    haystack = foldedHaystack(searchableText(event, ctx.actorsById, ctx.spellings));
    ctx.haystacks.set(event, haystack);
  }
  return haystack;
}

/**
 * Readies the filters for a list of entries in the browser's idle moments (as the reader reaches the search box or
 * the actors): folds every event's text, the costly part of a search, then lists the entries that name each actor.
 * The first keystroke or tick then does not pay for all of it at once. Returns a function that stops the work; what
 * is done stays done.
 */
export function prepareFilters(entries: ChronologyEntry[], ctx: FilterContext): () => void {
  let next = 0;
  let stopped = false;
  const step = (deadline: { timeRemaining: () => number }) => {
    if (stopped) return;
    while (next < entries.length && deadline.timeRemaining() > 1) haystackOf(entries[next++]!.event, ctx);
    if (next < entries.length) whenIdle(step);
    else whenIdle(() => !stopped && entriesNaming(entries));
  };
  whenIdle(step);
  return () => {
    stopped = true;
  };
}

/** requestIdleCallback where the browser has it; elsewhere a short slice after a zero-delay timer. */
function whenIdle(run: (deadline: { timeRemaining: () => number }) => void) {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1000 });
  else {
    setTimeout(() => {
      const end = performance.now() + 8;
      run({ timeRemaining: () => end - performance.now() });
    }, 0);
  }
}

/** The filters an event fails, in the order they are explained to the reader. */
export function failedFilters(event: TimelineEvent, state: FilterState, ctx: FilterContext): FilterName[] {
  const failed: FilterName[] = [];
  if (state.tracks !== null && !onTracks(state)(event)) failed.push('tracks');
  if (state.actors.length > 0) {
    const actors = actorFailure(state, ctx)(event);
    if (actors !== null) failed.push(actors);
  }
  if (queryWords(state.query).length > 0 && !matchesQuery(state, ctx)(event)) failed.push('query');
  return failed;
}

// Each filter's rule for one event: `failedFilters` explains an event with them, and the track and search masks below
// test every event with them. The actor mask works from the entries that name each actor instead; a test holds it to
// `actorFailure`.

function onTracks(state: FilterState): (event: TimelineEvent) => boolean {
  return (event) => state.tracks === null || state.tracks.includes(event.track);
}

/**
 * Which actor filter an event fails: 'actors' when it involves none of the chosen actors (or anyone they reach),
 * 'match' when "all of" is asked and it involves only some; null when it passes.
 */
function actorFailure(state: FilterState, ctx: FilterContext): (event: TimelineEvent) => 'actors' | 'match' | null {
  const groups = state.actors.map((id) => ctx.reach.get(id) ?? new Set<string>());
  // One set of everyone the chosen actors reach, looked up once per actor of the event.
  const anyOf = new Set(groups.flatMap((group) => [...group]));
  const touches = (event: TimelineEvent, group: ReadonlySet<string>) => {
    for (const id of event.actors) if (group.has(id)) return true;
    return false;
  };
  return (event) => {
    if (!touches(event, anyOf)) return 'actors';
    if (state.match === 'all') for (const group of groups) if (!touches(event, group)) return 'match';
    return null;
  };
}

/** With the query split and folded once rather than once per event. */
function matchesQuery(state: FilterState, ctx: FilterContext): (event: TimelineEvent) => boolean {
  const words = queryWords(state.query);
  return (event) => hasAllWords(words, haystackOf(event, ctx));
}

export function filterEntries(entries: ChronologyEntry[], state: FilterState, ctx: FilterContext): ChronologyEntry[] {
  if (!isFiltering(state)) return entries;
  const tests = [trackMask(entries, state, ctx), actorMask(entries, state, ctx), queryMask(entries, state, ctx)].filter(
    (mask) => mask !== null,
  );
  // Plain loops here and in the masks: a page's first filter change runs this code before it is optimised, where a
  // callback and an array per event cost more than the test itself.
  const kept: ChronologyEntry[] = [];
  for (let i = 0; i < entries.length; i++) {
    let passes = true;
    for (let t = 0; passes && t < tests.length; t++) passes = tests[t]![i] === 1;
    if (passes) kept.push(entries[i]!);
  }
  // Every entry passed (a first letter typed often matches them all): the same array, so nothing that depends on
  // the result (list, timeline, counts, figures) is worked out again.
  return kept.length === entries.length ? entries : kept;
}

/** Which entries pass one filter: 1 at each index that passes. */
type Mask = Uint8Array;

/**
 * One filter's mask, kept per list of entries and keyed on that filter's own state. Ticking an actor then tests
 * every event against the actors only, with the search's result taken as it was (testing the search again costs
 * more than the tick's own test). A few masks per filter are kept, as `whatEmptied` asks for
 * each filter with and without the others.
 */
function maskPer(
  keyOf: (state: FilterState) => string | null,
  build: (entries: ChronologyEntry[], state: FilterState, ctx: FilterContext) => Mask,
) {
  const cache = new WeakMap<ChronologyEntry[], { ctx: FilterContext; masks: Map<string, Mask> }>();
  return (entries: ChronologyEntry[], state: FilterState, ctx: FilterContext): Mask | null => {
    const key = keyOf(state);
    if (key === null) return null;
    let kept = cache.get(entries);
    if (kept?.ctx !== ctx) cache.set(entries, (kept = { ctx, masks: new Map() }));
    let mask = kept.masks.get(key);
    if (mask === undefined) {
      mask = build(entries, state, ctx);
      if (kept.masks.size >= MASKS_KEPT) kept.masks.delete(kept.masks.keys().next().value!);
      kept.masks.set(key, mask);
    }
    return mask;
  };
}

const MASKS_KEPT = 4;

/** A mask from a rule that looks at one event at a time. */
function eachEvent(passes: (state: FilterState, ctx: FilterContext) => (event: TimelineEvent) => boolean) {
  return (entries: ChronologyEntry[], state: FilterState, ctx: FilterContext): Mask => {
    const test = passes(state, ctx);
    const mask = new Uint8Array(entries.length);
    for (let i = 0; i < entries.length; i++) if (test(entries[i]!.event)) mask[i] = 1;
    return mask;
  };
}

const trackMask = maskPer((state) => (state.tracks === null ? null : state.tracks.join('\n')), eachEvent(onTracks));

/**
 * The actor filter's mask, from the entries that name each reached actor rather than from every event: a tick then
 * reads only the events of the actors ticked. The same rule as `actorFailure`, which explains single events.
 */
const actorMask = maskPer(
  (state) => (state.actors.length === 0 ? null : `${state.match}\n${state.actors.join('\n')}`),
  (entries, state, ctx) => {
    const naming = entriesNaming(entries);
    const groups = state.actors.map((id) => ctx.reach.get(id) ?? new Set<string>());
    const mask = new Uint8Array(entries.length);
    const all = state.match === 'all' && groups.length > 1;
    // For "all of": how many groups each entry touches, and the last group counted, so that an entry naming two
    // people of one group counts it once.
    const touched = all ? new Uint16Array(entries.length) : null;
    const lastGroup = all ? new Int32Array(entries.length).fill(-1) : null;
    for (let g = 0; g < groups.length; g++) {
      for (const id of groups[g]!) {
        const at = naming.get(id);
        if (at === undefined) continue;
        for (let k = 0; k < at.length; k++) {
          const i = at[k]!;
          if (touched === null) mask[i] = 1;
          else if (lastGroup![i] !== g) {
            lastGroup![i] = g;
            if (++touched[i]! === groups.length) mask[i] = 1;
          }
        }
      }
    }
    return mask;
  },
);

/**
 * For each actor id, the indexes of the entries that name it, in order. Kept per list of entries; the page builds
 * it in idle time after load (`prepareFilters`), so that the first tick does not read every event.
 */
const entriesNaming = cachedPer((entries: ChronologyEntry[]): Map<string, number[]> => {
  const naming = new Map<string, number[]>();
  for (let i = 0; i < entries.length; i++) {
    const actors = entries[i]!.event.actors;
    for (let a = 0; a < actors.length; a++) {
      const at = naming.get(actors[a]!);
      if (at === undefined) naming.set(actors[a]!, [i]);
      // An event that names one actor twice is listed once.
      else if (at[at.length - 1] !== i) at.push(i);
    }
  }
  return naming;
});

const queryMask = maskPer((state) => {
  const words = queryWords(state.query);
  return words.length === 0 ? null : words.join('\n');
}, eachEvent(matchesQuery));

export function isFiltering(state: FilterState): boolean {
  return state.actors.length > 0 || state.tracks !== null || state.query.trim().length > 0;
}

/** The state without one filter: what "undo" of that filter gives. */
export function without(state: FilterState, name: FilterName): FilterState {
  switch (name) {
    case 'actors':
      return { ...state, actors: [], match: 'any' };
    case 'match':
      return { ...state, match: 'any' };
    case 'tracks':
      return { ...state, tracks: null };
    case 'query':
      return { ...state, query: '' };
  }
}

/** For an empty result: each active filter whose removal alone would bring events back, with how many. */
export function whatEmptied(
  entries: ChronologyEntry[],
  state: FilterState,
  ctx: FilterContext,
): { filter: FilterName; count: number }[] {
  const active: FilterName[] = [];
  if (state.tracks !== null) active.push('tracks');
  if (state.actors.length > 0) active.push(state.match === 'all' && state.actors.length > 1 ? 'match' : 'actors');
  if (state.match === 'all' && state.actors.length > 1) active.push('actors');
  if (state.query.trim()) active.push('query');
  return active
    .map((filter) => ({ filter, count: filterEntries(entries, without(state, filter), ctx).length }))
    .filter((x) => x.count > 0);
}

/**
 * How many events each actor touches (a state or organisation counts its people's events too). Kept per dataset:
 * the counts do not depend on the filters, and the picker is mounted again whenever the page is.
 */
export const actorEventCounts: (dataset: Dataset) => Map<string, number> = cachedPer(countActorEvents);

function countActorEvents(dataset: Dataset): Map<string, number> {
  // Turned around: one pass over the events, crediting each event to everyone whose reach holds one of its actors,
  // instead of one pass over every event per actor.
  const reachedBy = new Map<string, string[]>();
  for (const [actorId, group] of actorReach(dataset.actors)) {
    for (const member of group) reachedBy.set(member, [...(reachedBy.get(member) ?? []), actorId]);
  }
  const counts = new Map<string, number>(dataset.actors.map((a) => [a.id, 0]));
  const credited = new Set<string>();
  for (const event of dataset.events) {
    credited.clear();
    for (const id of event.actors) for (const actorId of reachedBy.get(id) ?? []) credited.add(actorId);
    for (const actorId of credited) counts.set(actorId, counts.get(actorId)! + 1);
  }
  return counts;
}
