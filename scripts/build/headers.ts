// The response headers the site needs, in one place: `npm start` sends them (scripts/pages/static-host-plugin.ts),
// the build writes them for static hosts (`_headers`), and docs/deployment.md shows them for nginx.
//
// Framing: the record's full pages may be framed only by the site itself (frame-ancestors 'self' and, for older
// browsers, X-Frame-Options); its embed view (`embed/`) is made to be framed by any article. frame-ancestors works
// only as a header: a <meta> policy ignores it.
import { CONTENT_SECURITY_POLICY } from './content-security-policy.ts';

export type Headers = Readonly<Record<string, string>>;

const COMMON: Headers = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

export const FULL_PAGE_HEADERS: Headers = {
  ...COMMON,
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'self'`,
  'X-Frame-Options': 'SAMEORIGIN',
};

export const EMBED_HEADERS: Headers = {
  ...COMMON,
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors *`,
};

/** Whether a path under the site's base is the embed view (or below it). */
export function isEmbedPath(pathname: string, base: string): boolean {
  if (!pathname.startsWith(base)) return false;
  return /^(?:[a-z]{2}\/)?embed(?:\/|$)/.test(pathname.slice(base.length));
}

export function headersFor(pathname: string, base: string): Headers {
  return isEmbedPath(pathname, base) ? EMBED_HEADERS : FULL_PAGE_HEADERS;
}

/**
 * A `_headers` file (Netlify, Cloudflare Pages) naming every page exactly: both hosts merge the headers of every rule
 * that matches a path, so a wildcard for the full pages would also put X-Frame-Options on the embed.
 */
export function headersFile(pagePaths: readonly string[], base: string): string {
  const block = (path: string, headers: Headers) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const rules = pagePaths.map((path) => {
    const url = `${base}${path}`;
    return block(url, headersFor(url, base));
  });
  rules.push(block(`${base}assets/*`, { ...COMMON, 'Cache-Control': 'public, max-age=31536000, immutable' }));
  return `${rules.join('\n\n')}\n`;
}
