import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { startApp } from './start-app.ts';
import { startEmbedChannel } from './embed-channel.ts';
import { isEmbedMode } from './embed-view.tsx';
import { useTimelineStore } from '../state/store.ts';
import { startTheme } from '../ui/theme.ts';
import './styles.css';
import '../timeline/gesture-hint.css';
import './loading-screen.css';
import './phone.css';
import './forced-colors.css';
import './print.css';
import './long-text.css';
import './embed.css';
import '../export/export-menu.css';

// Before anything renders: the page must not flash light before turning dark.
startTheme();

// Fetch the data while React mounts, not after.
void startApp();
// In an article's iframe: say how tall the page is and which event is open, to the host.
if (isEmbedMode()) startEmbedChannel(useTimelineStore);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
