import { act, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PrintView } from '../../src/app/print-view.tsx';
import { resetTimelineStore, selectShownEvents, useTimelineStore } from '../../src/state/store.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadSeed, textLoader } from './fixtures.ts';

const SEED_COUNT = 27;

async function loadStore(state: Partial<ReturnType<typeof useTimelineStore.getState>> = {}) {
  useTimelineStore.getState().setLoadResult(await loadSeed({ kind: 'url', url: 'seed.json' }));
  useTimelineStore.setState(state);
}

const print = () => act(() => void window.dispatchEvent(new Event('beforeprint')));
const printed = () => screen.getByRole('region', { name: 'Printable list of events' });

beforeEach(() => resetTimelineStore());
afterEach(() => void window.dispatchEvent(new Event('afterprint')));

describe('PrintView', () => {
  it('renders nothing until the page is printed, and goes after printing', async () => {
    await loadStore();
    render(<PrintView />);
    expect(screen.queryByRole('region', { name: 'Printable list of events' })).toBeNull();
    print();
    expect(within(printed()).getAllByRole('article')).toHaveLength(SEED_COUNT);
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(screen.queryByRole('region', { name: 'Printable list of events' })).toBeNull();
  });

  it('prints every shown event in time order, with date, summary, quotes and sources', async () => {
    await loadStore({ query: 'sanctions' });
    render(<PrintView />);
    print();
    const list = within(printed()).getByRole('region', { name: 'The events, in time order' });
    const titles = within(list)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    const shown = selectShownEvents(useTimelineStore.getState()).map((e) => e.title);
    expect(shown.length).toBeGreaterThan(3);
    expect(shown.length).toBeLessThan(SEED_COUNT);
    expect(titles).toEqual(shown);
    const article = within(list)
      .getAllByRole('article')
      .find((a) =>
        within(a).queryByRole('heading', { name: 'Trump was open to lifting Russian sanctions' }),
      )!;
    expect(article).toHaveTextContent('January 2017 (approximate)');
    expect(article).toHaveTextContent(/told The Wall Street Journal that he was open to lifting/);
    expect(article).toHaveTextContent(/“If you get along and if Russia is really helping us/);
    expect(article).toHaveTextContent('— Donald Trump');
    expect(article).toHaveTextContent('Source: The Wall Street Journal.');
  });

  it('prints the open event first and the filters in words', async () => {
    await loadStore({ selectedId: 'praised-putin', activeTopics: ['nato'], query: '' });
    render(<PrintView />);
    print();
    const region = printed();
    expect(region).toHaveTextContent(`1 of ${SEED_COUNT} events, in the topic NATO.`);
    const headings = within(region)
      .getAllByRole('heading')
      .map((h) => h.textContent);
    // The open event is hidden by the filter, and still comes first, before the list.
    expect(headings).toEqual([
      'Open event',
      'Trump has repeatedly praised Putin',
      'The event',
      'Trump criticized and alienated NATO allies',
    ]);
  });

  it('prints the filters alone when nothing passes them', async () => {
    await loadStore({ query: 'no such words anywhere' });
    render(<PrintView />);
    print();
    expect(printed()).toHaveTextContent(
      `0 of ${SEED_COUNT} events, matching the search “no such words anywhere”.`,
    );
    expect(within(printed()).queryAllByRole('article')).toHaveLength(0);
  });

  it('lists the eras with their dates, and names each event’s group', async () => {
    const demo = readFileSync(resolve(__dirname, '../../public/data/groups-demo.json'), 'utf8');
    const load = textLoader(demo);
    useTimelineStore.getState().setLoadResult(await load({ kind: 'url', url: 'groups-demo.json' }));
    render(<PrintView />);
    print();
    const eras = within(printed()).getByRole('region', { name: 'Eras' });
    expect(
      within(eras)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Kennedy administration: January 20, 1961 – November 22, 1963',
      'Johnson administration: November 22, 1963 – January 20, 1969',
      'Nixon administration: January 20, 1969 – August 9, 1974',
    ]);
    const list = within(printed()).getByRole('region', { name: 'The events, in time order' });
    const article = (title: string) =>
      within(list)
        .getAllByRole('article')
        .find((a) => within(a).queryByRole('heading', { name: title }));
    expect(article('Apollo 11: the first Moon landing')).toHaveTextContent(
      'Topics: Flights to the Moon, Moon landings. Group: Crewed missions. People: Neil Armstrong',
    );
    expect(article('Apollo 4: the first Saturn V flies')).toHaveTextContent(
      'Topics: Test flights. Group: Uncrewed tests.',
    );
    expect(article('Kennedy sets the goal of a Moon landing')).not.toHaveTextContent('Group:');
  });

  it('prints no eras for a timeline without them', async () => {
    await loadStore();
    render(<PrintView />);
    print();
    expect(within(printed()).queryByRole('region', { name: 'Eras' })).toBeNull();
    expect(printed()).not.toHaveTextContent('Group:');
  });

  it('prints a grouped view band by band, each band’s events under its label', async () => {
    const demo = readFileSync(resolve(__dirname, '../../public/data/groups-demo.json'), 'utf8');
    const load = textLoader(demo);
    useTimelineStore.getState().setLoadResult(await load({ kind: 'url', url: 'groups-demo.json' }));
    useTimelineStore.setState({ groupBy: 'groups' });
    render(<PrintView />);
    print();
    const list = within(printed()).getByRole('region', {
      name: 'The events, band by band, each in time order',
    });
    expect(
      within(list)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Crewed missions', 'Uncrewed tests', 'Other']);
    const uncrewed = within(list).getByRole('region', { name: 'Uncrewed tests' });
    expect(
      within(uncrewed)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual([
      'AS-201: the Apollo spacecraft’s first flight',
      'Apollo 4: the first Saturn V flies',
      'Apollo 5: the lunar module’s first flight',
      'Apollo 6: the last uncrewed Saturn V test',
    ]);
  });
});
