import { describe, expect, it, vi } from 'vitest';
import { seedDataset } from '../../tests/unit/fixtures.ts';
import { BADGE_HEIGHT, drawMarkers, type DrawOptions } from './draw-markers.ts';
import type { LayoutItem } from './lib/layout.ts';
import { SvgSurface, type SvgFont } from './svg-surface.ts';

const measure = (text: string, font: SvgFont) => [...text].length * font.size * 0.5;
const [first] = seedDataset().events;
if (!first) throw new Error('the seed has events');
const event = { ...first, date: { ...first.date, kind: 'exact' as const } };

const items: LayoutItem[] = [
  {
    type: 'event',
    event,
    x0: 100,
    x1: 100,
    top: 6,
    lane: 0,
    labelX: 94,
    labelRoom: 200,
    label: { lines: ['A title <b>'], width: 60, whole: true },
    thumbnail: false,
  },
  { type: 'cluster', key: 'k', count: 12, lane: 1, top: 60, x: 300, start: 0, end: 1 },
];
const options: DrawOptions = {
  width: 600,
  height: 200,
  colorOf: () => '#0a7',
  selectedId: null,
  ink: '#111',
  muted: '#666',
  paper: '#fff',
  badges: 'painted',
};

describe('drawMarkers on an SvgSurface', () => {
  it('draws a day as a dot, its label as text, and a cluster badge painted in place', () => {
    const surface = new SvgSurface(measure);
    vi.stubGlobal('OffscreenCanvas', () => {
      throw new Error('an SVG has no bitmaps: nothing is painted off screen');
    });
    try {
      drawMarkers(surface, items, options);
    } finally {
      vi.unstubAllGlobals();
    }
    const doc = new DOMParser().parseFromString(
      `<svg xmlns="http://www.w3.org/2000/svg">${surface.markup()}</svg>`,
      'image/svg+xml',
    );
    expect(doc.querySelector('parsererror')).toBeNull();
    const dot = doc.querySelector('circle');
    expect(dot?.getAttribute('fill')).toBe('#0a7');
    expect(Number(dot?.getAttribute('cx'))).toBe(100);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(['A title <b>', '+12']);
    // A pill, filled then outlined: its radius half its height, as a canvas cuts a radius too
    // large for its box; at the cluster's place, where the badge painted at the origin moved.
    const pill = [...doc.querySelectorAll(`rect[rx="${(BADGE_HEIGHT - 1) / 2}"]`)].map((rect) => [
      rect.getAttribute('x'),
      rect.getAttribute('y'),
      rect.getAttribute('fill'),
      rect.getAttribute('stroke'),
    ]);
    expect(pill).toEqual([
      ['300.5', '60.5', '#fff', null],
      ['300.5', '60.5', 'none', '#666'],
    ]);
  });
});
