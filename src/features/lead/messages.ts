import { defineMessages } from '../../i18n/define-messages';

export const messages = defineMessages({
  heading: { id: 'lead.heading', defaultMessage: 'What each round produced' },
});
