// The pages the build writes, each prerendered from the app: the home page, one page per event, the sources page and
// one view per article, and the page a static host serves for an address the record does not have.
import { createIntl } from 'react-intl';
import { formatDate, dateIn, ENGLISH_DATES, type DateWords } from '../../src/data/edtf';
import type { Dataset, TimelineEvent } from '../../src/data/schema';
import { sourceDocuments } from '../../src/data/source-documents';
import { translationSchema } from '../../src/data/translation-schema';
import { dateWordsFor } from '../../src/i18n/date-words';
import { inLanguage } from '../../src/i18n/localize-dataset';
import { INTL_LOCALES, localePrefix, type Locale } from '../../src/i18n/locale';
import ruCatalog from '../../src/i18n/ru.json';
import ukCatalog from '../../src/i18n/uk.json';
import ruRecord from '../../data/translations/ru.json';
import ukRecord from '../../data/translations/uk.json';
import { eventPath } from '../../src/lib/permalinks';
import { SITE_IN } from './site';
import type { PageMeta } from './meta-tags';

export interface SitePage {
  /** The file under the build folder: `index.html`, `e/round-3/index.html`, `404.html`. */
  file: string;
  /** The path the app renders it for, under the site's root: '', 'e/round-3/', or one no page has. */
  path: string;
  meta: PageMeta;
  /** False for a page without the timeline, whose code it then need not fetch. */
  timeline?: false;
  /** The page's language (its path's prefix). */
  lang: Locale;
}

/** Previews cut long descriptions anyway; cut at a word so the card does not end mid-word. */
export const DESCRIPTION_LIMIT = 300;

export function shorten(text: string, limit = DESCRIPTION_LIMIT): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

export function eventTitle(event: TimelineEvent, lang: Locale = 'en'): string {
  return event.round !== undefined ? `${SITE_IN[lang].round} ${event.round}: ${event.title}` : event.title;
}

/** The same page in every language, by language: what hreflang alternates list. */
function alternates(path: string): Record<string, string> {
  return Object.fromEntries(LANGUAGES.map(({ lang }) => [lang, `${localePrefix(lang)}${path}`]));
}

function eventPage(event: TimelineEvent, dataset: Dataset, lang: Locale, words: DateWords): SitePage {
  const date = dateIn(dataset.dates, event.date);
  const when = date ? formatDate(date, words) : event.date;
  const below = eventPath(event.id);
  const path = `${localePrefix(lang)}${below}`;
  return {
    file: `${path}index.html`,
    path,
    lang,
    meta: {
      title: eventTitle(event, lang),
      description: shorten(`${when}${event.place ? `, ${event.place}` : ''}. ${event.summary}`),
      path,
      type: 'article',
      lang,
      alternates: alternates(below),
      siteTitle: SITE_IN[lang].title,
    },
  };
}

/** Each language's record and date words: English as the dataset has it, the others from their translations. */
const LANGUAGES: { lang: Locale; record?: unknown; catalog?: Record<string, string> }[] = [
  { lang: 'en' },
  { lang: 'uk', record: ukRecord, catalog: ukCatalog },
  { lang: 'ru', record: ruRecord, catalog: ruCatalog },
];

/** The home page and every event's page in one language. */
function pagesIn(dataset: Dataset, lang: Locale, record: unknown, catalog: Record<string, string> | undefined) {
  const data = record === undefined ? dataset : inLanguage(dataset, translationSchema.parse(record));
  const words =
    catalog === undefined
      ? ENGLISH_DATES
      : dateWordsFor(createIntl({ locale: INTL_LOCALES[lang], messages: catalog, timeZone: 'UTC' }));
  const site = SITE_IN[lang];
  const home: SitePage = {
    file: `${localePrefix(lang)}index.html`,
    path: localePrefix(lang),
    lang,
    meta: {
      title: site.title,
      description: site.description,
      path: localePrefix(lang),
      type: 'website',
      lang,
      alternates: alternates(''),
      siteTitle: site.title,
    },
  };
  return [home, ...data.events.map((event) => eventPage(event, data, lang, words))];
}

/** The sources page and each article's view: text and marks only, no timeline. */
function sourcePages(documents = sourceDocuments): SitePage[] {
  const articles = documents.flatMap((d) => d.articles);
  return [
    {
      file: 'sources/index.html',
      path: 'sources/',
      lang: 'en',
      meta: {
        title: 'Sources',
        description: `The ${documents.length} captured news pages and ${articles.length} articles the record quotes, how much of it rests on each, and the rule that every quote is found verbatim in its article.`,
        path: 'sources/',
        type: 'website',
      },
      timeline: false,
    },
    ...articles.map((a): SitePage => {
      const path = `sources/${encodeURIComponent(a.id)}/`;
      return {
        file: `${path}index.html`,
        path,
        lang: 'en',
        meta: {
          title: `${a.publisher}: ${a.headline}`,
          description: shorten(
            a.onTopic
              ? `The article as captured, with every passage the record quotes from it marked and linked to what cites it.`
              : `An off-topic article on a captured page: ${a.offTopicReason ?? ''}`,
          ),
          path,
          type: 'article',
        },
        timeline: false,
      };
    }),
  ];
}

/**
 * The English pages, then the Ukrainian, then the Russian; the sources views (the sources' own English), the embed and
 * the not-found page are English only.
 */
export function sitePages(dataset: Dataset): SitePage[] {
  const [english, ...others] = LANGUAGES.map(({ lang, record, catalog }) => pagesIn(dataset, lang, record, catalog));
  return [
    ...english!,
    ...sourcePages(),
    {
      file: 'embed/index.html',
      path: 'embed/',
      lang: 'en',
      meta: {
        title: 'The record, to embed',
        description: 'The timeline and list of the record, made to be framed in an article.',
        path: 'embed/',
        type: 'website',
        // Frames are for other sites' articles; search engines should send readers to the record itself.
        noindex: true,
      },
    },
    {
      file: '404.html',
      // No event or page has this path, so the app renders its not-found page for it.
      path: '404/',
      lang: 'en',
      meta: {
        title: 'Not in the record',
        description: 'This address does not lead to a page of the record.',
        path: '404.html',
        type: 'website',
        noindex: true,
      },
      timeline: false,
    },
    ...others.flat(),
  ];
}
