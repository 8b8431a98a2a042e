// Filling the built index.html with one prerendered page: its head tags, its HTML in #root, and hints that fetch
// what the page needs next. Plain string work on the template Vite wrote, checked by tests against index.html.

export interface PageParts {
  /** The page's head tags (meta-tags.ts), in place of the template's title and description. */
  head: string;
  /** The app's HTML for the page (entry-server.tsx). */
  body: string;
  /** Extra tags for the head's end (preloads). */
  hints: string[];
  /** The fingerprint of the dataset file the page was rendered from (src/data/fingerprint.ts). */
  dataset?: string;
  /** The page's language, for `<html lang>`; the template's when not given. */
  lang?: string;
}

const TITLE = /<title>[^<]*<\/title>/;
const DESCRIPTION = /<meta\s+name="description"\s+content="[^"]*"\s*\/?>\s*/;
const ROOT = '<div id="root"></div>';

export function fillTemplate(template: string, { head, body, hints, dataset, lang }: PageParts): string {
  for (const [name, found] of [
    ['a <title>', TITLE.test(template)],
    ['a description <meta>', DESCRIPTION.test(template)],
    ['an empty <div id="root">', template.includes(ROOT)],
  ] as const) {
    if (!found) throw new Error(`index.html must have ${name} for the prerendered pages to fill in`);
  }
  return template
    .replace(/<html lang="[^"]*"/, (tag) => (lang ? `<html lang="${lang}"` : tag))
    .replace(DESCRIPTION, '')
    .replace(TITLE, () => head)
    .replace('</head>', () => `${hints.map((h) => `  ${h}\n`).join('')}  </head>`)
    .replace(ROOT, () => `<div id="root"${dataset ? ` data-dataset="${dataset}"` : ''}>${body}</div>`);
}
