import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fitLabel,
  MAX_DRAWN_CHARS,
  measureLabel,
  minimumRoom,
  type LabelMetrics,
} from './label-fit.ts';

// Every character 10 px wide, as in label-fit.test.ts.
const measure = (text: string) => text.length * 10;

const word = fc.stringMatching(/^[a-zA-Z]{1,9}$/);
const shortWord = fc.stringMatching(/^[a-zA-Z]{1,4}$/);
const title = fc.array(word, { minLength: 1, maxLength: 30 }).map((words) => words.join(' '));
const room = fc.integer({ min: 0, max: 1200 });

/**
 * Label fitting as it was first written, trying every split for every count of words: slow (cubic
 * in the words), but plainly right, so the fast version must agree with it on every title.
 */
function referenceFit(text: string, available: number) {
  const words = text.split(/\s+/).filter(Boolean);
  const widths = words.map(measure);
  const space = measure(' ');
  const ellipsis = measure('…');
  const line = (from: number, to: number) =>
    widths.slice(from, to).reduce((sum, w) => sum + w, 0) + space * Math.max(0, to - from - 1);
  const balanced = (count: number, tail: number) => {
    let best = { width: line(0, count) + tail, split: count };
    for (let split = 1; split < count; split++) {
      const width = Math.max(line(0, split), line(split, count) + tail);
      if (width <= best.width) best = { width, split };
    }
    return best;
  };
  const wrap = (count: number, tail: number, whole: boolean) => {
    const { width, split } = balanced(count, tail);
    const end = whole ? '' : '…';
    const lines =
      split >= count
        ? [words.slice(0, count).join(' ') + end]
        : [words.slice(0, split).join(' '), words.slice(split, count).join(' ') + end];
    return { lines, width, whole };
  };
  const fits = available + 0.01;
  if (!words.length) return null;
  if (line(0, words.length) <= fits) {
    return { lines: [words.join(' ')], width: line(0, words.length), whole: true };
  }
  if (balanced(words.length, 0).width <= fits) return wrap(words.length, 0, true);
  for (let count = words.length - 1; count >= 3; count--) {
    const oneLine = line(0, count) + ellipsis;
    if (oneLine <= fits) {
      return { lines: [words.slice(0, count).join(' ') + '…'], width: oneLine, whole: false };
    }
    if (balanced(count, ellipsis).width <= fits) return wrap(count, ellipsis, false);
  }
  return null;
}

/** Reads of the metrics' lists, counted: the steps fitting takes, whatever the machine's speed. */
function counted(metrics: LabelMetrics): { metrics: LabelMetrics; reads: () => number } {
  let reads = 0;
  const count = <T extends object>(list: T): T =>
    new Proxy(list, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
  return {
    metrics: {
      ...metrics,
      words: count([...metrics.words]),
      widths: count([...metrics.widths]),
      ends: count([...metrics.ends]),
    },
    reads: () => reads,
  };
}

/**
 * Steps to measure a title and fit it in rooms from none to its whole width, in thirtieths: the
 * same share of rooms fits whole, shortened or not at all, whatever the title's length.
 */
function steps(text: string): number {
  let measured = 0;
  const metrics = measureLabel(text, (part) => {
    measured += part.length;
    return measure(part);
  });
  const probe = counted(metrics);
  for (let share = 0; share <= 30; share++) fitLabel(probe.metrics, (metrics.oneLine * share) / 30);
  minimumRoom(probe.metrics);
  return measured + probe.reads();
}

describe('label fitting, for any title', () => {
  it('draws what trying every split and every count of words draws', () => {
    fc.assert(
      fc.property(title, room, (text, px) => {
        expect(fitLabel(measureLabel(text, measure), px)).toEqual(referenceFit(text, px));
      }),
    );
  });

  it('takes steps linear in the title: four times the words, at most four times the steps', () => {
    fc.assert(
      fc.property(fc.array(shortWord, { minLength: 10, maxLength: 20 }), (words) => {
        const once = words.join(' ');
        const fourTimes = Array.from({ length: 4 }, () => once).join(' ');
        fc.pre(fourTimes.length <= MAX_DRAWN_CHARS);
        expect(steps(fourTimes)).toBeLessThanOrEqual(4 * steps(once));
      }),
    );
  });

  it('takes no more steps for a title of any length than for its first few hundred characters', () => {
    fc.assert(
      fc.property(word, fc.integer({ min: 1, max: 20 }), (w, times) => {
        // Both past the drawn prefix whatever the word's length (a word and a space: 2 or more).
        const long = Array.from({ length: (MAX_DRAWN_CHARS / 2 + 1) * times }, () => w).join(' ');
        const longer = Array.from({ length: 3 * (MAX_DRAWN_CHARS / 2 + 1) * times }, () => w).join(
          ' ',
        );
        expect(steps(longer)).toBe(steps(long));
      }),
      { numRuns: 20 },
    );
  });
});

describe('a title longer than can be drawn', () => {
  const long = 'word '.repeat(200_000); // 1 MB

  it('is drawn from its first words, always with an ellipsis', () => {
    const metrics = measureLabel(long, measure);
    expect(metrics.cut).toBe(true);
    expect(metrics.words.join(' ').length).toBeLessThanOrEqual(MAX_DRAWN_CHARS);
    expect(fitLabel(metrics, 1e6)).toEqual({
      lines: [`${metrics.words.join(' ')}…`],
      width: metrics.oneLine,
      whole: false,
    });
    expect(fitLabel(metrics, 140)).toEqual({
      lines: ['word word word', 'word word…'],
      width: 140,
      whole: false,
    });
  });

  it('drops a word the limit cuts in two', () => {
    const metrics = measureLabel(`${'a'.repeat(MAX_DRAWN_CHARS - 3)} bcdefgh`, measure);
    expect(metrics.words).toEqual(['a'.repeat(MAX_DRAWN_CHARS - 3)]);
  });

  it('gets no label when it is one unbroken word', () => {
    const metrics = measureLabel('W'.repeat(1_000_000), measure);
    expect(fitLabel(metrics, 1e9)).toBeNull();
    expect(minimumRoom(metrics)).toBe(Number.POSITIVE_INFINITY);
  });
});
