import type { LinkKind, TimelineEvent } from '../../data/schema.ts';
import type { TimeWindow } from '../../data/time-window.ts';
import type { LayoutItem, PlacedCluster, PlacedEvent } from './layout.ts';
import { markerGeometry } from './marker-geometry.ts';

/**
 * Where the links of one event (the open or the focused one) are drawn in a frame: a light arc
 * from its marker to each linked event's marker, across lanes and bands; to the badge that
 * gathers a linked event where the view clusters it; or, for an event outside the window, a
 * pointer to the side of the view where it lies, which the drawing labels with its title. Pure,
 * and O(items in view + links): a frame asks for it only for the one or two events whose links
 * show.
 */

/** One link of the event whose links are drawn. */
export interface ArcLink {
  /** The other event. */
  event: TimelineEvent;
  kind: LinkKind;
  /** Whether the link runs from the drawn event to the other (as its own data says), or back. */
  outgoing: boolean;
}

export interface Point {
  x: number;
  y: number;
}

export type LinkMark =
  | {
      type: 'arc';
      link: ArcLink;
      /** A quadratic curve from the drawn event's marker to the other's, bulging upward. */
      from: Point;
      control: Point;
      to: Point;
      /** Whether `to` is the badge that gathers the other event, not its own marker. */
      toBadge: boolean;
    }
  | {
      type: 'pointer';
      link: ArcLink;
      side: 'left' | 'right';
      /** A curve from the drawn event's marker to the edge of the view, where the title goes. */
      from: Point;
      control: Point;
      to: Point;
    };

export interface ArcFrame {
  view: TimeWindow;
  width: number;
  /** A badge's width for its count, as drawn. */
  badgeWidth: (count: number) => number;
  /**
   * The vertical extent of the band that holds an event, in a timeline drawn in bands (its
   * badges lie in it); undefined where there is one band, or none holds it.
   */
  bandOf?: ((event: TimelineEvent) => { top: number; bottom: number } | undefined) | undefined;
}

/** An arc meets a marker at the top of its dot or band. */
const ANCHOR_DROP = 2;
/** The arcs keep this far below the canvas's top edge. */
const TOP_MARGIN = 2;
/** How high an arc rises above the higher of its ends, at the least and at the most. */
const MIN_LIFT = 14;
const MAX_LIFT = 70;
const LIFT_PER_PX = 0.25;
/** Ends closer than this side by side, and further apart up and down, bow sideways. */
const NARROW = 24;
/** A pointer ends this far inside the edge, and each further pointer on a side this far below. */
export const POINTER_INSET = 6;
export const POINTER_ROW = 18;
/** The most a pointer's arrow and title take from the edge inward: a share of the view, at most. */
const POINTER_SHARE = 0.35;
const POINTER_MOST = 280;

/** How far in from the edge a pointer's arrow and title may reach, in a view this wide. */
export function pointerReach(width: number): number {
  return Math.min(POINTER_MOST, width * POINTER_SHARE);
}

export function linkMarks(
  source: TimelineEvent,
  links: readonly ArcLink[],
  items: readonly LayoutItem[],
  frame: ArcFrame,
): LinkMark[] {
  if (!links.length) return [];
  const wanted = new Set(links.map((link) => link.event.id));
  let drawn: PlacedEvent | undefined;
  const placed = new Map<string, PlacedEvent>();
  const clusters: PlacedCluster[] = [];
  for (const item of items) {
    if (item.type === 'cluster') clusters.push(item);
    else if (item.event.id === source.id) drawn = item;
    else if (wanted.has(item.event.id)) placed.set(item.event.id, item);
  }
  // The event's own marker is out of view: nothing to draw from.
  if (!drawn) return [];
  const from = markerAnchor(drawn, frame.width);
  const marks: LinkMark[] = [];
  const pointers = { left: 0, right: 0 };
  const rowsFrom = pointerRows(drawn, from, frame.width);
  for (const link of links) {
    const { event } = link;
    const marker = placed.get(event.id);
    const badge =
      marker || !inWindow(event, frame.view) ? undefined : badgeOf(event, clusters, frame);
    if (marker || badge) {
      const to = marker
        ? markerAnchor(marker, frame.width)
        : badgeAnchor(badge as PlacedCluster, frame.badgeWidth);
      marks.push({ type: 'arc', link, from, control: controlFor(from, to), to, toBadge: !marker });
      continue;
    }
    const side = sideOf(event, frame.view);
    const x = side === 'left' ? POINTER_INSET : frame.width - POINTER_INSET;
    const to = { x, y: rowsFrom[side] + pointers[side] * POINTER_ROW };
    pointers[side]++;
    marks.push({ type: 'pointer', link, side, from, control: controlFor(from, to), to });
  }
  return marks;
}

