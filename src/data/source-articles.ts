// The article view's model, pure: an article's paragraphs from its lines of a captured page, the page's furniture
// among them as the manifest names it, and where in them each quote of the record stands, with what cites it.
import type { ManifestArticle } from './manifest-schema';
import { locateQuote, quoteKey } from './quote-text';
import type { Dataset } from './schema';

export interface Paragraph {
  /** The line of the file it is (1-based). */
  line: number;
  /** The line's text, trimmed. */
  text: string;
  /** Where `text` starts in the article's text (its lines joined by line breaks, as the data check reads them). */
  offset: number;
  /** What the page furniture is, when the manifest names this line as furniture. */
  furniture?: string;
}

/** The article's lines, joined as the data check joins them before it looks for a quote. */
export function articleText(fileText: string, lines: readonly [number, number]): string {
  return fileText
    .split(/\r?\n/)
    .slice(lines[0] - 1, lines[1])
    .join('\n');
}

/** The article's non-empty lines as paragraphs, each marked when the manifest names it as furniture. */
export function articleParagraphs(
  fileText: string,
  article: Pick<ManifestArticle, 'lines' | 'furniture'>,
): Paragraph[] {
  const [first] = article.lines;
  const lines = articleText(fileText, article.lines).split('\n');
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  lines.forEach((raw, i) => {
    const line = first + i;
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text !== '') {
      const furniture = article.furniture.find((f) => f.lines[0] <= line && line <= f.lines[1])?.what;
      paragraphs.push({ line, text, offset: offset + lead, ...(furniture !== undefined && { furniture }) });
    }
    offset += raw.length + 1;
  });
  return paragraphs;
}

/** What cites a quote: an event, a figure (tally), an actor's role, or one claim of a disagreement. */
export type Citer =
  | { kind: 'event'; id: string; label: string }
  | { kind: 'tally'; id: string; label: string; event?: string }
  | { kind: 'role'; id: string; label: string }
  | { kind: 'claim'; id: string; label: string; event?: string };

export interface SourceCitation {
  source: string;
  quote: string;
  key: string;
  citer: Citer;
}

/** Every citation of the record, with what cites it, in the dataset's order. */
export function allCitations(dataset: Dataset): SourceCitation[] {
  const out: SourceCitation[] = [];
  const add = (citations: readonly { source: string; quote: string }[], citer: Citer) => {
    for (const c of citations) out.push({ source: c.source, quote: c.quote, key: quoteKey(c.quote), citer });
  };
  for (const e of dataset.events) add(e.citations, { kind: 'event', id: e.id, label: e.title });
  for (const t of dataset.tallies) {
    add(t.citations, {
      kind: 'tally',
      id: t.id,
      label: `Round ${t.round}: ${t.label}`,
      ...(t.event && { event: t.event }),
    });
  }
  for (const a of dataset.actors) {
    for (const r of a.roles) add(r.citations, { kind: 'role', id: a.id, label: `${a.name}, ${r.title}` });
  }
  const tallyEvent = new Map(dataset.tallies.map((t) => [t.id, t.event]));
  for (const c of dataset.conflicts) {
    const event =
      c.subject.type === 'event' ? c.subject.id : c.subject.type === 'tally' ? tallyEvent.get(c.subject.id) : undefined;
    for (const claim of c.claims) {
      add(claim.citations, { kind: 'claim', id: c.id, label: `${c.topic}: ${claim.claim}`, ...(event && { event }) });
    }
  }
  return out;
}

export interface LocatedQuote {
  key: string;
  quote: string;
  /** [start, end) in the article's text. */
  range: [number, number];
  /** Everything that cites these words, each once. */
  citers: Citer[];
}

/**
 * Where each distinct quote of the article stands, in the order they appear; quotes the article does not hold (which
 * the data check forbids) are returned apart rather than dropped silently.
 */
export function locateCitations(
  text: string,
  citations: readonly SourceCitation[],
): { located: LocatedQuote[]; missing: SourceCitation[] } {
  const byKey = new Map<string, LocatedQuote>();
  const missing: SourceCitation[] = [];
  for (const c of citations) {
    const known = byKey.get(c.key);
    if (known) {
      if (!known.citers.some((k) => k.kind === c.citer.kind && k.id === c.citer.id && k.label === c.citer.label)) {
        known.citers.push(c.citer);
      }
      continue;
    }
    const range = locateQuote(text, c.quote);
    if (range) byKey.set(c.key, { key: c.key, quote: c.quote, range, citers: [c.citer] });
    else missing.push(c);
  }
  const located = [...byKey.values()].sort((a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1]);
  return { located, missing };
}

export interface Segment {
  text: string;
  /** The quotes these characters belong to (none: unquoted text). */
  keys: string[];
  /** Quotes that start with this segment (the first of their characters in the article). */
  starts: string[];
  /** Quotes that end with this segment (the last of their characters in the article). */
  ends: string[];
}

/**
 * A paragraph cut into runs of text at every place a quote starts or ends, so that each run is either plain or
 * marked as part of the same quotes. Overlapping quotes give runs with more than one key.
 */
export function paragraphSegments(paragraph: Paragraph, located: readonly LocatedQuote[]): Segment[] {
  const from = paragraph.offset;
  const to = from + paragraph.text.length;
  const inside = located
    .map((q) => ({ q, start: Math.max(q.range[0], from) - from, end: Math.min(q.range[1], to) - from }))
    .filter(({ start, end }) => start < end);
  const cuts = new Set([0, paragraph.text.length]);
  for (const { start, end } of inside) cuts.add(start).add(end);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    const covering = inside.filter(({ start, end }) => start <= a && b <= end);
    segments.push({
      text: paragraph.text.slice(a, b),
      keys: covering.map(({ q }) => q.key),
      starts: covering.filter(({ q, start }) => start === a && q.range[0] >= from).map(({ q }) => q.key),
      ends: covering.filter(({ q, end }) => end === b && q.range[1] <= to).map(({ q }) => q.key),
    });
  }
  return segments;
}

export interface ArticleCounts {
  events: number;
  tallies: number;
  roles: number;
  claims: number;
}

/** How many events, figures, roles and disagreements' claims cite the article itself (not its copies). */
export function articleCounts(articleId: string, citations: readonly SourceCitation[]): ArticleCounts {
  const distinct = (kind: Citer['kind']) =>
    new Set(
      citations
        .filter((c) => c.source === articleId && c.citer.kind === kind)
        .map((c) => c.citer.id + '\n' + c.citer.label),
    ).size;
  return { events: distinct('event'), tallies: distinct('tally'), roles: distinct('role'), claims: distinct('claim') };
}
