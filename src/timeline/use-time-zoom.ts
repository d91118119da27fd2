import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import type { D3ZoomEvent, ZoomBehavior, ZoomTransform } from 'd3-zoom';
import type { TimeWindow } from '../data/time-window.ts';
import { useTimelineStore } from '../state/store.ts';
import { prefersReducedMotion } from '../ui/motion.ts';
import { wheelIntent, wheelPanPixels, wheelZoomExponent } from './lib/gestures.ts';
import { glideWindow, MIN_WINDOW } from './lib/time-window.ts';
import { attachPointerGestures } from './pointer-gestures.ts';

type D3Zoom = typeof import('d3-zoom');

export interface ZoomController {
  zoomBy: (factor: number) => void;
  fitAll: () => void;
  /** Moves and scales the view so that [start, end] fills it (with a little margin). */
  showRange: (start: number, end: number) => void;
  /** Pans, keeping the zoom, so that `time` sits in the middle. */
  centerOn: (time: number) => void;
  /** Shows exactly `view`, gliding there over a moment unless `animate` is false. */
  fitTo: (view: TimeWindow, animate: boolean) => void;
}

const GLIDE_MS = 450;

/** The d3-zoom transform that shows `view` on a base scale. */
function transformFor(
  d3: D3Zoom,
  base: ScaleTime<number, number>,
  view: TimeWindow,
): ZoomTransform {
  const [r0, r1] = base.range() as [number, number];
  const x0 = base(view[0]);
  const x1 = base(view[1]);
  const k = (r1 - r0) / Math.max(x1 - x0, 1e-6);
  return d3.zoomIdentity.translate(r0 - x0 * k, 0).scale(k);
}

/** Whether a window is a real one inside [d0, d1]. */
function within(view: TimeWindow, d0: number, d1: number): boolean {
  return view[0] >= d0 && view[1] <= d1 && view[1] > view[0];
}

/**
 * d3-zoom (with d3-transition and d3-drag behind it) is only needed once the reader interacts,
 * so it loads after first paint and stays out of the initial bundle.
 */
function useD3Zoom(): D3Zoom | null {
  const [module, setModule] = useState<D3Zoom | null>(null);
  useEffect(() => {
    let alive = true;
    import('d3-zoom')
      .then((m) => alive && setModule(m))
      .catch(() =>
        useTimelineStore.getState().notify({
          id: 'zoom-unavailable',
          text: 'Zooming could not be loaded. Reload the page to try again; the list below still works.',
        }),
      );
    return () => {
      alive = false;
    };
  }, []);
  return module;
}

/**
 * Attaches d3-zoom to the viewport once per base scale. d3 keeps the transform on the DOM node;
 * the store gets the visible window at most once per animation frame, and code moves the view
 * only through `zoom.transform`, so d3's state and ours never disagree.
 *
 * Gestures cooperate with the page (lib/gestures.ts): a plain wheel or a vertical swipe scrolls
 * the article; Ctrl/⌘ + wheel and pinches zoom; sideways wheels, Shift + wheel and sideways
 * drags pan.
 */
