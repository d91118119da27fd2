import { describe, expect, it } from 'vitest';
import { holdTime } from './hold-time.ts';

const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

describe('holdTime', () => {
  it.each<[string, string | undefined, number, number]>([
    // title, summary, speed, hold (ms)
    ['Summit', undefined, 1, 4_000],
    [words(5), words(15), 1, 9_000],
    [words(5), words(25), 1, 12_000],
    [words(5), words(35), 1, 12_000],
    [words(5), words(35), 2, 6_000],
    [words(5), words(35), 0.5, 24_000],
    [words(10), words(400), 1, 12_000],
    ['  spaced\n\tout  ', '  a  b ', 1, 4_200],
    [words(5), words(15), 0, 9_000],
  ])('%#: holds %s / %s at %f× for %i ms', (title, summary, speed, expected) => {
    expect(holdTime(title, summary, speed)).toBe(expected);
  });

  it('holds no step longer than 12 s at 1×, however long its text', () => {
    for (const n of [0, 10, 30, 60, 200, 5_000]) {
      expect(holdTime(words(12), words(n), 1)).toBeLessThanOrEqual(12_000);
    }
  });

  it('grows with the summary, so a longer read holds longer', () => {
    expect(holdTime('t', words(30), 1)).toBeGreaterThan(holdTime('t', words(10), 1));
  });
});