/**
 * Where the pointers on each side begin, one row under another: level with the event's marker,
 * or under it where the titles at that edge would cover it.
 */
function pointerRows(
  drawn: PlacedEvent,
  from: Point,
  width: number,
): Record<'left' | 'right', number> {
  const box = markerGeometry(drawn);
  const reach = pointerReach(width);
  const below = box.top + box.height + POINTER_ROW / 2;
  return {
    left: box.left < reach ? below : from.y,
    right: box.left + box.width > width - reach ? below : from.y,
  };
}

/** The top of a marker's dot, or of the part of its band in view. */
function markerAnchor(item: PlacedEvent, width: number): Point {
  const y = item.top + ANCHOR_DROP;
  if (item.event.date.kind === 'exact') return { x: (item.x0 + item.x1) / 2, y };
  const left = Math.max(item.x0, 0);
  const right = Math.min(item.x1, width);
  return { x: right > left ? (left + right) / 2 : item.x0, y };
}

function badgeAnchor(badge: PlacedCluster, badgeWidth: ArcFrame['badgeWidth']): Point {
  return { x: badge.x + badgeWidth(badge.count) / 2, y: badge.top };
}

function inWindow(event: TimelineEvent, view: TimeWindow): boolean {
  return event.date.end > view[0] && event.date.start < view[1];
}

/**
 * The badge that gathers an event in view: its range holds the event's start (a badge counts
 * events by their starts), in the event's band where the timeline is drawn in bands.
 */
function badgeOf(
  event: TimelineEvent,
  clusters: readonly PlacedCluster[],
  frame: ArcFrame,
): PlacedCluster | undefined {
  const band = frame.bandOf?.(event);
  return clusters.find(
    (cluster) =>
      cluster.start <= event.date.start &&
      event.date.start < cluster.end &&
      (!band || (cluster.top >= band.top && cluster.top < band.bottom)),
  );
}

/** The side of the view an event outside it lies on; for one in view but not drawn, its start's. */
function sideOf(event: TimelineEvent, view: TimeWindow): 'left' | 'right' {
  if (event.date.end <= view[0]) return 'left';
  if (event.date.start >= view[1]) return 'right';
  return event.date.start < view[0] ? 'left' : 'right';
}

/**
 * The control point of a quadratic curve between two ends: above their middle, higher the further
 * apart they are, and never so high that the curve leaves the canvas's top (see curveTop). Ends
 * one above the other bow sideways instead, to the left, where neither marker's label lies
 * (labels run rightward from their markers), or to the right at the view's left edge.
 */
export function controlFor(from: Point, to: Point): Point {
  const dx = Math.abs(to.x - from.x);
  const dy = Math.abs(to.y - from.y);
  const middle = (from.x + to.x) / 2;
  if (dx < NARROW && dy > NARROW) {
    const bow = Math.min(MAX_LIFT, Math.max(NARROW, dy * LIFT_PER_PX));
    return { x: middle - bow >= 0 ? middle - bow : middle + bow, y: (from.y + to.y) / 2 };
  }
  const lift = Math.min(MAX_LIFT, Math.max(MIN_LIFT, dx * LIFT_PER_PX));
  const top = Math.min(from.y, to.y);
  // The highest control whose curve's top is TOP_MARGIN: solving curveTop(…) = TOP_MARGIN.
  const room = Math.max(from.y - TOP_MARGIN, 0) * Math.max(to.y - TOP_MARGIN, 0);
  const highest = TOP_MARGIN - Math.sqrt(room);
  return { x: middle, y: Math.max(top - 2 * lift, highest) };
}

/** The top of a quadratic curve: where it turns, or the higher end where it does not. */
export function curveTop({ from, control, to }: { from: Point; control: Point; to: Point }) {
  const bend = from.y - 2 * control.y + to.y;
  const turn = bend === 0 ? -1 : (from.y - control.y) / bend;
  if (turn <= 0 || turn >= 1) return Math.min(from.y, to.y);
  return (from.y * to.y - control.y * control.y) / bend;
}
