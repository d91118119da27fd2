import { useEffect, useRef, useState } from 'react';
import { embedSnippet } from '../lib/embed-snippet.ts';
import { useTimelineStore, type TimelineState } from '../state/store.ts';
import { appRootPath, originParams } from '../state/url-sync.ts';
import { useHydrated } from '../ui/use-hydrated.ts';
import { EMPTY_URL_STATE, formatUrl, parseUrl } from '../state/url.ts';

/**
 * Whether the page is the compact view inside another site's iframe (`?embed=1`). Never for a
 * page built ahead of time: embeds render afresh in the browser.
 */
export function isEmbedMode(
  search: string = typeof window === 'undefined' ? '' : window.location.search,
): boolean {
  return parseUrl(search).embed;
}

/** The query string of the view on screen: its event, filters and store; never embed mode. */
export function viewSearch(s: TimelineState): string {
  return formatUrl({
    ...EMPTY_URL_STATE,
    event: s.selectedId,
    topics: s.activeTopics,
    q: s.query,
    ...originParams(s.origin),
  });
}

/** The app's own address: its root, also from an event's page (`e/<id>/`). */
const pageUrl = () => `${window.location.origin}${appRootPath()}`;

/** In an embed: the same view as a full page, in a new tab, out of the article's frame. */
export function OpenFullPage() {
  const search = useTimelineStore(viewSearch);
  const hydrated = useHydrated();
  return (
    <a
      className="open-full-page"
      href={hydrated ? `${pageUrl()}${search}` : `./${search}`}
      target="_blank"
      rel="noopener"
    >
      Open in a new tab
    </a>
  );
}

type CopyState = 'idle' | 'copied' | 'manual';

/**
 * "Embed", and the dialog with the snippet for the view on screen (docs/embedding.md): a modal
 * `<dialog>`, so the browser keeps the focus inside and Escape closes it.
 */
export function EmbedButton() {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const code = useRef<HTMLTextAreaElement>(null);
  const [open, setOpen] = useState(false);
  const [copy, setCopy] = useState<CopyState>('idle');
  const search = useTimelineStore(viewSearch);
  const fromFile = useTimelineStore((s) => s.origin.kind === 'file');
  const hasEvent = useTimelineStore((s) => s.selectedId !== null);
  const filtered = useTimelineStore((s) => s.activeTopics.length > 0 || s.query !== '');
  // The page's address is the browser's: a page built ahead of time holds no snippet.
  const hydrated = useHydrated();
  const snippet = hydrated ? embedSnippet(pageUrl(), search) : '';

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      code.current?.select();
    }
    if (!open && element.open) element.close();
  }, [open]);

  const close = () => {
    setOpen(false);
    setCopy('idle');
    opener.current?.focus();
  };
  const copySnippet = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopy('copied');
    } catch {
      // No clipboard (an insecure origin, a denied permission): the code is selected to copy.
      code.current?.focus();
      code.current?.select();
      setCopy('manual');
    }
  };

  return (
    <>
      <button
        ref={opener}
        type="button"
        className="embed-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        Embed
      </button>
      <dialog
        ref={dialog}
        className="embed-dialog"
        aria-labelledby="embed-dialog-title"
        onClose={close}
      >
        <h2 id="embed-dialog-title">Embed this timeline</h2>
        {fromFile ? (
          <p>
            This timeline was opened from a file on this computer, which another site cannot reach.
            Publish the file on the web, open it from there, and embed that.
          </p>
        ) : (
          <>
            <p>
              Paste this code into your article’s HTML. It shows the timeline as it is now
              {hasEvent && ', with this event open'}
              {filtered && (hasEvent ? ' and the filters on' : ', with the filters on')}, and grows
              with its content.
            </p>
            <label className="embed-dialog__label" htmlFor="embed-dialog-code">
              Embed code
            </label>
            <textarea
              id="embed-dialog-code"
              ref={code}
              className="embed-dialog__code"
              readOnly
              rows={4}
              value={snippet}
              onFocus={(event) => event.target.select()}
            />
            <p role="status" className="embed-dialog__status">
              {copy === 'copied' && 'Embed code copied to the clipboard.'}
              {copy === 'manual' && 'The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.'}
            </p>
          </>
        )}
        <div className="embed-dialog__actions">
          {!fromFile && (
            <button type="button" onClick={() => void copySnippet()}>
              Copy
            </button>
          )}
          <button type="button" onClick={close}>
            Close
          </button>
        </div>
      </dialog>
    </>
  );
}
