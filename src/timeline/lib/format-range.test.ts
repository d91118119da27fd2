import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../i18n/locale.ts';
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
