import { useEffect, useMemo, useRef, type RefObject } from 'react';
import type { ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import {
  zoom,
  zoomIdentity,
  zoomTransform,
  type D3ZoomEvent,
  type ZoomBehavior,
  type ZoomTransform,
} from 'd3-zoom';
import { useTimelineStore, type TimeWindow } from '../state/store.ts';
import { MIN_WINDOW } from './lib/time-window.ts';

export interface ZoomController {
  zoomBy: (factor: number) => void;
  fitAll: () => void;
  /** Moves and scales the view so that [start, end] fills it (with a little margin). */
  showRange: (start: number, end: number) => void;
  /** Pans, keeping the zoom, so that `time` sits in the middle. */
  centerOn: (time: number) => void;
}

/** The d3-zoom transform that shows `window` on a base scale. */
export function transformFor(base: ScaleTime<number, number>, window: TimeWindow): ZoomTransform {
  const [r0, r1] = base.range() as [number, number];
  const x0 = base(window[0]);
  const x1 = base(window[1]);
  const k = (r1 - r0) / Math.max(x1 - x0, 1e-6);
  return zoomIdentity.translate(r0 - x0 * k, 0).scale(k);
}

/**
 * Attaches d3-zoom to the viewport once per base scale. d3 keeps the transform on the DOM node;
 * the store gets the visible window at most once per animation frame, and code moves the view
 * only through `zoom.transform`, so d3's state and ours never disagree.
 */
export function useTimeZoom(
  ref: RefObject<HTMLElement | null>,
  base: ScaleTime<number, number>,
): ZoomController {
  const behaviorRef = useRef<ZoomBehavior<HTMLElement, unknown> | null>(null);

  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    const [d0, d1] = base.domain().map(Number) as [number, number];
    const [r0, r1] = base.range() as [number, number];
    let frame = 0;
    let pending: ZoomTransform | null = null;
    const flush = () => {
      frame = 0;
      if (!pending) return;
      const [w0, w1] = pending.rescaleX(base).domain();
      pending = null;
      useTimelineStore.getState().setWindow([Number(w0), Number(w1)]);
    };

    const behavior = zoom<HTMLElement, unknown>()
      .scaleExtent([1, Math.max(1, (d1 - d0) / MIN_WINDOW)])
      .extent([
        [r0, 0],
        [r1, 1],
      ])
      .translateExtent([
        [r0, -Infinity],
        [r1, Infinity],
      ])
      .clickDistance(4)
      // Horizontal trackpad swipes pan (below); everything else follows d3's defaults. A synthetic
      // mouse event with no `view` (as test tools and some extensions send) would crash d3-drag.
      .filter(
        (event: MouseEvent & WheelEvent) =>
          (!event.ctrlKey || event.type === 'wheel') &&
          !event.button &&
          (event.type !== 'mousedown' || event.view !== null) &&
          (event.type !== 'wheel' || Math.abs(event.deltaX) <= Math.abs(event.deltaY)),
      )
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        pending = event.transform;
        if (!frame) frame = requestAnimationFrame(flush);
      });
    behaviorRef.current = behavior;
    const selection = select(node);
    selection.call(behavior);

    const onSideways = (event: WheelEvent) => {
      if (Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
      event.preventDefault();
      behavior.translateBy(selection, -event.deltaX / zoomTransform(node).k, 0);
    };
    node.addEventListener('wheel', onSideways, { passive: false });

    // Keep the reader's window across a resize or a new base scale; start at "Fit all".
    const window = useTimelineStore.getState().window;
    const inside = window && window[0] >= d0 && window[1] <= d1 && window[1] > window[0];
    behavior.transform(selection, inside ? transformFor(base, window) : zoomIdentity);
    if (!inside) useTimelineStore.getState().setWindow([d0, d1]);

    return () => {
      cancelAnimationFrame(frame);
      node.removeEventListener('wheel', onSideways);
      selection.on('.zoom', null);
      behaviorRef.current = null;
    };
  }, [ref, base]);

  return useMemo<ZoomController>(() => {
    const apply = (
      fn: (behavior: ZoomBehavior<HTMLElement, unknown>, node: HTMLElement) => void,
    ) => {
      const node = ref.current;
      const behavior = behaviorRef.current;
      if (node && behavior) fn(behavior, node);
    };
    return {
      zoomBy: (factor) => apply((b, node) => b.scaleBy(select(node), factor)),
      fitAll: () => apply((b, node) => b.transform(select(node), zoomIdentity)),
      showRange: (start, end) =>
        apply((b, node) => {
          const margin = Math.max((end - start) * 0.15, MIN_WINDOW / 2);
          b.transform(select(node), transformFor(base, [start - margin, end + margin]));
        }),
      centerOn: (time) => apply((b, node) => b.translateTo(select(node), base(time), 0)),
    };
  }, [ref, base]);
}
