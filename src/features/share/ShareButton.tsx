import { useState } from 'react';
import { shareLink, type ShareOutcome } from './share-link';

interface Props {
  /** The link to hand over; read when the button is pressed, so it is always the current view. */
  getUrl: () => string;
  title: string;
  label?: string;
  className?: string;
}

const MESSAGES: Record<ShareOutcome, string> = {
  shared: 'Link shared.',
  copied: 'Link copied to the clipboard.',
  cancelled: '',
  failed: 'Could not copy the link; copy it from the address bar.',
};

/** Copies the link (or opens the system share sheet) and says what happened in a live region. */
export function ShareButton({ getUrl, title, label = 'Share this view', className }: Props) {
  const [message, setMessage] = useState('');
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className={
          className ??
          'rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium dark:border-slate-600 dark:bg-slate-900'
        }
        onClick={async () => {
          setMessage('');
          setMessage(MESSAGES[await shareLink(getUrl(), title)]);
        }}
      >
        {label}
      </button>
      <span role="status" className="text-sm text-slate-700 dark:text-slate-300">
        {message}
      </span>
    </span>
  );
}
