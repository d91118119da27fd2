import { describe, expect, it } from 'vitest';
import { localDay } from './local-day.ts';

describe('localDay', () => {
  it('is the reader’s calendar day, in their own time zone', () => {
    expect(localDay(new Date(2024, 11, 1, 23, 59))).toBe('2024-12-01');
    expect(localDay(new Date(2020, 6, 1, 0, 0))).toBe('2020-07-01');
  });
});
