import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { startApp } from './start-app.ts';
import './styles.css';
import '../timeline/gesture-hint.css';

// Fetch the data while React mounts, not after.
void startApp();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
