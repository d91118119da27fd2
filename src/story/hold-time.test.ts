import { describe, expect, it } from 'vitest';
import { holdTime } from './hold-time.ts';

const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

describe('holdTime', () => {
  it.each<[string, string | undefined, number, number]>([
    // title, summary, speed, hold (ms)
    ['Summit', undefined, 1, 4_000],
    [words(5), words(15), 1, 9_000],
    [words(5), words(35), 1, 15_000],
    [words(5), words(35), 2, 7_500],
    [words(5), words(35), 0.5, 30_000],
    [words(10), words(400), 1, 24_000],
    ['  spaced\n\tout  ', '  a  b ', 1, 4_200],
    [words(5), words(15), 0, 9_000],
  ])('%#: holds %s / %s at %f× for %i ms', (title, summary, speed, expected) => {
    expect(holdTime(title, summary, speed)).toBe(expected);
  });

  it('grows with the summary, so a longer read holds longer', () => {
    expect(holdTime('t', words(30), 1)).toBeGreaterThan(holdTime('t', words(10), 1));
  });
});
