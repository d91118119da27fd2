import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { useTimelineStore } from '../state/store.ts';
import { appRootPath, readUrl } from '../state/url-sync.ts';
import { showsPrerenderedView } from './prerendered-view.ts';
import { startApp } from './start-app.ts';
import { isEmbedMode } from './embed-view.tsx';
import { startTheme } from '../ui/theme.ts';
import { startLocale } from '../i18n/locale.ts';
import { loadCatalogue } from '../i18n/catalogue.ts';
import { readServedPicture, ServedPictureContext } from '../timeline/index.ts';

// Before anything renders: the page must not flash light before turning dark.
startTheme();
// Before the data is read: the dates the app writes for it are in the reader's language.
const locale = startLocale();

// Nothing is worded before the reader's catalogue is here: another language than English is a
// chunk of its own, asked for by boot.ts beside this module, so this wait is short. If it cannot
// be fetched, the page still opens, in English.
const catalogue = loadCatalogue(locale).catch(() => undefined);
// Fetch the data while React mounts, not after.
const started = catalogue.then(() => startApp());
// In an article's iframe: say how tall the page is and which event is open, to the host.
// Its code loads only then: a page outside an iframe never needs it.
if (isEmbedMode())
  void import('./embed-channel.ts').then((m) => m.startEmbedChannel(useTimelineStore));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// A page built ahead of time holds the app's markup: the script takes it over once the store
// holds what it was rendered from, so that the first client render matches it.
const prerendered =
  root.hasChildNodes() &&
  showsPrerenderedView(readUrl(), location.pathname, appRootPath(), locale, location.hash);
// Its picture of the timeline stays, rendered back as served, until the canvas has drawn.
const app = (
  <StrictMode>
    <ServedPictureContext value={prerendered ? readServedPicture(root) : null}>
      <App />
    </ServedPictureContext>
  </StrictMode>
);
// As a transition, hydration yields to the browser every few milliseconds instead of holding the
// main thread for the whole page: a tap while it runs is answered, not kept waiting.
const hydrate = () => startTransition(() => void hydrateRoot(root, app));
const render = () => {
  root.replaceChildren();
  createRoot(root).render(app);
};
if (prerendered) {
  // A store that failed to load shows its error, not the markup: render that afresh.
  void started.then(() => (useTimelineStore.getState().load.kind === 'ok' ? hydrate() : render()));
} else {
  void catalogue.then(render);
}
