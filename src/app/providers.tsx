import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/react';
import { useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { INTL_LOCALES } from '../i18n/locale';
import { ENGLISH, type PageLanguage } from '../i18n/page-language';
import { RecordTranslation } from '../i18n/record-words';
import { RenderedPath } from './route';

interface Props {
  children: ReactNode;
  /** A client holding what the page was rendered with (the dataset), so hydration starts from the same data. */
  client?: QueryClient;
  /** The path the page was rendered for (route.ts). */
  renderedPath: string;
  /** The page's language, with its catalogs (loaded before the first render: main.tsx, entry-server.tsx). */
  language?: PageLanguage;
}

export function AppProviders({ children, client: given, renderedPath, language = ENGLISH }: Props) {
  // One client per mounted app; useState keeps it stable across re-renders without a module-level singleton.
  const [client] = useState(() => given ?? new QueryClient());
  return (
    <QueryClientProvider client={client}>
      {/* The server renders the view without a query (a static host serves the same page for every query); the
          browser hydrates that view, then applies the link's query. */}
      <NuqsAdapter serverSearch="">
        <RenderedPath value={renderedPath}>
          {/* Wall-clock dates are formatted in UTC (the record stores them so); without a zone the build machine's
              would leak into the prerendered HTML. */}
          <IntlProvider
            locale={INTL_LOCALES[language.locale]}
            messages={language.messages}
            defaultLocale={INTL_LOCALES.en}
            timeZone="UTC"
          >
            <RecordTranslation value={language.record}>{children}</RecordTranslation>
          </IntlProvider>
        </RenderedPath>
      </NuqsAdapter>
    </QueryClientProvider>
  );
}
