import { describe, expect, it } from 'vitest';
import { isoYearOf, parseOldSheetDate, parseSheetTime, readTlDate } from './timelinejs-date.ts';
import { formatIsoDate, parsePartialDate } from './partial-date.ts';

describe('readTlDate', () => {
  it.each([
    [{ year: '1815' }, '1815', 'year', null],
    [{ year: 1815 }, '1815', 'year', null],
    [{ year: '1943', month: '7', day: '' }, '1943-07', 'month', null],
    [{ year: '1815', month: '12', day: '10' }, '1815-12-10', 'day', null],
    [{ year: ' 1,900 ', month: '01' }, '1900-01', 'month', null],
    [{ year: '602' }, '0602', 'year', null],
    [{ year: '0' }, '0000', 'year', null],
    [
      { year: '2000', month: '01', day: '05', hour: '6', minute: '45', second: '56' },
      '2000-01-05',
      'day',
      '06:45:56',
    ],
    [{ year: '2000', month: 1, day: 5, hour: 18, minute: 0 }, '2000-01-05', 'day', '18:00'],
    [{ year: '2000', month: 1, day: 5, hour: '9', millisecond: '' }, '2000-01-05', 'day', '09:00'],
    [
      { year: '2014', month: '', day: '', hour: '', minute: '', second: '', format: '' },
      '2014',
      'year',
      null,
    ],
  ])('%j → %s (%s, time %s)', (raw, iso, unit, time) => {
    const date = readTlDate(raw);
    expect(date).toMatchObject({ iso, date: { unit }, time });
  });

  it.each([
    [undefined, 'year', { code: 'tl-no-year' }],
    [{ month: '3' }, 'year', { code: 'tl-no-year' }],
    [{ year: 'circa 1900' }, 'year', { code: 'tl-not-a-year', text: 'circa1900' }],
    [{ year: '-13800000000' }, 'year', { code: 'tl-year-out-of-range', year: '-13800000000' }],
    [{ year: '10000' }, 'year', { code: 'tl-year-out-of-range', year: '10000' }],
    [{ year: '2000', month: '13' }, 'month', { code: 'tl-not-a-month', text: '13' }],
    [{ year: '2000', day: '3' }, 'day', { code: 'tl-day-without-month' }],
    [
      { year: '2001', month: '2', day: '29' },
      'day',
      { code: 'tl-not-a-calendar-day', date: '2001-02-29' },
    ],
    [{ year: '2000', month: '2', day: '40' }, 'day', { code: 'tl-not-a-day', text: '40' }],
    [
      { year: '2000', month: '2', day: '3', hour: '25' },
      'hour',
      { code: 'tl-not-a-time-part', part: 'hour', text: '25' },
    ],
    [{ year: '2000', month: '2', day: '3', minute: '5' }, 'hour', { code: 'tl-no-hour' }],
    [{ year: '2000', hour: '5' }, 'hour', { code: 'tl-time-without-day' }],
  ])('%j is reported on its %s', (raw, part, reason) => {
    expect(readTlDate(raw)).toEqual({ problem: { part, reason } });
  });
});

describe('years before the common era', () => {
  // TimelineJS shows year -508 as "508 BCE": ISO, which has a year 0000 for 1 BC, numbers it -0507.
  it.each([
    [-508, -507, '-0507'],
    [-1, 0, '0000'],
    [-10000, -9999, '-9999'],
    [0, 0, '0000'],
    [1, 1, '0001'],
    [1815, 1815, '1815'],
  ])('TimelineJS year %i is ISO %i, written %s', (year, iso, written) => {
    expect(isoYearOf(year)).toBe(iso);
    expect(formatIsoDate({ unit: 'year', year: iso })).toBe(written);
  });

  it('reads a BCE date to its ISO form', () => {
    expect(readTlDate({ year: '-508', month: '3' })).toMatchObject({
      iso: '-0507-03',
      date: { unit: 'month', year: -507, month: 3 },
    });
    expect(readTlDate({ year: '-10001' })).toEqual({
      problem: { part: 'year', reason: { code: 'tl-year-out-of-range', year: '-10001' } },
    });
  });

  // Runs once partial dates read years before 0000 (as "-0507").
  it('the ISO form is one the store reads', () => {
    expect(parsePartialDate('-0507')).toEqual({ kind: 'ok', date: { unit: 'year', year: -507 } });
  });
});

describe('parseSheetTime', () => {
  it.each([
    ['18:45', { hour: '18', minute: '45' }],
    ['6:45 PM', { hour: '18', minute: '45' }],
    ['12:05 am', { hour: '0', minute: '05' }],
    ['12 p.m.', { hour: '12' }],
    ['1845', { hour: '18', minute: '45' }],
    ['18.45', { hour: '18', minute: '45' }],
    ['06:45:56', { hour: '6', minute: '45', second: '56' }],
    ['06:45:56.5', { hour: '6', minute: '45', second: '56' }],
  ])('%j → %j', (text, parts) => {
    expect(parseSheetTime(text)).toEqual({ kind: 'ok', time: parts });
  });

  it.each(['noon', '13 PM', '1:2:3:4'])('%j is not a time', (text) => {
    expect(parseSheetTime(text)).toEqual({
      kind: 'failed',
      reason: { code: 'tl-not-a-time', text },
    });
  });
});

describe('parseOldSheetDate', () => {
  it.each([
    ['1815', { year: '1815' }],
    ['-508', { year: '-508' }],
    ['1815-12', { year: '1815', month: '12' }],
    ['1815-12-10', { year: '1815', month: '12', day: '10' }],
    ['1815-12-10T06:45', { year: '1815', month: '12', day: '10', hour: '06', minute: '45' }],
    ['12/10/1815', { year: '1815', month: '12', day: '10' }],
    ['12/1815', { year: '1815', month: '12' }],
    ['12/10/1815 6:45 PM', { year: '1815', month: '12', day: '10', hour: '18', minute: '45' }],
  ])('%j → %j', (text, parts) => {
    expect(parseOldSheetDate(text)).toEqual(parts);
  });

  it.each(['December 1815', 'soon', ''])('%j is none', (text) => {
    expect(parseOldSheetDate(text)).toBeNull();
  });
});
