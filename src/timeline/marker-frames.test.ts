import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { manualFrames } from '../../tests/unit/manual-frames.ts';
import type { TimeWindow } from '../data/time-window.ts';
import type { CanvasPalette } from '../ui/theme.ts';
import { makeEvent } from '../../tests/unit/fixtures.ts';
import { bandsOf } from './lib/bands.ts';
import { indexBands, type TrackLayout } from './lib/track-layout.ts';
import { itemKey } from './lib/roving.ts';
import { sharedTimeIndex } from './lib/time-index.ts';
import { createMarkerFrames } from './marker-frames.ts';
import type { MarkerFrameInputs } from './marker-frame.ts';

const events = ['2018-02-01', '2018-04-01', '2018-06-01', '2018-08-01'].map((day) =>
  makeEvent(day),
);
const palette: CanvasPalette = {
  ink: '#000',
  muted: '#666',
  paper: '#fff',
  line: '#ccc',
  forced: false,
  topic: (color) => color,
};
const inputs: MarkerFrameInputs = {
  index: sharedTimeIndex(events),
  bands: indexBands(bandsOf(events, 'none', { topics: [], groups: [] }, 'Ungrouped')),
  eras: [],
  width: 1000,
  extent: [Date.UTC(2017, 0, 1), Date.UTC(2020, 0, 1)],
  pinned: undefined,
  colorOf: () => 'blue',
  palette,
  selectedId: null,
  thumbnailAddress: () => null,
  changes: null,
  changeText: { new: 'New', updated: 'Updated' },
  linked: [],
};
const year2018: TimeWindow = [Date.UTC(2017, 11, 1), Date.UTC(2019, 0, 1)];
/** The same window, a week later: the same events in view, each a few pixels to the left. */
const weekLater: TimeWindow = [year2018[0] + 7 * 86_400_000, year2018[1] + 7 * 86_400_000];

/**
 * The frames over a track, its canvas and a range heading, with the track scrolled far up the
 * screen (its top 5,000 px above it) so that a moving frame's rows on screen leave most out.
 * jsdom draws nothing: each frame asks the canvas for its context once, which counts the frames.
 */
