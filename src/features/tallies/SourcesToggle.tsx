import { useId, useState } from 'react';
import { CitationList } from '../../components/CitationList';
import type { Citation } from '../../data/schema';
import type { IndexedSource } from '../../data/source-index';

interface Props {
  citations: Citation[];
  sources: ReadonlyMap<string, IndexedSource>;
  /** Completes the visible "Sources (n)" in the button's name: "for the length of round 1". */
  about: string;
}

/** A small disclosure that opens a list of quotes in place. */
export function SourcesToggle({ citations, sources, about }: Props) {
  const panelId = useId();
  const [open, setOpen] = useState(false);
  return (
    <div className="mt-1">
      <button
        type="button"
        aria-label={`Sources (${citations.length}) ${about}`}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((o) => !o)}
        className="rounded text-xs font-medium text-blue-800 underline decoration-dotted underline-offset-4 hover:decoration-solid dark:text-sky-300"
      >
        Sources ({citations.length})
      </button>
      {open && (
        <div id={panelId} className="mt-2">
          <CitationList citations={citations} sources={sources} />
        </div>
      )}
    </div>
  );
}
