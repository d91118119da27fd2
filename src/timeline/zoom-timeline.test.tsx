import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetTimelineStore, useTimelineStore } from '../state/store.ts';
import type { ViewController } from './view-controller.ts';
import { useZoomTimeline, zoomTimeline } from './zoom-timeline.ts';

afterEach(resetTimelineStore);

/** A controller that only records its zoom steps. */
const recording = () => {
  const zoomStep = vi.fn();
  return { controller: { zoomStep } as unknown as ViewController, zoomStep };
};

describe('zoomTimeline', () => {
  it('zooms the mounted timeline by one step, pausing a playing story', () => {
    const { controller, zoomStep } = recording();
    useTimelineStore.setState({ story: { step: 0, playing: true, speed: 1, by: 'story' } });
    const { unmount } = renderHook(() => useZoomTimeline(controller));
    expect(zoomTimeline(1)).toBe(true);
    expect(zoomTimeline(-1)).toBe(true);
    expect(zoomStep.mock.calls).toEqual([[1], [-1]]);
    expect(useTimelineStore.getState().story?.playing).toBe(false);
    unmount();
    expect(zoomTimeline(1)).toBe(false);
    expect(zoomStep).toHaveBeenCalledTimes(2);
  });

  it('reaches the timeline mounted last, and none once it has gone', () => {
    const first = recording();
    const second = recording();
    const { unmount: unmountFirst } = renderHook(() => useZoomTimeline(first.controller));
    const { unmount: unmountSecond } = renderHook(() => useZoomTimeline(second.controller));
    zoomTimeline(1);
    expect(second.zoomStep).toHaveBeenCalledWith(1);
    expect(first.zoomStep).not.toHaveBeenCalled();
    // The first one going does not take the second one's place away.
    unmountFirst();
    expect(zoomTimeline(-1)).toBe(true);
    expect(second.zoomStep).toHaveBeenLastCalledWith(-1);
    unmountSecond();
    expect(zoomTimeline(-1)).toBe(false);
  });
});
