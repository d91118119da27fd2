import { afterEach, describe, expect, it, vi } from 'vitest';
import { manualFrames } from '../../tests/unit/manual-frames.ts';
import type { TimelineEvent } from '../data/schema.ts';
import type { TimeWindow } from '../data/time-window.ts';
import { ZOOM_STEP } from './lib/constants.ts';
import { STORY_SPAN } from './lib/story-window.ts';
import { createViewController } from './view-controller.ts';

const DAY = 86_400_000;
/** A window in days, in the controller's milliseconds. */
const days = (start: number, end: number): TimeWindow => [start * DAY, end * DAY];

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

/**
 * A controller over a store of one window, on a range of 4,000 days shown 1,000 pixels wide
 * (one pixel a day while the window spans 1,000 days), attached to a viewport in the page with
 * one marker button in it. jsdom lays nothing out: the viewport's left edge is at 0.
 */
function setUp(start: TimeWindow = days(1000, 2000)) {
  const frame = manualFrames();
  vi.spyOn(performance, 'now').mockReturnValue(10_000);
  const store = { view: start, writes: [] as TimeWindow[] };
  const controller = createViewController({
    get: () => store.view,
    set: (next) => {
      store.view = next;
      store.writes.push(next);
    },
  });
  controller.setGeometry(days(0, 4000), 1000);
  const node = document.createElement('div');
  const marker = document.createElement('button');
  node.append(marker);
  document.body.append(node);
  // jsdom has no pointer capture: the controller asks for it once a pointer drags.
  const captured = new Set<number>();
  node.setPointerCapture = (id) => void captured.add(id);
  node.hasPointerCapture = (id) => captured.has(id);
  const opened = vi.fn();
  marker.addEventListener('click', opened);
  const detach = controller.attach(node);
  /** Runs the frames a glide of 450 ms takes, and the one that hands its last step over. */
  const settle = () => {
    for (let time = 10_000; time <= 10_600; time += 50) frame(time);
  };
  return { controller, store, node, marker, opened, frame, settle, detach };
}

type PointerKind = 'mouse' | 'touch';

function pointer(
  target: Element,
  type: 'pointerdown' | 'pointermove' | 'pointerup' | 'pointercancel',
  { id = 1, x, y = 50, kind = 'mouse' }: { id?: number; x: number; y?: number; kind?: PointerKind },
) {
  target.dispatchEvent(
    new PointerEvent(type, {
      bubbles: true,
      cancelable: true,
      pointerId: id,
      pointerType: kind,
      clientX: x,
      clientY: y,
      button: 0,
      buttons: type === 'pointerup' ? 0 : 1,
    }),
  );
}

function doubleClick(target: Element, x: number, shiftKey = false) {
  target.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, clientX: x, shiftKey }));
}

/** Safari's GestureEvent, which no other engine has: an event with its scale and position. */
function gesture(target: Element, type: string, scale: number, x: number): Event {
  const event = Object.assign(new Event(type, { bubbles: true, cancelable: true }), {
    scale,
    clientX: x,
    clientY: 50,
  });
  target.dispatchEvent(event);
  return event;
}

const span = ([start, end]: TimeWindow) => end - start;

