import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { DetailsPanel } from '../../src/details/details-panel.tsx';
import { MarkerCard } from '../../src/timeline/marker-card.tsx';
import { selectDataset, resetTimelineStore, useTimelineStore } from '../../src/state/store.ts';
import { textLoader } from './fixtures.ts';

const demo = readFileSync(resolve(__dirname, '../../public/data/groups-demo.json'), 'utf8');

async function loadDemo() {
  const load = textLoader(demo);
  useTimelineStore.getState().setLoadResult(await load({ kind: 'url', url: 'groups-demo.json' }));
}

function demoEvent(id: string) {
  const event = selectDataset(useTimelineStore.getState())?.events.find((e) => e.id === id);
  if (!event) throw new Error(`the demo has no event ${id}`);
  return event;
}

beforeEach(() => resetTimelineStore());

/** The details' facts as [term, definition] pairs, as a screen reader reads the list. */
function facts(): [string | null, string | null][] {
  const details = screen.getByRole('complementary', { name: 'Event details' });
  const terms = within(details).getAllByRole('term');
  const definitions = within(details).getAllByRole('definition');
  return terms.map((term, i) => [term.textContent, definitions[i]?.textContent ?? null]);
}

describe('an event’s group', () => {
  it('is named in the details, before the topics', async () => {
    await loadDemo();
    render(<DetailsPanel />);
    act(() => useTimelineStore.getState().select('apollo-5'));
    expect(facts()).toEqual([
      ['Sources cited', 'NASA, The Apollo Program'],
      ['Group', 'Uncrewed tests'],
      ['Topics', 'Show only Test flights'],
    ]);
  });

  it('is left out of the details of an event outside any group', async () => {
    await loadDemo();
    render(<DetailsPanel />);
    act(() => useTimelineStore.getState().select('kennedy-sets-the-goal'));
    expect(facts().map(([term]) => term)).toEqual(['People', 'Sources cited', 'Topics']);
  });

  it('is a line of the hover card', async () => {
    await loadDemo();
    const topics = selectDataset(useTimelineStore.getState())?.topics ?? [];
    const card = (id: string) => (
      <>
        <button type="button" data-event-id={id} aria-describedby="card">
          {id}
        </button>
        <MarkerCard
          id="card"
          event={demoEvent(id)}
          topics={topics}
          onPointerEnter={() => undefined}
          onPointerLeave={() => undefined}
          onWheel={() => undefined}
        />
      </>
    );
    const { rerender } = render(card('apollo-11'));
    expect(screen.getByRole('tooltip')).toHaveTextContent('Group: Crewed missions');
    expect(screen.getByRole('button', { name: 'apollo-11' })).toHaveAccessibleDescription(
      /July 16, 1969 Group: Crewed missions/,
    );
    rerender(card('kennedy-sets-the-goal'));
    expect(screen.getByRole('tooltip')).not.toHaveTextContent('Group:');
  });
});
