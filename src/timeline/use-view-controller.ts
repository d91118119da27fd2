import { useEffect, useLayoutEffect, useMemo, type RefObject } from 'react';
import type { TimeWindow } from '../data/time-window.ts';
import { useTimelineStore } from '../state/store.ts';
import { ZOOM_STEP } from './lib/constants.ts';
import { createViewController, type ViewController } from './view-controller.ts';

/**
 * The view's controller for this timeline: it writes the store's window, takes the gestures on
 * the viewport, follows the full range and the width, and carries out zoom requests (`+`, `-`).
 */
export function useViewController(
  viewport: RefObject<HTMLElement | null>,
  extent: TimeWindow,
  width: number,
): ViewController {
  const controller = useMemo(
    () =>
      createViewController({
        get: () => useTimelineStore.getState().timeWindow,
        set: (view) => useTimelineStore.getState().setTimeWindow(view),
      }),
    [],
  );

  useLayoutEffect(() => controller.setGeometry(extent, width), [controller, extent, width]);

  useEffect(() => {
    const node = viewport.current;
    return node ? controller.attach(node) : undefined;
  }, [controller, viewport]);

  useEffect(
    () =>
      useTimelineStore.subscribe(
        (s) => s.zoomRequest,
        (request) => {
          if (request) controller.zoomBy(request.direction > 0 ? ZOOM_STEP : 1 / ZOOM_STEP);
        },
      ),
    [controller],
  );

  return controller;
}
