// @vitest-environment jsdom
import { act, within } from '@testing-library/react';
import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { parseJsonText } from '../data/parse-json.ts';
import { resetTimelineStore, useTimelineStore } from '../state/store.ts';
import { App } from './app.tsx';
import { readServedPicture, ServedPictureContext } from '../timeline/index.ts';
import { renderApp } from './server-entry.tsx';
import { inlineCode } from '../../build/csp.ts';
import groupsDemo from '../../public/data/groups-demo.json' with { type: 'json' };

const store = {
  version: 1,
  title: 'A store with a bad date',
  topics: [{ id: 't', label: 'Topic', color: '#1d4ed8' }],
  events: [
    {
      id: 'good',
      title: 'A good event',
      date: { precision: 'day', start: '2019-01-02' },
      topics: ['t'],
    },
    {
      id: 'bad',
      title: 'A bad event',
      date: { precision: 'day', start: '2019-13-45' },
      topics: ['t'],
    },
  ],
};

describe('renderApp', () => {
  afterEach(() => {
    document.body.replaceChildren();
    resetTimelineStore();
  });

  it('renders a store’s problems as the client does, so that hydrating keeps the markup', async () => {
    const loaded = parseJsonText(JSON.stringify(store), 'store.json');
    if (loaded.kind !== 'ok') throw new Error(JSON.stringify(loaded.reason));
    expect(loaded.skipped).toBe(1);

    const container = document.createElement('div');
    container.innerHTML = await renderApp(loaded, null);
    document.body.append(container);
    expect(container.textContent).toContain('1 event');
    expect(container.textContent).toContain('A good event');

    resetTimelineStore();
    useTimelineStore.getState().setLoadResult(loaded);
    const errors: unknown[] = [];
    const root = await act(async () =>
      hydrateRoot(
        container,
        <StrictMode>
          <App />
        </StrictMode>,
        { onRecoverableError: (error) => errors.push(error) },
      ),
    );
    expect(errors).toEqual([]);
    act(() => root.unmount());
  });

  it('serves a store with groups and eras without inline style, which the pages’ policy refuses', async () => {
    const loaded = parseJsonText(JSON.stringify(groupsDemo), 'groups-demo.json');
    if (loaded.kind !== 'ok') throw new Error(JSON.stringify(loaded.reason));
    expect(loaded.dataset.eras.length).toBeGreaterThan(0);
    const view = await renderApp(loaded, null);
    expect(inlineCode(view)).toEqual([]);
    const container = document.createElement('div');
    container.innerHTML = view;
    const eras = within(container).getByRole('list', { name: 'Eras' });
    expect(within(eras).getAllByRole('listitem')).toHaveLength(loaded.dataset.eras.length);

    // Hydrated, the swatches take their colours, set through the DOM as the policy allows.
    document.body.append(container);
    resetTimelineStore();
    useTimelineStore.getState().setLoadResult(loaded);
    const root = await act(async () => hydrateRoot(container, <App />));
    const coloured = container.innerHTML.match(/class="eras-list__swatch"[^>]*style="background:/g);
    expect(coloured).toHaveLength(loaded.dataset.eras.length);
    act(() => root.unmount());
  });

  it('opens the newest event of a dataset that starts there, as the client does', async () => {
    const loaded = parseJsonText(JSON.stringify({ ...store, start: 'latest' }), 'store.json');
    if (loaded.kind !== 'ok') throw new Error(JSON.stringify(loaded.reason));
    const container = document.createElement('div');
    container.innerHTML = await renderApp(loaded, null);
    document.body.append(container);
    expect(
      within(container).getByRole('complementary', { name: 'Event details' }),
    ).toHaveTextContent('A good event');
    expect(useTimelineStore.getState().selectedId).toBe('good');
  });

  it("serves the timeline's picture hidden from assistive technology, and hydrates it until the canvas draws", async () => {
    const loaded = parseJsonText(JSON.stringify(store), 'store.json');
    if (loaded.kind !== 'ok') throw new Error(JSON.stringify(loaded.reason));
    const picture =
      '<svg class="timeline-picture" width="10" height="10"><circle r="2"></circle></svg>';
    const view = await renderApp(loaded, null, picture);
    // Hidden from assistive technology (no role reaches it): read in the markup.
    expect(view).toContain(`<div class="timeline__picture" aria-hidden="true">${picture}</div>`);
    const container = document.createElement('div');
    container.innerHTML = view;
    document.body.append(container);
    expect(within(container).queryByRole('img')).toBeNull();

    resetTimelineStore();
    useTimelineStore.getState().setLoadResult(loaded);
    const errors: unknown[] = [];
    const root = await act(async () =>
      hydrateRoot(
        container,
        <StrictMode>
          <ServedPictureContext value={readServedPicture(container)}>
            <App />
          </ServedPictureContext>
        </StrictMode>,
        { onRecoverableError: (error) => errors.push(error) },
      ),
    );
    expect(errors).toEqual([]);
    // The first frame is drawn a task after hydrating: then the canvas has taken over.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(container.innerHTML).not.toContain('timeline__picture');
    act(() => root.unmount());
  });

  it('serves no picture where none is given', async () => {
    const loaded = parseJsonText(JSON.stringify(store), 'store.json');
    if (loaded.kind !== 'ok') throw new Error(JSON.stringify(loaded.reason));
    expect(await renderApp(loaded, null)).not.toContain('timeline__picture');
  });
});
