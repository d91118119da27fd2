/**
 * The page's only script tag. A page built ahead of time already shows the timeline's text: it
 * paints first, and the app's code (most of the page's bytes) is fetched after that paint, so
 * that a phone on a slow network reads before it downloads. An empty page starts the app at once.
 *
 * The styles are imported here, not by the app, so that the page links them in its head and the
 * text built ahead of time paints styled.
 */
import './styles.css';
import '../timeline/gesture-hint.css';
import './loading-screen.css';
import './phone.css';
import './forced-colors.css';
import './print.css';
import './long-text.css';
import './embed.css';
import '../export/export-menu.css';
import '../story/story.css';
import './prerendered.css';

const prerendered = document.getElementById('root')?.hasChildNodes() ?? false;
const start = () => void import('./main.tsx');
if (prerendered) requestAnimationFrame(() => setTimeout(start));
else start();
