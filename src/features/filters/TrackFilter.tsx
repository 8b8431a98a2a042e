import { FormattedMessage } from 'react-intl';
import { messages } from './messages';
import { memo } from 'react';
import type { Track } from '../../data/schema';
import { sameProps } from './same-props';

interface Props {
  tracks: Track[];
  /** Tracks shown; null means all. */
  shown: string[] | null;
  onChange: (shown: string[] | null) => void;
}

export const TrackFilter = memo(function TrackFilter({ tracks, shown, onChange }: Props) {
  const isShown = (id: string) => shown === null || shown.includes(id);
  const toggle = (id: string) => {
    const next = tracks.map((t) => t.id).filter((t) => (t === id ? !isShown(t) : isShown(t)));
    onChange(next.length === tracks.length ? null : next);
  };
  return (
    <fieldset>
      <legend className="text-sm font-semibold">
        <FormattedMessage {...messages.tracks} />
      </legend>
      <ul className="mt-1 space-y-0.5">
        {tracks.map((t) => (
          <li key={t.id}>
            <label className="flex items-baseline gap-2 text-sm">
              <input type="checkbox" checked={isShown(t.id)} onChange={() => toggle(t.id)} />
              {t.label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}, sameProps);
