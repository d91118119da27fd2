import { describe, expect, it } from 'vitest';
import {
  dragIntent,
  gestureZoomFactor,
  isApplePlatform,
  pinchStep,
  wheelIntent,
  wheelPanPixels,
  wheelZoomExponent,
  zoomModifierLabel,
  type WheelLike,
} from './gestures.ts';

const wheel = (over: Partial<WheelLike>): WheelLike => ({
  deltaX: 0,
  deltaY: 0,
  deltaMode: 0,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...over,
});

describe('wheelIntent', () => {
  it.each([
    ['a plain wheel down', wheel({ deltaY: 100 }), 'scroll'],
    ['a plain wheel up', wheel({ deltaY: -100 }), 'scroll'],
    ['a mostly vertical trackpad swipe', wheel({ deltaX: 3, deltaY: 40 }), 'scroll'],
    ['Ctrl + wheel', wheel({ deltaY: 100, ctrlKey: true }), 'zoom'],
    ['⌘ + wheel', wheel({ deltaY: -100, metaKey: true }), 'zoom'],
    ['a trackpad pinch (Ctrl, tiny deltas)', wheel({ deltaY: 1.5, ctrlKey: true }), 'zoom'],
    ['Ctrl + Shift + wheel', wheel({ deltaY: 100, ctrlKey: true, shiftKey: true }), 'zoom'],
    ['Shift + wheel, axes as sent', wheel({ deltaY: 100, shiftKey: true }), 'pan'],
    ['Shift + wheel, axes swapped', wheel({ deltaX: 100, shiftKey: true }), 'pan'],
    ['a sideways swipe', wheel({ deltaX: -30, deltaY: 4 }), 'pan'],
    ['a diagonal exactly at 45°', wheel({ deltaX: 10, deltaY: 10 }), 'scroll'],
  ])('%s: %s', (_, event, intent) => {
    expect(wheelIntent(event)).toBe(intent);
  });
});

describe('wheelPanPixels', () => {
  it.each([
    ['pixels, sideways', wheel({ deltaX: 30 }), -30],
    ['pixels, Shift in deltaY', wheel({ deltaY: -120, shiftKey: true }), 120],
    ['pixels, Shift swapped into deltaX', wheel({ deltaX: 120, deltaY: 0, shiftKey: true }), -120],
    ['lines', wheel({ deltaX: 3, deltaMode: 1 }), -48],
    ['pages', wheel({ deltaX: 1, deltaMode: 2 }), -800],
  ])('%s', (_, event, pixels) => {
    expect(wheelPanPixels(event, 800)).toBe(pixels);
  });
});

describe('wheelZoomExponent', () => {
  it('zooms in for a wheel away from the reader and out towards them', () => {
    expect(wheelZoomExponent(wheel({ deltaY: -2, ctrlKey: true }))).toBeGreaterThan(0);
    expect(wheelZoomExponent(wheel({ deltaY: 2, ctrlKey: true }))).toBeLessThan(0);
  });

  it('follows a pinch smoothly, in proportion', () => {
    expect(wheelZoomExponent(wheel({ deltaY: -5, ctrlKey: true }))).toBeCloseTo(0.1);
    expect(wheelZoomExponent(wheel({ deltaY: -10, ctrlKey: true }))).toBeCloseTo(0.2);
  });

  it.each([
    ['a mouse notch in pixels', wheel({ deltaY: -100 })],
    ['a big notch in pixels', wheel({ deltaY: -250 })],
    ['three lines', wheel({ deltaY: -3, deltaMode: 1 })],
    ['a page', wheel({ deltaY: -1, deltaMode: 2 })],
  ])('caps %s at one step (×√2)', (_, event) => {
    expect(wheelZoomExponent(event)).toBe(0.5);
    expect(wheelZoomExponent({ ...event, deltaY: -event.deltaY })).toBe(-0.5);
  });
});

describe('the zoom modifier', () => {
  it.each([
    [{ userAgentData: { platform: 'macOS' } }, true],
    [{ userAgentData: { platform: 'Windows' }, platform: 'MacIntel' }, false],
    [{ userAgentData: { platform: '' }, platform: 'MacIntel' }, true],
    [{ platform: 'MacIntel' }, true],
    [{ platform: 'iPhone' }, true],
    [{ platform: 'iPad' }, true],
    [{ platform: 'Win32' }, false],
    [{ platform: 'Linux x86_64' }, false],
    [{ platform: '', userAgent: 'Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X)' }, true],
    [{ platform: '', userAgent: 'Mozilla/5.0 (X11; Linux x86_64)' }, false],
    [{}, false],
  ])('%o is Apple: %s', (nav, apple) => {
    expect(isApplePlatform(nav)).toBe(apple);
    expect(zoomModifierLabel(nav)).toBe(apple ? '⌘' : 'Ctrl');
  });
});

describe('dragIntent', () => {
  it.each([
    [0, 0, 'undecided'],
    [3, 3, 'undecided'],
    [-5, 2, 'undecided'],
    [10, 2, 'pan'],
    [-10, -9, 'pan'],
    [2, 10, 'scroll'],
    [0, -12, 'scroll'],
    [8, 8, 'scroll'],
  ] as const)('moved (%d, %d): %s', (dx, dy, intent) => {
    expect(dragIntent(dx, dy)).toBe(intent);
  });
});

describe('pinchStep', () => {
  const p = (x: number, y: number) => ({ x, y });

  it('spreading the fingers apart zooms in around their midpoint', () => {
    expect(pinchStep([p(100, 50), p(200, 50)], [p(50, 50), p(250, 50)])).toEqual({
      dx: 0,
      k: 2,
      center: p(150, 50),
    });
  });

  it('moving both fingers together pans without zooming', () => {
    expect(pinchStep([p(100, 50), p(200, 80)], [p(130, 40), p(230, 70)])).toEqual({
      dx: 30,
      k: 1,
      center: p(180, 55),
    });
  });

  it('pinching in zooms out', () => {
    expect(pinchStep([p(0, 0), p(300, 400)], [p(0, 0), p(150, 200)]).k).toBeCloseTo(0.5);
  });

  it('fingers that meet do not make the scale explode', () => {
    const { k } = pinchStep([p(100, 50), p(100, 50)], [p(60, 50), p(140, 50)]);
    expect(k).toBeCloseTo(10);
    expect(Number.isFinite(pinchStep([p(100, 50), p(140, 50)], [p(100, 50), p(100, 50)]).k)).toBe(
      true,
    );
  });
});

describe('gestureZoomFactor', () => {
  it.each([
    [1, 1.5, 1.5],
    [1.5, 3, 2],
    [2, 1, 0.5],
    [1, 1, 1],
  ])('from scale %d to %d zooms by %d', (previous, scale, factor) => {
    expect(gestureZoomFactor(previous, scale)).toBeCloseTo(factor);
  });

  it('a scale of zero, below zero or not a number neither flips nor explodes the zoom', () => {
    for (const [previous, scale] of [
      [1, 0],
      [0, 1],
      [1, -2],
      [Number.NaN, 2],
      [1, Number.POSITIVE_INFINITY],
    ] as const) {
      const factor = gestureZoomFactor(previous, scale);
      expect(Number.isFinite(factor) && factor > 0, `${previous} → ${scale}`).toBe(true);
    }
  });
});
