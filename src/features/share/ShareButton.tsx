import { useRef, useState } from 'react';
import { CONTROL_BUTTON } from '../../components/control-styles';
import { shareLink, type ShareOutcome } from './share-link';

interface Props {
  /** The link to hand over; read when the button is pressed, so it is always the current view. */
  getUrl: () => string;
  title: string;
  label?: string;
  className?: string;
}

// Long enough to read twice; the live region has said it already.
const SHOWN_FOR = 5000;

const MESSAGES: Record<ShareOutcome, string> = {
  shared: 'Link shared.',
  copied: 'Link copied to the clipboard.',
  cancelled: '',
  failed: 'Could not copy the link; copy it from the address bar.',
};

/**
 * Copies the link (or opens the system share sheet) and says what happened in a live region. The words float under
 * the button, so saying them moves nothing on the page, and they go after a few seconds.
 */
export function ShareButton({ getUrl, title, label = 'Share this view', className }: Props) {
  const [message, setMessage] = useState('');
  const clear = useRef<ReturnType<typeof setTimeout>>(undefined);
  return (
    <span className="relative inline-flex items-center">
      <button
        type="button"
        className={className ?? CONTROL_BUTTON}
        onClick={async () => {
          clearTimeout(clear.current);
          setMessage('');
          setMessage(MESSAGES[await shareLink(getUrl(), title)]);
          clear.current = setTimeout(() => setMessage(''), SHOWN_FOR);
        }}
      >
        {label}
      </button>
      <span
        role="status"
        className="absolute top-full left-0 z-20 mt-1 w-max max-w-64 rounded bg-slate-900 px-2 py-1 text-sm text-white empty:p-0 dark:bg-slate-100 dark:text-slate-900"
      >
        {message}
      </span>
    </span>
  );
}
