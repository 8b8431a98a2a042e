import { FormattedMessage } from 'react-intl';
import type { StoryGroup } from '../../data/chronology';
import { formatPoint } from '../../data/edtf';
import { useDateWords } from '../../i18n/date-words';
import { messages } from './messages';

/** A stretch of the story by name, in the page's language: "Background", "Round 1 · 16 May 2025", "After round 3". */
export function GroupLabel({ group }: { group: StoryGroup }) {
  const words = useDateWords();
  const [first, second] = group.rounds;
  switch (group.kind) {
    case 'background':
      return <FormattedMessage {...messages.background} />;
    case 'round': {
      const at = group.day ?? 0;
      const day = formatPoint({ start: at, end: at, precision: 'day', approximate: false, uncertain: false }, words);
      return <FormattedMessage {...messages.round} values={{ round: first, day }} />;
    }
    case 'between':
      return <FormattedMessage {...messages.between} values={{ from: first, to: second }} />;
    case 'after':
      return <FormattedMessage {...messages.after} values={{ round: first }} />;
    default:
      return <>{group.label}</>;
  }
}
