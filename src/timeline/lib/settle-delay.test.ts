import { describe, expect, it } from 'vitest';
import { settleDelay } from './settle-delay.ts';

/** The delays given for frames of a gesture at these times (ms). */
function delays(times: readonly number[]): number[] {
  const pace = { last: -10_000, interval: 0 };
  return times.map((time) => settleDelay(pace, time));
}

describe('settleDelay', () => {
  it('waits the usual 120 ms while frames come at the screen’s pace', () => {
    expect(delays([0, 16, 33, 50, 66])).toEqual([120, 120, 120, 120, 120]);
  });

  it('waits half again the gesture’s pace where frames come slowly', () => {
    // 200 ms apart: the first frame knows no pace, then the average of the gaps sets the wait.
    expect(delays([0, 200, 400, 600])).toEqual([120, 300, 300, 300]);
  });

  it('waits at most 600 ms, and starts afresh after a pause longer than that', () => {
    expect(delays([0, 500, 1000, 2000, 2016])).toEqual([120, 600, 600, 120, 120]);
  });
});
