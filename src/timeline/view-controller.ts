import { prefersReducedMotion } from '../ui/motion.ts';
import {
  gestureZoomFactor,
  wheelIntent,
  wheelPanPixels,
  wheelZoomExponent,
  type PinchGestureLike,
} from './lib/gestures.ts';
import { ZOOM_STEP } from './lib/constants.ts';
import { storyWindow } from './lib/story-window.ts';
import { centerWindow, clampWindow, panWindow, zoomWindow } from './lib/view-math.ts';
import { glideWindow, MIN_WINDOW, reveals } from './lib/time-window.ts';
import { attachPointerGestures } from './pointer-gestures.ts';

import type { TimelineEvent } from '../data/schema.ts';
import type { TimeWindow } from '../data/time-window.ts';

/** Where the controller reads and writes the visible window (the store). */
export interface WindowSink {
  get: () => TimeWindow | null;
  set: (view: TimeWindow) => void;
}

/** Zoom in (+1) or out (-1) by one step, as the Zoom in and Zoom out buttons do. */
export type ZoomDirection = 1 | -1;

/**
 * The one writer of the visible window: everything that moves the view (the gestures it takes on
 * the viewport, the toolbar and the keys, the overview, a cluster's badge, Fit all and the
 * filters, the open event, the story's steps) asks it.
 */
export interface ViewController {
  /** The full range and the viewport's width, as they change (data, resize). */
  setGeometry: (range: TimeWindow, width: number) => void;
  /** One step of Zoom in or Zoom out, around the middle. */
  zoomStep: (direction: ZoomDirection) => void;
  zoomBy: (factor: number) => void;
  /** Moves and scales the view so that [start, end] fills it (with a little margin). */
  showRange: (start: number, end: number) => void;
  /** Pans, keeping the zoom, so that `time` sits in the middle. */
  centerOn: (time: number) => void;
  /** Pans by a share of the window's span (positive: later), keeping the zoom. */
  panByShare: (share: number) => void;
  /**
   * Pans, keeping the zoom, to bring an event into view: centred, or the start of one longer
   * than the window; a view that already shows it stays.
   */
  reveal: (event: TimelineEvent) => void;
  /** Pans and zooms to a story's step (storyWindow), gliding there unless `animate` is false. */
  followStory: (event: TimelineEvent, animate: boolean) => void;
  /** Shows exactly `window`, gliding there over a moment unless `animate` is false. */
  fitTo: (window: TimeWindow, animate: boolean) => void;
  /**
   * Wheel, drag, pinch (Safari's trackpad pinch too) and double click on the viewport; returns a
   * function that detaches.
   */
  attach: (node: HTMLElement) => () => void;
}

const GLIDE_MS = 450;
const DOUBLE_CLICK_ZOOM = 2;

/**
 * The view's window and the gestures that move it: d3-zoom's behaviour (zoom around the pointer,
 * drag to pan, double click to zoom in, Shift + double click out, limits on both) over the pure
 * window maths of lib/view-math.ts, in a few hundred bytes instead of d3-zoom with d3-drag and
 * d3-transition. Gestures cooperate with the page (lib/gestures.ts): a plain wheel or a vertical
 * swipe scrolls the article; Ctrl/⌘ + wheel and pinches zoom; sideways wheels, Shift + wheel and
 * sideways drags pan. The store hears of a change at most once per animation frame.
 */
