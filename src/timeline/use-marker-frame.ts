import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Era, TimelineEvent } from '../data/schema.ts';
import type { TimeWindow } from '../data/time-window.ts';
import type { CanvasPalette } from '../ui/theme.ts';
import {
  BADGE_HEIGHT,
  clusterBadge,
  drawMarkers,
  type ChangeText,
  type TextMeasurer,
} from './draw-markers.ts';
import type { Changes } from '../state/changes.ts';
import { createLabelMetrics } from './label-metrics.ts';
import { DENSE_THRESHOLD } from './lib/constants.ts';
import { formatRange, rangeHeading } from './lib/format-range.ts';
import type { LayoutItem } from './lib/layout.ts';
import { eraColor, eraRows, eraStripHeight } from './lib/eras.ts';
import { holds, layoutTrack, type IndexedBand, type TrackLayout } from './lib/track-layout.ts';
import { linkMarks, type ArcFrame, type ArcLink } from './lib/link-arcs.ts';
import { drawLinks } from './draw-links.ts';
import type { Rows } from './draw-markers.ts';
import { NO_BACKDROP, type Backdrop, type PlacedEra } from './draw-backdrop.ts';
import { LANE_HEIGHT, markerGeometry, targetBox } from './lib/marker-geometry.ts';
import { itemKey } from './lib/roving.ts';
import { spanOf, startingIn, type TimeIndex } from './lib/time-index.ts';
import { timeScale } from './lib/time-scale.ts';
import { createThumbnailBitmaps, type ThumbnailBitmaps } from './marker-thumbnails.ts';
import { prepareCanvas } from './prepare-canvas.ts';
import { useOnWindow } from './use-on-window.ts';
import { t } from '../i18n/messages.ts';
import { useHydrated } from '../ui/use-hydrated.ts';
import { memoizeLast } from '../lib/memoize.ts';
import { settleDelay } from './lib/settle-delay.ts';

const MIN_LANES = 3;
/**
 * Lanes open before a label is shortened, up to a share of the screen's height (the axis sticks to
 * the top of the screen, so the last lanes may run a little past the first screen)...
 */
const SCREEN_SHARE = 0.75;
/**
 * On a phone the lanes may run past the first screen (the axis sticks to the top as they scroll):
 * a narrow screen holds few labels per lane, and a readable title is worth a scroll, where a dot
 * behind a "+7" badge is not.
 */
const PHONE_SCREEN_SHARE = 1.1;
const PHONE_WIDTH = 600;
/**
 * ...and, zoomed in to a few years with few enough events to read them all, up to this many, so
 * that every title there is whole; the timeline then grows taller than the screen share.
 */
const MAX_LANES = 24;
const READING_SPAN = 3 * 365.25 * 86_400_000;
const READING_EVENTS = 60;

function maxLanesFor(view: TimeWindow, index: TimeIndex, width: number): number {
  const [from, to] = startingIn(index, view[0], view[1]);
  if (view[1] - view[0] <= READING_SPAN && to - from <= READING_EVENTS) return MAX_LANES;
  const screen = globalThis.innerHeight || 800;
  const share = width < PHONE_WIDTH ? PHONE_SCREEN_SHARE : SCREEN_SHARE;
  return Math.max(MIN_LANES + 2, Math.floor((screen * share) / LANE_HEIGHT));
}

// Keyed by event objects, so one cache serves every store and dataset without growing stale.
const labelMetrics = createLabelMetrics();

export interface MarkerFrameInputs {
  /** All the shown events, for the range heading and the room the lanes get. */
  index: TimeIndex;
  /** The shown events by swimlane: one unlabelled band where the timeline is not grouped. */
  bands: readonly IndexedBand[];
  /** The dataset's eras, drawn behind every lane. */
  eras: readonly Era[];
  width: number;
  extent: TimeWindow;
  /** The open event: always drawn, with its whole title, in bold. */
  pinned: TimelineEvent | undefined;
  colorOf: (event: TimelineEvent) => string;
  palette: CanvasPalette;
  selectedId: string | null;
  /** Where an event's thumbnail loads from, or null for one without (marker-thumbnails). */
  thumbnailAddress: (event: TimelineEvent) => string | null;
  /** The events new or updated since the day in force, badged on the canvas; null for none. */
  changes: Changes | null;
  changeText: ChangeText;
  /** The events whose links are drawn (the open one, the focused one), each with its links. */
  linked: readonly LinkedEvent[];
}

