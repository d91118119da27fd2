import { beforeEach, describe, expect, it } from 'vitest';
import { seedDataset } from '../../tests/unit/fixtures.ts';
import { resetTimelineStore, selectShownEvents, useTimelineStore } from '../state/store.ts';

const dataset = seedDataset();
const get = () => useTimelineStore.getState();
const shownIds = () => selectShownEvents(get()).map((e) => e.id);

beforeEach(() => {
  resetTimelineStore();
  get().setLoadResult({ kind: 'ok', dataset, problems: [], skipped: 0 });
});

describe('the story', () => {
  it('plays the shown events from the first, in time order, under the filters', () => {
    get().toggleTopic('diplomacy');
    get().playStory();
    expect(get().story).toMatchObject({ step: 0, playing: true, speed: 1 });
    const order = [get().selectedId];
    while (get().storyStep(1)) order.push(get().selectedId);
    expect(order).toEqual(shownIds());
    expect(order).toHaveLength(11);
    expect(get().storyStep(1)).toBe(false);
    expect(get().story?.step).toBe(10);
  });

  it('steps back, and not before the first step', () => {
    get().playStory(2);
    expect(get().selectedId).toBe(shownIds()[2]);
    expect(get().storyStep(-1)).toBe(true);
    expect(get().storyStep(-1)).toBe(true);
    expect(get().storyStep(-1)).toBe(false);
    expect(get().selectedId).toBe(shownIds()[0]);
  });

  it('steps with the page’s step action while it is on, playing on', () => {
    get().playStory();
    expect(get().step(1)).toBe(true);
    expect(get().story).toMatchObject({ step: 1, playing: true, by: 'story' });
    expect(get().selectedId).toBe(shownIds()[1]);
  });

  it('pauses, resumes, keeps its speed, and leaves the event open on exit', () => {
    get().playStory();
    get().setStorySpeed(2);
    get().pauseStory();
    expect(get().story).toMatchObject({ playing: false, speed: 2 });
    get().resumeStory();
    expect(get().story).toMatchObject({ playing: true, speed: 2 });
    const open = get().selectedId;
    get().exitStory();
    expect(get().story).toBeNull();
    expect(get().selectedId).toBe(open);
    get().playStory();
    expect(get().story?.speed).toBe(2);
  });

  it('pauses where the reader opens another shown event, and ends for none', () => {
    get().playStory();
    const fifth = shownIds()[4] ?? '';
    get().select(fifth);
    expect(get().story).toMatchObject({ step: 4, playing: false, by: 'reader' });
    get().select(null);
    expect(get().story).toBeNull();
  });

  it('follows the filters: pauses on the open event among those shown, ends if it is hidden', () => {
    get().playStory();
    const elections = dataset.events.filter((e) => e.topics.includes('elections'));
    const second = elections[1];
    if (!second) throw new Error('the seed has elections events');
    get().select(second.id);
    get().resumeStory();
    get().toggleTopic('elections');
    expect(get().story).toMatchObject({ step: 1, playing: false });
    get().clearFilters();
    get().toggleTopic('nato');
    expect(get().story).toBeNull();
  });

  it('does not start with nothing shown', () => {
    get().setQuery('no event says this');
    get().playStory();
    expect(get().story).toBeNull();
  });
});
