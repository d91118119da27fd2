import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import type { Loaded } from '../data/parse-result.ts';
import { resetTimelineStore, useTimelineStore } from '../state/store.ts';
import { applyUrlState } from '../state/url-sync.ts';
import { EMPTY_URL_STATE } from '../state/url.ts';
import { App } from './app.tsx';
import { ServedPictureContext } from '../timeline/index.ts';

/** The store as the client holds it on the page built for `eventId` (or the home page). */
export function openPage(loaded: Loaded, eventId: string | null): void {
  resetTimelineStore();
  useTimelineStore.getState().setLoadResult(loaded);
  applyUrlState(useTimelineStore, { ...EMPTY_URL_STATE, event: eventId });
}

/**
 * The app's markup for a loaded store, with one event open, or none (or, for a dataset that opens
 * at its newest event, that one): what the build writes into each page, and what the client
 * hydrates once it has loaded the same store and applied the same address. The store's problems
 * are rendered as the client shows them, so that the two agree. Waits for the lazy details
 * panel, so an event page holds the event in full. `picture` is the timeline's picture
 * (frame-picture.ts) the page shows until its canvas has drawn.
 */
export async function renderApp(
  loaded: Loaded,
  eventId: string | null,
  picture: string | null = null,
): Promise<string> {
  openPage(loaded, eventId);
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <ServedPictureContext value={picture}>
        <App />
      </ServedPictureContext>
    </StrictMode>,
    // However long, a part that suspended (the lazy panel) is written in place: outlined, it would
    // be moved in by an inline script, which the Content-Security-Policy refuses.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}
