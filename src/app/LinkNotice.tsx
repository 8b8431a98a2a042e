import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { messages } from './messages';
import type { IgnoredPart } from './url/audit-link';
import { ignoredInWords } from './url/link-words';

/** Says, once, what a link carried that could not be used; the rest of the link has been applied. */
export function LinkNotice({ ignored }: { ignored: IgnoredPart[] }) {
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || ignored.length === 0) return null;
  return (
    <div
      role="status"
      className="mb-4 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-50"
    >
      <div className="flex items-start justify-between gap-3">
        <p className="font-medium">
          <FormattedMessage {...messages.linkIgnored} />
        </p>
        <button
          type="button"
          onClick={() => setDismissed(true)}
          className="rounded border border-amber-500 px-2 py-0.5 text-xs font-medium"
        >
          <FormattedMessage
            {...messages.dismiss}
            values={{ hidden: (chunks) => <span className="sr-only">{chunks}</span> }}
          />
        </button>
      </div>
      <ul className="mt-1 list-disc pl-5 break-words">
        {ignored.slice(0, 8).map((part, i) => (
          <li key={i}>{ignoredInWords(part)}</li>
        ))}
        {ignored.length > 8 && (
          <li>
            <FormattedMessage {...messages.andMore} values={{ count: ignored.length - 8 }} />
          </li>
        )}
      </ul>
    </div>
  );
}
