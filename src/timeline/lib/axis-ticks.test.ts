import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../i18n/locale.ts';
import { utcTime } from '../../data/partial-date.ts';
import { axisTicks, tickLabel } from './axis-ticks.ts';
import { timeScale } from './time-scale.ts';

describe('tickLabel', () => {
  it.each([
    [Date.UTC(2017, 0, 1), '2017'],
    [Date.UTC(2017, 2, 1), 'March'],
    [Date.UTC(2017, 2, 5), 'Mar 05'], // a Sunday: the start of a week
    [Date.UTC(2017, 2, 7), 'Tue 07'],
    [utcTime(45, 0, 1), '45 AD'],
    [utcTime(0, 0, 1), '1 BC'],
    [utcTime(45, 2, 1), 'March'],
  ])('%d → %s', (time, label) => {
    expect(tickLabel(time)).toBe(label);
  });
});

describe('axisTicks', () => {
  it('gives years over a decade, months over a year, days over a fortnight', () => {
    const at = (from: number, to: number) => {
      const window = [from, to] as const;
      return axisTicks(window, 1000, timeScale(window, 1000)).map((t) => t.label);
    };
    expect(at(Date.UTC(2012, 0, 1), Date.UTC(2021, 0, 1))).toContain('2016');
    expect(at(Date.UTC(2017, 0, 15), Date.UTC(2017, 11, 15))).toContain('June');
    expect(
      at(Date.UTC(2017, 2, 1), Date.UTC(2017, 2, 15)).some((l) => /^\w{3} \d{2}$/.test(l)),
    ).toBe(true);
  });

  it('names the years 40–60 AD in a window over them, not years of the 20th century', () => {
    const window = [utcTime(40, 0, 1), utcTime(61, 0, 1)] as const;
    const ticks = axisTicks(window, 1000, timeScale(window, 1000));
    const labels = ticks.map((t) => t.label);
    expect(labels).toEqual(expect.arrayContaining(['40 AD', '50 AD', '60 AD']));
    for (const tick of ticks) {
      const year = new Date(tick.time).getUTCFullYear();
      expect(year).toBeGreaterThanOrEqual(40);
      expect(year).toBeLessThanOrEqual(60);
      expect(tick.label).toBe(`${year} AD`);
    }
  });

  it('anchors a label near either edge inward', () => {
    const window = [Date.UTC(2016, 11, 31, 12), Date.UTC(2018, 0, 1)] as const;
    const ticks = axisTicks(window, 600, timeScale(window, 600));
    expect(ticks[0]).toMatchObject({ label: '2017', anchor: 'start' });
    expect(ticks[ticks.length - 1]?.anchor).toBe('end');
  });
});

describe('tick labels in Spanish', () => {
  afterEach(() => setLocale('en'));

  it('names months and days in Spanish', () => {
    setLocale('es');
    expect(tickLabel(Date.UTC(2017, 2, 1))).toBe('marzo');
    expect(tickLabel(Date.UTC(2017, 0, 1))).toBe('2017');
    setLocale('en');
    expect(tickLabel(Date.UTC(2017, 2, 1))).toBe('March');
  });
});
