import { useId, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { messages } from './messages';
import type { TimelineEvent } from '../../data/schema';
import type { IndexedSource } from '../../data/source-index';
import { CONTROL_BUTTON } from '../../components/control-styles';
import { citeEvent, citeView } from './cite';
import { CopyField } from '../../components/CopyField';
import { useEscapeCloses } from '../../lib/use-escape-closes';

interface Props {
  /** The record's title, as it should appear in a bibliography. */
  title: string;
  /** The filters on screen in words; empty when nothing is filtered. */
  filtersInWords: readonly string[];
  /** The address of this view (it holds the filters and the selection). */
  /** The link to the view, read when the citation is shown. */
  getUrl: () => string;
  /** The selected event, whose own sources are offered for citing too. */
  event?: TimelineEvent | null;
  sources?: ReadonlyMap<string, IndexedSource>;
  /** The day the view was read; the moment the panel opens, unless given. */
  accessed?: Date;
}

/** "Cite this view": a small panel with the citation as plain text and BibTeX, each with a copy button. */
export function CiteButton({ title, filtersInWords, getUrl, event, sources, accessed }: Props) {
  const panelId = useId();
  const intl = useIntl();
  const [openedAt, setOpenedAt] = useState<Date | null>(null);
  const [message, setMessage] = useState('');
  const open = openedAt !== null;
  const day = accessed ?? openedAt;
  const citation = day ? citeView({ title, filtersInWords, url: getUrl(), accessed: day }) : null;
  const eventCitations = open && event && sources ? citeEvent(event, sources) : [];

  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLElement>(null);

  function toggle() {
    setMessage('');
    setOpenedAt(open ? null : new Date());
  }

  useEscapeCloses(panelRef, open, () => setOpenedAt(null), toggleRef);

  return (
    // On narrow screens the panel spans the page's top bar (which the page positions), not this button's width:
    // there it had the button's box's width, 204 px at 390, and the citation wrapped a word to a line.
    <div className="print:hidden sm:relative">
      <button
        ref={toggleRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={toggle}
        // The same look as Share and the filter buttons beside it in the page's top bar.
        className={CONTROL_BUTTON}
      >
        <FormattedMessage {...messages.cite} />
      </button>
      <section
        id={panelId}
        aria-label={intl.formatMessage(messages.cite)}
        ref={panelRef}
        hidden={!open}
        className="absolute top-full right-0 left-0 z-20 mt-2 rounded-lg border border-slate-300 bg-white p-3 shadow-md sm:left-auto sm:w-[min(36rem,calc(100vw-2rem))] dark:border-slate-700 dark:bg-slate-900"
      >
        {citation && (
          <>
            <CopyField
              label="Plain text"
              copyLabel="Copy plain text"
              what="plain text"
              value={citation.text}
              onResult={setMessage}
            />
            <CopyField
              label="BibTeX"
              copyLabel="Copy BibTeX"
              what="BibTeX"
              value={citation.bibtex}
              onResult={setMessage}
            />
          </>
        )}
        {event && eventCitations.length > 0 && (
          <CopyField
            label={`Sources of “${event.title}”`}
            copyLabel="Copy the event's sources"
            what="event's sources"
            value={eventCitations.join('\n\n')}
            onResult={setMessage}
          />
        )}
        <p role="status" className="mt-2 text-sm">
          {message}
        </p>
      </section>
    </div>
  );
}
