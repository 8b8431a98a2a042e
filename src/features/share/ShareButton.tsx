import { useState } from 'react';
import { CONTROL_BUTTON } from '../../components/control-styles';
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
        className={className ?? CONTROL_BUTTON}
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
