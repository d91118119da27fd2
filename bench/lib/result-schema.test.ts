import { describe, expect, it } from 'vitest';
import { parseBenchResult } from './result-schema.ts';
import { benchResult, record } from './result-fixture.ts';

const result = benchResult([
  record('newsline', 'seed', 4, 'first-render', 1100),
  record('timelinejs', 10_000, 4, 'first-render', null, { notApplicable: 'no slides' }),
  { ...record('newsline', 'all', 1, 'bundle-startup-gzip', 1000), unit: 'bytes' },
]);

describe('a results file read back', () => {
  it('gives the result it was written from', () => {
    const parsed = parseBenchResult(JSON.parse(JSON.stringify(result)));
    expect(parsed).toEqual({ ok: true, result });
  });

  it('names what is wrong, and where', () => {
    const broken = JSON.parse(JSON.stringify(result));
    broken.records[1].unit = 'furlongs';
    broken.apps.push('excel');
    delete broken.reps;
    const parsed = parseBenchResult(broken);
    expect(parsed.ok).toBe(false);
    const problems = parsed.ok ? [] : parsed.problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        'reps: missing',
        expect.stringMatching(/^apps\.4: /),
        expect.stringMatching(/^records\.1\.unit: /),
      ]),
    );
  });

  it('is not mistaken for a result when it is something else', () => {
    expect(parseBenchResult([1, 2]).ok).toBe(false);
    expect(parseBenchResult({ ...result, date: 'yesterday' }).ok).toBe(false);
  });
});