export function createViewController(sink: WindowSink): ViewController {
  let range: TimeWindow = [0, 1];
  let width = 1;
  let pending: TimeWindow | null = null;
  let frame = 0;
  let glide = 0;

  const current = (): TimeWindow => pending ?? sink.get() ?? range;
  const flush = () => {
    frame = 0;
    if (pending) sink.set(pending);
    pending = null;
  };
  const show = (next: TimeWindow) => {
    pending = next;
    if (!frame) frame = requestAnimationFrame(flush);
  };
  const stopGlide = () => cancelAnimationFrame(glide);
  const timeAt = (x: number) => {
    const [w0, w1] = current();
    return w0 + ((w1 - w0) * x) / width;
  };
  const zoomAt = (factor: number, x: number) =>
    show(zoomWindow(current(), factor, timeAt(x), range, MIN_WINDOW));
  const panBy = (dx: number) => {
    const [w0, w1] = current();
    show(panWindow(current(), (-dx * (w1 - w0)) / width, range, MIN_WINDOW));
  };
  const centerOn = (time: number) => {
    stopGlide();
    show(centerWindow(current(), time, range, MIN_WINDOW));
  };
  const glideTo = (target: TimeWindow) => {
    stopGlide();
    const from = current();
    const began = performance.now();
    const step = (now: number) => {
      // A frame's time is when the frame began, which can come before `began`: never below 0,
      // where the easing would run backwards (and, far enough, to infinite windows).
      const t = Math.min(1, Math.max(0, (now - began) / GLIDE_MS));
      show(glideWindow(from, target, t));
      if (t < 1) glide = requestAnimationFrame(step);
    };
    glide = requestAnimationFrame(step);
  };
  const fitTo = (target: TimeWindow, animate: boolean) => {
    stopGlide();
    const next = clampWindow(target, range, MIN_WINDOW);
    if (animate && !prefersReducedMotion()) glideTo(next);
    else show(next);
  };
  const zoomBy = (factor: number) => {
    stopGlide();
    zoomAt(factor, width / 2);
  };

  return {
    setGeometry: (nextRange, nextWidth) => {
      const previous = range;
      range = nextRange;
      width = Math.max(nextWidth, 1);
      // Keep the reader's window across a resize and a newer version of the store; a new range
      // that no longer holds it shows all. A window on the whole range follows the range, so
      // that a reader who has not zoomed sees events added before or after the others.
      const view = sink.get();
      const whole = view && view[0] === previous[0] && view[1] === previous[1];
      const inside = view && view[0] >= range[0] && view[1] <= range[1] && view[1] > view[0];
      if (!inside || (whole && (range[0] !== previous[0] || range[1] !== previous[1]))) {
        stopGlide();
        sink.set(range);
      }
    },
    zoomStep: (direction) => zoomBy(direction > 0 ? ZOOM_STEP : 1 / ZOOM_STEP),
    zoomBy,
    showRange: (start, end) => {
      const margin = Math.max((end - start) * 0.15, MIN_WINDOW / 2);
      fitTo([start - margin, end + margin], false);
    },
    centerOn,
    panByShare: (share) => {
      const [w0, w1] = current();
      centerOn((w0 + w1) / 2 + (w1 - w0) * share);
    },
    reveal: (event) => {
      // Before the timeline has a window there is nothing to bring the event into.
      if (!sink.get()) return;
      const view = current();
      if (reveals(view, event)) return;
      const span = view[1] - view[0];
      const { start, end } = event.date;
      centerOn(end - start > span * 0.8 ? start + span * 0.4 : start + (end - start) / 2);
    },
    followStory: (event, animate) => fitTo(storyWindow(event), animate),
    fitTo,
    attach: (node) => {
      const xOf = (event: { clientX: number }) => event.clientX - node.getBoundingClientRect().left;
      // Safari's trackpad pinch arrives as gesture events, each with the scale since the pinch
      // began, which the browser would take to zoom the page. Some versions send Ctrl + wheels
      // for the same pinch too: while one is under way, those are its own, not a second zoom.
      let gestureScale = 1;
      let pinching = false;
      const onWheel = (event: WheelEvent) => {
        const intent = wheelIntent(event);
        if (intent === 'scroll') return;
        // Even a zoom at its limit must not fall through to the browser, which would zoom the page.
        event.preventDefault();
        if (pinching && intent === 'zoom') return;
        stopGlide();
        if (intent === 'pan') panBy(wheelPanPixels(event, node.clientWidth));
        else zoomAt(2 ** wheelZoomExponent(event), xOf(event));
      };
      const onDoubleClick = (event: MouseEvent) => {
        // A double click on a marker opens it twice, nothing more.
        if ((event.target as Element).closest('button')) return;
        const factor = event.shiftKey ? 1 / DOUBLE_CLICK_ZOOM : DOUBLE_CLICK_ZOOM;
        const view = current();
        const span = view[1] - view[0];
        const at = timeAt(xOf(event));
        const target = zoomWindow(view, factor, at, range, MIN_WINDOW);
        fitTo(target, span !== target[1] - target[0]);
      };
      const onGestureStart = (event: Event) => {
        event.preventDefault();
        stopGlide();
        pinching = true;
        gestureScale = (event as unknown as PinchGestureLike).scale || 1;
      };
      const onGestureChange = (event: Event) => {
        event.preventDefault();
        const gesture = event as unknown as PinchGestureLike;
        const factor = gestureZoomFactor(gestureScale, gesture.scale);
        gestureScale = gesture.scale;
        stopGlide();
        if (factor !== 1) zoomAt(factor, xOf(gesture));
      };
      const onGestureEnd = (event: Event) => {
        event.preventDefault();
        pinching = false;
      };
      node.addEventListener('wheel', onWheel, { passive: false });
      node.addEventListener('dblclick', onDoubleClick);
      node.addEventListener('gesturestart', onGestureStart);
      node.addEventListener('gesturechange', onGestureChange);
      node.addEventListener('gestureend', onGestureEnd);
      const detachPointers = attachPointerGestures(node, {
        panBy: (dx) => {
          stopGlide();
          panBy(dx);
        },
        zoomBy: (k, at) => {
          stopGlide();
          zoomAt(k, at.x);
        },
      });
      return () => {
        cancelAnimationFrame(frame);
        frame = 0;
        pending = null;
        stopGlide();
        node.removeEventListener('wheel', onWheel);
        node.removeEventListener('dblclick', onDoubleClick);
        node.removeEventListener('gesturestart', onGestureStart);
        node.removeEventListener('gesturechange', onGestureChange);
        node.removeEventListener('gestureend', onGestureEnd);
        detachPointers();
      };
    },
  };
}
