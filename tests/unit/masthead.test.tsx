import { fireEvent, render, screen, within } from '@testing-library/react';
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
  const banner = await screen.findByRole('banner');
  expect(within(banner).getByText(/^Source:/)).toHaveTextContent(
    'first published November 17, 2019; updated July 2020.',
  );
  // The masthead is the title and its attribution: the rest is the introduction's.
  expect(banner).not.toHaveTextContent(/Episodes, from Trump’s praise/);
});

it('introduces the timeline beside it, the note on the count after the way in', async () => {
  render(<App />);
  stopApp = await startApp(loadSeed);
  const intro = await screen.findByRole('region', {
    name: '37 times President Trump was soft on Russia',
  });
  expect(intro).toHaveTextContent(/^About this timeline/);
  expect(intro).toHaveTextContent(/Episodes, from Trump’s praise of Putin/);
  expect(within(intro).getByText(/^Source:/)).toHaveTextContent(
    'first published November 17, 2019',
  );
  const start = within(intro).getByRole('button', { name: 'Start with the first episode' });
  const note = within(intro).getByText(
    /title counts 37 occasions, but this copy of the article holds 27/,
  );
  // The method note follows the button: readers meet the story first.
  expect(start.compareDocumentPosition(note) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
});

it('opens the first episode from the introduction, which then gives way to it', async () => {
  render(<App />);
  stopApp = await startApp(loadSeed);
  fireEvent.click(await screen.findByRole('button', { name: 'Start with the first episode' }));
  const details = await screen.findByRole('complementary', { name: 'Event details' });
  expect(within(details).getByRole('heading', { level: 2 })).toHaveTextContent(
    'Trump has repeatedly praised Putin',
  );
  expect(within(details).getByText('1 of 27')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Start with the first episode' })).toBeNull();
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