function setUp() {
  const track = document.createElement('div');
  const canvas = document.createElement('canvas');
  const range = document.createElement('span');
  track.append(canvas);
  document.body.append(track, range);
  const getContext = vi.fn(() => null);
  canvas.getContext = getContext as unknown as HTMLCanvasElement['getContext'];
  const measure = vi.spyOn(track, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, -5000));
  const sets: TrackLayout[] = [];
  const frames = createMarkerFrames(
    { track: { current: track }, canvas: { current: canvas }, range: { current: range } },
    (layout) => sets.push(layout),
  );
  /** Renders the buttons of the last set handed over, as React does, and tells the frames. */
  const renderButtons = () => {
    const items = sets.at(-1)?.items ?? [];
    for (const old of track.querySelectorAll('button')) old.remove();
    items.forEach((item, i) => {
      const button = document.createElement('button');
      button.dataset.itemKey = itemKey(item);
      button.tabIndex = i === 0 ? 0 : -1;
      track.append(button);
    });
    frames.buttonsRendered(inputs.width);
  };
  const draws = () => getContext.mock.calls.length;
  const button = () => track.querySelector<HTMLElement>('button');
  return { frames, track, range, sets, measure, draws, renderButtons, button };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('the marker frames', () => {
  it('at rest, draw the whole track at once, and hand a new set of items to React', () => {
    const { frames, track, range, sets, measure, draws } = setUp();
    frames.show(year2018, false, inputs);
    expect(draws()).toBe(1);
    expect(measure).not.toHaveBeenCalled();
    expect(sets).toHaveLength(1);
    expect(sets[0]?.items.map(itemKey)).toEqual(events.map((event) => event.id));
    expect(track.style.height).toBe(`${sets[0]?.height}px`);
    // From December 2017 to New Year 2019.
    expect(range.textContent).toBe('2017–2018');
  });

  it('skip a render whose inputs draw the frame at rest again, and draw new ones', () => {
    const { frames, draws, sets } = setUp();
    frames.show(year2018, false, inputs);
    frames.show(year2018, false, { ...inputs });
    expect(draws()).toBe(1);
    frames.show(year2018, false, { ...inputs, selectedId: events[1]?.id ?? null });
    expect(draws()).toBe(2);
    // The same items: React is not asked to render them again.
    expect(sets).toHaveLength(1);
  });

  it('while moving, measure the track once, hide the buttons and leave them; at rest, place them', () => {
    const { frames, track, measure, draws, renderButtons, button } = setUp();
    frames.show(year2018, false, inputs);
    renderButtons();
    const placed = button()?.style.transform;
    expect(placed).toMatch(/^translate\(/);

    frames.show(weekLater, true, inputs);
    frames.show(year2018, true, inputs);
    frames.show(weekLater, true, inputs);
    expect(draws()).toBe(4);
    expect(measure).toHaveBeenCalledTimes(1);
    expect(track.hasAttribute('data-moving')).toBe(true);
    expect(button()?.style.transform).toBe(placed);

    vi.advanceTimersByTime(1000);
    expect(track.hasAttribute('data-moving')).toBe(false);
    // The moving frames drew the rows on screen only: the rest draws the whole track.
    expect(draws()).toBe(5);
    expect(button()?.style.transform).not.toBe(placed);
    // A render with the same inputs, as the rest's own may bring, draws nothing more.
    frames.show(weekLater, false, inputs);
    expect(draws()).toBe(5);

    // The next motion measures the track again: the page may have scrolled since.
    frames.show(year2018, true, inputs);
    expect(measure).toHaveBeenCalledTimes(2);
  });

  it('a frame that covers the screen draws whole, and its rest draws nothing more', () => {
    const { frames, measure, draws } = setUp();
    measure.mockReturnValue(new DOMRect(0, 100));
    frames.show(year2018, false, inputs);
    frames.show(weekLater, true, inputs);
    vi.advanceTimersByTime(1000);
    expect(draws()).toBe(2);
  });

  it('while moving, redraw the rows a scroll brings on screen, once per animation frame', () => {
    const frame = manualFrames();
    const { frames, measure, draws } = setUp();
    frames.show(year2018, false, inputs);
    frames.show(weekLater, true, inputs);
    expect(draws()).toBe(2);
    frames.scrolled();
    frames.scrolled();
    frames.scrolled();
    expect(frame.pending()).toBe(1);
    frame();
    expect(draws()).toBe(3);
    // Where the track is on screen is measured again after a scroll.
    expect(measure).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(1000);
    expect(draws()).toBe(4);
    // At rest the whole track is drawn: a scroll draws nothing.
    frames.scrolled();
    expect(frame.pending()).toBe(0);
  });

  it('keep the tallest track of a motion until the view rests, then take the height of the frame at rest', () => {
    const { frames, track } = setUp();
    // Eight events on one day take a lane each; the autumn of 2019 holds none of them.
    const crowd = Array.from({ length: 8 }, () => makeEvent('2018-03-01'));
    const crowded: MarkerFrameInputs = {
      ...inputs,
      index: sharedTimeIndex(crowd),
      bands: indexBands(bandsOf(crowd, 'none', { topics: [], groups: [] }, 'Ungrouped')),
    };
    const autumn2019: TimeWindow = [Date.UTC(2019, 8, 1), Date.UTC(2019, 11, 1)];
    frames.show(autumn2019, false, crowded);
    const low = track.style.height;
    frames.show(year2018, true, crowded);
    const tall = track.style.height;
    expect(parseFloat(tall)).toBeGreaterThan(parseFloat(low));
    frames.show(autumn2019, true, crowded);
    expect(track.style.height).toBe(tall);
    vi.advanceTimersByTime(1000);
    expect(track.style.height).toBe(low);
  });

  it('hand the focus of a button that goes to the new set, without scrolling', () => {
    const { frames, track, sets, renderButtons, button } = setUp();
    frames.show(year2018, false, inputs);
    renderButtons();
    track.querySelectorAll('button')[2]?.focus();
    // Zoomed in on the spring: the focused summer event leaves the view.
    frames.show([Date.UTC(2018, 0, 1), Date.UTC(2018, 4, 1)], false, inputs);
    expect(sets).toHaveLength(2);
    renderButtons();
    expect(document.activeElement).toBe(button());
    expect(button()?.dataset.itemKey).toBe(events[0]?.id);
  });
});