/** An event whose links the frame draws, and those of its links that lead to shown events. */
export interface LinkedEvent {
  event: TimelineEvent;
  links: readonly ArcLink[];
}

export interface MarkerFrameParts {
  canvas: RefObject<HTMLCanvasElement | null>;
  track: RefObject<HTMLElement | null>;
  /** The text of the range heading ("2016–2018"). */
  range: RefObject<HTMLElement | null>;
}

const EMPTY: TrackLayout = { items: [], lanes: 0, inView: 0, dense: false, bands: [], height: 0 };

/** One string per set of drawn items: React renders their buttons only when it changes. */
const itemsKey = (layout: TrackLayout) =>
  layout.items.map(itemKey).join('\n') + layout.bands.map((band) => `\n#${band.key}`).join('');

/**
 * The markers, frame by frame, outside React's render: each window change lays out the events in
 * view, draws them on the canvas, moves their buttons and writes the range heading. React renders
 * the buttons only when the set of drawn items changes (an event comes into view or leaves it),
 * never because an item moved; the layout it returns is the one of that set.
 */
export function useMarkerFrame(parts: MarkerFrameParts, inputs: MarkerFrameInputs): TrackLayout {
  const [rendered, setRendered] = useState<TrackLayout>(EMPTY);
  const renderedKey = useRef('');
  const latest = useRef<TrackLayout>(EMPTY);
  const refocus = useRef(false);
  const settleTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pace = useRef({ last: 0, interval: 0 });
  const drawn = useRef<{ view: TimeWindow; inputs: MarkerFrameInputs } | null>(null);
  const lastFrame = useRef<{ view: TimeWindow; inputs: MarkerFrameInputs } | null>(null);
  const { width } = inputs;
  const elements = (): FrameElements => ({
    canvas: parts.canvas.current,
    track: parts.track.current,
    range: parts.range.current,
  });

  // Thumbnails that arrive are drawn into the frame at rest; a moving view draws them anyway.
  const bitmaps = useRef<ThumbnailBitmaps | null>(null);
  bitmaps.current ??= createThumbnailBitmaps(() => {
    const frame = lastFrame.current;
    if (!frame || !bitmaps.current || parts.track.current?.hasAttribute('data-moving')) return;
    drawFrame(elements(), frame.inputs, frame.view, bitmaps.current, null);
  });

  // A moving frame draws only the rows on screen (drawFrame): a scroll meanwhile draws the rows
  // it brings in, once per animation frame.
  const partial = useRef(false);
  const scrollFrame = useRef(0);
  // Where the track's top is on screen, measured once per motion: measuring in each frame would
  // lay the page out in the middle of it, after the axis has moved its ticks.
  const trackTop = useRef<number | null>(null);
  useEffect(() => {
    const onScroll = () => {
      trackTop.current = null;
      if (!partial.current || scrollFrame.current) return;
      scrollFrame.current = requestAnimationFrame(() => {
        scrollFrame.current = 0;
        const frame = lastFrame.current;
        if (!partial.current || !frame) return;
        const top = parts.track.current?.getBoundingClientRect().top ?? null;
        trackTop.current = top;
        partial.current = drawFrame(
          elements(),
          frame.inputs,
          frame.view,
          bitmaps.current,
          top,
        ).partial;
      });
    };
    addEventListener('scroll', onScroll, { passive: true });
    return () => {
      removeEventListener('scroll', onScroll);
      cancelAnimationFrame(scrollFrame.current);
    };
  });

  // Hydrating, the first frame is drawn a task later (useOnWindow). Until then the track keeps
  // the height the served page reserves for it, which the style React gives it once hydrated
  // would otherwise drop: the page below would move up and back down.
  const hydrated = useHydrated();
  const reserve = useRef(!hydrated);
  useLayoutEffect(() => {
    const track = parts.track.current;
    if (!reserve.current || !track) return;
    reserve.current = false;
    holdReservedHeight(track);
  }, [parts.track]);

  useOnWindow((view, moving) => {
    // A render that changes none of the inputs of a frame at rest (its own buttons arriving, say)
    // would draw that frame again: on a page's first frames, that doubles the longest task. While
    // the view moves, a render draws and settles at once: the motion's next frame needs it.
    const last = drawn.current;
    if (!moving && last?.view === view && sameFrame(last.inputs, inputs)) return;
    drawn.current = moving ? null : { view, inputs };
    lastFrame.current = { view, inputs };
    const track = parts.track.current;
    if (!moving) trackTop.current = null;
    else if (trackTop.current === null && track)
      trackTop.current = track.getBoundingClientRect().top;
    const frame = drawFrame(
      elements(),
      inputs,
      view,
      bitmaps.current,
      moving ? trackTop.current : null,
    );
    latest.current = frame.layout;
    partial.current = frame.partial;
    const settle = () => {
      track?.removeAttribute('data-moving');
      trackTop.current = null;
      // At rest the whole track is drawn, so that scrolling it costs no drawing.
      if (partial.current) {
        partial.current = false;
        drawFrame(elements(), inputs, view, bitmaps.current, null);
      }
      // This frame is the one at rest: the render the new buttons bring need not draw it again
      // (nor place them twice), as long as the view and the inputs are still the same.
      if (moving) drawn.current = { view, inputs };
      const key = itemsKey(latest.current);
      if (key !== renderedKey.current) {
        // A focused button about to go (its event now in a cluster, or out of view) hands the
        // focus on once the new buttons are there, rather than dropping it to the page.
        refocus.current = track?.contains(document.activeElement) ?? false;
        renderedKey.current = key;
        setRendered(latest.current);
      } else if (track) {
        placeButtons(track, latest.current.items, width);
      }
    };
    clearTimeout(settleTimer.current);
    if (!moving) {
      settle();
      return;
    }
    // While the view moves, only the canvas follows: the buttons (invisible hit and focus
    // targets) wait until it rests, and hide meanwhile so that no focus ring floats astray.
    // Set once per motion: every write restyles the hundreds of buttons the attribute hides.
    if (track && !track.hasAttribute('data-moving')) track.setAttribute('data-moving', '');
    settleTimer.current = setTimeout(settle, settleDelay(pace.current, performance.now()));
  }, inputs.extent);

  useEffect(() => () => clearTimeout(settleTimer.current), []);

  // Buttons React has just created take their places from the latest frame.
  useLayoutEffect(() => {
    const track = parts.track.current;
    if (!track) return;
    placeButtons(track, latest.current.items, width);
    if (refocus.current && !track.contains(document.activeElement)) {
      track
        .querySelector<HTMLElement>('button[tabindex="0"], button')
        ?.focus({ preventScroll: true });
    }
    refocus.current = false;
  }, [rendered, parts.track, width]);

  return rendered;
}

