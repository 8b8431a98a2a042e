/** What a cell says where the sources are silent; `detail` tells a recorded silence from a mere lack of records. */
export function NotReported({ detail }: { detail?: string }) {
  return (
    <div>
      <p className="font-medium text-slate-600 italic dark:text-slate-300">not reported in the sources</p>
      {detail && <p className="mt-0.5 text-xs text-slate-500 dark:text-slate-400">{detail}</p>}
    </div>
  );
}
