/** The messages between the page and the parse worker. */
import type { Locale } from '../i18n/locale.ts';
import type { EncodedStore } from './decode-store.ts';
import type { ResultMessage } from './packed-result.ts';

export interface ParseRequest {
  store: EncodedStore;
  /** The page's language: the worker writes the date labels the data leaves to the app. */
  locale: Locale;
}

export type ParseResponse =
  /** The store's records are read: how many there are to check. */
  { type: 'records'; count: number } | ResultMessage;
