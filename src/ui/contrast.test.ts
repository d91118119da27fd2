import { describe, expect, it } from 'vitest';
import { contrastRatio, INK, PAPER, topicInks } from './contrast.ts';

describe('contrastRatio', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54],
  ])('%s on %s is %f', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
    expect(contrastRatio(b, a)).toBeCloseTo(ratio, 2);
  });
});

describe('topicInks', () => {
  it.each([
    ['a dark topic color', '#1d4ed8', '#1d4ed8', PAPER],
    ['a pale topic color', '#fde047', INK, INK],
    ['a mid color, too light for text on white', '#3b9ae1', INK, INK],
  ])('%s', (_, color, text, onFill) => {
    expect(topicInks(color)).toEqual({ text, onFill });
  });
});
