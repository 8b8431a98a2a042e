// The record's own words in the page's language, available to every component below the app's providers.
import { createContext, useContext } from 'react';
import type { Translation } from '../data/translation-schema';

/** The page's translation of the record, or null on English pages. */
export const RecordTranslation = createContext<Translation | null>(null);

export function useRecordTranslation(): Translation | null {
  return useContext(RecordTranslation);
}
