import { describe, expect, it } from 'vitest';
import { max, median, percentile, round } from './stats.ts';

describe('benchmark statistics', () => {
  it.each([
    [[5, 1, 4, 2, 3], 95, 5],
    [[5, 1, 4, 2, 3], 50, 3],
    [[5, 1, 4, 2, 3], 0, 1],
    [[16.7, 16.8, 33.4, null, undefined], 95, 33.4],
    [[], 95, null],
  ])('the nearest-rank percentile of %j at %i is %s', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });

  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[null, 7], 7],
    [[null], null],
  ])('the median of %j is %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('skips what was not measured', () => {
    expect(max([null, 3, Number.NaN, 9, undefined])).toBe(9);
    expect(max([null])).toBeNull();
    expect(round(16.666, 1)).toBe(16.7);
    expect(round(null)).toBeNull();
  });
});
