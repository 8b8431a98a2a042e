import { useIntl } from 'react-intl';
import { LOCALE_NAMES, LOCALES, localePrefix } from '../i18n/locale';
import { messages } from './messages';
import { routePath, useLocale, useRoute } from './route';
import { useViewParams, viewUrl } from './url/view-params';

const BASE = import.meta.env.BASE_URL;

/**
 * The same view in the other languages: the same page below the language prefix, with the view's filters, window and
 * selection, as the view holds them (the address bar may be a moment behind; view-params.ts).
 */
export function LanguageSwitch() {
  const intl = useIntl();
  const current = useLocale();
  const route = useRoute();
  const [params] = useViewParams();
  return (
    <nav aria-label={intl.formatMessage(messages.languages)} className="text-sm">
      <ul className="flex flex-wrap gap-x-3 gap-y-1">
        {LOCALES.filter((locale) => locale !== current).map((locale) => {
          const path = routePath(route, BASE + localePrefix(locale));
          // The selection is in the path on an event's page; elsewhere it is a parameter like the others.
          const href = viewUrl({ ...params, event: route.page === 'event' ? null : params.event }, path);
          return (
            <li key={locale}>
              <a
                href={href}
                hrefLang={locale}
                lang={locale}
                className="font-medium text-blue-800 underline hover:no-underline dark:text-sky-300"
              >
                {LOCALE_NAMES[locale]}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
