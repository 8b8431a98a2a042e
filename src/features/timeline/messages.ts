import { defineMessages } from '../../i18n/define-messages';

export const messages = defineMessages({
  heading: { id: 'timeline.heading', defaultMessage: 'Timeline' },
  controls: { id: 'timeline.controls', defaultMessage: 'Timeline controls' },
  zoomIn: { id: 'timeline.zoomIn', defaultMessage: 'Zoom in' },
  zoomOut: { id: 'timeline.zoomOut', defaultMessage: 'Zoom out' },
  talksPeriod: { id: 'timeline.talksPeriod', defaultMessage: 'Talks period' },
  talksPeriodTitle: {
    id: 'timeline.talksPeriodTitle',
    defaultMessage: 'Every event from the year of the first round on',
  },
  allEvents: { id: 'timeline.allEvents', defaultMessage: 'All events' },
  fromYear: { id: 'timeline.fromYear', defaultMessage: 'From {year}' },
  fromYearTitle: { id: 'timeline.fromYearTitle', defaultMessage: 'Everything, with the background before the talks' },
  round: { id: 'timeline.round', defaultMessage: 'Round {round} · {day}' },
  zoomTo: { id: 'timeline.zoomTo', defaultMessage: 'Zoom to {label}' },
});
