import { dragIntent, pinchStep, type DragIntent, type Point } from './lib/gestures.ts';

/** How touch moves the view; both are in screen pixels relative to the element. */
export interface TouchView {
  /** Moves the content by dx (positive: to the right). */
  panBy: (dx: number) => void;
  /** Scales by k, keeping the point under `at` where it is. */
  zoomBy: (k: number, at: Point) => void;
}

/** A mouse moving less than this between press and release still clicks (as d3-zoom's clickDistance). */
const MOUSE_SLOP = 4;

/** How long after a drag ends a click on what it ended over is taken as part of the drag. */
const CLICK_AFTER_DRAG_MS = 400;

interface Finger {
  start: Point;
  last: Point;
  intent: DragIntent;
  /** A mouse or pen cannot mean "scroll the page" by dragging: any move past the slop pans. */
  mouse: boolean;
}

/**
 * A mouse or pen dragging pans, as does one finger dragging sideways; two fingers pinch. A vertical swipe is left to the
 * browser, which scrolls the page (the element has touch-action: pan-y) and cancels the pointer.
 * Pointer events rather than touch events: nothing here ever cancels a move, so scrolling stays
 * with the browser's compositor. A tap stays a tap: the pointer is captured only once it moves.
 *
 * Returns a function that detaches the listeners.
 */
export function attachPointerGestures(node: HTMLElement, view: TouchView): () => void {
  const fingers = new Map<number, Finger>();
  let origin: Point = { x: 0, y: 0 };
  // A drag that ends over a marker must not also open it (as d3-drag does after a mouse drag).
  // A tap's click follows its pointerup in a separate input event, so allow it a moment.
  let dragged = false;
  let swallowClicksUntil = 0;

  const at = (event: PointerEvent): Point => ({
    x: event.clientX - origin.x,
    y: event.clientY - origin.y,
  });
  const capture = (id: number) => {
    if (!node.hasPointerCapture(id)) node.setPointerCapture(id);
  };
  const pair = () => [...fingers.values()].slice(0, 2) as [Finger, Finger];

  const onDown = (event: PointerEvent) => {
    // A mouse or pen drags with its main button; a finger may be one of two.
    if (event.pointerType !== 'touch') {
      if (event.button !== 0) return;
      // A mouse released outside before it moved far enough never told us: start afresh.
      for (const [id, finger] of fingers) if (finger.mouse) fingers.delete(id);
      if (fingers.size > 0) return;
    }
    if (fingers.size === 0) {
      // The page does not scroll while the timeline holds a finger: measure once per gesture.
      const box = node.getBoundingClientRect();
      origin = { x: box.left + node.clientLeft, y: box.top + node.clientTop };
    }
    swallowClicksUntil = 0;
    const point = at(event);
    fingers.set(event.pointerId, {
      start: point,
      last: point,
      intent: 'undecided',
      mouse: event.pointerType !== 'touch',
    });
  };

  const onMove = (event: PointerEvent) => {
    const finger = fingers.get(event.pointerId);
    if (!finger) return;
    const point = at(event);

    if (fingers.size >= 2) {
      const [a, b] = pair();
      const before: [Point, Point] = [a.last, b.last];
      finger.last = point;
      if (finger !== a && finger !== b) return;
      for (const id of fingers.keys()) capture(id);
      const step = pinchStep(before, [a.last, b.last]);
      if (step.dx) view.panBy(step.dx);
      if (step.k !== 1) view.zoomBy(step.k, step.center);
      a.intent = b.intent = 'pan';
      dragged = true;
      return;
    }

    if (finger.intent === 'undecided') {
      const dx = point.x - finger.start.x;
      const dy = point.y - finger.start.y;
      finger.intent = finger.mouse
        ? Math.hypot(dx, dy) < MOUSE_SLOP
          ? 'undecided'
          : 'pan'
        : dragIntent(dx, dy);
      if (finger.intent === 'undecided') return;
      if (finger.intent === 'pan') {
        capture(event.pointerId);
        dragged = true;
      }
    }
    if (finger.intent === 'pan') view.panBy(point.x - finger.last.x);
    finger.last = point;
  };

  const onUp = (event: PointerEvent) => {
    if (!fingers.delete(event.pointerId)) return;
    if (dragged && fingers.size === 0) {
      dragged = false;
      swallowClicksUntil = event.timeStamp + CLICK_AFTER_DRAG_MS;
    }
  };
  const onClick = (event: MouseEvent) => {
    if (event.timeStamp > swallowClicksUntil) return;
    event.preventDefault();
    event.stopPropagation();
  };

  node.addEventListener('pointerdown', onDown);
  node.addEventListener('pointermove', onMove);
  node.addEventListener('pointerup', onUp);
  node.addEventListener('pointercancel', onUp);
  node.addEventListener('click', onClick, true);
  return () => {
    node.removeEventListener('pointerdown', onDown);
    node.removeEventListener('pointermove', onMove);
    node.removeEventListener('pointerup', onUp);
    node.removeEventListener('pointercancel', onUp);
    node.removeEventListener('click', onClick, true);
  };
}
