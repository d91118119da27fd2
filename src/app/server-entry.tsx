import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { parseJsonText } from '../data/parse-store.ts';
import { resetTimelineStore, useTimelineStore } from '../state/store.ts';
import { App } from './app.tsx';

/** The page's markup for the bundled dataset, with one event open or none. */
export async function renderApp(storeText: string, name: string, eventId: string | null) {
  resetTimelineStore();
  const result = parseJsonText(storeText, name);
  useTimelineStore.getState().setLoadResult(result);
  useTimelineStore.setState({ selectedId: eventId });
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  let html = '';
  for await (const chunk of prelude) html += String(chunk);
  return html;
}
