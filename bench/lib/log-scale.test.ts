import { describe, expect, it } from 'vitest';
import { logScale, logTicks, niceCeil, niceFloor, niceLogDomain } from './log-scale.ts';

describe('the 1-2-5 values around a number', () => {
  it.each([
    [814, 500, 1000],
    [1000, 1000, 1000],
    [16.7, 10, 20],
    [28_767, 20_000, 50_000],
    [0.03, 0.02, 0.05],
    [2, 2, 2],
    [6, 5, 10],
  ])('%d lies from %d to %d', (value, floor, ceil) => {
    expect(niceFloor(value)).toBeCloseTo(floor, 10);
    expect(niceCeil(value)).toBeCloseTo(ceil, 10);
  });
});

describe('a log domain', () => {
  it('holds every value and ends on 1-2-5 values', () => {
    expect(niceLogDomain([814, 1249, 28_767, 6108])).toEqual([500, 50_000]);
    expect(niceLogDomain([16.7, 33.4, 566.6])).toEqual([10, 1000]);
  });

  it('spans something for a single value, and ignores what a log axis cannot show', () => {
    expect(niceLogDomain([100, 100])).toEqual([50, 200]);
    expect(niceLogDomain([0, -3, Number.NaN, 40])).toEqual([20, 50]);
    expect(niceLogDomain([])).toEqual([1, 10]);
  });
});

describe('log ticks', () => {
  it('give 1, 2 and 5 of every decade within the domain', () => {
    expect(logTicks(10, 1000)).toEqual([10, 20, 50, 100, 200, 500, 1000]);
    expect(logTicks(500, 50_000)).toEqual([500, 1000, 2000, 5000, 10_000, 20_000, 50_000]);
    expect(logTicks(0.1, 1)).toEqual([0.1, 0.2, 0.5, 1]);
  });

  it('fall back to powers of ten over many decades, then to every other one', () => {
    expect(logTicks(1, 100_000)).toEqual([1, 10, 100, 1000, 10_000, 100_000]);
    expect(logTicks(1, 1e12, 5)).toEqual([1, 1000, 1e6, 1e9, 1e12]);
  });
});

describe('a log scale', () => {
  const y = logScale([10, 1000], [300, 100]);

  it('puts each power of ten an equal step apart, the domain on the range', () => {
    expect(y(10)).toBeCloseTo(300);
    expect(y(100)).toBeCloseTo(200);
    expect(y(1000)).toBeCloseTo(100);
  });

  it('places a tick by its logarithm, not its value', () => {
    expect(y(20)).toBeCloseTo(300 - 100 * Math.log10(2));
    expect(y(50)).toBeCloseTo(300 - 100 * Math.log10(5));
    // Twice as slow is the same distance anywhere on the axis.
    expect(y(20) - y(40)).toBeCloseTo(y(250) - y(500));
  });
});
