import { roundHeading, type RoundColumn } from '../../data/rounds';

interface Props {
  column: RoundColumn;
  selected: boolean;
  onSelectEvent: (eventId: string) => void;
}

/** A round's name, which selects the meeting itself where the record has it; plain text where it does not. */
export function RoundButton({ column, selected, onSelectEvent }: Props) {
  const { event } = column;
  if (!event) return <>{roundHeading(column)}</>;
  return (
    <button
      type="button"
      aria-pressed={selected}
      onClick={() => onSelectEvent(event.id)}
      // On paper the round's name is a heading: print.css keeps buttons marked so and drops only their affordance.
      data-print="text"
      className="rounded-md border border-blue-300 px-2 py-1 text-left font-semibold text-blue-900 hover:bg-blue-100 aria-pressed:border-blue-800 aria-pressed:bg-blue-800 aria-pressed:text-white dark:border-blue-700 dark:text-blue-100 dark:hover:bg-blue-900 dark:aria-pressed:border-sky-300 dark:aria-pressed:bg-sky-300 dark:aria-pressed:text-slate-950"
    >
      {roundHeading(column)}
    </button>
  );
}
