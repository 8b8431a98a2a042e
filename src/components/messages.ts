import { defineMessages } from '../i18n/define-messages';

export const messages = defineMessages({
  oneReport: {
    id: 'citations.oneReport',
    defaultMessage:
      'One report by {publisher}, quoted from {pages, number} pages (not {pages, number} independent sources)',
  },
  noPublicationDate: { id: 'citations.noDate', defaultMessage: 'publication date not shown on the page' },
});
