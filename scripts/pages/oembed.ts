// The oEmbed description of the record's default embed (https://oembed.com, type "rich"): what a publishing system
// that reads oEmbed pastes when an editor gives it the record's address. A static file, so it describes the default
// view; the "Embed this view" panel gives the snippet for any other view.
import { EMBED_HEIGHT, embedSnippet } from '../../src/lib/embed.ts';
import { SITE_TITLE } from './site.ts';

export const OEMBED_FILE = 'oembed.json';

export function oembedFor(siteUrl: string) {
  return {
    version: '1.0',
    type: 'rich',
    provider_name: SITE_TITLE,
    provider_url: siteUrl,
    title: SITE_TITLE,
    width: 1000,
    height: EMBED_HEIGHT,
    html: embedSnippet({
      embedUrl: new URL('embed/', siteUrl).href,
      scriptUrl: new URL('embed.js', siteUrl).href,
      title: SITE_TITLE,
    }),
  };
}
