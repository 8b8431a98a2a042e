import { memo, useCallback, useState } from 'react';
import { AppProviders } from './providers';
import { DatasetGate } from './DatasetGate';
import { ExplorerPage } from './ExplorerPage';
import { RegisterServiceWorker } from './RegisterServiceWorker';

export function App() {
  // The timeline's first draw is the signal that the first load's work is done (RegisterServiceWorker waits for it).
  const [timelineDrawn, setTimelineDrawn] = useState(false);
  const onTimelineDrawn = useCallback(() => setTimelineDrawn(true), []);
  return (
    <AppProviders>
      <div className="min-h-screen bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-100">
        <header className="border-b border-slate-200 px-4 py-4 sm:px-8 dark:border-slate-800">
          <div className="mx-auto max-w-[100rem]">
            <h1 className="text-xl font-semibold sm:text-2xl">The 2025 Istanbul talks between Russia and Ukraine</h1>
            <p className="mt-1 max-w-3xl text-sm text-slate-600 dark:text-slate-300">
              Three rounds of direct talks — 16 May, 2 June and 23 July 2025 — and the events around them. Every entry
              quotes its sources; where the sources are silent, this record says so.
            </p>
          </div>
        </header>
        <Main onTimelineDrawn={onTimelineDrawn} />
        <RegisterServiceWorker timelineDrawn={timelineDrawn} />
      </div>
    </AppProviders>
  );
}

/** Memoised: the first draw re-renders App, not the page. */
const Main = memo(function Main({ onTimelineDrawn }: { onTimelineDrawn: () => void }) {
  return (
    <main className="px-4 py-6 sm:px-8">
      <DatasetGate>{(dataset) => <ExplorerPage dataset={dataset} onTimelineDrawn={onTimelineDrawn} />}</DatasetGate>
    </main>
  );
});
