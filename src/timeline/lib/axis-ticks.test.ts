import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../i18n/locale.ts';
import { utcTime } from '../../data/partial-date.ts';
import { axisTicks, tickLabel, type Tick } from './axis-ticks.ts';
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
    [utcTime(-499, 0, 1), '500 BC'],
    [utcTime(-43, 2, 1), 'March'],
    [utcTime(-43, 2, 15), 'Fri 15'],
  ])('%d → %s', (time, label) => {
    expect(tickLabel(time)).toBe(label);
  });
});

describe('axisTicks', () => {
  afterEach(() => setLocale('en'));

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

  const labelsOver = (from: number, to: number, width = 1000) => {
    const window = [utcTime(from, 0, 1), utcTime(to, 0, 1)] as const;
    return axisTicks(window, width, timeScale(window, width));
  };

  it('puts ticks of BC on years round in their era: 500 BC, not 501 BC (the ISO year -0500)', () => {
    expect(labelsOver(-510, -20).map((t) => t.label)).toEqual([
      '500 BC',
      '450 BC',
      '400 BC',
      '350 BC',
      '300 BC',
      '250 BC',
      '200 BC',
      '150 BC',
      '100 BC',
      '50 BC',
    ]);
    // Each tick is at the first instant of the year it names.
    for (const tick of labelsOver(-510, -20)) {
      const bc = Number(tick.label.replace(' BC', ''));
      expect(tick.time).toBe(utcTime(1 - bc, 0, 1));
    }
  });

  it('marks the start of the era with 1 AD across it, and every year where ticks are yearly', () => {
    expect(labelsOver(-150, 151).map((t) => t.label)).toEqual([
      '150 BC',
      '100 BC',
      '50 BC',
      '1 AD',
      '50 AD',
      '100 AD',
      '150 AD',
    ]);
    expect(labelsOver(-3, 3).map((t) => t.label)).toEqual([
      '4 BC',
      '3 BC',
      '2 BC',
      '1 BC',
      '1 AD',
      '2 AD',
      '3 AD',
    ]);
    expect(labelsOver(-10000, 10000).map((t) => t.label)).toEqual([
      '10000 BC',
      '8000 BC',
      '6000 BC',
      '4000 BC',
      '2000 BC',
      '1 AD',
      '2000',
      '4000',
      '6000',
      '8000',
      '10000',
    ]);
  });

  it('keeps ticks inside the window when moving them into their era', () => {
    const ticks = labelsOver(-600, -400, 600);
    expect(ticks.map((t) => t.label)).toEqual(['600 BC', '550 BC', '500 BC', '450 BC']);
    for (const tick of ticks) {
      expect(tick.time).toBeGreaterThanOrEqual(utcTime(-600, 0, 1));
      expect(tick.time).toBeLessThanOrEqual(utcTime(-400, 0, 1));
    }
  });

  it('names months and the year between them in BC', () => {
    const window = [utcTime(-44, 10, 1), utcTime(-43, 3, 1)] as const;
    expect(axisTicks(window, 1000, timeScale(window, 1000)).map((t) => t.label)).toEqual([
      'November',
      'December',
      '44 BC',
      'February',
      'March',
      'April',
    ]);
  });

  it('names BC years in Spanish as a. C.', () => {
    setLocale('es');
    expect(labelsOver(-150, 151).map((t) => t.label)).toEqual([
      '150 a. C.',
      '100 a. C.',
      '50 a. C.',
      '1 d. C.',
      '50 d. C.',
      '100 d. C.',
      '150 d. C.',
    ]);
  });

  it('anchors a label near either edge inward', () => {
    const window = [Date.UTC(2016, 11, 31, 12), Date.UTC(2018, 0, 1)] as const;
    const ticks = axisTicks(window, 600, timeScale(window, 600));
    expect(ticks[0]).toMatchObject({ label: '2017', anchor: 'start' });
    expect(ticks[ticks.length - 1]?.anchor).toBe('end');
  });
});

describe('axis labels never overlap', () => {
  afterEach(() => setLocale('en'));

  const DAY = 86_400_000;
  /** A label's box at 12 px, estimated at 7 px a character, from its anchor. */
  const box = (tick: Tick): [number, number] => {
    const width = tick.label.length * 7;
    if (tick.anchor === 'start') return [tick.x, tick.x + width];
    if (tick.anchor === 'end') return [tick.x - width, tick.x];
    return [tick.x - width / 2, tick.x + width / 2];
  };
  const labelled = (view: readonly [number, number], width: number) =>
    axisTicks(view, width, timeScale(view, width)).filter((t) => t.label !== '');

  // Sunday 1 September and Sunday 1 December 2019: a month's name falls on a week's tick.
  const starts = [
    Date.UTC(2019, 7, 30),
    Date.UTC(2019, 7, 20),
    Date.UTC(2019, 10, 5),
    Date.UTC(2019, 10, 20),
    Date.UTC(2016, 11, 30, 12),
    Date.UTC(2013, 2, 14),
    // In BC, and across the start of the era.
    utcTime(-43, 1, 20),
    utcTime(-8, 6, 1),
  ];
  const spans = [7, 9, 14, 30, 60, 120, 180, 400, 1000, 3000];
  const widths = [320, 375, 600, 1000, 1280];

  it.each(['en', 'es'] as const)('in any window at any width (%s)', (locale) => {
    setLocale(locale);
    for (const start of starts) {
      for (const days of spans) {
        for (const width of widths) {
          const ticks = labelled([start, start + days * DAY], width);
          for (let i = 1; i < ticks.length; i++) {
            const [, right] = box(ticks[i - 1] as Tick);
            const [left] = box(ticks[i] as Tick);
            expect(
              left,
              `${(ticks[i - 1] as Tick).label} / ${(ticks[i] as Tick).label} at ${width}px`,
            ).toBeGreaterThanOrEqual(right);
          }
        }
      }
    }
  });

  it('keeps the month’s name where a week’s date would crowd it', () => {
    // At the left edge, "September" is anchored inward, over where "Sep 08" would go.
    const start = Date.UTC(2019, 7, 30);
    const labels = labelled([start, start + 30 * DAY], 375).map((t) => t.label);
    expect(labels).toContain('September');
    expect(labels).not.toContain('Sep 08');
    // Ticks stay evenly spaced; only the crowded one goes unnamed.
    const all = axisTicks(
      [start, start + 30 * DAY],
      375,
      timeScale([start, start + 30 * DAY], 375),
    );
    expect(all.length).toBeGreaterThan(labels.length);
  });

  it('keeps a year’s name over a month’s', () => {
    const start = Date.UTC(2016, 9, 1);
    const labels = labelled([start, start + 180 * DAY], 320).map((t) => t.label);
    expect(labels).toContain('2017');
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
