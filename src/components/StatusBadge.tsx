import type { Tally } from '../data/schema';
import { FormattedMessage } from 'react-intl';
import { tallyMessages } from '../i18n/messages';

// Colour only helps the eye group badges; the word is what carries the meaning.
const STYLES: Record<Tally['status'], string> = {
  agreed:
    'border-emerald-700 bg-emerald-50 text-emerald-900 dark:border-emerald-400 dark:bg-emerald-950 dark:text-emerald-100',
  offered: 'border-sky-700 bg-sky-50 text-sky-900 dark:border-sky-400 dark:bg-sky-950 dark:text-sky-100',
  claimed:
    'border-amber-700 border-dashed bg-amber-50 text-amber-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100',
  'carried-out':
    'border-violet-700 bg-violet-50 text-violet-900 dark:border-violet-400 dark:bg-violet-950 dark:text-violet-100',
};

export function StatusBadge({ status }: { status: Tally['status'] }) {
  return (
    <span className={`inline-block rounded border px-1.5 text-xs font-semibold ${STYLES[status]}`}>
      <FormattedMessage {...tallyMessages[status]} />
    </span>
  );
}
