import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../i18n/locale.ts';
import { formatRange } from './format-range.ts';

const d = (s: string) => Date.parse(`${s}T00:00:00Z`);

describe('formatRange', () => {
  it.each([
    ['2016-01-01', '2020-01-01', '2016–2019'],
    ['2018-01-01', '2019-01-01', '2018'],
    ['2018-03-01', '2018-04-01', 'March 2018'],
    ['2018-03-01', '2018-06-01', 'March–May 2018'],
    ['2018-03-05', '2018-03-06', 'March 5, 2018'],
    ['2018-03-05', '2018-03-20', 'March 2018'],
    ['0040-01-01', '0061-01-01', '40–60 AD'],
    ['0045-03-05', '0045-03-06', 'March 5, 45 AD'],
    ['0099-01-01', '0100-01-01', '99 AD'],
    ['0000-01-01', '0003-01-01', '1 BC–2 AD'],
  ])('%s to %s is %s', (start, end, label) => {
    expect(formatRange(d(start), d(end))).toBe(label);
  });
});

describe('ranges in Spanish', () => {
  afterEach(() => setLocale('en'));

  it.each<[number, number, string]>([
    [Date.UTC(2018, 2, 1), Date.UTC(2018, 3, 1), 'marzo de 2018'],
    [Date.UTC(2018, 2, 5), Date.UTC(2018, 2, 6), '5 de marzo de 2018'],
    [Date.UTC(2018, 2, 1), Date.UTC(2018, 5, 1), 'marzo–mayo de 2018'],
  ])('%d–%d → %s', (start, end, expected) => {
    setLocale('es');
    expect(formatRange(start, end)).toBe(expected);
  });
});
