import { defineMessages } from '../../i18n/define-messages';

export const messages = defineMessages({
  heading: { id: 'chronology.heading', defaultMessage: 'Chronology' },
  hint: { id: 'chronology.hint', defaultMessage: 'Arrow keys move through the events; Enter opens one.' },
  background: { id: 'chronology.background', defaultMessage: 'Background' },
  beforeFirstRound: { id: 'chronology.beforeFirstRound', defaultMessage: 'before the first round' },
  round: { id: 'chronology.round', defaultMessage: 'Round {round} · {day}' },
  between: { id: 'chronology.between', defaultMessage: 'Between rounds {from} and {to}' },
  after: { id: 'chronology.after', defaultMessage: 'After round {round}' },
  roundBadge: { id: 'chronology.roundBadge', defaultMessage: 'Round {round}' },
  dimmed: {
    id: 'chronology.dimmed',
    defaultMessage: 'Dimmed: the link points to this event, but the current filters hide it ({reasons}).',
  },
  dateInferred: { id: 'chronology.dateInferred', defaultMessage: 'date inferred' },
  lasted: { id: 'chronology.lasted', defaultMessage: 'lasted: {duration}' },
  actors: { id: 'chronology.actors', defaultMessage: 'Actors' },
});
