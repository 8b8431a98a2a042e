import { defineMessages } from '../i18n/define-messages';

export const messages = defineMessages({
  oneReport: {
    id: 'citations.oneReport',
    defaultMessage:
      'One report by {publisher}, quoted from {pages, number} pages (not {pages, number} independent sources)',
  },
  readInArticle: {
    id: 'citations.readInArticle',
    defaultMessage: 'Read in the article <hidden>by {publisher}, where this quote is marked</hidden>',
  },
  noPublicationDate: { id: 'citations.noDate', defaultMessage: 'publication date not shown on the page' },
});
