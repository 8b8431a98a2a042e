import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { Message } from '../../i18n/define-messages';
import { messages } from './messages';
import { CONTROL_BUTTON } from '../../components/control-styles';
import { shareLink, type ShareOutcome } from './share-link';

interface Props {
  /** The link to hand over; read when the button is pressed, so it is always the current view. */
  getUrl: () => string;
  title: string;
  label?: string;
  className?: string;
}

const MESSAGES: Record<ShareOutcome, Message | null> = {
  shared: messages.shared,
  copied: messages.copied,
  cancelled: null,
  failed: messages.failed,
};

/** Copies the link (or opens the system share sheet) and says what happened in a live region. */
export function ShareButton({ getUrl, title, label, className }: Props) {
  const [message, setMessage] = useState('');
  const intl = useIntl();
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className={className ?? CONTROL_BUTTON}
        onClick={async () => {
          setMessage('');
          const said = MESSAGES[await shareLink(getUrl(), title)];
          setMessage(said ? intl.formatMessage(said) : '');
        }}
      >
        {label ?? intl.formatMessage(messages.share)}
      </button>
      <span role="status" className="text-sm text-slate-700 dark:text-slate-300">
        {message}
      </span>
    </span>
  );
}
