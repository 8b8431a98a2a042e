import { memo, type KeyboardEvent } from 'react';
import { Highlighted } from '../../components/Highlighted';
import { rolesAt } from '../../data/chronology';
import { formatDate, htmlDateTime, type DateTable, type ResolvedDate } from '../../data/edtf';
import type { Actor, TimelineEvent, Track } from '../../data/schema';

interface Props {
  event: TimelineEvent;
  date: ResolvedDate;
  actors: ReadonlyMap<string, Actor>;
  /** The dataset's date table, for the roles each actor held on the event's date. */
  dates: DateTable;
  track: Track | undefined;
  selected: boolean;
  tabbable: boolean;
  onOpen: (id: string) => void;
  onKeyDown: (e: KeyboardEvent<HTMLButtonElement>, id: string) => void;
  /** Hands the list this card's title button (null when it goes), so the list can move focus to it. */
  registerButton: (id: string, button: HTMLButtonElement | null) => void;
  highlight: readonly string[];
  /** Set when the filters hide this event and it is listed only because it is selected. */
  hiddenBecause: string[] | null;
}

/**
 * One event in the list: title, date in words with its precision, place, length, and who took part in what role.
 * Memoised: the list passes stable props, so a selection, filter or search change re-renders only the cards it alters.
 */
export const EventCard = memo(function EventCard(props: Props) {
  const { event, date, actors, dates, track, selected, tabbable, onOpen, onKeyDown, registerButton } = props;
  const { highlight, hiddenBecause } = props;
  const isRound = event.round !== undefined;
  const dateText = formatDate(date);
  const dateTime = htmlDateTime(date);
  // The article is named by its button, whose label spells out the round for every browser alike.
  const titleId = `event-${event.id}-title`;
  const tone = selected
    ? 'border-amber-500 ring-2 ring-amber-400 dark:border-amber-400 dark:ring-amber-300'
    : isRound
      ? 'border-blue-300 dark:border-blue-700'
      : 'border-slate-200 dark:border-slate-800';
  const background = isRound ? 'bg-blue-50 dark:bg-blue-950' : 'bg-white dark:bg-slate-900';
  return (
    <article
      aria-labelledby={titleId}
      className={`rounded-lg border p-3 ${tone} ${background} ${hiddenBecause ? 'opacity-70' : ''}`}
    >
      {hiddenBecause && (
        <p className="mb-1 text-xs font-medium text-slate-700 dark:text-slate-300">
          Dimmed: the link points to this event, but the current filters hide it ({hiddenBecause.join('; ')}).
        </p>
      )}
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
        {dateTime ? <time dateTime={dateTime}>{dateText}</time> : <span>{dateText}</span>}
        {event.inferred && (
          <span className="rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-900 dark:bg-amber-900 dark:text-amber-100">
            date inferred
          </span>
        )}
        {track && <span className="text-slate-600 dark:text-slate-400">· {track.label}</span>}
      </p>
      <h3 className="mt-1 font-semibold">
        <button
          type="button"
          id={titleId}
          data-event-id={event.id}
          ref={(button) => {
            registerButton(event.id, button);
            return () => registerButton(event.id, null);
          }}
          tabIndex={tabbable ? 0 : -1}
          aria-current={selected ? 'true' : undefined}
          // The name says the round the same in every browser, "Round 1: First round…". The space after the badge
          // makes the visible text the same words in the same order, so a voice-control user who says what they see
          // reaches the button.
          aria-label={isRound ? `Round ${event.round}: ${event.title}` : undefined}
          onClick={() => onOpen(event.id)}
          onKeyDown={(e) => onKeyDown(e, event.id)}
          className="text-left hover:underline"
        >
          {isRound && (
            <>
              <span className="mr-1 rounded bg-blue-800 px-1.5 py-0.5 text-xs font-semibold text-white dark:bg-blue-300 dark:text-blue-950">
                Round {event.round}
              </span>{' '}
            </>
          )}
          <Highlighted text={event.title} words={highlight} />
        </button>
      </h3>
      {event.dateNote && (
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          <span className="font-medium">Date note:</span> {event.dateNote}
        </p>
      )}
      {(event.place || event.duration) && (
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          {event.place}
          {event.place && event.duration && ' · '}
          {event.duration && <>lasted: “{event.duration.text}”</>}
        </p>
      )}
      {event.actors.length > 0 && (
        <ul aria-label="Actors" className="mt-2 flex flex-wrap gap-1.5 text-sm">
          {event.actors.map((id) => {
            const actor = actors.get(id);
            if (!actor) return null;
            const roles = actor.kind === 'person' ? rolesAt(actor, date, dates) : [];
            return (
              <li
                key={id}
                className="rounded-full border border-slate-300 bg-white px-2 py-0.5 dark:border-slate-600 dark:bg-slate-900"
              >
                {actor.name}
                {roles.length > 0 && (
                  <span className="text-slate-600 dark:text-slate-400">, {roles.map((r) => r.title).join('; ')}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p className="mt-2 text-sm">
        <Highlighted text={event.summary} words={highlight} />
      </p>
    </article>
  );
});
