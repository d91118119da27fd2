import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../tests/unit/fixtures.ts';
import type { TimelineEvent } from '../data/schema.ts';
import { framePicture, type PictureInputs } from './frame-picture.ts';
import { LABEL_FONT } from './label-metrics.ts';
import { LANE_HEIGHT } from './lib/marker-geometry.ts';
import { sharedTimeIndex } from './lib/time-index.ts';
import { timeScale } from './lib/time-scale.ts';
import type { SvgFont } from './svg-surface.ts';

const measure = (text: string, font: SvgFont) => [...text].length * font.size * 0.5;
const HOSTILE = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>'] as const;

const events: TimelineEvent[] = [
  makeEvent('2016-03-01', { title: HOSTILE[0] }),
  makeEvent('2017-06-15', { title: HOSTILE[1], topics: ['trade'] }),
  makeEvent('2018-11-20', { title: 'A plain title' }),
];
const view = [Date.parse('2016-01-01'), Date.parse('2019-01-01')] as const;
const WIDTH = 900;

function inputs(overrides: Partial<PictureInputs> = {}): PictureInputs {
  const index = sharedTimeIndex(events);
  return {
    index,
    bands: [{ band: { key: 'all', label: null, color: undefined, order: 0, events }, index }],
    eras: [],
    width: WIDTH,
    pinned: undefined,
    thumbnailAddress: () => null,
    colorOf: (event) => (event.topics[0] === 'trade' ? '#aa0000' : '#0000aa'),
    palette: {
      ink: 'var(--ink)',
      muted: 'var(--muted)',
      paper: 'var(--paper)',
      line: 'var(--line)',
      forced: false,
      topic: (color) => `var(--topic-${color.slice(1)})`,
    },
    selectedId: null,
    changes: null,
    changeText: { new: 'New', updated: 'Updated' },
    linked: [],
    view,
    screenHeight: 800,
    measure,
    baselineShift: () => undefined,
    ...overrides,
  };
}

function parse(markup: string): Document {
  const doc = new DOMParser().parseFromString(
    markup.replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" '),
    'image/svg+xml',
  );
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

describe('framePicture', () => {
  it("draws one dot per event, centred on the time scale's x for its day", () => {
    const picture = framePicture(inputs(), () => 'picture');
    const doc = parse(picture.markup);
    const x = timeScale(view, WIDTH);
    const dots = [...doc.querySelectorAll('circle')].map((dot) => Number(dot.getAttribute('cx')));
    const expected = events.map((event) => (x(event.date.start) + x(event.date.end)) / 2);
    expect(dots).toHaveLength(events.length);
    dots.forEach((cx, i) => expect(cx).toBeCloseTo(expected[i] ?? NaN, 1));
  });

  it('writes hostile titles as text, never as markup', () => {
    const { markup } = framePicture(inputs(), () => 'picture');
    expect(markup).not.toContain('<script');
    expect(markup).not.toContain('<img');
    // A label may wrap: its lines, read in order, give the title back.
    const labels = [...parse(markup).querySelectorAll('g:not(.tick) > text')]
      .map((t) => t.textContent)
      .join(' ');
    for (const title of [...HOSTILE, 'A plain title']) expect(labels).toContain(title);
  });

  it('colours through the palette it is given, so that the page can theme it', () => {
    const doc = parse(framePicture(inputs(), () => 'picture').markup);
    const fills = [...doc.querySelectorAll('circle')].map((dot) => dot.getAttribute('fill'));
    expect(fills).toEqual(['var(--topic-0000aa)', 'var(--topic-aa0000)', 'var(--topic-0000aa)']);
    const labels = [...doc.querySelectorAll('g:not(.tick) > text')];
    expect(labels.length).toBeGreaterThan(0);
    // Said once, on the group that holds them, as every label's font.
    const fillOf = (label: Element) => label.closest('[fill]')?.getAttribute('fill');
    expect(labels.every((label) => fillOf(label) === 'var(--ink)')).toBe(true);
    expect(labels.every((label) => !label.hasAttribute('fill'))).toBe(true);
  });

  it("says the labels' font once, on the group that holds them", () => {
    const doc = parse(framePicture(inputs(), () => 'picture').markup);
    const labels = [...doc.querySelectorAll('g:not(.tick) > text')];
    expect(labels.length).toBeGreaterThan(0);
    const group = labels[0]?.parentElement;
    expect(group?.getAttribute('font-family')).toBe(LABEL_FONT.replace(/^[\d.]+px /, ''));
    expect(group?.getAttribute('font-size')).toBe(/^([\d.]+)px/.exec(LABEL_FONT)?.[1]);
    expect(labels.filter((label) => label.hasAttribute('font-family'))).toEqual([]);
  });

  it('puts the axis above the track, the track as tall as its lanes, named by its size', () => {
    const picture = framePicture(inputs(), (size) => `picture h${size.trackHeight}`);
    const svg = parse(picture.markup).documentElement;
    expect(svg.getAttribute('class')).toBe(`picture h${picture.trackHeight}`);
    expect(picture.trackHeight % LANE_HEIGHT).toBe(8);
    expect(Number(svg.getAttribute('height'))).toBe(28 + picture.trackHeight);
    const years = [...svg.querySelectorAll('.tick text')].map((t) => t.textContent);
    expect(years).toEqual(expect.arrayContaining(['2017', '2018']));
  });

  it("puts the labels' baselines where the canvas puts them, where it is told", () => {
    const y = (markup: string) =>
      [...parse(markup).querySelectorAll('g:not(.tick) > text')].map((t) =>
        Number(t.getAttribute('y')),
      );
    const estimated = y(framePicture(inputs(), () => '').markup);
    const told = y(framePicture(inputs({ baselineShift: () => 9.5 }), () => '').markup);
    // The estimate: 0.8 em of the labels' 12.5 px below the top.
    told.forEach((at, i) => expect(at).toBeCloseTo((estimated[i] ?? NaN) - 0.5, 5));
  });

  it('outlines the open event, as the canvas does', () => {
    const open = events[1];
    const plain = framePicture(inputs(), () => 'picture').markup;
    const picture = framePicture(inputs({ selectedId: open?.id ?? null, pinned: open }), () => '');
    expect(plain).not.toContain('stroke="var(--topic-aa0000)" stroke-width');
    expect(picture.markup).toContain('stroke="var(--topic-aa0000)" stroke-width');
  });
});
