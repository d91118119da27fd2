import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CHECK_EVERY_MS,
  checkDelay,
  MIN_GAP_MS,
  startSchedule,
  type ScheduleHost,
} from './live-schedule.ts';

describe('checkDelay', () => {
  it.each([
    ['every 5 minutes while visible', 0, 0, false, CHECK_EVERY_MS],
    ['counting from the last check', 60_000, 0, false, CHECK_EVERY_MS - 60_000],
    ['at once when overdue', 10 * 60_000, 0, false, 0],
    ['at once when shown again long after', 10 * 60_000, 0, true, 0],
    ['not twice within the gap when shown again', 5_000, 0, true, MIN_GAP_MS - 5_000],
  ])('%s', (_, now, last, becameVisible, delay) => {
    expect(checkDelay(now, last, becameVisible)).toBe(delay);
  });
});

describe('startSchedule', () => {
  let visible = true;
  let listeners: (() => void)[] = [];
  const host: ScheduleHost = {
    now: () => Date.now(),
    setTimer: (run, ms) => Number(setTimeout(run, ms)),
    clearTimer: (timer) => clearTimeout(timer),
    visible: () => visible,
    onVisibilityChange: (listener) => {
      listeners.push(listener);
      return () => (listeners = listeners.filter((l) => l !== listener));
    },
  };
  const show = (seen: boolean) => {
    visible = seen;
    listeners.forEach((listener) => listener());
  };
  let stop = () => {};

  beforeEach(() => {
    vi.useFakeTimers();
    visible = true;
    listeners = [];
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('checks every 5 minutes while the page is visible', async () => {
    const check = vi.fn(() => Promise.resolve());
    stop = startSchedule(check, host);
    await vi.advanceTimersByTimeAsync(CHECK_EVERY_MS - 1);
    expect(check).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(check).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(CHECK_EVERY_MS);
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('counts from the load, however late it starts', async () => {
    const check = vi.fn(() => Promise.resolve());
    stop = startSchedule(check, host, Date.now() - CHECK_EVERY_MS);
    await vi.advanceTimersByTimeAsync(0);
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('never checks while hidden, and checks when shown again', async () => {
    const check = vi.fn(() => Promise.resolve());
    stop = startSchedule(check, host);
    await vi.advanceTimersByTimeAsync(60_000);
    show(false);
    await vi.advanceTimersByTimeAsync(20 * CHECK_EVERY_MS);
    expect(check).not.toHaveBeenCalled();
    show(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('waits out the gap when shown again soon after a check, and listens no more once stopped', async () => {
    const check = vi.fn(() => Promise.resolve());
    stop = startSchedule(check, host);
    await vi.advanceTimersByTimeAsync(10_000);
    show(false);
    show(true);
    await vi.advanceTimersByTimeAsync(MIN_GAP_MS - 10_001);
    expect(check).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(check).toHaveBeenCalledTimes(1);
    stop();
    expect(listeners).toEqual([]);
    show(false);
    show(true);
    await vi.advanceTimersByTimeAsync(2 * CHECK_EVERY_MS);
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('runs one check at a time, planning the next when the last has finished', async () => {
    let finish = () => {};
    const check = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    stop = startSchedule(check, host);
    await vi.advanceTimersByTimeAsync(CHECK_EVERY_MS);
    show(false);
    show(true);
    await vi.advanceTimersByTimeAsync(2 * CHECK_EVERY_MS);
    expect(check).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(CHECK_EVERY_MS);
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('goes on after a check that failed', async () => {
    const check = vi.fn(() => Promise.reject(new Error('offline')));
    stop = startSchedule(check, host);
    await vi.advanceTimersByTimeAsync(2 * CHECK_EVERY_MS);
    expect(check).toHaveBeenCalledTimes(2);
  });
});
