// One small static page per event for link previews (Open Graph, Twitter cards). Chat apps and social sites do not
// run the app's JavaScript, so each event needs its own HTML with its title, date and summary in meta tags. People
// who open the link are sent on to the app with a meta refresh and a visible link: no script, so a strict Content
// Security Policy needs no exception.
import { readFile } from 'node:fs/promises';
import { formatEdtf } from '../../src/data/edtf-parse';
import { datasetSchema, type Dataset, type TimelineEvent } from '../../src/data/schema';
import { eventPermalink, previewPath } from '../../src/features/export/links';
import { escapeHtml } from './html';
import { iconUrl, metaTags, type PreviewMeta } from './meta-tags';
import { SITE_TITLE } from './site';

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

/** The page at e/<id>/index.html. `siteUrl` ends with a slash (siteUrlFrom). */
export function eventPreviewPage(event: TimelineEvent, siteUrl: string): string {
  const dateWords = formatEdtf(event.date);
  const title = eventTitle(event);
  const meta: PreviewMeta = {
    title,
    description: shorten(`${dateWords}${event.place ? `, ${event.place}` : ''}. ${event.summary}`),
    url: eventPermalink(siteUrl, event.id),
    image: iconUrl(siteUrl),
    type: 'article',
  };
  // Relative, so the page leads to the app on whatever host serves it (a local preview, a mirror).
  const depth = previewPath(event.id).split('/').filter(Boolean).length;
  const appHref = `${'../'.repeat(depth)}?event=${encodeURIComponent(event.id)}`;
  const e = escapeHtml;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>${e(title)} — ${e(SITE_TITLE)}</title>
    <meta name="description" content="${e(meta.description)}" />
    ${metaTags(meta)}
    <meta http-equiv="refresh" content="0; url=${e(appHref)}" />
    <link rel="icon" href="${'../'.repeat(depth)}favicon.svg" type="image/svg+xml" />
  </head>
  <body>
    <main>
      <p>${e(SITE_TITLE)}</p>
      <h1>${e(title)}</h1>
      <p>${e(dateWords)}${event.place ? ` · ${e(event.place)}` : ''}</p>
      <p>${e(event.summary)}</p>
      <p><a href="${e(appHref)}">Open this event in the record, with its sources</a></p>
    </main>
  </body>
</html>
`;
}

export interface PreviewFile {
  /** Relative to the build's output folder: `e/round-3/index.html`. */
  path: string;
  html: string;
}

export function previewPages(dataset: Dataset, siteUrl: string): PreviewFile[] {
  return dataset.events.map((event) => ({
    path: `${previewPath(event.id)}index.html`,
    html: eventPreviewPage(event, siteUrl),
  }));
}

/** The pages for the dataset file the app is built with, checked by the same schema the app uses. */
export async function previewFilesFor(datasetPath: string, siteUrl: string): Promise<PreviewFile[]> {
  const dataset = datasetSchema.parse(JSON.parse(await readFile(datasetPath, 'utf8')));
  return previewPages(dataset, siteUrl);
}
