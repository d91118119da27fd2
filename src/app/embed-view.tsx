import { lazy, Suspense, useRef, useState } from 'react';
import { useTimelineStore } from '../state/store.ts';
import { useHydrated } from '../ui/use-hydrated.ts';
import { parseUrl } from '../state/url.ts';
import { pageUrl, viewSearch } from './view-address.ts';
import { t } from '../i18n/messages.ts';

/**
 * Whether the page is the compact view inside another site's iframe (`?embed=1`). Never for a
 * page built ahead of time: embeds render afresh in the browser.
 */
export function isEmbedMode(
  search: string = typeof window === 'undefined' ? '' : window.location.search,
): boolean {
  return parseUrl(search).embed;
}

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
      {t().openInNewTab}
    </a>
  );
}

/** The dialog and its snippet load when the button is pressed, not with the page. */
const EmbedDialog = lazy(() =>
  import('./embed-dialog.tsx').then((m) => ({ default: m.EmbedDialog })),
);

/** "Embed": opens the dialog with the snippet for the view on screen. */
export function EmbedButton() {
  const opener = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const close = () => {
    setOpen(false);
    opener.current?.focus();
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
        {t().embed}
      </button>
      {open && (
        <Suspense fallback={null}>
          <EmbedDialog onClose={close} />
        </Suspense>
      )}
    </>
  );
}
