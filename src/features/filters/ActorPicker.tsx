import { FormattedMessage, useIntl } from 'react-intl';
import { messages } from './messages';
import { memo, useId, useMemo, useState } from 'react';
import { spellingsFrom, useSearchTranslations } from '../../i18n/search-spellings';
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
  const intl = useIntl();
  const groups = actorGroups(dataset.actors);
  // Names in the record's other languages and scripts, loaded once the reader types.
  const translations = useSearchTranslations(search.trim() !== '');
  const spellings = useMemo(
    () => (translations ? spellingsFrom(dataset, translations).actors : null),
    [dataset, translations],
  );
  const elsewhere = (actor: Actor) => spellings?.get(actor.id) ?? [];
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
      <legend className="text-sm font-semibold">
        <FormattedMessage {...messages.actors} />
      </legend>
      <input
        type="search"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        aria-label={intl.formatMessage(messages.findActorLabel)}
        placeholder={intl.formatMessage(messages.findActorPlaceholder)}
        className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
      />
      <div className="mt-2 max-h-72 space-y-2 overflow-y-auto pr-1">
        {groups.map((group) => {
          const party = group.party;
          const members = group.members.filter((m) => !search || actorMatches(m, search, elsewhere(m)));
          const partyShown = party && (!search || actorMatches(party, search, elsewhere(party)) || members.length > 0);
          if (!partyShown && members.length === 0) return null;
          const groupName = party?.name ?? intl.formatMessage(messages.others);
          const memberIds = group.members.map((m) => m.id);
          const partyChosen = party !== null && chosen.has(party.id);
          const includedNote = partyChosen ? `${id}-${party.id}-via` : null;
          return (
            <div key={party?.id ?? 'others'} role="group" aria-label={groupName}>
              {party ? (
                <label className="flex items-baseline gap-2 text-sm font-medium">
                  <input type="checkbox" checked={partyChosen} onChange={() => toggle(party.id, memberIds)} />
                  <span>
                    <FormattedMessage {...messages.partyAndPeople} values={{ party: party.name }} />{' '}
                    <Count n={counts.get(party.id) ?? 0} />
                  </span>
                </label>
              ) : (
                <p className="text-sm font-medium">{groupName}</p>
              )}
              {party && includedNote && (
                // One note for the whole group rather than one per person: ticking a state with dozens of people
                // then adds one element to the page, not dozens.
                <p id={includedNote} className="sr-only">
                  <FormattedMessage {...messages.includedWith} values={{ party: party.name }} />
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
                    spelling={matchingSpelling(member, search, elsewhere(member))}
                    onToggle={toggle}
                  />
                ))}
              </ul>
            </div>
          );
        })}
      </div>
      <div
        role="radiogroup"
        aria-label={intl.formatMessage(messages.involve)}
        className="mt-2 flex flex-wrap gap-3 text-sm"
      >
        <label className="flex items-center gap-1">
          <input type="radio" name={`${id}-match`} checked={match === 'any'} onChange={() => onMatchChange('any')} />
          <FormattedMessage {...messages.anySelected} />
        </label>
        <label className="flex items-center gap-1">
          <input type="radio" name={`${id}-match`} checked={match === 'all'} onChange={() => onMatchChange('all')} />
          <FormattedMessage {...messages.allSelected} />
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
          {spelling && (
            <span className="text-slate-600 dark:text-slate-400">
              <FormattedMessage {...messages.alsoSpelled} values={{ spelling }} />
            </span>
          )}
        </span>
      </label>
    </li>
  );
});

function Count({ n }: { n: number }) {
  return (
    <span className="text-slate-600 dark:text-slate-400">
      <FormattedMessage {...messages.eventCount} values={{ count: n }} />
    </span>
  );
}
