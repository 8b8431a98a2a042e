// What every colour and mark on the timeline means, in words beside a small copy of each mark: never colour alone,
// and readable without hovering. On a narrow screen it folds behind a "Key" button; wider, it is always shown.
import { useState } from 'react';
import type { TimelineGroupSpec } from './timeline-items';
import './timeline-key.css';

interface Props {
  groups: readonly TimelineGroupSpec[];
  /** The timeline shows numbered boxes that count events (a large record). */
  counting: boolean;
  /** …and boxes that count events which began before the view. */
  countingEarlier: boolean;
}

interface Mark {
  mark: string;
  text: string;
  /** Text drawn inside the small copy of the mark, as on the timeline. */
  glyph?: string;
}

const MARKS: readonly Mark[] = [
  { mark: 'round', text: 'round of talks', glyph: 'Round' },
  { mark: 'exact', text: 'exact time' },
  { mark: 'day', text: 'day or days, no time given' },
  { mark: 'span', text: 'month or year only' },
  { mark: 'approximate', text: 'about that date', glyph: '≈' },
  { mark: 'before', text: 'some time before it', glyph: '…' },
  { mark: 'inferred', text: 'date inferred', glyph: 'Title' },
  { mark: 'bundle', text: 'several events (click to see them)', glyph: '3' },
  { mark: 'dimmed', text: 'faded: filtered out, opened by a link' },
];

const COUNTED: Mark = { mark: 'cluster', text: 'events counted (click to zoom in)', glyph: '12' };
const EARLIER: Mark = { mark: 'earlier', text: 'began before the view (click to zoom out)', glyph: '← 12' };

export function TimelineKey({ groups, counting, countingEarlier }: Props) {
  const [open, setOpen] = useState(false);
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
        Key {open ? '▴' : '▾'}
      </button>
      <div id="timeline-key" className={`tl-key space-y-1 max-sm:mt-1.5 ${open ? '' : 'max-sm:hidden'}`}>
        <h3 className="sr-only">Key to the timeline</h3>
        <ul aria-label="Rows (tracks)" className="flex flex-wrap gap-x-3 gap-y-1">
          {groups.map((group) => (
            <li key={group.id} className="flex items-center gap-1">
              <span aria-hidden="true" className={`tl-key-swatch tl-track-${group.colour}`} />
              {group.label}
            </li>
          ))}
        </ul>
        <ul aria-label="Marks" className="flex flex-wrap gap-x-3 gap-y-1">
          {marks.map(({ mark, text, glyph }) => (
            <li key={mark} className="flex items-center gap-1">
              <span aria-hidden="true" className={`tl-key-mark tl-key-${mark}`}>
                {glyph}
              </span>
              {text}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
