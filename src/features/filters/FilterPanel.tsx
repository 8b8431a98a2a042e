import { FormattedMessage, useIntl } from 'react-intl';
import { messages } from './messages';
import { sameProps } from './same-props';
import { CONTROL } from '../../components/control-styles';
import { memo, useCallback, useId, useMemo, useState } from 'react';
import type { Dataset } from '../../data/schema';
import { ActorPicker } from './ActorPicker';
import { actorEventCounts, isFiltering, type FilterState, type MatchMode } from './filter-model';
import { TrackFilter } from './TrackFilter';

interface Props {
  dataset: Dataset;
  state: FilterState;
  shown: number;
  total: number;
  onChange: (next: Partial<FilterState>) => void;
  onClear: () => void;
}

const disclosure = CONTROL;

/**
 * Search, actor and track filters, with the live count and one-click clear. On narrow screens they sit behind one
 * "Filter" button that carries the count, so the page opens on the record rather than on controls; from the `sm`
 * breakpoint up they are always shown. CSS decides, so the prerendered page is right before any script runs. Memoised by content: the page renders
 * again when the URL catches up with a change (a moment after the last one) with equal filters in new arrays,
 * and re-rendering the panel then only re-set the search box's attributes.
 */
export const FilterPanel = memo(function FilterPanel({ dataset, state, shown, total, onChange, onClear }: Props) {
  const counts = useMemo(() => actorEventCounts(dataset), [dataset]);
  // Stable handlers, so a keystroke in the search box does not re-render the pickers (hundreds of actors at scale).
  const onActors = useCallback((actors: string[]) => onChange({ actors }), [onChange]);
  const onMatch = useCallback((match: MatchMode) => onChange({ match }), [onChange]);
  const onTracks = useCallback((tracks: string[] | null) => onChange({ tracks }), [onChange]);
  const intl = useIntl();
  const actorLabel = state.actors.length
    ? intl.formatMessage(messages.actorsChosen, { count: state.actors.length })
    : intl.formatMessage(messages.actors);
  const hiddenTracks = state.tracks === null ? 0 : dataset.tracks.length - state.tracks.length;
  const [open, setOpen] = useState(false);
  const controlsId = useId();
  const count = intl.formatMessage(messages.count, { shown, total });
  return (
    <section
      aria-label={intl.formatMessage(messages.filters)}
      className="flex min-w-0 flex-1 basis-80 flex-wrap items-start gap-2"
    >
      <button
        type="button"
        aria-expanded={open}
        aria-controls={controlsId}
        onClick={() => setOpen((o) => !o)}
        className={`${disclosure} sm:hidden`}
      >
        <FormattedMessage {...messages.filter} />
      </button>
      <div
        id={controlsId}
        role="group"
        aria-label={intl.formatMessage(messages.controls)}
        className={`${open ? 'flex' : 'hidden'} min-w-0 flex-1 basis-full flex-wrap items-start gap-2 max-sm:order-last sm:flex sm:basis-80`}
      >
        <input
          type="search"
          value={state.query}
          onChange={(e) => onChange({ query: e.target.value })}
          aria-label={intl.formatMessage(messages.searchLabel)}
          placeholder={intl.formatMessage(messages.searchPlaceholder)}
          maxLength={200}
          className="min-w-0 flex-1 basis-64 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
        />
        <details className="group relative">
          <summary className={`${disclosure} cursor-pointer list-none`}>{actorLabel}</summary>
          <div className="z-30 mt-1 w-[min(22rem,calc(100vw-2rem))] rounded-md border border-slate-300 bg-white p-3 shadow-lg sm:absolute dark:border-slate-600 dark:bg-slate-900">
            <ActorPicker
              dataset={dataset}
              selected={state.actors}
              match={state.match}
              counts={counts}
              onChange={onActors}
              onMatchChange={onMatch}
            />
          </div>
        </details>
        <details className="relative">
          <summary className={`${disclosure} cursor-pointer list-none`}>
            <FormattedMessage
              {...(hiddenTracks ? messages.tracksHidden : messages.tracks)}
              values={{ count: hiddenTracks }}
            />
          </summary>
          <div className="z-30 mt-1 w-64 rounded-md border border-slate-300 bg-white p-3 shadow-lg sm:absolute dark:border-slate-600 dark:bg-slate-900">
            <TrackFilter tracks={dataset.tracks} shown={state.tracks} onChange={onTracks} />
          </div>
        </details>
        <button type="button" className={disclosure} onClick={onClear} disabled={!isFiltering(state)}>
          <FormattedMessage {...messages.clear} />
        </button>
      </div>
      {/* The count, said once and read out as it changes: beside the Filter button on narrow screens, after the
          controls on wider ones. */}
      <p role="status" className="self-center text-sm text-slate-700 dark:text-slate-300">
        {count}
      </p>
    </section>
  );
}, samePanelProps);

function samePanelProps({ state: a, ...prev }: Props, { state: b, ...next }: Props): boolean {
  return sameProps(prev, next) && sameProps(a, b);
}
