// The languages the record is read in, and where a path names one: English at the site's root, Ukrainian and
// Russian under a prefix (`/uk/…`, `/ru/…`). The path alone decides, on the server and in the browser alike, so a
// prerendered page and its hydration agree, and a link always opens in the language it was shared in.

export const LOCALES = ['en', 'uk', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language's own name, as its readers write it (the language switch shows these). */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', uk: 'Українська', ru: 'Русский' };

const PREFIXED = /^(uk|ru)(?:\/|$)/;

/** The language a path under `base` is in, and the rest of the path below its prefix. */
export function splitLocale(pathname: string, base: string): { locale: Locale; rest: string } {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  const match = PREFIXED.exec(rest);
  if (!match) return { locale: 'en', rest };
  return { locale: match[1] as Locale, rest: rest.slice(match[0].length) };
}

/** The path prefix of a language under the site's root: '' for English, 'uk/' for Ukrainian. */
export function localePrefix(locale: Locale): string {
  return locale === 'en' ? '' : `${locale}/`;
}

/** The same page in another language: the path below the prefix kept, the prefix swapped. */
export function pathIn(locale: Locale, pathname: string, base: string): string {
  return `${base}${localePrefix(locale)}${splitLocale(pathname, base).rest}`;
}

/** The tag each language is formatted in: British English writes "16 May 2025" and "1,200", as the record does. */
export const INTL_LOCALES: Record<Locale, string> = { en: 'en-GB', uk: 'uk', ru: 'ru' };

/** The language of a formatter's tag (react-intl's `intl.locale`). */
export function localeOfTag(tag: string): Locale {
  return tag === 'uk' || tag === 'ru' ? tag : 'en';
}
