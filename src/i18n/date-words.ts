// Dates in the page's language: the qualifiers from the catalog, month names from Intl (src/data/edtf.ts).
import { useMemo } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import type { DateWords } from '../data/edtf';
import { messages } from './messages';

export function dateWordsFor(intl: IntlShape): DateWords {
  const f = intl.formatMessage;
  return {
    locale: intl.locale,
    approximate: (date) => f(messages.dateApproximate, { date }),
    uncertain: (date) => f(messages.dateUncertain, { date }),
    before: (date) => f(messages.dateBefore, { date }),
    after: (date) => f(messages.dateAfter, { date }),
    range: (from, to) => f(messages.dateRange, { from, to }),
    localTime: (clock) => f(messages.localTime, { clock }),
    dayAndTime: (day, time) => f(messages.dayAndTime, { day, time }),
    notGiven: f(messages.dateNotGiven),
  };
}

/** The page's date words, the same object for as long as the language stays. */
export function useDateWords(): DateWords {
  const intl = useIntl();
  return useMemo(() => dateWordsFor(intl), [intl]);
}
