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
