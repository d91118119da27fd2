import { describe, expect, it } from 'vitest';
import { CLEARANCE, scrollForStoryStep, scrollToClearSheet } from './sheet-clearance.ts';

describe('scrollToClearSheet', () => {
  it.each([
    ['a marker between the top and the sheet stays', { top: 100, bottom: 126 }, 400, 0],
    ['a marker just clear of the sheet stays', { top: 362, bottom: 388 }, 400, 0],
    ['a marker under the sheet comes up above it', { top: 500, bottom: 526 }, 400, 138],
    ['a marker partly under the sheet comes up', { top: 390, bottom: 416 }, 400, 28],
    ['a marker above the screen comes down', { top: -50, bottom: -24 }, 400, -62],
    ['a marker at the very top comes down a little', { top: 0, bottom: 26 }, 400, -CLEARANCE],
    ['with no room above the sheet, the top wins', { top: 100, bottom: 126 }, 20, 100 - CLEARANCE],
  ])('%s', (_, marker, sheetTop, offset) => {
    expect(scrollToClearSheet(marker, sheetTop)).toBe(offset);
  });
});

describe('scrollForStoryStep', () => {
  it.each([
    ['brings the axis to the top, a marker near it staying above the sheet', 300, 340, 400, 300],
    ['scrolls back up to the axis when the page went past it', -200, 40, 400, -200],
    ['scrolls on past the axis for a marker that would sit under the sheet', 300, 800, 400, 438],
  ])('%s', (_, showFrom, markerTop, sheetTop, offset) => {
    expect(scrollForStoryStep(showFrom, { top: markerTop, bottom: markerTop + 26 }, sheetTop)).toBe(
      offset,
    );
  });
});

describe('scrollToClearSheet, keeping something in sight', () => {
  const under = { top: 500, bottom: 526 };
  it('scrolls down no further than keeps its top on screen', () => {
    expect(scrollToClearSheet(under, 400, 60)).toBe(60 - CLEARANCE);
    expect(scrollToClearSheet(under, 400, 5)).toBe(0);
  });
  it('limits nothing when the marker needs less, or the page scrolls up', () => {
    expect(scrollToClearSheet(under, 400, 300)).toBe(138);
    expect(scrollToClearSheet({ top: -50, bottom: -24 }, 400, 60)).toBe(-62);
  });
  it('limits nothing once it is above the screen', () => {
    expect(scrollToClearSheet(under, 400, -40)).toBe(138);
  });
});
