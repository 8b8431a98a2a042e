import { defineMessages } from '../../i18n/define-messages';

export const messages = defineMessages({
  share: { id: 'share.button', defaultMessage: 'Share this view' },
  shared: { id: 'share.shared', defaultMessage: 'Link shared.' },
  copied: { id: 'share.copied', defaultMessage: 'Link copied to the clipboard.' },
  failed: { id: 'share.failed', defaultMessage: 'Could not copy the link; copy it from the address bar.' },
  embed: { id: 'embed.button', defaultMessage: 'Embed this view' },
});
