import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TimeWindow } from '../data/time-window.ts';
import { createViewController } from './view-controller.ts';

/** Animation frames run by hand, each given the frame time the test chooses. */
function manualFrames() {
  const queue = new Map<number, FrameRequestCallback>();
  let id = 0;
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    queue.set(++id, callback);
    return id;
  });
  vi.stubGlobal('cancelAnimationFrame', (handle: number) => queue.delete(handle));
  return (time: number) => {
    const callbacks = [...queue.values()];
    queue.clear();
    for (const callback of callbacks) callback(time);
  };
}

afterEach(() => vi.unstubAllGlobals());

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
});
