import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../../tests/unit/fixtures.ts';
import { buildTimeIndex, firstReaching, startingIn } from './time-index.ts';

const events = [
  makeEvent('2010-01-01', { end: '2018-01-01' }), // a long span
  makeEvent('2012-05-01'),
  makeEvent('2015-03-01'),
  makeEvent('2015-03-01'),
  makeEvent('2016-07-01'),
];
const index = buildTimeIndex(events);
const t = (s: string) => Date.parse(s);

describe('TimeIndex', () => {
  it.each([
    ['2015-01-01', '2016-01-01', [2, 4]],
    ['2015-03-01', '2015-03-02', [2, 4]],
    ['2015-03-02', '2016-07-01', [4, 4]],
    ['2000-01-01', '2030-01-01', [0, 5]],
    ['2020-01-01', '2030-01-01', [5, 5]],
  ])('events starting in [%s, %s) are %j', (a, b, range) => {
    expect(startingIn(index, t(a), t(b))).toEqual(range);
  });

  it('finds where events that may reach into a window begin', () => {
    expect(firstReaching(index, t('2014-01-01'))).toBe(0); // the long span is still running
    const short = buildTimeIndex(events.slice(1));
    expect(firstReaching(short, t('2014-01-01'))).toBe(1); // 2012 ended long before
    // Ends are exclusive: an event that ends just as the window begins is not in it.
    expect(firstReaching(short, t('2012-05-02'))).toBe(1);
    expect(firstReaching(short, t('2012-05-01T23:59:59Z'))).toBe(0);
  });
});