describe('the view controller', () => {
  it('glides from a narrow window to the whole range through finite windows only', () => {
    const frame = manualFrames();
    const shown: TimeWindow[] = [];
    let view: TimeWindow = [400, 420];
    const controller = createViewController({
      get: () => view,
      set: (next) => {
        view = next;
        shown.push(next);
      },
    });
    controller.setGeometry([0, 1000], 800);
    vi.spyOn(performance, 'now').mockReturnValue(10_000);
    controller.fitTo([0, 1000], true);
    // The first frame began before the glide was asked for, as a browser's frame time can.
    for (const time of [5_000, 9_990, 10_100, 10_300, 10_460, 10_500]) frame(time);
    expect(shown.length).toBeGreaterThan(2);
    for (const [start, end] of shown) {
      expect(Number.isFinite(start) && Number.isFinite(end), `${start}–${end}`).toBe(true);
      expect(end).toBeGreaterThan(start);
    }
    expect(view).toEqual([0, 1000]);
  });

  it('keeps a window across a new range, and follows the range with a window on all of it', () => {
    let view: TimeWindow = [0, 1000];
    const controller = createViewController({ get: () => view, set: (next) => (view = next) });
    controller.setGeometry([0, 1000], 800);
    // More events after the last: the whole range grows, and the window on it with it.
    controller.setGeometry([0, 1200], 800);
    expect(view).toEqual([0, 1200]);
    // A zoomed window stays where the reader put it, resized or not.
    view = [300, 400];
    controller.setGeometry([-100, 1200], 800);
    controller.setGeometry([-100, 1200], 640);
    expect(view).toEqual([300, 400]);
    // A range that no longer holds the window shows all.
    controller.setGeometry([500, 1200], 640);
    expect(view).toEqual([500, 1200]);
  });

  it('writes the store at most once per animation frame, with the latest window', () => {
    const { controller, store, frame } = setUp();
    controller.centerOn(1600 * DAY);
    controller.centerOn(1700 * DAY);
    controller.zoomStep(1);
    expect(store.writes).toEqual([]);
    frame();
    expect(store.writes).toHaveLength(1);
    // Around the middle, 1700 days, by one step of Zoom in.
    const zoomed = 1000 / ZOOM_STEP;
    expect(store.view[0] / DAY).toBeCloseTo(1700 - zoomed / 2);
    expect(store.view[1] / DAY).toBeCloseTo(1700 + zoomed / 2);
  });

  it('zooms out by the step it zooms in by, and pans by a share of the window', () => {
    const { controller, store, frame } = setUp();
    controller.zoomStep(-1);
    frame();
    expect(span(store.view) / DAY).toBeCloseTo(1000 * ZOOM_STEP);
    expect((store.view[0] + store.view[1]) / 2 / DAY).toBeCloseTo(1500);
    controller.panByShare(-0.25);
    frame();
    expect((store.view[0] + store.view[1]) / 2 / DAY).toBeCloseTo(1500 - 250 * ZOOM_STEP);
  });
});

describe('the view controller brings events into view', () => {
  const event = (start: number, end = start): TimelineEvent =>
    ({ id: `e${start}`, date: { start: start * DAY, end: end * DAY } }) as TimelineEvent;

  it('leaves a view that shows the event, and centres one out of view keeping the zoom', () => {
    const { controller, store, frame } = setUp();
    controller.reveal(event(1200, 1210));
    expect(frame.pending()).toBe(0);
    controller.reveal(event(2500, 2510));
    frame();
    expect(store.view).toEqual(days(2005, 3005));
  });

  it('shows the start of an event longer than the window near its left edge', () => {
    const { controller, store, frame } = setUp();
    controller.reveal(event(2500, 4000));
    frame();
    // The start sits a tenth of the way in, the event running on past the right edge.
    expect(store.view).toEqual(days(2400, 3400));
  });

  it("zooms to a story's step, at once when asked to, gliding otherwise", () => {
    const { controller, store, frame, settle } = setUp();
    controller.followStory(event(3000), false);
    frame();
    expect(span(store.view)).toBe(STORY_SPAN);
    expect((store.view[0] + store.view[1]) / 2).toBe(3000 * DAY);
    controller.followStory(event(1000), true);
    frame(10_000);
    frame(10_200);
    expect((store.view[0] + store.view[1]) / 2 / DAY).toBeGreaterThan(1000);
    settle();
    expect((store.view[0] + store.view[1]) / 2).toBe(1000 * DAY);
  });
});

