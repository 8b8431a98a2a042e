// What each round produced, in the page's language: the sentences of src/data/round-outcomes.ts from the catalog,
// numbers and plurals from Intl through react-intl, the record's own labels as the page's dataset has them.
import { useMemo } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import type { OutcomeWords } from '../data/round-outcomes';
import type { Tally } from '../data/schema';
import { dateWordsFor } from './date-words';
import { outcomeMessages as m, tallyMessages } from './messages';

const KINDS = {
  'prisoners-of-war': m.kindsPrisonersOfWar,
  bodies: m.kindsBodies,
  civilians: m.kindsCivilians,
  children: m.kindsChildren,
} as const;

const TOWARDS = { 'each-side': m.eachSide, 'to-ukraine': m.toUkraine, 'to-russia': m.toRussia } as const;

export function outcomeWordsFor(intl: IntlShape): OutcomeWords {
  const f = intl.formatMessage;
  const qualified = (tally: Tally, figure: string) =>
    tally.qualifier === 'at-least'
      ? f(m.atLeast, { figure })
      : tally.qualifier === 'about'
        ? f(m.about, { figure })
        : figure;
  const towards = (tally: Tally, figure: string) =>
    tally.direction === 'not-given' ? figure : f(TOWARDS[tally.direction], { figure });
  const figure = (tally: Tally): string => {
    if (tally.qualifier === 'all') {
      const all = tally.count === null ? f(m.all) : f(m.allOf, { count: tally.count });
      return towards(tally, `${all} ${tally.label}`);
    }
    if (tally.count === null) return f(m.notGiven, { what: towards(tally, tally.label) });
    const counted =
      tally.status === 'claimed'
        ? `${intl.formatNumber(tally.count)} ${tally.label}`
        : f(m[tally.kind], { count: tally.count });
    return towards(tally, qualified(tally, counted));
  };
  return {
    dates: dateWordsFor(intl),
    heading: (round, day) => (day === null ? f(m.headingNoDay, { round }) : f(m.heading, { round, day })),
    placeNotReported: f(m.placeNotReported),
    lengthNotReported: (where) => f(m.lengthNotReported, { where }),
    lengthIs: (where) => f(m.lengthIs, { where }),
    noFigures: f(m.noFigures),
    status: (status, claimant) => (claimant === null ? f(tallyMessages[status]) : f(m.claimedBy, { claimant })),
    notReported: (topic) => f(m.notReported, { topic: intl.locale.startsWith('en') ? asClause(topic) : topic }),
    noFigureOn: (kinds) =>
      f(m.noFigureOn, {
        kinds: intl.formatList(
          kinds.map((k) => f(KINDS[k])),
          { type: 'disjunction' },
        ),
      }),
    figure,
  };
}

// As round-outcomes.ts: after "Not reported:" a leading English function word reads better in lower case.
const FUNCTION_WORDS = /^(When|How|What|Whether|Who|Which|Why|Where|Any|The|A|An)\b/;
const asClause = (topic: string) => topic.replace(FUNCTION_WORDS, (word) => word.toLowerCase());

export function useOutcomeWords(): OutcomeWords {
  const intl = useIntl();
  return useMemo(() => outcomeWordsFor(intl), [intl]);
}
