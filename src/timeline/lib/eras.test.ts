import { describe, expect, it } from 'vitest';
import { eraColor, eraRows, eraStripHeight, ERA_ROW, inTimeOrder } from './eras.ts';

const span = (start: number, end: number) => ({ start, end });

describe('eraRows', () => {
  it.each([
    ['no eras', [], [], 0],
    ['eras one after another share the first row', [span(0, 10), span(10, 20)], [0, 0], 1],
    ['an era inside another stacks below it', [span(0, 100), span(20, 30)], [0, 1], 2],
    [
      'a third overlap takes a third row, and a later era the first free one',
      [span(0, 50), span(10, 60), span(20, 70), span(55, 90)],
      [0, 1, 2, 0],
      3,
    ],
    [
      'rows follow the eras’ starts, whatever the dataset’s order',
      [span(30, 40), span(0, 35)],
      [1, 0],
      2,
    ],
  ])('%s', (_, eras, rows, count) => {
    expect(eraRows(eras)).toEqual({ rows, count });
  });
});

describe('eraColor', () => {
  it('keeps an era’s own colour', () => {
    expect(eraColor({ color: '#123456' }, 3)).toBe('#123456');
  });
  it('gives eras without one the palette’s colours in turn, neighbours apart', () => {
    const colors = [0, 1, 2].map((i) => eraColor({ color: undefined }, i));
    expect(new Set(colors).size).toBe(3);
    expect(eraColor({ color: undefined }, 7)).toBe(colors[0]);
  });
});

describe('eraStripHeight', () => {
  it('takes no room without eras, and a row per stacked label with them', () => {
    expect(eraStripHeight(0)).toBe(0);
    expect(eraStripHeight(2)).toBe(2 * ERA_ROW + 4);
  });
});

describe('inTimeOrder', () => {
  it('orders eras by start, then end, keeping each one’s place in the dataset', () => {
    const eras = [span(650, 700), span(600, 650), span(600, 620), span(600, 620)];
    expect(inTimeOrder(eras).map(({ index }) => index)).toEqual([2, 3, 1, 0]);
  });
});
