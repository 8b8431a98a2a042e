import { FormattedMessage } from 'react-intl';
import { localePrefix } from '../i18n/locale';
import { messages } from './messages';
import { useLocale } from './route';

/** What a path the record does not have shows: that it is not here, and the way back to the record. */
export function NotFound() {
  const locale = useLocale();
  return (
    <section aria-labelledby="not-found-heading" className="mx-auto max-w-2xl py-10">
      <h2 id="not-found-heading" className="text-2xl font-semibold">
        <FormattedMessage {...messages.notFoundHeading} />
      </h2>
      <p className="mt-3">
        <FormattedMessage {...messages.notFoundText} />
      </p>
      <p className="mt-4">
        <a
          href={import.meta.env.BASE_URL + localePrefix(locale)}
          className="font-medium text-blue-800 underline dark:text-sky-300"
        >
          <FormattedMessage {...messages.notFoundBack} />
        </a>
      </p>
    </section>
  );
}
