import { afterEach, describe, expect, it } from 'vitest';
import { changeDayForReaders } from './change-day.ts';
import { setLocale } from '../i18n/locale.ts';

describe('changeDayForReaders', () => {
  afterEach(() => setLocale('en'));

  it.each([
    ['2024-12-01', '2024-12-09', 'December 1'],
    ['2020-07-01', '2024-12-09', 'July 1, 2020'],
    ['2023-12-31', '2024-01-02', 'December 31, 2023'],
  ])('names %s, seen on %s, as %s', (day, today, expected) => {
    expect(changeDayForReaders(day, today)).toBe(expected);
  });

  it('writes the day in Spanish for a Spanish reader', () => {
    setLocale('es');
    expect(changeDayForReaders('2024-12-01', '2024-12-09')).toBe('1 de diciembre');
    expect(changeDayForReaders('2020-07-01', '2024-12-09')).toBe('1 de julio de 2020');
  });
});
