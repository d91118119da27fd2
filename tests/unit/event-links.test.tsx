import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DetailsPanel } from '../../src/details/details-panel.tsx';
import { PrintView } from '../../src/app/print-view.tsx';
import { setLocale } from '../../src/i18n/locale.ts';
import { resetTimelineStore, useTimelineStore } from '../../src/state/store.ts';
import { textLoader } from './fixtures.ts';

const store = readFileSync(resolve(__dirname, '../fixtures/links/links.json'), 'utf8');

async function open(id: string, state: Partial<ReturnType<typeof useTimelineStore.getState>> = {}) {
  const load = textLoader(store);
  const result = await load({ kind: 'url', url: 'data/links.json' });
  useTimelineStore.getState().setLoadResult(result, { kind: 'link', url: 'data/links.json' });
  useTimelineStore.setState({ selectedId: id, ...state });
}

const details = () => screen.getByRole('complementary', { name: 'Event details' });
/** The titles of the links under a heading, and where each goes. */
const listed = (heading: string) =>
  within(within(details()).getByRole('list', { name: heading }))
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')]);

beforeEach(() => resetTimelineStore());
afterEach(() => setLocale('en'));

describe('an event’s links in its details', () => {
  it('are listed under Led to, In response to and See also, each a link to its event', async () => {
    await open('summit', { activeTopics: ['talks'], groupBy: 'groups' });
    render(<DetailsPanel />);
    const headings = within(details())
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(headings).toEqual(['Led to', 'In response to', 'See also']);
    // Each keeps the store, the filters and the bands: the view the click opens.
    expect(listed('Led to')).toEqual([
      [
        'New sanctions are announced',
        '?data=data%2Flinks.json&event=sanctions&topics=talks&group=groups',
      ],
    ]);
    expect(listed('In response to')).toEqual([
      [
        'An incident at the border',
        '?data=data%2Flinks.json&event=incident&topics=talks&group=groups',
      ],
    ]);
    // Its own link to the treaty, then the reply's link to it.
    expect(listed('See also').map(([title]) => title)).toEqual([
      'The old treaty is signed',
      'A reply to the summit',
    ]);
  });

  it('show a link’s note, and its event’s date', async () => {
    await open('summit');
    render(<DetailsPanel />);
    const item = within(within(details()).getByRole('list', { name: 'Led to' })).getByRole(
      'listitem',
    );
    expect(item).toHaveTextContent(
      'New sanctions are announced, June 5, 2019The summit’s failure, the minister said, “left us no choice”.',
    );
  });

  it('open the other event when followed, and list a link made to it under See also', async () => {
    await open('summit');
    const user = userEvent.setup();
    render(<DetailsPanel />);
    await user.click(within(details()).getByRole('link', { name: 'New sanctions are announced' }));
    expect(useTimelineStore.getState()).toMatchObject({
      selectedId: 'sanctions',
      selectedBy: 'open',
    });
    expect(within(details()).getByRole('heading', { level: 2 })).toHaveTextContent(
      'New sanctions are announced',
    );
    expect(listed('See also').map(([title]) => title)).toEqual(['The summit at the lake']);
    expect(within(details()).queryByRole('list', { name: 'Led to' })).toBeNull();
  });

  it('are left out for an event without any', async () => {
    await open('election');
    render(<DetailsPanel />);
    expect(within(details()).queryAllByRole('heading', { level: 3 })).toEqual([]);
  });

  it('are headed in Spanish for a Spanish reader', async () => {
    setLocale('es');
    await open('summit');
    render(<DetailsPanel />);
    const panel = screen.getByRole('complementary', { name: 'Detalles del acontecimiento' });
    expect(
      within(panel)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Condujo a', 'En respuesta a', 'Véase también']);
  });
});

describe('an event’s links in print', () => {
  it('are a line under each heading, with the other event’s date and the note', async () => {
    await open('summit');
    render(<PrintView />);
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    const region = screen.getByRole('region', { name: 'Open event' });
    expect(within(region).getByRole('article')).toHaveTextContent(
      'Led to: New sanctions are announced (June 5, 2019) — The summit’s failure, the minister said, “left us no choice”.' +
        'In response to: An incident at the border (January 21, 2019).' +
        'See also: The old treaty is signed (May 2, 2016); A reply to the summit (July 2, 2019).',
    );
    act(() => void window.dispatchEvent(new Event('afterprint')));
  });
});
