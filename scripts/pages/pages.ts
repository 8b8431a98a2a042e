// The pages the build writes, each prerendered from the app: the home page, one page per event, the sources page and
// one view per article, and the page a static host serves for an address the record does not have.
import { formatDate, dateIn } from '../../src/data/edtf';
import type { Dataset, TimelineEvent } from '../../src/data/schema';
import { sourceDocuments } from '../../src/data/source-documents';
import { eventPath } from '../../src/lib/permalinks';
import { SITE_DESCRIPTION, SITE_TITLE } from './site';
import type { PageMeta } from './meta-tags';

export interface SitePage {
  /** The file under the build folder: `index.html`, `e/round-3/index.html`, `404.html`. */
  file: string;
  /** The path the app renders it for, under the site's root: '', 'e/round-3/', or one no page has. */
  path: string;
  meta: PageMeta;
  /** False for a page without the timeline, whose code it then need not fetch. */
  timeline?: false;
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

export function eventTitle(event: TimelineEvent): string {
  return event.round !== undefined ? `Round ${event.round}: ${event.title}` : event.title;
}

function eventPage(event: TimelineEvent, dataset: Dataset): SitePage {
  const date = dateIn(dataset.dates, event.date);
  const when = date ? formatDate(date) : event.date;
  const path = eventPath(event.id);
  return {
    file: `${path}index.html`,
    path,
    meta: {
      title: eventTitle(event),
      description: shorten(`${when}${event.place ? `, ${event.place}` : ''}. ${event.summary}`),
      path,
      type: 'article',
    },
  };
}

/** The sources page and each article's view: text and marks only, no timeline. */
function sourcePages(documents = sourceDocuments): SitePage[] {
  const articles = documents.flatMap((d) => d.articles);
  return [
    {
      file: 'sources/index.html',
      path: 'sources/',
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

export function sitePages(dataset: Dataset): SitePage[] {
  return [
    {
      file: 'index.html',
      path: '',
      meta: { title: SITE_TITLE, description: SITE_DESCRIPTION, path: '', type: 'website' },
    },
    ...dataset.events.map((event) => eventPage(event, dataset)),
    ...sourcePages(),
    {
      file: 'embed/index.html',
      path: 'embed/',
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
      meta: {
        title: 'Not in the record',
        description: 'This address does not lead to a page of the record.',
        path: '404.html',
        type: 'website',
        noindex: true,
      },
      timeline: false,
    },
  ];
}
