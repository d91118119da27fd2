import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../i18n/locale.ts';
import { utcTime } from '../../data/partial-date.ts';
import { formatRange, rangeHeading } from './format-range.ts';
import { padded } from './time-window.ts';

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

describe('formatRange before Christ and across the start of the era', () => {
  afterEach(() => setLocale('en'));

  /** ISO years: -0043 is 44 BC. */
  const at = (year: number, month = 1, day = 1) => utcTime(year, month - 1, day);

  it.each<[number, number, string, string]>([
    [at(-43, 3, 15), at(-43, 3, 16), 'March 15, 44 BC', '15 de marzo de 44 a. C.'],
    [at(-43, 3), at(-43, 4), 'March 44 BC', 'marzo de 44 a. C.'],
    [at(-43, 3), at(-43, 6), 'March–May 44 BC', 'marzo–mayo de 44 a. C.'],
    [at(-508), at(-507), '509 BC', '509 a. C.'],
    [at(-508), at(-25), '509–27 BC', '509–27 a. C.'],
    [at(-43), at(15), '44 BC–14 AD', '44 a. C.–14 d. C.'],
    [at(0), at(1), '1 BC', '1 a. C.'],
    [at(0), at(2), '1 BC–1 AD', '1 a. C.–1 d. C.'],
    [at(-9999), at(2021), '10000 BC–2020 AD', '10000 a. C.–2020 d. C.'],
    // A winter that straddles two years of BC: December 44 BC to February 43 BC.
    [at(-43, 12), at(-42, 3), '44–43 BC', '44–43 a. C.'],
  ])('%d to %d is %s', (start, end, english, spanish) => {
    expect(formatRange(start, end)).toBe(english);
    setLocale('es');
    expect(formatRange(start, end)).toBe(spanish);
  });
});

describe('rangeHeading', () => {
  // The seed's episodes: from 2013 to July 2020.
  const shown = [d('2013-01-01'), d('2020-07-31')] as const;
  const fit = padded(shown);

  it('names the events’ own years at Fit all, not those of the margin around them', () => {
    expect(formatRange(fit[0], fit[1])).toBe('2012–2020');
    expect(rangeHeading(fit, shown)).toBe('2013–2020');
  });

  it('names the window once zoomed in', () => {
    expect(rangeHeading([d('2016-01-01'), d('2018-01-01')], shown)).toBe('2016–2017');
    // Zoomed in a little, past the first episode's start: the window again.
    expect(rangeHeading([d('2013-03-01'), d('2020-09-01')], shown)).toBe('2013–2020');
    expect(rangeHeading([d('2013-03-01'), d('2019-09-01')], shown)).toBe('2013–2019');
  });

  it('names the window when it reaches well past the events', () => {
    // Filtered to 2016–2018 but still showing the whole range: the heading says what is in view.
    const few = [d('2016-03-01'), d('2018-09-01')] as const;
    expect(rangeHeading(fit, few)).toBe('2012–2020');
    expect(rangeHeading(padded(few), few)).toBe('2016–2018');
  });

  it('names the window with nothing shown', () => {
    expect(rangeHeading(fit, null)).toBe('2012–2020');
  });

  it('names one event’s month at Fit all, as its date is', () => {
    const one = [d('2017-05-01'), d('2017-06-01')] as const;
    expect(rangeHeading(padded(one), one)).toBe('May 2017');
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
