import { defineMessages } from './define-messages';

/** Words every part of the app shares: how dates are qualified. */
export const messages = defineMessages({
  dateApproximate: { id: 'date.approximate', defaultMessage: 'about {date}' },
  dateUncertain: { id: 'date.uncertain', defaultMessage: 'possibly {date}' },
  dateBefore: { id: 'date.before', defaultMessage: 'some time before {date}' },
  dateAfter: { id: 'date.after', defaultMessage: 'some time after {date}' },
  dateRange: { id: 'date.range', defaultMessage: '{from} – {to}' },
  localTime: { id: 'date.localTime', defaultMessage: '{clock} local time' },
  dayAndTime: { id: 'date.dayAndTime', defaultMessage: '{day}, {time}' },
  dateNotGiven: { id: 'date.notGiven', defaultMessage: 'date not given' },
  sourceIsEnglish: { id: 'quote.sourceIsEnglish', defaultMessage: 'Quoted in the original English' },
});

/** The record's fixed vocabulary for figures: what was counted, and how far it got. */
export const tallyMessages = defineMessages({
  'prisoners-of-war': { id: 'tally.kind.prisonersOfWar', defaultMessage: 'Prisoners of war' },
  bodies: { id: 'tally.kind.bodies', defaultMessage: 'Bodies of the dead' },
  civilians: { id: 'tally.kind.civilians', defaultMessage: 'Civilians' },
  children: { id: 'tally.kind.children', defaultMessage: 'Children' },
  agreed: { id: 'tally.status.agreed', defaultMessage: 'Agreed' },
  offered: { id: 'tally.status.offered', defaultMessage: 'Offered' },
  claimed: { id: 'tally.status.claimed', defaultMessage: 'Claimed' },
  'carried-out': { id: 'tally.status.carriedOut', defaultMessage: 'Carried out' },
});

/** The lead's sentences on what each round produced (src/data/round-outcomes.ts), and a figure in words. */
export const outcomeMessages = defineMessages({
  heading: { id: 'outcome.heading', defaultMessage: 'Round {round} · {day}' },
  headingNoDay: { id: 'outcome.headingNoDay', defaultMessage: 'Round {round}' },
  placeNotReported: { id: 'outcome.placeNotReported', defaultMessage: 'Place not reported' },
  lengthNotReported: { id: 'outcome.lengthNotReported', defaultMessage: '{where}. Length not reported.' },
  lengthIs: { id: 'outcome.lengthIs', defaultMessage: '{where}. Length: ' },
  noFigures: { id: 'outcome.noFigures', defaultMessage: 'The sources report no figures from this round.' },
  claimedBy: { id: 'outcome.claimedBy', defaultMessage: 'Claimed by {claimant}' },
  notReported: { id: 'outcome.notReported', defaultMessage: 'Not reported: {topic}.' },
  noFigureOn: { id: 'outcome.noFigureOn', defaultMessage: 'The sources give no figure on {kinds}.' },
  all: { id: 'figure.all', defaultMessage: 'all' },
  allOf: { id: 'figure.allOf', defaultMessage: 'all {count, number}' },
  atLeast: { id: 'figure.atLeast', defaultMessage: 'at least {figure}' },
  about: { id: 'figure.about', defaultMessage: 'about {figure}' },
  notGiven: { id: 'figure.notGiven', defaultMessage: '{what} (number not given)' },
  eachSide: { id: 'figure.eachSide', defaultMessage: '{figure} from each side' },
  toUkraine: { id: 'figure.toUkraine', defaultMessage: '{figure} to Ukraine' },
  toRussia: { id: 'figure.toRussia', defaultMessage: '{figure} to Russia' },
  'prisoners-of-war': {
    id: 'figure.prisonersOfWar',
    defaultMessage: '{count, plural, one {# prisoner of war} other {# prisoners of war}}',
  },
  bodies: { id: 'figure.bodies', defaultMessage: '{count, plural, one {# body} other {# bodies}}' },
  civilians: { id: 'figure.civilians', defaultMessage: '{count, plural, one {# civilian} other {# civilians}}' },
  children: { id: 'figure.children', defaultMessage: '{count, plural, one {# child} other {# children}}' },
  kindsPrisonersOfWar: { id: 'figure.kinds.prisonersOfWar', defaultMessage: 'prisoners of war' },
  kindsBodies: { id: 'figure.kinds.bodies', defaultMessage: 'bodies' },
  kindsCivilians: { id: 'figure.kinds.civilians', defaultMessage: 'civilians' },
  kindsChildren: { id: 'figure.kinds.children', defaultMessage: 'children' },
});
