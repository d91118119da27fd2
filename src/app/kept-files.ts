import { createStore, del, entries, get, set } from 'idb-keyval';

/**
 * Files the reader opened, kept in this browser's IndexedDB so that Back then Forward, or a
 * reload, shows a file again: its address names it, but no address can bring it back. Nothing
 * leaves the browser. A history entry holds only the file's key (the browser does not keep a
 * File in a history entry from one page load to the next), and a kept file is forgotten a day
 * after it was opened.
 */
const store = () => createStore('newsline-files', 'files');
const KEEP_FOR_MS = 24 * 60 * 60 * 1000;

interface Kept {
  file: Blob;
  opened: number;
}

/** Keeps a file for the tab's history; resolves to its key, or null where storage is refused. */
export async function keepFile(file: Blob, now = Date.now()): Promise<string | null> {
  const key = `${now.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  try {
    const files = store();
    await set(key, { file, opened: now } satisfies Kept, files);
    for (const [old, kept] of await entries<string, Kept>(files)) {
      if (now - kept.opened > KEEP_FOR_MS) await del(old, files);
    }
    return key;
  } catch {
    // Private windows and full disks may refuse: the file shows, only Forward cannot bring it back.
    return null;
  }
}

/** The file kept under `key`, or null when it is gone or storage is refused. */
export async function keptFile(key: string): Promise<Blob | null> {
  try {
    const kept = await get<Kept>(key, store());
    return kept?.file instanceof Blob ? kept.file : null;
  } catch {
    return null;
  }
}
