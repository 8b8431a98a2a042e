import type { ReactNode } from 'react';
import { IntlProvider } from 'react-intl';

/** The app's English, as the providers give it (src/app/providers.tsx). */
export function EnglishIntl({ children }: { children: ReactNode }) {
  return (
    <IntlProvider locale="en-GB" defaultLocale="en-GB" timeZone="UTC">
      {children}
    </IntlProvider>
  );
}