export function useTimeZoom(
  ref: RefObject<HTMLElement | null>,
  base: ScaleTime<number, number>,
): ZoomController {
  const d3 = useD3Zoom();
  const behaviorRef = useRef<ZoomBehavior<HTMLElement, unknown> | null>(null);
  // The frame of a glide under way (fitTo), stopped as soon as the reader takes over.
  const glideRef = useRef(0);

  // Until d3-zoom is there, show "Fit all", and again if a new range no longer holds the window.
  useEffect(() => {
    const [d0, d1] = base.domain().map(Number) as [number, number];
    const current = useTimelineStore.getState().timeWindow;
    if (!current || !within(current, d0, d1)) {
      useTimelineStore.getState().setTimeWindow([d0, d1]);
    }
  }, [base]);

  useEffect(() => {
    const node = ref.current;
    if (!node || !d3) return;
    const [d0, d1] = base.domain().map(Number) as [number, number];
    const [r0, r1] = base.range() as [number, number];
    let frame = 0;
    let pending: ZoomTransform | null = null;
    const flush = () => {
      frame = 0;
      if (!pending) return;
      const [w0, w1] = pending.rescaleX(base).domain();
      pending = null;
      useTimelineStore.getState().setTimeWindow([Number(w0), Number(w1)]);
    };

    const behavior = d3
      .zoom<HTMLElement, unknown>()
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
      // A double click zooms with an animation; none for readers who ask for reduced motion.
      .duration(prefersReducedMotion() ? 0 : 250)
      // Touch goes through attachPointerGestures: d3's touch listeners cancel every move, which
      // would stop a finger from scrolling the page past the timeline.
      .touchable(false)
      .wheelDelta(wheelZoomExponent)
      // Only Ctrl/⌘ + wheel zooms here (sideways wheels pan below, plain ones scroll the page).
      // A synthetic mouse event with no `view` (as test tools and some extensions send) would
      // crash d3-drag.
      .filter((event: MouseEvent | WheelEvent) =>
        event instanceof WheelEvent
          ? wheelIntent(event) === 'zoom'
          : // Drags of every kind go through attachPointerGestures; d3 keeps the double click.
            event.type === 'dblclick' && !event.ctrlKey && !event.button,
      )
      .on('start.glide', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        if (event.sourceEvent) cancelAnimationFrame(glideRef.current);
      })
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        pending = event.transform;
        if (!frame) frame = requestAnimationFrame(flush);
      });
    behaviorRef.current = behavior;
    const selection = select(node);
    selection.call(behavior);

    const onWheel = (event: WheelEvent) => {
      const intent = wheelIntent(event);
      if (intent === 'scroll') return;
      cancelAnimationFrame(glideRef.current);
      // A zoom d3 did not take was at its limit: even then the browser must not zoom the page.
      event.preventDefault();
      if (intent === 'pan') {
        const dx = wheelPanPixels(event, node.clientWidth);
        behavior.translateBy(selection, dx / d3.zoomTransform(node).k, 0);
      }
    };
    node.addEventListener('wheel', onWheel, { passive: false });
    const detachTouch = attachPointerGestures(node, {
      panBy: (dx) => {
        cancelAnimationFrame(glideRef.current);
        behavior.translateBy(selection, dx / d3.zoomTransform(node).k, 0);
      },
      zoomBy: (k, at) => {
        cancelAnimationFrame(glideRef.current);
        behavior.scaleBy(selection, k, [at.x, at.y]);
      },
    });

    // Keep the reader's window across a resize or a new base scale.
    const current = useTimelineStore.getState().timeWindow;
    behavior.transform(
      selection,
      current && within(current, d0, d1) ? transformFor(d3, base, current) : d3.zoomIdentity,
    );

    return () => {
      cancelAnimationFrame(frame);
      cancelAnimationFrame(glideRef.current);
      node.removeEventListener('wheel', onWheel);
      detachTouch();
      selection.on('.zoom', null);
      behaviorRef.current = null;
    };
  }, [ref, base, d3]);

  return useMemo<ZoomController>(() => {
    const apply = (
      fn: (b: ZoomBehavior<HTMLElement, unknown>, z: D3Zoom, node: HTMLElement) => void,
    ) => {
      const node = ref.current;
      const behavior = behaviorRef.current;
      // Whatever the reader asks for next replaces a glide under way.
      cancelAnimationFrame(glideRef.current);
      if (node && behavior && d3) fn(behavior, d3, node);
    };
    return {
      zoomBy: (factor) => apply((b, _, node) => b.scaleBy(select(node), factor)),
      fitTo: (target, animate) =>
        apply((b, z, node) => {
          const from = useTimelineStore.getState().timeWindow;
          if (!animate || !from) {
            b.transform(select(node), transformFor(z, base, target));
            return;
          }
          const began = performance.now();
          const step = (now: number) => {
            const t = Math.min(1, (now - began) / GLIDE_MS);
            b.transform(select(node), transformFor(z, base, glideWindow(from, target, t)));
            if (t < 1) glideRef.current = requestAnimationFrame(step);
          };
          glideRef.current = requestAnimationFrame(step);
        }),
      fitAll: () => apply((b, z, node) => b.transform(select(node), z.zoomIdentity)),
      showRange: (start, end) =>
        apply((b, z, node) => {
          const margin = Math.max((end - start) * 0.15, MIN_WINDOW / 2);
          b.transform(select(node), transformFor(z, base, [start - margin, end + margin]));
        }),
      centerOn: (time) => apply((b, _, node) => b.translateTo(select(node), base(time), 0)),
    };
  }, [ref, base, d3]);
}
