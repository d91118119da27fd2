import { loadStore } from '../data/load-store.ts';
import { useTimelineStore } from '../state/store.ts';
import { rememberVisit } from '../state/visit-memory.ts';
import type { DataLoader } from './start-app.ts';
import { quoteName } from '../lib/display-text.ts';
import { t } from '../i18n/messages.ts';
import { loadFailureProblems, loadFailureText } from './load-failure-text.ts';

export const FILE_NOT_OPENED = 'file-not-opened';

/** Files the picker offers; anything dropped is still tried, and named if it is not data. */
export const STORE_FILE_TYPES = [
  '.csv',
  '.json',
  '.arrow',
  '.arrows',
  '.feather',
  'text/csv',
  'application/json',
  'application/vnd.apache.arrow.file',
  'application/vnd.apache.arrow.stream',
].join(',');

/**
 * Opens a store from the reader's computer in place of the shown one. The file is read in the
 * browser and never sent anywhere. If it cannot be shown, what is shown stays, with a notice
 * saying why and listing what to fix. Resolves to a sentence for a screen reader's status.
 */
export async function openStoreFile(file: File, load: DataLoader = loadStore): Promise<string> {
  const name = file.name || t().fileWithoutName;
  const result = await load({ kind: 'file', file, name });
  const state = useTimelineStore.getState();
  if (result.kind === 'failed') {
    const text = loadFailureText(result.reason);
    state.notify({ id: FILE_NOT_OPENED, text, problems: loadFailureProblems(result.reason) });
    // Said beside the button too: the notice is at the top of the page, out of sight.
    return text;
  }
  const key = await import('./kept-files.ts').then((m) => m.keepFile(file));
  state.replaceStore(result, { kind: 'file', name, key });
  rememberVisit(useTimelineStore);
  return t().fileOpened(quoteName(name), result.dataset.events.length);
}
