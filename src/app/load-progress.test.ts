import { describe, expect, it } from 'vitest';
import type { LoadProgress } from '../data/load-store.ts';
import { progressWords } from './load-progress.ts';

const MB = 1024 * 1024;

describe('progressWords', () => {
  it.each<[string, LoadProgress | undefined, string, string, number | undefined]>([
    ['nothing yet', undefined, 'Loading the timeline…', '', undefined],
    [
      'a small store',
      { stage: 'fetching', loaded: 20_000, total: 40_000 },
      'Loading the timeline…',
      '',
      undefined,
    ],
    [
      'bytes of a known total',
      { stage: 'fetching', loaded: 45 * MB, total: 102 * MB },
      'Loading the timeline…',
      '45 MB of 102 MB',
      102 * MB,
    ],
    [
      'bytes of an unknown total',
      { stage: 'fetching', loaded: 45 * MB, total: null },
      'Loading the timeline…',
      '45 MB',
      undefined,
    ],
    [
      'a total already passed',
      { stage: 'fetching', loaded: 45 * MB, total: 12 * MB },
      'Loading the timeline…',
      '45 MB',
      undefined,
    ],
    [
      'records not yet counted',
      { stage: 'reading', records: null },
      'Reading the timeline…',
      '',
      undefined,
    ],
    [
      'a million records',
      { stage: 'reading', records: 1_000_000 },
      'Reading 1,000,000 events…',
      '',
      undefined,
    ],
    ['one record', { stage: 'reading', records: 1 }, 'Reading 1 event…', '', undefined],
  ])('%s', (_, progress, stage, amount, max) => {
    const words = progressWords(progress);
    expect(words).toMatchObject({ stage, amount });
    expect(words.max).toBe(max);
  });
});
