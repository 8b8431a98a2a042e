import { memo, type KeyboardEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useDateWords } from '../../i18n/date-words';
import { localeOfTag } from '../../i18n/locale';
import { messages } from './messages';
import { Highlighted } from '../../components/Highlighted';
import { rolesAt } from '../../data/chronology';
import { formatDate, htmlDateTime, type DateTable, type ResolvedDate } from '../../data/edtf';
import type { Actor, TimelineEvent, Track } from '../../data/schema';
import { eventHref, isPlainClick } from './event-link';

interface Props {
  event: TimelineEvent;
  date: ResolvedDate;
  actors: ReadonlyMap<string, Actor>;
  /** The dataset's date table, for the roles each actor held on the event's date. */
  dates: DateTable;
  track: Track | undefined;
  selected: boolean;
  tabbable: boolean;
  /** The title's heading level: 4 under the list's headings for each stretch of the story, 3 where there are none. */
  level: 3 | 4;
  onOpen: (id: string) => void;
  onKeyDown: (e: KeyboardEvent<HTMLElement>, id: string) => void;
  /** Hands the list this card's title link (null when it goes), so the list can move focus to it. */
  registerLink: (id: string, link: HTMLElement | null) => void;
  highlight: readonly string[];
  /** Set when the filters hide this event and it is listed only because it is selected. */
  hiddenBecause: string[] | null;
}

/**
 * One event in the list: date in words with its precision, title (a link to the event's own page), place, length,
 * who took part in what role, and the summary. How an inferred date was worked out is in the event's details, so the
 * list reads as the story and not as its footnotes.
 * Memoised: the list passes stable props, so a selection, filter or search change re-renders only the cards it alters.
 */
export const EventCard = memo(function EventCard(props: Props) {
  const { event, date, actors, dates, track, selected, tabbable, onOpen, onKeyDown, registerLink } = props;
  const { highlight, hiddenBecause, level } = props;
  const Title = level === 4 ? 'h4' : 'h3';
  const isRound = event.round !== undefined;
  const intl = useIntl();
  const dateText = formatDate(date, useDateWords());
  const dateTime = htmlDateTime(date);
  // The article is named by its title link, whose name is the words it shows ("Round 3 Third round of …").
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
          <FormattedMessage {...messages.dimmed} values={{ reasons: hiddenBecause.join('; ') }} />
        </p>
      )}
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
        {dateTime ? <time dateTime={dateTime}>{dateText}</time> : <span>{dateText}</span>}
        {event.inferred && (
          <span className="rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-900 dark:bg-amber-900 dark:text-amber-100">
            <FormattedMessage {...messages.dateInferred} />
          </span>
        )}
        {track && <span className="text-slate-600 dark:text-slate-400">· {track.label}</span>}
      </p>
      <Title className="mt-1 font-semibold">
        <a
          href={eventHref(event.id, localeOfTag(intl.locale))}
          id={titleId}
          data-event-id={event.id}
          ref={(link) => {
            registerLink(event.id, link);
            return () => registerLink(event.id, null);
          }}
          tabIndex={tabbable ? 0 : -1}
          aria-current={selected ? 'true' : undefined}
          onClick={(e) => {
            // A plain click (or Enter) opens the event in the page; with a modifier the browser opens its page.
            if (!isPlainClick(e)) return;
            e.preventDefault();
            onOpen(event.id);
          }}
          onKeyDown={(e) => onKeyDown(e, event.id)}
          className="text-blue-900 underline-offset-2 hover:underline dark:text-sky-200"
        >
          {/* The badge is part of the link's text, a word apart from the title: what is seen is what is named. */}
          {isRound && (
            <>
              <span className="mr-1 inline-block rounded bg-blue-800 px-1.5 py-0.5 align-[0.1em] text-xs leading-none font-semibold text-white dark:bg-blue-300 dark:text-blue-950">
                <FormattedMessage {...messages.roundBadge} values={{ round: event.round }} />
              </span>{' '}
            </>
          )}
          <Highlighted text={event.title} words={highlight} />
        </a>
      </Title>
      {(event.place || event.duration) && (
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          {event.place}
          {event.place && event.duration && ' · '}
          {event.duration && (
            <FormattedMessage
              {...messages.lasted}
              values={{ duration: <span lang="en">“{event.duration.text}”</span> }}
            />
          )}
        </p>
      )}
      {event.actors.length > 0 && (
        <ul aria-label={intl.formatMessage(messages.actors)} className="mt-2 flex flex-wrap gap-1.5 text-sm">
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
