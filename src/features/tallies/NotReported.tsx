/** What a cell says where the sources are silent; `detail` tells a recorded silence from a mere lack of records. */
export function NotReported({ detail }: { detail?: string }) {
  return (
    // One paragraph, the detail on its own line: as two, the italic statement above a smaller line reads as an
    // unmarked heading (axe: p-as-heading), and it is the cell's value, not a heading.
    <p>
      <span className="font-medium text-slate-600 italic dark:text-slate-300">not reported in the sources</span>
      {detail && <span className="mt-0.5 block text-xs text-slate-500 dark:text-slate-400">{detail}</span>}
    </p>
  );
}
