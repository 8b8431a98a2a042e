import type { LocatedQuote, Paragraph, Segment } from '../../data/source-articles';
import { paragraphSegments } from '../../data/source-articles';
import { CitedBy } from './CitedBy';

interface Props {
  paragraphs: readonly Paragraph[];
  located: readonly LocatedQuote[];
  /** The quote the address names, marked as the quoted passage. */
  requested: string | null;
}

/**
 * The article's lines as paragraphs, cited passages marked, runs of page furniture set apart under their label.
 * Every string here is a React text node: the source is never read as markup.
 */
export function Paragraphs({ paragraphs, located, requested }: Props) {
  const blocks: { furniture?: string; items: Paragraph[] }[] = [];
  for (const p of paragraphs) {
    const last = blocks.at(-1);
    if (last && last.furniture === p.furniture) last.items.push(p);
    else blocks.push({ ...(p.furniture !== undefined && { furniture: p.furniture }), items: [p] });
  }
  return (
    <div className="space-y-4">
      {blocks.map((block) =>
        block.furniture === undefined ? (
          block.items.map((p) => (
            <ArticleParagraph key={p.line} paragraph={p} located={located} requested={requested} />
          ))
        ) : (
          <div
            key={block.items[0]!.line}
            className="rounded border border-dashed border-slate-400 px-3 py-2 text-sm text-slate-600 dark:border-slate-500 dark:text-slate-400"
          >
            <p className="text-xs font-semibold tracking-wide uppercase">
              Page furniture, not the article: {block.furniture}
            </p>
            {block.items.map((p) => (
              <ArticleParagraph key={p.line} paragraph={p} located={located} requested={requested} />
            ))}
          </div>
        ),
      )}
    </div>
  );
}

function ArticleParagraph({
  paragraph,
  located,
  requested,
}: {
  paragraph: Paragraph;
  located: readonly LocatedQuote[];
  requested: string | null;
}) {
  const segments = paragraphSegments(paragraph, located);
  const ending = located.filter((q) => segments.some((s) => s.ends.includes(q.key)));
  return (
    <div>
      <p data-line={paragraph.line} className="leading-relaxed">
        {segments.map((s, i) => (
          <SegmentText key={i} segment={s} requested={requested} />
        ))}
      </p>
      {ending.length > 0 && <CitedBy quotes={ending} />}
    </div>
  );
}

function SegmentText({ segment, requested }: { segment: Segment; requested: string | null }) {
  if (segment.keys.length === 0) return segment.text;
  const isRequested = requested !== null && segment.keys.includes(requested);
  const startsRequested = isRequested && segment.starts.includes(requested);
  const endsRequested = isRequested && segment.ends.includes(requested);
  return (
    <>
      {/* Anchors for the address's fragment: without scripts the browser still scrolls to the quote. */}
      {segment.starts.map((key) => (
        <span key={key} id={`q-${key}`} className="quote-anchor scroll-mt-24" />
      ))}
      <mark
        data-quote-start={segment.starts.join(' ') || undefined}
        tabIndex={startsRequested ? -1 : undefined}
        className={
          isRequested
            ? 'rounded-sm bg-yellow-300 text-slate-950 underline decoration-blue-800 decoration-2 underline-offset-4 focus:outline-3 focus:outline-offset-2 focus:outline-blue-800 dark:bg-amber-300 dark:text-slate-950 dark:decoration-sky-800 dark:focus:outline-sky-300'
            : 'rounded-sm bg-amber-100 text-inherit dark:bg-amber-950 dark:text-amber-50'
        }
      >
        {startsRequested && (
          <span className="mr-1 rounded bg-blue-800 px-1 text-xs font-semibold text-white not-italic dark:bg-sky-300 dark:text-slate-950">
            The quoted passage:
          </span>
        )}
        {segment.text}
        {endsRequested && <span className="sr-only"> (end of the quoted passage)</span>}
      </mark>
    </>
  );
}
