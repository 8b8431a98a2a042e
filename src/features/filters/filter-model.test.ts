import { expect, test } from 'vitest';
import { chronology } from '../../data/chronology';
import { realDataset } from '../../testing/real-dataset';
import {
  actorEventCounts,
  failedFilters,
  filterContext,
  filterEntries,
  NO_FILTERS,
  whatEmptied,
  type FilterState,
} from './filter-model';

const data = realDataset();
const entries = chronology(data);
const ctx = filterContext(data);
const ids = (state: Partial<FilterState>) =>
  filterEntries(entries, { ...NO_FILTERS, ...state }, ctx).map((e) => e.event.id);

test('no filters let everything through', () => {
  expect(ids({})).toHaveLength(data.events.length);
});

test('a filter that every event passes gives back the same list, so nothing downstream is worked out again', () => {
  // A word that every event's searchable text holds, found from the data rather than assumed.
  const everywhere = ['istanbul', 'talks', 'russia', 'ukraine', 'a', 'e'].find(
    (word) => filterEntries(entries, { ...NO_FILTERS, query: word }, ctx).length === entries.length,
  );
  expect(everywhere).toBeDefined();
  expect(filterEntries(entries, { ...NO_FILTERS, query: everywhere! }, ctx)).toBe(entries);
  const some = filterEntries(entries, { ...NO_FILTERS, query: 'medinsky' }, ctx);
  expect(some).not.toBe(entries);
  expect(some.length).toBeLessThan(entries.length);
});

test('an actor filter keeps the events that actor takes part in', () => {
  const medinsky = ids({ actors: ['vladimir-medinsky'] });
  expect(medinsky).toContain('round-3');
  expect(medinsky).not.toContain('operation-spiderweb');
  expect(medinsky.every((id) => data.events.find((e) => e.id === id)!.actors.includes('vladimir-medinsky'))).toBe(true);
});

test("a state stands for its people too: Turkey covers Erdoğan's and Fidan's events", () => {
  const turkey = ids({ actors: ['turkey'] });
  for (const person of ['recep-tayyip-erdogan', 'hakan-fidan']) {
    for (const id of ids({ actors: [person] })) expect(turkey).toContain(id);
  }
});

test('"all of" needs every selected actor; "any of" one of them', () => {
  const any = ids({ actors: ['vladimir-medinsky', 'hakan-fidan'], match: 'any' });
  const all = ids({ actors: ['vladimir-medinsky', 'hakan-fidan'], match: 'all' });
  expect(all).toEqual(['round-3']);
  expect(any.length).toBeGreaterThan(all.length);
});

test('the list a tick gives and the reasons given for one event agree, for every pair of actors in both modes', () => {
  // The list comes from the entries that name each actor; an event's reasons come from its own actors. Pairs take in
  // a state with a person of its own (Turkey and Fidan), where one event can touch both groups through one actor.
  for (const a of data.actors) {
    for (const b of data.actors) {
      for (const match of ['any', 'all'] as const) {
        const state: FilterState = { ...NO_FILTERS, actors: a === b ? [a.id] : [a.id, b.id], match };
        const kept = filterEntries(entries, state, ctx);
        expect(kept).toEqual(entries.filter((e) => failedFilters(e.event, state, ctx).length === 0));
      }
    }
  }
});

test('tracks and search narrow further, and search reads quotes and actor spellings', () => {
  expect(ids({ tracks: ['military'] }).every((id) => data.events.find((e) => e.id === id)!.track === 'military')).toBe(
    true,
  );
  expect(ids({ tracks: [] })).toEqual([]);
  // "Zelenskiy" is Reuters' spelling, an alias; the quote of this event says "Zelensky".
  expect(ids({ query: 'zelenskiy spiderweb' })).toEqual(['operation-spiderweb']);
  expect(ids({ query: '8:37' })).toContain('round-3');
});

test('an empty result says which filter emptied it and how many events undoing it brings back', () => {
  const state: FilterState = { ...NO_FILTERS, actors: ['hakan-fidan'], query: 'spiderweb' };
  expect(filterEntries(entries, state, ctx)).toEqual([]);
  const remedies = whatEmptied(entries, state, ctx);
  expect(remedies).toEqual([
    { filter: 'actors', count: ids({ query: 'spiderweb' }).length },
    { filter: 'query', count: ids({ actors: ['hakan-fidan'] }).length },
  ]);
});

test('the count beside each actor is the number of events ticking that actor shows', () => {
  const expected = Object.fromEntries(data.actors.map((a) => [a.id, ids({ actors: [a.id] }).length]));
  expect(Object.fromEntries(actorEventCounts(data))).toEqual(expected);
});

test('searching again reads each event the same way: any case, every word, and a blank search hides nothing', () => {
  // Each event's folded text is kept after the first search; later searches must still see all of it.
  expect(ids({ query: 'zelenskiy' })).toEqual(ids({ query: 'ZELENSKIY' }));
  expect(ids({ query: 'zelenskiy spiderweb' })).toEqual(['operation-spiderweb']);
  expect(ids({ query: '   ' })).toHaveLength(data.events.length);
});

test('filters kept from earlier changes never leak into a later one: each result is what each event passes', () => {
  // The same actors with either match, the same search with and without others, and more values of each filter
  // than are kept, in an order that returns to earlier ones.
  const states: Partial<FilterState>[] = [
    { query: 'medinsky' },
    { query: 'medinsky', actors: ['turkey'] },
    { actors: ['turkey', 'russia'], match: 'any' },
    { actors: ['turkey', 'russia'], match: 'all' },
    { actors: ['russia'], tracks: ['military'] },
    { actors: ['ukraine'] },
    { actors: ['hakan-fidan'] },
    { actors: ['vladimir-medinsky', 'hakan-fidan'], match: 'all', query: 'round' },
    { actors: ['turkey', 'russia'], match: 'any', query: 'istanbul' },
    { actors: ['turkey', 'russia'], match: 'all' },
    { query: 'medinsky', tracks: [] },
  ];
  for (const partial of states) {
    const state = { ...NO_FILTERS, ...partial };
    const expected = entries.filter((e) => failedFilters(e.event, state, ctx).length === 0).map((e) => e.event.id);
    expect(ids(partial), JSON.stringify(partial)).toEqual(expected);
  }
});
