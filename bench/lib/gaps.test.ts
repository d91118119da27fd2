import { describe, expect, it } from 'vitest';
import { gapCode, gapMeaning, gapOf } from './gaps.ts';
import { record } from './result-fixture.ts';

const missing = (gap: Parameters<typeof record>[5]) =>
  record('vis-timeline', 1000, 4, 'first-render', null, gap);

describe('why a value is missing', () => {
  it.each([
    [{ notApplicable: 'no slides' }, 'n/a', 'not measured at that size'],
    [{ dnf: 3, timeoutMs: 120_000 }, 'DNF (>120 s)', 'did not finish within 120 s'],
    [{ dnfUnthrottled: true as const }, 'DNF (1×)', 'not run with the CPU slowed'],
    [{ notMeasured: 2 }, 'n/m', 'never finished its first render'],
    [{}, '—', 'not run in this run'],
  ])('%j reads "%s" (%s)', (gap, code, meaning) => {
    expect(gapCode(gapOf(missing(gap)))).toBe(code);
    expect(gapMeaning(gapOf(missing(gap)))).toContain(meaning);
  });

  it('is "not applicable" before anything else, and "not run" without a record', () => {
    expect(gapOf(missing({ notApplicable: 'no slides', dnf: 1, timeoutMs: 1000 })).kind).toBe(
      'not-applicable',
    );
    expect(gapOf(missing({ dnf: 1, timeoutMs: 60_000, notMeasured: 2 })).kind).toBe(
      'did-not-finish',
    );
    expect(gapOf(undefined)).toEqual({ kind: 'not-run' });
  });
});
