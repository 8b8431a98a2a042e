// What every colour and mark on the timeline means, in words beside a small copy of each mark: never colour alone,
// and readable without hovering. On a narrow screen it folds behind a "Key" button; wider, it is always shown.
// Styled with Tailwind's classes only: the key is rendered on the server too, where a component's CSS file is not.
import { FormattedMessage, useIntl } from 'react-intl';
import type { Message } from '../../i18n/define-messages';
import { keyMessages as k } from './messages';
import { useState } from 'react';
import { TRACK_COLOURS, type TimelineGroupSpec } from './timeline-items';

interface Props {
  groups: readonly TimelineGroupSpec[];
  /** The timeline shows numbered boxes that count events (a large record). */
  counting: boolean;
  /** …and boxes that count events which began before the view. */
  countingEarlier: boolean;
}

interface Mark {
  id: string;
  text: Message;
  /** The small copy of the mark: its look (timeline.css draws the real ones) and any text inside it. */
  look: string;
  glyph?: string | Message;
}

const INK = 'border-slate-600 dark:border-slate-300';
const BOX = `inline-flex h-3.5 min-w-3.5 items-center justify-center rounded-[2px] border text-[11px] leading-none ${INK}`;
const FILL = 'bg-slate-200 dark:bg-slate-700';
const DOT = 'inline-block size-2.5 rounded-full bg-slate-600 dark:bg-slate-300';

const MARKS: readonly Mark[] = [
  { id: 'round', text: k.round, look: `${BOX} ${FILL} h-4 border-2 px-[3px] font-bold`, glyph: k.roundGlyph },
  { id: 'exact', text: k.exact, look: DOT },
  { id: 'day', text: k.day, look: `${BOX} ${FILL} border-dashed` },
  {
    id: 'span',
    text: k.span,
    look: `${BOX} w-9 border-dashed bg-slate-100 dark:bg-slate-800`,
  },
  {
    id: 'approximate',
    text: k.approximate,
    look: `${BOX} ${FILL} rounded-full shadow-[0_0_4px_2px] shadow-slate-400 dark:shadow-slate-500`,
    glyph: '≈',
  },
  { id: 'before', text: k.before, look: 'font-bold', glyph: '…' },
  { id: 'inferred', text: k.inferred, look: 'italic', glyph: k.inferredGlyph },
  {
    id: 'bundle',
    text: k.bundle,
    look:
      `${BOX} ${FILL} px-[3px] font-semibold shadow-[2px_-2px_0_-1px_var(--color-white),2px_-2px_0_0_var(--color-slate-600)] ` +
      'dark:shadow-[2px_-2px_0_-1px_var(--color-slate-950),2px_-2px_0_0_var(--color-slate-300)]',
    glyph: '3',
  },
  { id: 'dimmed', text: k.dimmed, look: `${DOT} opacity-45` },
];

const COUNTED: Mark = {
  id: 'cluster',
  text: k.cluster,
  look: `${BOX} ${FILL} px-[3px] tabular-nums`,
  glyph: '12',
};
const EARLIER: Mark = {
  id: 'earlier',
  text: k.earlier,
  look: `${BOX} ${FILL} border-l-[3px] px-[3px] tabular-nums`,
  glyph: '← 12',
};

export function TimelineKey({ groups, counting, countingEarlier }: Props) {
  const [open, setOpen] = useState(false);
  const intl = useIntl();
  const marks = [...MARKS, ...(counting ? [COUNTED] : []), ...(countingEarlier ? [EARLIER] : [])];
  return (
    <div className="mt-1.5 text-xs text-slate-700 print:hidden dark:text-slate-300">
      <button
        type="button"
        className="rounded border border-slate-300 px-2 py-0.5 font-medium sm:hidden dark:border-slate-600"
        aria-expanded={open}
        aria-controls="timeline-key"
        onClick={() => setOpen((o) => !o)}
      >
        <FormattedMessage {...k.key} /> {open ? '▴' : '▾'}
      </button>
      <div id="timeline-key" className={`space-y-1 max-sm:mt-1.5 ${open ? '' : 'max-sm:hidden'}`}>
        <h3 className="sr-only">
          <FormattedMessage {...k.keyHeading} />
        </h3>
        <ul aria-label={intl.formatMessage(k.rows)} className="flex flex-wrap gap-x-3 gap-y-1">
          {groups.map((group) => (
            <li key={group.id} className="flex items-center gap-1">
              <span
                aria-hidden="true"
                className={`inline-block size-3 rounded-[2px] bg-(--tl-track) ${TRACK_COLOURS[group.colour]}`}
              />
              {group.label}
            </li>
          ))}
        </ul>
        <ul aria-label={intl.formatMessage(k.marks)} className="flex flex-wrap gap-x-3 gap-y-1">
          {marks.map(({ id, text, look, glyph }) => (
            <li key={id} className="flex items-center gap-1">
              <span aria-hidden="true" className={look}>
                {typeof glyph === 'object' ? <FormattedMessage {...glyph} /> : glyph}
              </span>
              <FormattedMessage {...text} />
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
