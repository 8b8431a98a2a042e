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

export const keyMessages = defineMessages({
  key: { id: 'timeline.key.toggle', defaultMessage: 'Key' },
  keyHeading: { id: 'timeline.key.heading', defaultMessage: 'Key to the timeline' },
  rows: { id: 'timeline.key.rows', defaultMessage: 'Rows (tracks)' },
  marks: { id: 'timeline.key.marks', defaultMessage: 'Marks' },
  round: { id: 'timeline.key.round', defaultMessage: 'round of talks' },
  roundGlyph: { id: 'timeline.key.roundGlyph', defaultMessage: 'Round' },
  exact: { id: 'timeline.key.exact', defaultMessage: 'exact time' },
  day: { id: 'timeline.key.day', defaultMessage: 'day or days, no time given' },
  span: { id: 'timeline.key.span', defaultMessage: 'month or year only' },
  approximate: { id: 'timeline.key.approximate', defaultMessage: 'about that date' },
  before: { id: 'timeline.key.before', defaultMessage: 'some time before it' },
  inferred: { id: 'timeline.key.inferred', defaultMessage: 'date inferred' },
  inferredGlyph: { id: 'timeline.key.inferredGlyph', defaultMessage: 'Title' },
  bundle: { id: 'timeline.key.bundle', defaultMessage: 'several events (click to see them)' },
  dimmed: { id: 'timeline.key.dimmed', defaultMessage: 'faded: filtered out, opened by a link' },
  cluster: { id: 'timeline.key.cluster', defaultMessage: 'events counted (click to zoom in)' },
  earlier: { id: 'timeline.key.earlier', defaultMessage: 'began before the view (click to zoom out)' },
  hint: {
    id: 'timeline.hint',
    defaultMessage:
      'Drag to pan, scroll or pinch to zoom. With the timeline focused, arrow keys move between events in time order, Home and End jump to the first and last, Enter opens the details.',
  },
  hintCounting: {
    id: 'timeline.hint.counting',
    defaultMessage: 'Too many events to draw one by one here: numbered boxes count them; click one to zoom in.',
  },
  hintEarlier: {
    id: 'timeline.hint.earlier',
    defaultMessage:
      'A box with an arrow (←) counts events that began before the view and run into it, with those starting in its own stretch; click it to zoom out to where they begin.',
  },
});
