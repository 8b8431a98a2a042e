import type { ChronologyEntry } from '../../data/chronology';
import { formatEdtf } from '../../data/edtf';

/** The three rounds at a glance, each linking to its place in the chronology below. */
export function RoundsOverview({ entries }: { entries: ChronologyEntry[] }) {
  const rounds = entries.filter((e) => e.event.round !== undefined);
  return (
    <nav aria-labelledby="rounds-heading" className="mb-6">
      <h2 id="rounds-heading" className="text-lg font-semibold">
        The three rounds
      </h2>
      <ul className="mt-2 grid gap-3 sm:grid-cols-3">
        {rounds.map(({ event }) => (
          <li key={event.id}>
            <a
              href={`#event-${event.id}`}
              className="block h-full rounded-lg border border-blue-300 bg-blue-50 p-3 hover:bg-blue-100 dark:border-blue-700 dark:bg-blue-950 dark:hover:bg-blue-900"
            >
              <span className="block text-sm font-semibold text-blue-900 dark:text-blue-100">
                Round {event.round} · {formatEdtf(event.date)}
              </span>
              <span className="mt-1 block text-sm text-slate-700 dark:text-slate-300">
                {event.place ?? 'Place not given in the sources'}
                {event.duration ? ` · “${event.duration.text}”` : ' · length not given in the sources'}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
