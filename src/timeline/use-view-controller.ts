import { useEffect, useLayoutEffect, useMemo, type RefObject } from 'react';
import type { TimeWindow } from '../data/time-window.ts';
import { useTimelineStore } from '../state/store.ts';
import { wheelIntent } from './lib/gestures.ts';
import { pauseStoryForReader } from './reader-moves.ts';
import { createViewController, type ViewController } from './view-controller.ts';
import { useZoomTimeline } from './zoom-timeline.ts';

/**
 * The view's controller for this timeline, the one writer of the store's window: it takes the
 * gestures on the viewport, follows the full range and the width, and is what the page's `+` and
 * `-` keys reach (zoomTimeline). The reader's own moves pause a playing story.
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
    if (!node) return undefined;
    // A drag, a pinch, a click or a zooming wheel on the timeline pauses a playing story; a plain
    // wheel scrolls the page and leaves it playing.
    const onWheel = (event: WheelEvent) => {
      if (wheelIntent(event) !== 'scroll') pauseStoryForReader();
    };
    node.addEventListener('pointerdown', pauseStoryForReader);
    node.addEventListener('wheel', onWheel, { passive: true });
    node.addEventListener('gesturestart', pauseStoryForReader);
    const detach = controller.attach(node);
    return () => {
      node.removeEventListener('pointerdown', pauseStoryForReader);
      node.removeEventListener('wheel', onWheel);
      node.removeEventListener('gesturestart', pauseStoryForReader);
      detach();
    };
  }, [controller, viewport]);

  useZoomTimeline(controller);

  return controller;
}
