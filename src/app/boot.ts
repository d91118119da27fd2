/**
 * The page's only script tag. A page built ahead of time already shows the timeline's text: it
 * paints first, and the app's code (most of the page's bytes) is fetched after that paint, so
 * that a phone on a slow network reads before it downloads.
 *
 * The styles are imported here, not by the app, so that the page links them in its head and the
 * text built ahead of time paints styled.
 */
import { pickLocale } from '../i18n/locale.ts';
// In cascade order: where two rules of equal weight meet, the later one wins. Each feature's
// CSS sits beside its components; app/ keeps the page-wide base, layout, phone and print rules.
import './styles.css';
import '../ui/tool-button.css';
import '../ui/notices.css';
import '../filters/filter-bar.css';
import './layout.css';
import '../details/details-column.css';
import '../timeline/timeline.css';
import '../timeline/events-in-view.css';
import '../details/details-panel.css';
import '../timeline/marker-card.css';
import './open-file.css';
import '../filters/changes.css';
import '../timeline/gesture-hint.css';
import '../timeline/bands.css';
import '../details/related-links.css';
import './loading-screen.css';
import './phone.css';
import '../details/details-sheet.css';
import './forced-colors.css';
import './print.css';
import './long-text.css';
import '../details/details-long-text.css';
import './embed.css';
import '../details/details-embed.css';
import '../export/export-menu.css';
import '../story/story.css';
import '../ui/media-figure.css';
import './prerendered.css';
import '../details/details-prerendered.css';

// The page as built, asked for as built (no filters, event or other store in the query): it is
// there to read, and the app only takes it over. Anything else is drawn by the app: start at once.
const root = document.getElementById('root');
const asBuilt =
  (root?.hasChildNodes() ?? false) &&
  window.location.search === '' &&
  // Built in English: a reader in another language gets the app's own render.
  pickLocale('', navigator.languages) === 'en';
const start = () => void import('./main.tsx');
if (asBuilt) {
  requestAnimationFrame(() => setTimeout(start));
} else {
  // Not the view it was built with (another store, say): show none of it, not even for a moment.
  root?.replaceChildren();
  start();
  // A data link's checks load beside the app, not after it (start-app.ts imports the same module).
  if (new URLSearchParams(window.location.search).has('data')) void import('./data-link.ts');
}
// Another language's words load beside the app, not after it (main.tsx waits for them).
if (pickLocale(window.location.search, navigator.languages) === 'es')
  void import('../i18n/messages-es.ts');
