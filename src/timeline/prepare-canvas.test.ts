import { afterEach, describe, expect, it, vi } from 'vitest';
import { placeButtons } from './frame-buttons.ts';
import type { PlacedCluster } from './lib/layout.ts';
import { prepareCanvas } from './prepare-canvas.ts';

/** Enough of a 2D context for sizing a canvas and measuring a badge. */
function fakeContext(): CanvasRenderingContext2D {
  const context = {
    font: '',
    setTransform: vi.fn(),
    measureText: (text: string) => ({ width: text.length * 7 }),
  };
  return context as unknown as CanvasRenderingContext2D;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the timeline canvas', () => {
  it('opens desynchronized, sized for the pixel ratio', () => {
    const getContext = vi
      .spyOn(HTMLCanvasElement.prototype, 'getContext')
      .mockReturnValue(fakeContext());
    vi.stubGlobal('devicePixelRatio', 2);
    const canvas = document.createElement('canvas');
    expect(prepareCanvas(canvas, 300, 100)).not.toBeNull();
    expect(getContext).toHaveBeenCalledWith('2d', { desynchronized: true });
    expect([canvas.width, canvas.height]).toEqual([600, 200]);
    vi.unstubAllGlobals();
  });

  it('is opened with the same options when the buttons measure a badge first', () => {
    // A context's options are fixed by its first opening: placing the buttons may come first.
    const getContext = vi
      .spyOn(HTMLCanvasElement.prototype, 'getContext')
      .mockReturnValue(fakeContext());
    const track = document.createElement('div');
    track.append(document.createElement('canvas'));
    const button = document.createElement('button');
    button.dataset.itemKey = 'c1';
    track.append(button);
    const cluster: PlacedCluster = {
      type: 'cluster',
      key: 'c1',
      count: 12,
      lane: 0,
      top: 0,
      x: 10,
      start: 0,
      end: 1,
    };
    placeButtons(track, [cluster], 300);
    expect(getContext).toHaveBeenCalledWith('2d', { desynchronized: true });
  });
});