function sameFrame(a: MarkerFrameInputs, b: MarkerFrameInputs): boolean {
  return (
    a.index === b.index &&
    a.bands === b.bands &&
    a.eras === b.eras &&
    a.width === b.width &&
    a.pinned === b.pinned &&
    a.colorOf === b.colorOf &&
    a.palette === b.palette &&
    a.selectedId === b.selectedId &&
    a.thumbnailAddress === b.thumbnailAddress &&
    a.changes === b.changes &&
    a.changeText === b.changeText &&
    a.linked === b.linked
  );
}

interface FrameElements {
  canvas: HTMLCanvasElement | null;
  track: HTMLElement | null;
  range: HTMLElement | null;
}

/**
 * Lays out the window's events, draws them and writes the range heading; returns the layout, and
 * whether only the rows on screen were drawn: given where the track's top is on screen, a moving
 * frame draws those alone (a timeline in many swimlanes runs far below the screen, and its hidden
 * rows would cost as much as the rest).
 */
function drawFrame(
  { canvas, track, range }: FrameElements,
  {
    index,
    bands,
    eras,
    width,
    pinned,
    colorOf,
    palette,
    selectedId,
    thumbnailAddress,
    changes,
    changeText,
    linked,
  }: MarkerFrameInputs,
  view: TimeWindow,
  bitmaps: ThumbnailBitmaps | null,
  trackTop: number | null,
): { layout: TrackLayout; partial: boolean } {
  const onScreen = trackTop === null ? null : rowsOnScreen(trackTop);
  const x = timeScale(view, width);
  const placedEras = placeEras(eras, x, view);
  const eraStrip = eras.length ? eraStripHeight(erasInRows(eras).count) : 0;
  const layout = layoutTrack(bands, x, view, {
    width,
    maxLanes: maxLanesFor(view, index, width),
    gap: 8,
    denseThreshold: DENSE_THRESHOLD,
    metricsOf: labelMetrics,
    pinned,
    hasThumbnail: (event) => thumbnailAddress(event) !== null,
    minLanes: MIN_LANES,
    top: eraStrip,
  });
  const { height } = layout;
  if (track) {
    // The track's lane lines (a repeating gradient) start below the era labels, and give way to
    // the bands' own lines where the timeline is grouped.
    const banded = layout.bands.length > 0;
    if (banded !== track.hasAttribute('data-banded')) track.toggleAttribute('data-banded', banded);
    setStyle(track, 'backgroundPositionY', `${layout.bands.length ? 0 : eraStrip}px`);
  }
  const backdrop: Backdrop =
    placedEras.length || layout.bands.length
      ? { bands: layout.bands, eras: placedEras, eraStrip }
      : NO_BACKDROP;
  if (track) setStyle(track, 'height', `${height}px`);
  let rows: Rows | null = null;
  if (canvas) {
    const canvasHeight = roomyHeight(height, parseFloat(canvas.style.height) || 0);
    setStyle(canvas, 'width', `${width}px`);
    setStyle(canvas, 'height', `${canvasHeight}px`);
    const context = prepareCanvas(canvas, width, canvasHeight);
    rows = onScreen && clampRows(onScreen, canvasHeight);
    if (context && rows) {
      context.save();
      context.beginPath();
      context.rect(0, rows.top, width, rows.bottom - rows.top);
      context.clip();
    }
    if (context) {
      drawMarkers(context, layout.items, {
        rows,
        width,
        height: canvasHeight,
        colorOf: (event) => palette.topic(colorOf(event)),
        selectedId,
        ink: palette.ink,
        muted: palette.muted,
        paper: palette.paper,
        thumbnailOf: (event) => {
          const address = thumbnailAddress(event);
          return address === null || !bitmaps ? null : bitmaps.get(address);
        },
        backdrop,
        tint: palette.topic,
        changes: changes?.size
          ? { of: (event) => changes.get(event.id), text: changeText }
          : undefined,
      });
      // Over the markers, every frame: a pan or a zoom moves the ends with them.
      if (linked.length) {
        const frame: ArcFrame = {
          view,
          width,
          badgeWidth: (count) => clusterBadge(context, count).width,
          bandOf: layout.bands.length ? bandLocator(bands, layout) : undefined,
        };
        for (const { event, links } of linked) {
          drawLinks(context, linkMarks(event, links, layout.items, frame), {
            color: palette.topic(colorOf(event)),
            ink: palette.ink,
            paper: palette.paper,
            width,
          });
        }
      }
      if (rows) context.restore();
    }
  }
  const text = rangeHeading(view, spanOf(index));
  if (range && range.textContent !== text) range.textContent = text;
  return { layout, partial: rows !== null };
}

