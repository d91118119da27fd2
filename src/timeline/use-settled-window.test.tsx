import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TimeWindow } from '../data/time-window.ts';
import { useTimelineStore } from '../state/store.ts';
import { useSettledWindow } from './use-settled-window.ts';

const first: TimeWindow = [0, 1_000];
const second: TimeWindow = [100, 1_100];
const third: TimeWindow = [200, 1_200];

describe('useSettledWindow', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    useTimelineStore.setState({ timeWindow: first });
  });
  afterEach(() => vi.useRealTimers());

  it('follows the window once it has rested 400 ms, not at a shorter pause inside a gesture', () => {
    const { result } = renderHook(() => useSettledWindow());
    act(() => vi.advanceTimersByTime(400));
    expect(result.current).toEqual(first);

    act(() => useTimelineStore.getState().setTimeWindow(second));
    // A pause of 300 ms, as between a zoom and a drag: the list stays as it was.
    act(() => vi.advanceTimersByTime(300));
    expect(result.current).toEqual(first);
    act(() => useTimelineStore.getState().setTimeWindow(third));
    act(() => vi.advanceTimersByTime(399));
    expect(result.current).toEqual(first);
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toEqual(third);
  });
});
