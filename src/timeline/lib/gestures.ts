/**
 * Cooperative gestures, as maps embedded in articles do them: the timeline takes only the
 * gestures that cannot mean "scroll the page", so a reader scrolling past it is never trapped.
 */

/** What a wheel event over the timeline should do. */
export type WheelIntent = 'zoom' | 'pan' | 'scroll';

/** The fields of a WheelEvent the decisions below read (a plain object in tests). */
export interface WheelLike {
  deltaX: number;
  deltaY: number;
  deltaMode: number;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/**
 * Ctrl or ⌘ zooms (a trackpad pinch arrives as a wheel with ctrlKey); a sideways wheel or Shift
 * pans; everything else belongs to the page.
 */
export function wheelIntent(event: WheelLike): WheelIntent {
  if (event.ctrlKey || event.metaKey) return 'zoom';
  if (event.shiftKey) return 'pan';
  if (Math.abs(event.deltaX) > Math.abs(event.deltaY)) return 'pan';
  return 'scroll';
}

const LINE_HEIGHT = 16;

/** A wheel delta in pixels, whether it was given in pixels, lines or pages. */
function inPixels(delta: number, deltaMode: number, pageSize: number): number {
  if (deltaMode === 1) return delta * LINE_HEIGHT;
  if (deltaMode === 2) return delta * pageSize;
  return delta;
}

/**
 * How far (in screen pixels, positive to the right) a panning wheel moves the content. Shift
 * with a vertical wheel arrives with its delta in deltaY or, where the browser swaps the axes
 * itself, in deltaX: the larger one is the reader's.
 */
export function wheelPanPixels(event: WheelLike, pageSize: number): number {
  const delta = Math.abs(event.deltaX) > Math.abs(event.deltaY) ? event.deltaX : event.deltaY;
  return -inPixels(delta, event.deltaMode, pageSize);
}

/** At most this many doublings per wheel event, so that a mouse notch and a pinch feel alike. */
const MAX_WHEEL_ZOOM = 0.5;

/**
 * The power of two a zooming wheel scales by (d3-zoom's `wheelDelta`). Every zooming wheel is
 * a Ctrl/⌘ one, so d3's tenfold boost for pinches applies to all; the cap keeps a mouse notch
 * (100 px or more) to one comfortable step instead of a leap across years.
 */
export function wheelZoomExponent(event: WheelLike): number {
  const perUnit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
  const exponent = -event.deltaY * perUnit * 10;
  return Math.max(-MAX_WHEEL_ZOOM, Math.min(MAX_WHEEL_ZOOM, exponent));
}

/** The fields of `navigator` that tell an Apple device (userAgentData is Chromium-only). */
export interface NavigatorLike {
  platform?: string;
  userAgent?: string;
  userAgentData?: { platform?: string };
}

/** Whether the reader's keyboard has ⌘ rather than Ctrl for the zoom modifier. */
export function isApplePlatform(nav: NavigatorLike): boolean {
  const platform = nav.userAgentData?.platform || nav.platform || nav.userAgent || '';
  return /mac|iphone|ipad|ipod/i.test(platform);
}

/** The modifier key's name as the reader's keyboard prints it. */
export function zoomModifierLabel(nav: NavigatorLike): string {
  return isApplePlatform(nav) ? '⌘' : 'Ctrl';
}

/** Below this distance (in CSS pixels) a touch is still a tap, and belongs to what it touched. */
const TOUCH_SLOP = 8;

/** What a single finger's movement so far means. */
export type DragIntent = 'undecided' | 'pan' | 'scroll';

/**
 * A finger that has moved past the slop pans when it went mostly sideways; otherwise the
 * browser scrolls the page (touch-action: pan-y) and the timeline leaves it alone.
 */
export function dragIntent(dx: number, dy: number, slop = TOUCH_SLOP): DragIntent {
  if (Math.hypot(dx, dy) < slop) return 'undecided';
  return Math.abs(dx) > Math.abs(dy) ? 'pan' : 'scroll';
}

export interface Point {
  x: number;
  y: number;
}

/** One step of a two-finger gesture: pan by the midpoint's move, then scale around it. */
export interface PinchStep {
  /** Horizontal move of the midpoint, in screen pixels. */
  dx: number;
  /** Scale factor, the ratio of the distances between the fingers. */
  k: number;
  /** The midpoint after the step, where the scale is anchored. */
  center: Point;
}

/** Fingers (nearly) on top of each other would make the scale factor explode. */
const MIN_SPREAD = 8;

export function pinchStep(before: [Point, Point], after: [Point, Point]): PinchStep {
  const spread = ([a, b]: [Point, Point]) => Math.max(Math.hypot(a.x - b.x, a.y - b.y), MIN_SPREAD);
  const middle = ([a, b]: [Point, Point]): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
  const m0 = middle(before);
  const m1 = middle(after);
  return { dx: m1.x - m0.x, k: spread(after) / spread(before), center: m1 };
}

/** Safari's trackpad pinch (GestureEvent, Safari only): its scale since the pinch began. */
export interface PinchGestureLike {
  scale: number;
  clientX: number;
}

/** A pinch's scale below this (or not a number) is taken as this: a step never flips or explodes. */
const MIN_GESTURE_SCALE = 0.01;

/**
 * The factor one step of Safari's trackpad pinch zooms by: the ratio of its scale to the scale at
 * the previous event, since each event gives the scale from the start of the pinch.
 */
export function gestureZoomFactor(previousScale: number, scale: number): number {
  const safe = (s: number) => (Number.isFinite(s) ? Math.max(s, MIN_GESTURE_SCALE) : 1);
  return safe(scale) / safe(previousScale);
}
