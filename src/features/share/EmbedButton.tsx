import { useId, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { messages } from './messages';
import { CopyField } from '../../components/CopyField';
import { CONTROL_BUTTON } from '../../components/control-styles';
import { EMBED_HEIGHT, embedSnippet } from '../../lib/embed';
import { useEscapeCloses } from '../../lib/use-escape-closes';

interface Props {
  /** The embed's address for the view on screen (filters, window, selection), read when the panel opens. */
  getEmbedUrl: () => string;
  /** The host script's address (public/embed.js). */
  getScriptUrl: () => string;
  /** The frame's title, for screen readers in the article. */
  title: string;
}

/**
 * "Embed this view": the <iframe> snippet for the view on screen, a copy button, and the frame itself as the article
 * will show it.
 */
export function EmbedButton({ getEmbedUrl, getScriptUrl, title }: Props) {
  const panelId = useId();
  const intl = useIntl();
  const [urls, setUrls] = useState<{ embed: string; script: string } | null>(null);
  const [message, setMessage] = useState('');
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const open = urls !== null;

  useEscapeCloses(panelRef, open, () => setUrls(null), toggleRef);

  return (
    <div className="print:hidden sm:relative">
      <button
        ref={toggleRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setMessage('');
          setUrls(open ? null : { embed: getEmbedUrl(), script: getScriptUrl() });
        }}
        className={CONTROL_BUTTON}
      >
        <FormattedMessage {...messages.embed} />
      </button>
      <section
        id={panelId}
        aria-label={intl.formatMessage(messages.embed)}
        ref={panelRef}
        hidden={!open}
        className="absolute top-full right-0 left-0 z-20 mt-2 rounded-lg border border-slate-300 bg-white p-3 shadow-md sm:left-auto sm:w-[min(40rem,calc(100vw-2rem))] dark:border-slate-700 dark:bg-slate-900"
      >
        {urls && (
          <>
            <p className="text-sm text-slate-700 dark:text-slate-300">
              Paste this into an article to show the record as it is on screen now: the same filters, time span and
              event. The frame fits its height to the record when the script with it runs; without the script it scrolls
              inside.
            </p>
            <CopyField
              label="HTML to embed"
              copyLabel="Copy the HTML"
              what="HTML"
              value={embedSnippet({ embedUrl: urls.embed, scriptUrl: urls.script, title })}
              onResult={setMessage}
            />
            <p role="status" className="mt-1 min-h-5 text-sm">
              {message}
            </p>
            <p className="mt-2 text-sm font-medium">Preview</p>
            <iframe
              src={urls.embed}
              title={`Preview: ${title}`}
              loading="lazy"
              height={Math.round(EMBED_HEIGHT / 2)}
              className="mt-1 w-full rounded border border-slate-300 dark:border-slate-600"
            />
          </>
        )}
      </section>
    </div>
  );
}
