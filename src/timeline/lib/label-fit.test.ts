import { describe, expect, it } from 'vitest';
import { fitLabel, measureLabel, minimumRoom } from './label-fit.ts';

// Every character 10 px wide: widths are easy to reason about.
const measure = (text: string) => text.length * 10;
const title = 'Trump gave Russia classified intelligence'; // 41 characters
const metrics = measureLabel(title, measure);

describe('measureLabel', () => {
  it('measures the title on one line and at its narrowest on two', () => {
    expect(metrics.oneLine).toBe(410);
    // "Trump gave Russia" (170) / "classified intelligence" (230)
    expect(metrics.compact).toBe(230);
  });
});

describe('fitLabel', () => {
  it.each([
    [1000, ['Trump gave Russia classified intelligence'], true],
    [410, ['Trump gave Russia classified intelligence'], true],
    [300, ['Trump gave Russia', 'classified intelligence'], true],
    [230, ['Trump gave Russia', 'classified intelligence'], true],
    // Four words and an ellipsis: 290 px on one line, 170 px at best on two.
    [229, ['Trump gave Russia', 'classified…'], false],
    // Three words on two lines: "Trump gave" / "Russia…" (100 px).
    [100, ['Trump gave', 'Russia…'], false],
  ])('in %d px draws %j', (room, lines, whole) => {
    expect(fitLabel(metrics, room)).toMatchObject({ lines, whole });
  });

  it('never draws fewer than three words: below that, no label at all', () => {
    expect(minimumRoom(metrics)).toBe(100);
    expect(fitLabel(metrics, 99)).toBeNull();
    expect(fitLabel(metrics, 20)).toBeNull();
  });

  it('cuts only at word boundaries, and its lines never exceed the room', () => {
    for (let room = 100; room <= 420; room += 7) {
      const label = fitLabel(metrics, room)!;
      expect(label.width).toBeLessThanOrEqual(room);
      for (const line of label.lines) expect(measure(line)).toBeLessThanOrEqual(room);
      const words = label.lines.join(' ').replace('…', '').split(' ');
      expect(title.startsWith(words.join(' '))).toBe(true);
      expect(words.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('shortens a title of three words or fewer not at all', () => {
    const short = measureLabel('Trump praised Putin', measure);
    expect(fitLabel(short, 130)).toMatchObject({ lines: ['Trump praised', 'Putin'], whole: true });
    expect(fitLabel(short, 129)).toBeNull();
    expect(fitLabel(measureLabel('   ', measure), 500)).toBeNull();
  });
});
