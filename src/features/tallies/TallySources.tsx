import { CitationList } from '../../components/CitationList';
import type { Conflict, Tally } from '../../data/schema';
import type { IndexedSource } from '../../data/source-index';
import { ConflictClaims } from '../../components/ConflictClaims';
import { sourcesLabel } from '../../data/tally-words';

interface Props {
  id: string;
  tally: Tally;
  conflicts: Conflict[];
  sources: ReadonlyMap<string, IndexedSource>;
  /** The heading level that fits where the quotes open: under the table's heading, or under a round's card. */
  level?: 4 | 5;
}

/** A figure's quotes, its editor's note and any conflict about it. */
export function TallySources({ id, tally, conflicts, sources, level = 4 }: Props) {
  const Heading = level === 4 ? 'h4' : 'h5';
  return (
    // Sticky to the left of the table's scroll box and no wider than the screen, so a narrow screen reads the quotes
    // without scrolling sideways while the wide table row still gives competing claims room to sit side by side.
    <div
      id={id}
      role="region"
      aria-labelledby={`${id}-heading`}
      className="sticky left-0 max-w-[calc(100vw-3rem)] bg-slate-50 p-3 sm:p-4 dark:bg-slate-900"
    >
      <Heading id={`${id}-heading`} className="text-sm font-semibold">
        {sourcesLabel(tally)}
      </Heading>
      <div className="mt-2">
        <CitationList citations={tally.citations} sources={sources} />
      </div>
      {tally.note && (
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          <span className="font-medium">Note:</span> {tally.note}
        </p>
      )}
      {conflicts.map((c) => (
        <ConflictClaims key={c.id} conflict={c} sources={sources} />
      ))}
    </div>
  );
}