/**
 * How far past the screen's edges a moving frame still draws: a little scrolling while the view
 * moves shows drawn rows at once, and the next frame draws the rows it brings in.
 */
const ROWS_MARGIN = 120;

/** The rows of the track the screen shows (with a margin), in the track's own pixels. */
function rowsOnScreen(top: number): Rows {
  const screen = globalThis.innerHeight || 800;
  return { top: -top - ROWS_MARGIN, bottom: screen - top + ROWS_MARGIN };
}

/** Rows within the canvas, or null where they cover all of it (nothing to leave out). */
function clampRows(rows: Rows, height: number): Rows | null {
  if (rows.top <= 0 && rows.bottom >= height) return null;
  const top = Math.min(Math.max(rows.top, 0), height);
  return { top, bottom: Math.max(top, Math.min(rows.bottom, height)) };
}

/** Where the band that holds an event lies in a frame drawn in bands, found by binary search. */
function bandLocator(bands: readonly IndexedBand[], layout: TrackLayout): ArcFrame['bandOf'] {
  return (event) => {
    const at = bands.findIndex(({ index }) => holds(index, event));
    const band = layout.bands[at];
    return band && { top: band.top, bottom: band.top + band.height };
  };
}

/** The eras' label rows, worked out once per dataset rather than per frame. */
const erasInRows = memoizeLast(eraRows);