describe('gestures on the viewport', () => {
  it('a double click zooms in twice around the pointer, gliding there', () => {
    const { node, store, settle } = setUp();
    // At 250 px: day 1250, which stays under the pointer.
    doubleClick(node, 250);
    settle();
    expect(store.writes.length).toBeGreaterThan(2);
    expect(store.view).toEqual(days(1125, 1625));
  });

  it('Shift + double click zooms out around the pointer', () => {
    const { node, store, settle } = setUp();
    doubleClick(node, 750, true);
    settle();
    // Day 1750 stays at three quarters of the way across a window twice as wide.
    expect(store.view).toEqual(days(250, 2250));
  });

  it('a double click on a marker opens it, and leaves the view where it is', () => {
    const { marker, store, frame, opened } = setUp();
    marker.click();
    doubleClick(marker, 250);
    expect(frame.pending()).toBe(0);
    expect(store.view).toEqual(days(1000, 2000));
    expect(opened).toHaveBeenCalledTimes(1);
  });

  it('a mouse drag pans, and when it ends over a marker does not open it', () => {
    const { node, marker, store, frame, opened } = setUp();
    pointer(node, 'pointerdown', { x: 600 });
    pointer(node, 'pointermove', { x: 550 });
    pointer(node, 'pointermove', { x: 400 });
    pointer(node, 'pointerup', { x: 400 });
    marker.click();
    frame();
    // The content followed the pointer 200 px to the left: 200 days later.
    expect(store.view).toEqual(days(1200, 2200));
    expect(opened).not.toHaveBeenCalled();
  });

  it('a press that moves less than the slop is a click, and opens the marker', () => {
    const { node, marker, frame, opened } = setUp();
    pointer(marker, 'pointerdown', { x: 600 });
    pointer(marker, 'pointermove', { x: 602 });
    pointer(marker, 'pointerup', { x: 602 });
    marker.click();
    expect(frame.pending()).toBe(0);
    expect(opened).toHaveBeenCalledTimes(1);
    // Nor does a drag before it stop a later click: the one after a drag only.
    pointer(node, 'pointerdown', { x: 600 });
    pointer(node, 'pointermove', { x: 500 });
    pointer(node, 'pointerup', { x: 500 });
    marker.click();
    expect(opened).toHaveBeenCalledTimes(1);
    pointer(marker, 'pointerdown', { x: 500 });
    pointer(marker, 'pointerup', { x: 500 });
    marker.click();
    expect(opened).toHaveBeenCalledTimes(2);
  });

  it('a finger swiping upwards leaves the view to the page, and a sideways one pans', () => {
    const { node, store, frame } = setUp();
    pointer(node, 'pointerdown', { x: 500, y: 300, kind: 'touch' });
    pointer(node, 'pointermove', { x: 505, y: 200, kind: 'touch' });
    pointer(node, 'pointermove', { x: 520, y: 100, kind: 'touch' });
    pointer(node, 'pointercancel', { x: 520, y: 100, kind: 'touch' });
    expect(frame.pending()).toBe(0);
    pointer(node, 'pointerdown', { id: 2, x: 500, kind: 'touch' });
    pointer(node, 'pointermove', { id: 2, x: 540, kind: 'touch' });
    pointer(node, 'pointermove', { id: 2, x: 600, kind: 'touch' });
    frame();
    // Past the slop the finger is taken to pan, from where it was put down: 100 px, 100 days.
    expect(store.view).toEqual(days(900, 1900));
  });

  it('a pinch zooms around the fingers, and the finger left on the screen pans on', () => {
    const { node, store, frame } = setUp();
    pointer(node, 'pointerdown', { id: 1, x: 400, kind: 'touch' });
    pointer(node, 'pointerdown', { id: 2, x: 600, kind: 'touch' });
    // The second finger moves 200 px right: the midpoint moves 100 px, the fingers spread twice.
    pointer(node, 'pointermove', { id: 2, x: 800, kind: 'touch' });
    frame();
    // Panned 100 days earlier, then halved around the new midpoint (600 px, day 1500).
    expect(store.view).toEqual(days(1200, 1700));
    pointer(node, 'pointerup', { id: 2, x: 800, kind: 'touch' });
    pointer(node, 'pointermove', { id: 1, x: 300, kind: 'touch' });
    frame();
    // 100 px at two pixels a day: 50 days later, the zoom kept.
    expect(store.view).toEqual(days(1250, 1750));
  });

  it('after a resize, zooms around the pointer at the new width', () => {
    const { controller, node, store, settle } = setUp();
    controller.setGeometry(days(0, 4000), 500);
    expect(store.view).toEqual(days(1000, 2000));
    // 250 px is now the middle of the window: day 1500.
    doubleClick(node, 250);
    settle();
    expect(store.view).toEqual(days(1250, 1750));
  });

  it('a drag during a glide stops the glide where it was, and pans from there', () => {
    const { node, store, frame, settle } = setUp();
    doubleClick(node, 500);
    frame(10_000);
    frame(10_150);
    // The second frame at one time writes the window the glide has reached by then.
    frame(10_200);
    frame(10_200);
    const during = store.view;
    expect(span(during)).toBeLessThan(1000 * DAY);
    expect(span(during)).toBeGreaterThan(500 * DAY);
    pointer(node, 'pointerdown', { x: 500 });
    pointer(node, 'pointermove', { x: 450 });
    pointer(node, 'pointerup', { x: 450 });
    settle();
    // The span the glide had reached, not the one it was heading for.
    expect(span(store.view)).toBeCloseTo(span(during), -3);
    expect(store.view[0]).toBeGreaterThan(during[0]);
  });

  it('a zooming wheel during a glide stops it too, and zooms around the pointer', () => {
    const { node, store, frame, settle } = setUp();
    doubleClick(node, 500, true);
    frame(10_000);
    node.dispatchEvent(
      new WheelEvent('wheel', { bubbles: true, cancelable: true, ctrlKey: true, deltaY: -50 }),
    );
    settle();
    // Heading for twice as wide, it zoomed in from the window it had instead.
    expect(span(store.view)).toBeLessThan(1000 * DAY);
    expect(store.view[0]).toBe(1000 * DAY);
  });

  it("zooms around the pointer by the ratio of Safari's pinch scales, and keeps the page still", () => {
    const { node, store, frame, detach } = setUp();
    const events = [
      gesture(node, 'gesturestart', 1, 250),
      // Twice as large as at the start: zoom in twice around day 1250.
      gesture(node, 'gesturechange', 2, 250),
    ];
    frame();
    expect(store.view).toEqual(days(1125, 1625));
    // Four times as large as at the start: twice again, from the last step.
    events.push(gesture(node, 'gesturechange', 4, 250));
    frame();
    expect(store.view[0] / DAY).toBeCloseTo(1187.5);
    expect(store.view[1] / DAY).toBeCloseTo(1437.5);
    // Back to the start's size: out by four, to the window it started from.
    events.push(gesture(node, 'gesturechange', 1, 250), gesture(node, 'gestureend', 1, 250));
    frame();
    expect(store.view[0] / DAY).toBeCloseTo(1000);
    expect(store.view[1] / DAY).toBeCloseTo(2000);
    expect(events.map((event) => event.defaultPrevented)).toEqual([true, true, true, true, true]);
    // Detached, the gestures are the page's again.
    detach();
    expect(gesture(node, 'gesturechange', 2, 250).defaultPrevented).toBe(false);
  });

  it("takes the Ctrl + wheels Safari may send during its pinch as the pinch's, not a second zoom", () => {
    const { node, store, frame } = setUp();
    const pinchWheel = () =>
      new WheelEvent('wheel', { bubbles: true, cancelable: true, ctrlKey: true, deltaY: -20 });
    gesture(node, 'gesturestart', 1, 500);
    const during = pinchWheel();
    node.dispatchEvent(during);
    gesture(node, 'gesturechange', 2, 500);
    frame();
    expect(store.view).toEqual(days(1250, 1750));
    expect(during.defaultPrevented).toBe(true);
    // Once the pinch has ended, Ctrl + wheel zooms again.
    gesture(node, 'gestureend', 2, 500);
    node.dispatchEvent(pinchWheel());
    frame();
    expect(span(store.view)).toBeLessThan(500 * DAY);
  });

  it('a new Safari pinch starts from its own scale, not the last one', () => {
    const { node, store, frame } = setUp();
    gesture(node, 'gesturestart', 1, 500);
    gesture(node, 'gesturechange', 2, 500);
    gesture(node, 'gestureend', 2, 500);
    frame();
    expect(store.view).toEqual(days(1250, 1750));
    gesture(node, 'gesturestart', 1, 500);
    gesture(node, 'gesturechange', 1.25, 500);
    frame();
    expect(span(store.view) / DAY).toBeCloseTo(400);
  });
});
