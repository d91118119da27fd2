import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { startApp } from '../../src/app/start-app.ts';
import { resetTimelineStore } from '../../src/state/store.ts';
import { loadSeed, textLoader } from './fixtures.ts';

let stopApp: () => void = () => undefined;
beforeEach(() => {
  resetTimelineStore();
  window.history.replaceState(null, '', '/');
});
afterEach(() => stopApp());

it('gives the source with its dates as readers write them', async () => {
  render(<App />);
  stopApp = await startApp(loadSeed);
  const source = await screen.findByText(/^Source:/);
  expect(source).toHaveTextContent('first published November 17, 2019; updated July 2020.');
});

it('says how many episodes this copy of the article holds, beside the title that counts 37', async () => {
  render(<App />);
  stopApp = await startApp(loadSeed);
  const banner = await screen.findByRole('banner');
  expect(banner).toHaveTextContent(
    /title counts 37 occasions, but this copy of the article holds 27/,
  );
});

it('says so when a dataset has no events, instead of blaming the filters', async () => {
  const empty = JSON.stringify({
    version: 1,
    title: 'Nothing yet',
    topics: [{ id: 'news', label: 'News', color: '#1d4ed8' }],
    events: [],
  });
  render(<App />);
  stopApp = await startApp(textLoader(empty));
  const region = await screen.findByRole('region', { name: /^Timeline/ });
  expect(region).toHaveTextContent('This timeline has no events yet.');
  expect(region).not.toHaveTextContent('No events match these filters.');
});
