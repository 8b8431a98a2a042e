import { defineMessages } from '../../i18n/define-messages';

export const messages = defineMessages({
  figures: { id: 'details.figures', defaultMessage: 'Figures' },
  sources: { id: 'details.sources', defaultMessage: 'Sources' },
  dateWorkedOut: { id: 'details.dateWorkedOut', defaultMessage: 'How the date was worked out' },
  disagree: { id: 'details.disagree', defaultMessage: 'Where the sources disagree' },
  notReported: { id: 'details.notReported', defaultMessage: 'Not reported in the sources' },
  inferred: { id: 'details.inferred', defaultMessage: '(inferred)' },
  lasted: { id: 'details.lasted', defaultMessage: 'lasted {duration}' },
  roundBadge: { id: 'details.roundBadge', defaultMessage: 'Round {round}' },
  whoTookPart: { id: 'details.whoTookPart', defaultMessage: 'Who took part ({count, number})' },
  roleNotGiven: { id: 'details.roleNotGiven', defaultMessage: ', role on this date not given in the sources' },
  claimedBy: { id: 'details.claimedBy', defaultMessage: ' · claimed by {actor}' },
  quotesForFigure: { id: 'details.quotesForFigure', defaultMessage: 'Quotes for this figure' },
});
