import { afterEach, describe, expect, it } from 'vitest';
import { changeDayForReaders } from './change-day.ts';
import { setLocale } from '../i18n/locale.ts';
import { t } from '../i18n/messages.ts';

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

describe('the changes line', () => {
  afterEach(() => setLocale('en'));

  it.each<[number, number, 'visit' | 'link', string]>([
    [3, 1, 'visit', '3 new, 1 updated since your last visit, December 1'],
    [1, 0, 'visit', '1 new since your last visit, December 1'],
    [0, 2, 'visit', '2 updated since your last visit, December 1'],
    [0, 0, 'visit', 'Nothing new since your last visit, December 1'],
    [1200, 0, 'link', '1,200 new since December 1'],
  ])('%i new, %i updated, since a %s', (added, updated, from, sentence) => {
    expect(t().changesSummary(added, updated, 'December 1', from)).toBe(sentence);
  });

  it.each<[number, number, 'visit' | 'link', string]>([
    [3, 1, 'visit', '3 nuevos y 1 actualizado desde su última visita, el 1 de diciembre'],
    [1, 0, 'link', '1 nuevo desde el 1 de diciembre'],
    [0, 2, 'link', '2 actualizados desde el 1 de diciembre'],
    [0, 0, 'visit', 'Nada nuevo desde su última visita, el 1 de diciembre'],
  ])('in Spanish: %i new, %i updated, since a %s', (added, updated, from, sentence) => {
    setLocale('es');
    expect(t().changesSummary(added, updated, '1 de diciembre', from)).toBe(sentence);
  });
});
