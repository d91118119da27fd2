/**
 * The worker that turns a large store's bytes into a dataset, so that the page keeps drawing and
 * answering while a million events are parsed and checked. It says how many records it found,
 * then sends the result packed in columns (packed-result.ts), part by part.
 */
import { sendResult } from './packed-result.ts';
import { parseStore } from './parse-store.ts';
import { READERS_AT_HAND } from './format-readers.ts';
import { setLocale } from '../i18n/locale.ts';
import { loadCatalogue } from '../i18n/catalogue.ts';
import type { ParseRequest, ParseResponse } from './parse-protocol.ts';

/** The little of a dedicated worker's global scope used here (the DOM types describe a page). */
interface WorkerScope {
  onmessage: ((message: MessageEvent<ParseRequest>) => void) | null;
  postMessage(message: ParseResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = async ({ data }) => {
  setLocale(data.locale);
  // The dates it writes (seasons, eras) are in the page's language.
  await loadCatalogue(data.locale);
  const result = await parseStore(
    data.store,
    (records) => scope.postMessage({ type: 'records', count: records }),
    READERS_AT_HAND,
  );
  sendResult(result, (message, transfer) => scope.postMessage(message, transfer));
};
