/**
 * A frame's drawing on the canvas: the markers (draw-markers), the links over them (draw-links),
 * on a canvas sized with room to spare, and, while the view moves, only the rows on screen.
 */
import type { TimelineEvent } from '../data/schema.ts';
import type { TimeWindow } from '../data/time-window.ts';
import type { CanvasPalette } from '../ui/theme.ts';
import type { Changes } from '../state/changes.ts';
import type { Backdrop } from './draw-backdrop.ts';
import { drawLinks } from './draw-links.ts';
import {
  clusterBadge,
  drawMarkers,
  type ChangeText,
  type DrawOptions,
  type Rows,
} from './draw-markers.ts';
import { linkMarks, type ArcFrame, type ArcLink } from './lib/link-arcs.ts';
import { LANE_HEIGHT } from './lib/marker-geometry.ts';
import { holds, type IndexedBand, type TrackLayout } from './lib/track-layout.ts';
import type { ThumbnailBitmaps } from './marker-thumbnails.ts';
import { prepareCanvas } from './prepare-canvas.ts';
import { setStyle } from './set-style.ts';
import type { Surface } from './surface.ts';

/** An event whose links the frame draws, and those of its links that lead to shown events. */
export interface LinkedEvent {
  event: TimelineEvent;
  links: readonly ArcLink[];
}

/** What the canvas is drawn with, besides the layout. */
export interface CanvasInputs {
  /** The shown events by swimlane, to find the band a link's end lies in. */
  bands: readonly IndexedBand[];
  width: number;
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

/**
 * Draws a frame's layout on the canvas; says whether it drew only some rows. Given the rows on
 * screen (a moving frame), it draws those alone: a timeline in many swimlanes runs far below the
 * screen, and its hidden rows would cost as much as the rest.
 */
export function drawCanvas(
  canvas: HTMLCanvasElement,
  layout: TrackLayout,
  backdrop: Backdrop,
  inputs: CanvasInputs,
  view: TimeWindow,
  bitmaps: ThumbnailBitmaps | null,
  onScreen: Rows | null,
): boolean {
  const { width } = inputs;
  const canvasHeight = roomyHeight(layout.height, parseFloat(canvas.style.height) || 0);
  setStyle(canvas, 'width', `${width}px`);
  setStyle(canvas, 'height', `${canvasHeight}px`);
  const context = prepareCanvas(canvas, width, canvasHeight);
  const rows = onScreen && clampRows(onScreen, canvasHeight);
  if (!context) return rows !== null;
  if (rows) {
    context.save();
    context.beginPath();
    context.rect(0, rows.top, width, rows.bottom - rows.top);
    context.clip();
  }
  paintFrame(context, layout, backdrop, inputs, view, {
    height: canvasHeight,
    rows,
    thumbnailOf: (address) => (bitmaps ? bitmaps.get(address) : null),
    badges: 'copied',
  });
  if (rows) context.restore();
  return rows !== null;
}

/** How a frame is painted on its surface, besides what it shows. */
export interface FramePaint {
  height: number;
  /** The only rows to draw, or null for all (see drawMarkers). */
  rows: Rows | null;
  /** A thumbnail's decoded picture by its address, or null while there is none. */
  thumbnailOf: (address: string) => CanvasImageSource | null;
  badges: NonNullable<DrawOptions['badges']>;
}

/**
 * The frame's markers and, over them, the links of the linked events, on any surface: the canvas
 * each frame, an SVG for a page built ahead of time.
 */
export function paintFrame(
  context: Surface,
  layout: TrackLayout,
  backdrop: Backdrop,
  {
    bands,
    width,
    colorOf,
    palette,
    selectedId,
    thumbnailAddress,
    changes,
    changeText,
    linked,
  }: CanvasInputs,
  view: TimeWindow,
  { height, rows, thumbnailOf, badges }: FramePaint,
): void {
  drawMarkers(context, layout.items, {
    rows,
    width,
    height,
    colorOf: (event) => palette.topic(colorOf(event)),
    selectedId,
    ink: palette.ink,
    muted: palette.muted,
    paper: palette.paper,
    thumbnailOf: (event) => {
      const address = thumbnailAddress(event);
      return address === null ? null : thumbnailOf(address);
    },
    backdrop,
    tint: palette.topic,
    changes: changes?.size ? { of: (event) => changes.get(event.id), text: changeText } : undefined,
    badges,
  });
  // Over the markers, every frame: a pan or a zoom moves the ends with them.
  if (!linked.length) return;
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

/**
 * How far past the screen's edges a moving frame still draws: a little scrolling while the view
 * moves shows drawn rows at once, and the next frame draws the rows it brings in.
 */
const ROWS_MARGIN = 120;

/** The rows of the track the screen shows (with a margin), in the track's own pixels. */
export function rowsOnScreen(top: number): Rows {
  const screen = globalThis.innerHeight || 800;
  return { top: -top - ROWS_MARGIN, bottom: screen - top + ROWS_MARGIN };
}

/** Rows within the canvas, or null where they cover all of it (nothing to leave out). */
export function clampRows(rows: Rows, height: number): Rows | null {
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
