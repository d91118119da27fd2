import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSpriteCache } from './sprite-cache.ts';

/** An offscreen canvas that hands over numbered bitmaps, each of which records its closing. */
class FakeOffscreenCanvas {
  static made: { width: number; height: number }[] = [];
  static bitmaps: { id: number; close: () => void; closed: boolean }[] = [];
  constructor(
    public width: number,
    public height: number,
  ) {
    FakeOffscreenCanvas.made.push({ width, height });
  }
  getContext() {
    return { canvas: this, setTransform: vi.fn() };
  }
  transferToImageBitmap() {
    const bitmap = {
      id: FakeOffscreenCanvas.bitmaps.length,
      closed: false,
      close() {
        bitmap.closed = true;
      },
    };
    FakeOffscreenCanvas.bitmaps.push(bitmap);
    return bitmap;
  }
}

function fakeContext(ratio: number) {
  const drawn: { image: unknown; x: number; y: number; width: number; height: number }[] = [];
  const context = {
    getTransform: () => ({ a: ratio }),
    drawImage: (image: unknown, x: number, y: number, width: number, height: number) =>
      drawn.push({ image, x, y, width, height }),
  };
  return { context: context as unknown as CanvasRenderingContext2D, drawn };
}

describe('createSpriteCache', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeOffscreenCanvas.made = [];
    FakeOffscreenCanvas.bitmaps = [];
  });

  it('paints a sprite once and copies it at whole device pixels after', () => {
    vi.stubGlobal('OffscreenCanvas', FakeOffscreenCanvas);
    const { context, drawn } = fakeContext(2);
    const cache = createSpriteCache(10);
    const paint = vi.fn();
    const size = vi.fn(() => ({ width: 40, height: 26 }));
    cache.draw(context, '+12', size, 10.3, 5.1, paint);
    cache.draw(context, '+12', size, 100.74, 5, paint);
    expect(paint).toHaveBeenCalledTimes(1);
    expect(size).toHaveBeenCalledTimes(1);
    // 40 CSS pixels at a ratio of 2 are 80 device pixels, rounded up to a step of 32: 96.
    expect(FakeOffscreenCanvas.made).toEqual([{ width: 96, height: 52 }]);
    expect(drawn.map(({ x, y, width, height }) => [x, y, width, height])).toEqual([
      [10.5, 5, 48, 26],
      [100.5, 5, 48, 26],
    ]);
    expect(drawn[0]?.image).toBe(drawn[1]?.image);
  });

  it('lets the least recently drawn sprite go first, and frees its bitmap', () => {
    vi.stubGlobal('OffscreenCanvas', FakeOffscreenCanvas);
    const { context } = fakeContext(1);
    const cache = createSpriteCache(2);
    const painted: string[] = [];
    const draw = (key: string) =>
      cache.draw(
        context,
        key,
        () => ({ width: 30, height: 20 }),
        0,
        0,
        () => painted.push(key),
      );
    draw('a');
    draw('b');
    draw('a'); // a is now the more recent of the two
    draw('c'); // b goes
    draw('a');
    draw('b'); // c goes
    expect(painted).toEqual(['a', 'b', 'c', 'b']);
    // The bitmaps of a, b, c and b again: the first b's and c's are closed.
    expect(FakeOffscreenCanvas.bitmaps.map((bitmap) => bitmap.closed)).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it('paints in place where there is no offscreen canvas', () => {
    vi.stubGlobal('OffscreenCanvas', undefined);
    const calls: string[] = [];
    const context = {
      getTransform: () => ({ a: 1 }),
      save: () => calls.push('save'),
      translate: (x: number, y: number) => calls.push(`translate ${x} ${y}`),
      restore: () => calls.push('restore'),
      drawImage: () => calls.push('drawImage'),
    } as unknown as CanvasRenderingContext2D;
    const cache = createSpriteCache(4);
    cache.draw(
      context,
      'k',
      () => ({ width: 10, height: 10 }),
      3,
      4,
      () => calls.push('paint'),
    );
    expect(calls).toEqual(['save', 'translate 3 4', 'paint', 'restore']);
  });
});
