import { memo, useId, useState } from 'react';
import type { Actor, Dataset } from '../../data/schema';
import { actorGroups, actorMatches, matchingSpelling } from './actor-groups';
import type { MatchMode } from './filter-model';
import { sameProps } from './same-props';
import { useStableCallback } from '../../lib/use-stable-callback';

interface Props {
  dataset: Dataset;
  selected: string[];
  match: MatchMode;
  counts: ReadonlyMap<string, number>;
  onChange: (selected: string[]) => void;
  onMatchChange: (match: MatchMode) => void;
}

/** People grouped under their state, each with the number of events it touches; found by any spelling. */
export const ActorPicker = memo(function ActorPicker({
  dataset,
  selected,
  match,
  counts,
  onChange,
  onMatchChange,
}: Props) {
  const id = useId();
  const [search, setSearch] = useState('');
  const groups = actorGroups(dataset.actors);
  const chosen = new Set(selected);

  // The same function on every render, reading the selection when called: a tick then re-renders only the rows
  // whose own state changed, not the hundreds of others a large record lists.
  const toggle = useStableCallback((actorId: string, members: readonly string[] = []) => {
    if (chosen.has(actorId)) onChange(selected.filter((x) => x !== actorId));
    // Picking a state picks its people: they are covered by it, so their own ticks are folded into it.
    else onChange([...selected.filter((x) => !members.includes(x)), actorId]);
  });

  return (
    <fieldset className="min-w-0">
      <legend className="text-sm font-semibold">Actors</legend>
      <input
        type="search"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        aria-label="Find an actor by any spelling"
        placeholder="Find an actor (any spelling)"
        className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
      />
      <div className="mt-2 max-h-72 space-y-2 overflow-y-auto pr-1">
        {groups.map((group) => {
          const party = group.party;
          const members = group.members.filter((m) => !search || actorMatches(m, search));
          const partyShown = party && (!search || actorMatches(party, search) || members.length > 0);
          if (!partyShown && members.length === 0) return null;
          const groupName = party?.name ?? 'Others';
          const memberIds = group.members.map((m) => m.id);
          const partyChosen = party !== null && chosen.has(party.id);
          const includedNote = partyChosen ? `${id}-${party.id}-via` : null;
          return (
            <div key={party?.id ?? 'others'} role="group" aria-label={groupName}>
              {party ? (
                <label className="flex items-baseline gap-2 text-sm font-medium">
                  <input type="checkbox" checked={partyChosen} onChange={() => toggle(party.id, memberIds)} />
                  <span>
                    {party.name} and its people <Count n={counts.get(party.id) ?? 0} />
                  </span>
                </label>
              ) : (
                <p className="text-sm font-medium">Others</p>
              )}
              {party && includedNote && (
                // One note for the whole group rather than one per person: ticking a state with dozens of people
                // then adds one element to the page, not dozens.
                <p id={includedNote} className="sr-only">
                  Included with {party.name}
                </p>
              )}
              <ul className="mt-1 space-y-0.5 pl-5">
                {members.map((member) => (
                  <MemberRow
                    key={member.id}
                    member={member}
                    checked={partyChosen || chosen.has(member.id)}
                    includedBy={includedNote}
                    count={counts.get(member.id) ?? 0}
                    spelling={matchingSpelling(member, search)}
                    onToggle={toggle}
                  />
                ))}
              </ul>
            </div>
          );
        })}
      </div>
      <div role="radiogroup" aria-label="Show events that involve" className="mt-2 flex flex-wrap gap-3 text-sm">
        <label className="flex items-center gap-1">
          <input type="radio" name={`${id}-match`} checked={match === 'any'} onChange={() => onMatchChange('any')} />
          any of the selected
        </label>
        <label className="flex items-center gap-1">
          <input type="radio" name={`${id}-match`} checked={match === 'all'} onChange={() => onMatchChange('all')} />
          all of the selected
        </label>
      </div>
    </fieldset>
  );
}, sameProps);

interface MemberRowProps {
  member: Actor;
  checked: boolean;
  /** When a ticked state covers this person: the id of its note saying so (the row is then disabled); else null. */
  includedBy: string | null;
  count: number;
  /** The spelling the actor search matched, when it is not the name shown. */
  spelling: string | null | undefined;
  onToggle: (actorId: string) => void;
}

/** One person's tick box; memoised, so a tick elsewhere leaves it alone. */
const MemberRow = memo(function MemberRow({ member, checked, includedBy, count, spelling, onToggle }: MemberRowProps) {
  return (
    <li>
      <label className="flex items-baseline gap-2 text-sm">
        <input
          type="checkbox"
          checked={checked}
          disabled={includedBy !== null}
          onChange={() => onToggle(member.id)}
          aria-describedby={includedBy ?? undefined}
        />
        <span>
          {member.name} <Count n={count} />
          {spelling && ' '}
          {spelling && <span className="text-slate-600 dark:text-slate-400">(also “{spelling}”)</span>}
        </span>
      </label>
    </li>
  );
});

function Count({ n }: { n: number }) {
  return (
    <span className="text-slate-600 dark:text-slate-400">
      ({n} {n === 1 ? 'event' : 'events'})
    </span>
  );
}
