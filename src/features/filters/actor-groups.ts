// The actor picker's groups: everyone under the state they belong to (Ukraine, Russia, United States, Turkey…),
// found through the affiliation chain; whoever belongs to no state goes under "Others".
import type { Actor } from '../../data/schema';
import { fold } from '../../lib/text-match';
import { cachedPer } from '../../lib/cached-per';

export interface ActorGroup {
  /** The state heading the group, or null for "Others". */
  party: Actor | null;
  members: Actor[];
}

function stateOf(actor: Actor, byId: ReadonlyMap<string, Actor>): Actor | null {
  const seen = new Set<string>();
  let current: Actor | undefined = actor;
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    if (current.kind === 'state' && current !== actor) return current;
    current = current.affiliation ? byId.get(current.affiliation) : undefined;
  }
  return null;
}

/** The groups, worked out once per list of actors (a dataset's), however often the picker renders or mounts. */
export const actorGroups: (actors: Actor[]) => ActorGroup[] = cachedPer((actors: Actor[]) => groupActors(actors));

function groupActors(actors: Actor[]): ActorGroup[] {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const groups = new Map<string, ActorGroup>();
  const others: Actor[] = [];
  const states = actors.filter((a) => a.kind === 'state');
  for (const state of states) groups.set(state.id, { party: state, members: [] });
  for (const actor of actors) {
    if (actor.kind === 'state') continue;
    const state = stateOf(actor, byId);
    if (state) groups.get(state.id)!.members.push(actor);
    else others.push(actor);
  }
  // States with people first (they are what readers look for), in dataset order; lone states join "Others".
  const withMembers = [...groups.values()].filter((g) => g.members.length > 0);
  const lone = [...groups.values()].filter((g) => g.members.length === 0).map((g) => g.party!);
  const result = withMembers;
  if (others.length + lone.length > 0) result.push({ party: null, members: [...lone, ...others] });
  return result;
}

/** The spelling that matched a search, when it is not the display name ("Zelenskiy" for Volodymyr Zelenskyy). */
export function matchingSpelling(
  actor: Actor,
  search: string,
  elsewhere: readonly string[] = [],
): string | null | undefined {
  const needle = fold(search.trim());
  if (!needle) return null;
  if (fold(actor.name).includes(needle)) return null;
  // The closest spelling: the shortest alias that contains what was typed ("Zelenskiy", not "Volodymyr Zelenskiy").
  return [...actor.aliases, ...elsewhere]
    .sort((a, b) => a.length - b.length)
    .find((alias) => fold(alias).includes(needle));
}

/**
 * Whether an actor answers to a search by any spelling, ignoring case and accents; `elsewhere` holds its names in
 * the record's other languages (i18n/search-spellings.ts).
 */
export function actorMatches(actor: Actor, search: string, elsewhere: readonly string[] = []): boolean {
  return matchingSpelling(actor, search, elsewhere) !== undefined;
}
