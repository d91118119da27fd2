import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

// Between beforeprint and afterprint. Browsers fire these for the print dialog and for printing
// from code; `matchMedia('print')` also covers print emulation (devtools, test drivers).
let printing = false;

const printMedia = () => (typeof matchMedia === 'function' ? matchMedia('print') : null);

function subscribe(listener: () => void): () => void {
  const media = printMedia();
  const before = () => {
    printing = true;
    // The browser lays the page out for print as soon as the handlers return: what is to be
    // printed must be in the DOM by then, not at React's next convenient moment.
    flushSync(listener);
  };
  const after = () => {
    printing = false;
    listener();
  };
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  media?.addEventListener('change', listener);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
    media?.removeEventListener('change', listener);
  };
}

const isPrinting = () => printing || (printMedia()?.matches ?? false);

/** Whether the page is being printed (or shown as print media) right now. */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, isPrinting, () => false);
}
