// The captured pages and the articles in them, as data/sources/manifest.json describes them, parsed at the boundary.
// The sources page, the article view and the build's page list read it; the data check holds it to the files.
import raw from '../../data/sources/manifest.json';
import { formatDate, dateIn, type DateTable } from './edtf';
import { manifestSchema, type ManifestArticle, type ManifestDocument } from './manifest-schema';

export const sourceDocuments: readonly ManifestDocument[] = manifestSchema.parse(raw).documents;

export interface ArticleEntry {
  document: ManifestDocument;
  article: ManifestArticle;
}

export function findArticle(id: string, documents = sourceDocuments): ArticleEntry | undefined {
  for (const document of documents) {
    const article = document.articles.find((a) => a.id === id);
    if (article) return { document, article };
  }
  return undefined;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A manifest date in words: from the dataset's table where the record uses the same date, otherwise a plain day
 * (with "about" for `~`), the only other form the manifest writes; anything else is shown as written.
 */
export function manifestDateWords(dates: DateTable, value: string | null): string {
  if (value === null) return 'not shown on the page';
  const resolved = dateIn(dates, value);
  if (resolved) return formatDate(resolved);
  const day = /^(\d{4})-(\d{2})-(\d{2})(~)?$/.exec(value);
  const month = day ? MONTHS[Number(day[2]) - 1] : undefined;
  if (!day || !month) return value;
  return `${day[4] ? 'about ' : ''}${Number(day[3])} ${month} ${day[1]}`;
}
