// Citations a reader can paste: of the view as it is on screen (its URL holds the filters and selection), and of one
// event's own sources, as the pages themselves show them.
import { formatPoint } from '../../data/edtf';
import { groupByReport, type IndexedSource } from '../../data/source-index';
import type { TimelineEvent } from '../../data/schema';
import { localIsoDate } from '../../lib/export-dates';
import { publishedText } from '../../data/source-words';

export interface ViewCitationInput {
  title: string;
  /** The filters as words ("round 3", "track: diplomacy"); empty when nothing is filtered. */
  filtersInWords: readonly string[];
  url: string;
  accessed: Date;
}

export interface ViewCitation {
  text: string;
  bibtex: string;
}

/** The reader's day in the app's words, "22 November 2026". */
function dayInWords(accessed: Date): string {
  const start = Date.UTC(accessed.getFullYear(), accessed.getMonth(), accessed.getDate());
  return formatPoint({ start, end: start, precision: 'day', approximate: false, uncertain: false });
}

function viewNote(filters: readonly string[]): string {
  return filters.length > 0 ? `View: ${filters.join('; ')}` : 'View: all events';
}

// BibTeX's special characters, so a title with "&" or "%" compiles instead of breaking the bibliography.
const BIBTEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (c) => BIBTEX_SPECIALS[c] ?? c).replace(/\s+/g, ' ');
}

/** A URL that cannot close a BibTeX field: braces and backslashes percent-encoded, as any URL parser reads them. */
function bibtexUrl(url: string): string {
  return url.replaceAll('\\', '%5C').replaceAll('{', '%7B').replaceAll('}', '%7D');
}

export function citeView({ title, filtersInWords, url, accessed }: ViewCitationInput): ViewCitation {
  const day = localIsoDate(accessed);
  const note = viewNote(filtersInWords);
  const text = `${title}. ${note}. ${url} (accessed ${dayInWords(accessed)}).`;
  const safeUrl = bibtexUrl(url);
  const bibtex = [
    `@misc{istanbul-talks-2025-view-${day},`,
    `  title = {{${escapeBibtex(title)}}},`,
    // \url sits inside a macro argument here, where a bare % or # would end or break it.
    `  howpublished = {\\url{${safeUrl.replaceAll('%', '\\%').replaceAll('#', '\\#')}}},`,
    `  url = {${safeUrl}},`,
    `  note = {${escapeBibtex(note)}},`,
    `  urldate = {${day}}`,
    '}',
  ].join('\n');
  return { text, bibtex };
}

/**
 * One plain citation per report the event cites, in the order the event cites them: for each page it is quoted from,
 * the publisher (a copy named by its original), headline, the date as the page shows it (or "undated") and every
 * quote taken from it. A copy joins its original's entry with "also", so a reprint is never a citation of its own.
 */
export function citeEvent(event: TimelineEvent, byId: ReadonlyMap<string, IndexedSource>): string[] {
  return groupByReport(event.citations, byId).map((group) => {
    const quotes = new Map<string, string[]>();
    for (const c of group.citations) quotes.set(c.source, [...(quotes.get(c.source) ?? []), c.quote]);
    return [...quotes]
      .map(([id, texts], i) => {
        const source = byId.get(id);
        const name = source ? `${source.credit}, “${source.headline}”` : id;
        const quoted = texts.map((q) => `“${q}”`).join(' … ');
        return `${i > 0 ? 'also ' : ''}${name}, ${publishedText(source)}: ${quoted}`;
      })
      .join('; ');
  });
}