/** The eras that reach into the window, with their label rows and colours. */
function placeEras(
  eras: readonly Era[],
  x: (time: number) => number,
  view: TimeWindow,
): PlacedEra[] {
  if (!eras.length) return [];
  const { rows } = erasInRows(eras);
  const placed: PlacedEra[] = [];
  eras.forEach((era, i) => {
    if (era.end <= view[0] || era.start >= view[1]) return;
    placed.push({
      id: era.id,
      title: era.title,
      x0: x(era.start),
      x1: x(era.end),
      row: rows[i] ?? 0,
      color: eraColor(era, i),
    });
  });
  return placed;
}

/** The canvas grows in steps of this many lanes. */
const CANVAS_STEP = 4 * LANE_HEIGHT;

/**
 * The canvas's height for a track of `height`: at least that, kept while it is not more than
 * twice that, else grown or shrunk to a whole step. A new size reallocates the canvas's pixels,
 * which costs more than drawing them: as lanes open and close while the view moves, the canvas
 * keeps its size, and the track (which clips it) takes the new height alone.
 */
export function roomyHeight(height: number, current: number): number {
  if (current >= height && current <= 2 * height) return current;
  return Math.ceil(height / CANVAS_STEP) * CANVAS_STEP;
}

/** Sets the served page's reserved height (and lanes) as the track's own, before its first frame. */
function holdReservedHeight(track: HTMLElement): void {
  // Read first: any inline style ends the reserving rule (prerendered.css).
  const { height } = track.getBoundingClientRect();
  track.style.setProperty('--lane-height', `${LANE_HEIGHT}px`);
  track.style.height = `${height}px`;
}

/** Writes a style only when it changes: a zoom frame mostly keeps the heights it had. */
function setStyle(
  element: HTMLElement,
  property: 'width' | 'height' | 'transform' | 'backgroundPositionY',
  value: string,
): void {
  if (element.style[property] !== value) element.style[property] = value;
}

/** Where there is no canvas to measure with (jsdom): an average digit's width. */
const ESTIMATE = { font: '', measureText: (text: string) => ({ width: text.length * 7.5 }) };

/** Moves each item's button over its drawing and gives it its drawn label, without a render. */
/** Tells what follows a marker's button (its card) that the buttons have moved. */
export const BUTTONS_PLACED = 'timeline-buttons-placed';

function placeButtons(track: HTMLElement, items: readonly LayoutItem[], width: number): void {
  // Only badges are measured: a frame without any creates no canvas context for them.
  let measure: TextMeasurer | undefined;
  const measurer = () => (measure ??= track.querySelector('canvas')?.getContext('2d') ?? ESTIMATE);
  const buttons = new Map<string, HTMLElement>();
  for (const el of track.querySelectorAll<HTMLElement>('[data-item-key]')) {
    buttons.set(el.dataset.itemKey as string, el);
  }
  for (const item of items) {
    const button = buttons.get(itemKey(item));
    if (!button) continue;
    if (item.type === 'cluster') {
      setStyle(button, 'transform', `translate(${Math.round(item.x)}px, ${item.top}px)`);
      setStyle(button, 'width', `${clusterBadge(measurer(), item.count).width}px`);
      setStyle(button, 'height', `${BADGE_HEIGHT}px`);
      const name = t().clusterName(item.count, formatRange(item.start, item.end));
      if (button.getAttribute('aria-label') !== name) {
        button.setAttribute('aria-label', name);
        button.title = `${name}: zoom in`;
      }
      if (button.dataset.start !== String(item.start)) button.dataset.start = String(item.start);
      if (button.dataset.end !== String(item.end)) button.dataset.end = String(item.end);
      continue;
    }
    // The button covers the visible part only, so that its focus ring is never cut off; a lone
    // dot's grows to a finger's size around it.
    const box = targetBox(markerGeometry(item), width);
    // Only what changed: each write restyles its button, and most stay put between rests.
    setStyle(button, 'transform', `translate(${box.left}px, ${box.top}px)`);
    setStyle(button, 'width', `${box.width}px`);
    setStyle(button, 'height', `${box.height}px`);
    const label = item.label?.lines.join(' ') ?? '';
    if (button.dataset.label !== label) button.dataset.label = label;
  }
  track.dispatchEvent(new Event(BUTTONS_PLACED, { bubbles: true }));
}
