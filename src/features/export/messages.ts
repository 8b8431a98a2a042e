import { defineMessages } from '../../i18n/define-messages';

export const messages = defineMessages({
  cite: { id: 'cite.button', defaultMessage: 'Cite this view' },
  downloadHeading: { id: 'export.heading', defaultMessage: 'Download what is shown' },
  downloadText: {
    id: 'export.text',
    defaultMessage:
      '{count, plural, one {# event} other {# events}} as filtered on screen, each with its quotes and a permanent link.',
  },
});
