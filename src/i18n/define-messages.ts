// react-intl's own defineMessages types each message's values from a type argument and, without one, allows none;
// spelling out every message's values twice would only repeat its text. Plain descriptors take any values, and
// src/i18n/catalogs.test.ts checks each translation's placeholders against the English instead.
export interface Message {
  id: string;
  defaultMessage: string;
}

export function defineMessages<const T extends Record<string, Message>>(messages: T): T {
  return messages;
}
