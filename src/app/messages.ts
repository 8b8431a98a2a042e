import { defineMessages } from '../i18n/define-messages';

export const messages = defineMessages({
  skip: { id: 'app.skip', defaultMessage: 'Skip to the chronology' },
  skipContent: { id: 'app.skipContent', defaultMessage: 'Skip to the content' },
  allSources: { id: 'app.allSources', defaultMessage: 'All sources' },
  title: { id: 'app.title', defaultMessage: 'The 2025 Istanbul talks between Russia and Ukraine' },
  standfirst: {
    id: 'app.standfirst',
    defaultMessage: 'Three rounds of direct talks and the events around them, each fact quoted from its source.',
  },
  languages: { id: 'app.languages', defaultMessage: 'Read in another language' },
  notFoundHeading: { id: 'app.notFound.heading', defaultMessage: 'This page is not in the record' },
  notFoundText: {
    id: 'app.notFound.text',
    defaultMessage:
      'The address does not lead to an event or a page of this record: it may have been mistyped, or cut short when it was shared. Event ids never change, so a link that once worked still leads to its event.',
  },
  notFoundBack: { id: 'app.notFound.back', defaultMessage: 'Go to the record of the three rounds' },
  loading: { id: 'app.loading', defaultMessage: 'Loading the dataset…' },
  loadFailed: { id: 'app.loadFailed', defaultMessage: 'The events could not be shown' },
  retry: { id: 'app.retry', defaultMessage: 'Retry' },
  retrying: { id: 'app.retrying', defaultMessage: 'Retrying…' },
  linkIgnored: {
    id: 'app.linkNotice',
    defaultMessage: 'Part of this link could not be used and was ignored; the rest of it is applied.',
  },
  dismiss: { id: 'app.dismiss', defaultMessage: 'Dismiss <hidden>this notice</hidden>' },
  andMore: { id: 'app.andMore', defaultMessage: '…and {count, number} more.' },
  selectedAnnouncement: { id: 'app.selected', defaultMessage: 'Selected: {title}, {date}' },
});

export const pageMessages = defineMessages({
  recordTitle: {
    id: 'page.recordTitle',
    defaultMessage: 'The 2025 Istanbul talks between Russia and Ukraine: a sourced record',
  },
  updated: { id: 'page.updated', defaultMessage: 'Record last updated {day}' },
  method: { id: 'page.method', defaultMessage: 'How this record is made' },
  selectHint: {
    id: 'page.selectHint',
    defaultMessage: 'Select an event in the list or on the timeline to read it here, with every quote it rests on.',
  },
  close: { id: 'details.close', defaultMessage: 'Close <hidden>details</hidden>' },
  hiddenBecause: {
    id: 'details.hiddenBecause',
    defaultMessage: 'The current filters hide this event; it is shown dimmed because the link points to it: {reasons}.',
  },
  copyEventLink: { id: 'details.copyLink', defaultMessage: 'Copy link to this event' },
});
