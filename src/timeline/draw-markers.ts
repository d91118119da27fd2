import type { LayoutItem } from './lib/layout.ts';
import {
  CHANGE_BADGE_HEIGHT,
  changeBadgeBox,
  DOT,
  LABEL_TOP,
  LANE_HEIGHT,
  labelTextX,
  LINE_HEIGHT,
  markerGeometry,
  OUTLINE,
  THUMB_HEIGHT,
  THUMB_WIDTH,
} from './lib/marker-geometry.ts';
import { LABEL_FONT } from './label-metrics.ts';
import type { TimelineEvent } from '../data/schema.ts';
import { assertNever } from '../lib/assert-never.ts';
import { formatNumber } from '../i18n/format.ts';
import { drawBackdrop, type Backdrop } from './draw-backdrop.ts';
import { BADGE_FONT, CHANGE_FONT, setFont } from './canvas-font.ts';
import { createSpriteCache } from './sprite-cache.ts';
import type { Surface } from './surface.ts';
import type { ChangeKind } from '../state/changes.ts';

/** A stretch of a canvas's rows, in CSS pixels from its top. */
export interface Rows {
  top: number;
  bottom: number;
}

export interface DrawOptions {
  width: number;
  height: number;
  /**
   * The only rows to draw markers in, or null for all: a moving frame of a timeline taller than
   * the screen draws what is on screen. The caller clips to them.
   */
  rows?: Rows | null;
  colorOf: (event: TimelineEvent) => string;
  selectedId: string | null;
  ink: string;
  /** For cluster badges: their border, and their fill. */
  muted: string;
  paper: string;
  /**
   * An event's thumbnail, decoded, or null while it loads (or where it failed): its box is then
   * drawn empty, so that a picture arriving moves nothing.
   */
  thumbnailOf?: (event: TimelineEvent) => CanvasImageSource | null;
  /** Eras and swimlanes, drawn first, behind the markers. */
  backdrop?: Backdrop | undefined;
  /** A data colour (an era's, a group's) as the page shows it. */
  tint?: (color: string) => string;
  /** Whether an event is new or updated since the day in force, and the badges' words. */
  changes?: { of: (event: TimelineEvent) => ChangeKind | undefined; text: ChangeText } | undefined;
  /**
   * How cluster badges are drawn: copied from bitmaps painted once (a canvas's frame, the
   * default), or painted in place, on a surface that is not a canvas: an SVG has no bitmaps.
   */
  badges?: 'copied' | 'painted';
}

/** The words of the badges: "New", "Updated". */
export type ChangeText = Readonly<Record<ChangeKind, string>>;

/** A cluster badge's size: the button over it takes the same (see clusterBadge). */
export const BADGE_HEIGHT = 26;
const BADGE_PADDING = 8;
const BADGE_MIN_WIDTH = 36;
const DASH = [3, 2];
const SOLID: number[] = [];

/** A cluster badge's text and width, for the canvas and the button over it alike. */
export interface TextMeasurer {
  font: string;
  measureText: (text: string) => { width: number };
}

/** Badge widths by measurer and text: setting a canvas's font parses it, every time. */
const badgeWidths = new WeakMap<TextMeasurer, Map<string, number>>();

export function clusterBadge(
  context: TextMeasurer,
  count: number,
): { text: string; width: number } {
  const text = `+${formatNumber(count)}`;
  let widths = badgeWidths.get(context);
  if (!widths) badgeWidths.set(context, (widths = new Map()));
  let width = widths.get(text);
  if (width === undefined) {
    context.font = BADGE_FONT;
    width = Math.max(
      BADGE_MIN_WIDTH,
      Math.ceil(context.measureText(text).width) + 2 * BADGE_PADDING,
    );
    widths.set(text, width);
  }
  return { text, width };
}

const CHANGE_PADDING = 5;
/** Change badge widths by measurer and text, as for cluster badges. */
const changeWidths = new WeakMap<TextMeasurer, Map<string, number>>();

/** A change badge's width; the font must be set. */
function changeBadgeWidth(context: TextMeasurer, text: string): number {
  let widths = changeWidths.get(context);
  if (!widths) changeWidths.set(context, (widths = new Map()));
  let width = widths.get(text);
  if (width === undefined) {
    width = Math.ceil(context.measureText(text).width) + 2 * CHANGE_PADDING;
    widths.set(text, width);
  }
  return width;
}

/**
 * Draws the markers of a layout: a dot for a known day, a dashed band over the uncertain range for
 * a month, season or year, a solid bar for a span, and each label as laid out. One canvas
 * pass per frame costs far less than restyling and relaying out a DOM node per marker.
 */
export function drawMarkers(
  context: Surface,
  items: readonly LayoutItem[],
  options: DrawOptions,
): void {
  const { width, height, colorOf, selectedId, ink, muted, paper, thumbnailOf } = options;
  const rows = options.rows ?? null;
  context.clearRect(0, 0, width, height);
  if (options.backdrop) {
    const tint = options.tint ?? ((color: string) => color);
    drawBackdrop(context, options.backdrop, { width, height, ink, muted, paper, tint });
  }
  context.textBaseline = 'top';
  context.setLineDash(SOLID);
  // Setting a font or a colour makes the canvas parse it, and a dash pattern is a new array:
  // each is set only when it changes, not per marker, which in a frame of hundreds adds up.
  let currentFont = '';
  let fill = '';
  let dashed = false;
  const setFill = (style: string) => {
    if (style !== fill) context.fillStyle = fill = style;
  };
  const setDashed = (on: boolean) => {
    if (on === dashed) return;
    dashed = on;
    context.setLineDash(on ? DASH : SOLID);
  };
  // Events first, then badges: each kind sets its font once, not once per band of a grouped
  // timeline, whose items come band by band.
  for (let pass = 0; pass < 2; pass++)
    for (const item of items) {
      if ((item.type === 'cluster') !== (pass === 1)) continue;
      if (rows && (item.top > rows.bottom || item.top + LANE_HEIGHT < rows.top)) continue;
      if (item.type === 'cluster') {
        // Badges are drawn here too: a zoom frame then touches no element at all.
        const badge = clusterBadge(context, item.count);
        const paint = (surface: Surface) => paintBadge(surface, badge, { paper, muted, ink });
        if (options.badges === 'painted') {
          context.save();
          context.translate(item.x, item.top);
          paint(context);
          context.restore();
        } else {
          badges.draw(
            context,
            `${badge.text}\n${paper}\n${muted}\n${ink}`,
            () => ({ width: badge.width, height: BADGE_HEIGHT }),
            item.x,
            item.top,
            paint,
          );
        }
        continue;
      }
      const { event } = item;
      const color = colorOf(event);
      const g = markerGeometry(item);
      const selected = event.id === selectedId;

      if (selected) {
        context.globalAlpha = 0.1;
        setFill(color);
        context.fillRect(g.left, g.top, g.width, g.height);
        context.globalAlpha = 1;
        context.strokeStyle = color;
        context.lineWidth = OUTLINE;
        setDashed(false);
        const half = OUTLINE / 2;
        context.strokeRect(g.left - half, g.top - half, g.width + OUTLINE, g.height + OUTLINE);
      }

      switch (event.date.kind) {
        case 'exact':
          setFill(color);
          context.beginPath();
          context.arc(g.bandLeft + DOT / 2, g.top + 2 + DOT / 2, DOT / 2, 0, Math.PI * 2);
          context.fill();
          break;
        case 'fuzzy':
          context.globalAlpha = 0.22;
          setFill(color);
          roundRect(context, g.bandLeft, g.top + 2, g.bandWidth, 12, 6);
          context.fill();
          context.globalAlpha = 1;
          context.strokeStyle = color;
          context.lineWidth = 1.5;
          setDashed(true);
          roundRect(context, g.bandLeft + 0.75, g.top + 2.75, g.bandWidth - 1.5, 10.5, 5);
          context.stroke();
          break;
        case 'span':
          setFill(color);
          context.fillRect(g.bandLeft, g.top + 4, g.bandWidth, 8);
          break;
        default:
          assertNever(event.date.kind);
      }

      if (item.thumbnail) {
        const top = g.top + LABEL_TOP;
        const picture = thumbnailOf?.(event) ?? null;
        if (picture) {
          context.drawImage(picture, item.labelX, top, THUMB_WIDTH, THUMB_HEIGHT);
        } else {
          context.globalAlpha = 0.12;
          setFill(ink);
          context.fillRect(item.labelX, top, THUMB_WIDTH, THUMB_HEIGHT);
          context.globalAlpha = 1;
        }
        // A hairline edge: a white chart on a white page still shows where it ends.
        context.strokeStyle = muted;
        context.lineWidth = 1;
        setDashed(false);
        context.globalAlpha = 0.5;
        context.strokeRect(item.labelX + 0.5, top + 0.5, THUMB_WIDTH - 1, THUMB_HEIGHT - 1);
        context.globalAlpha = 1;
      }

      if (!item.label) continue;
      if (LABEL_FONT !== currentFont) setFont(context, (currentFont = LABEL_FONT));
      setFill(ink);
      const { lines } = item.label;
      const textX = labelTextX(item);
      for (let i = 0; i < lines.length; i++) {
        context.fillText(lines[i] as string, textX, g.top + LABEL_TOP + i * LINE_HEIGHT);
      }
    }
  if (options.changes) {
    setDashed(false);
    drawChangeBadges(context, items, options.changes, { ink, paper, setFill });
  }
}

/**
 * The "New" and "Updated" badges, after every marker (so that no band is drawn over one), in a
 * pass of their own that sets their font once: a filled pill for a new event, an outlined one
 * for an updated one, in the ink and paper of the theme.
 */
function drawChangeBadges(
  context: Surface,
  items: readonly LayoutItem[],
  changes: NonNullable<DrawOptions['changes']>,
  { ink, paper, setFill }: { ink: string; paper: string; setFill: (style: string) => void },
): void {
  let fontSet = false;
  for (const item of items) {
    if (item.type !== 'event') continue;
    const kind = changes.of(item.event);
    if (kind === undefined) continue;
    if (!fontSet) {
      setFont(context, CHANGE_FONT);
      context.textBaseline = 'middle';
      context.textAlign = 'center';
      fontSet = true;
    }
    const g = markerGeometry(item);
    const text = changes.text[kind];
    const width = changeBadgeWidth(context, text);
    const box = changeBadgeBox(g, width);
    context.strokeStyle = ink;
    context.lineWidth = 1;
    context.beginPath();
    if (box === null) {
      // No room for the word: a dot on the band's corner, named by the button over it.
      context.arc(g.bandLeft + g.bandWidth, g.top + 2, 3.5, 0, Math.PI * 2);
      setFill(kind === 'new' ? ink : paper);
      context.fill();
      context.stroke();
      continue;
    }
    context.roundRect(
      box.left + 0.5,
      box.top,
      width - 1,
      CHANGE_BADGE_HEIGHT,
      CHANGE_BADGE_HEIGHT / 2,
    );
    setFill(kind === 'new' ? ink : paper);
    context.fill();
    if (kind === 'updated') context.stroke();
    setFill(kind === 'new' ? paper : ink);
    context.fillText(text, box.left + width / 2, box.top + CHANGE_BADGE_HEIGHT / 2 + 0.5);
  }
  if (fontSet) {
    context.textAlign = 'start';
    context.textBaseline = 'top';
  }
}

/** A cluster badge: a pill of the page's colour, outlined, with its count. */
function paintBadge(
  context: Surface,
  badge: { text: string; width: number },
  { paper, muted, ink }: { paper: string; muted: string; ink: string },
): void {
  setFont(context, BADGE_FONT);
  context.beginPath();
  context.roundRect(0.5, 0.5, badge.width - 1, BADGE_HEIGHT - 1, BADGE_HEIGHT / 2);
  context.fillStyle = paper;
  context.fill();
  context.strokeStyle = muted;
  context.lineWidth = 1;
  context.stroke();
  context.fillStyle = ink;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.fillText(badge.text, badge.width / 2, BADGE_HEIGHT / 2 + 0.5);
}

/**
 * Cluster badges, painted once per count and theme: a frame at Fit all draws a hundred, and
 * stroking a pill and shaping its text each time was most of what the canvas rasterised.
 */
const badges = createSpriteCache(300);

function roundRect(context: Surface, x: number, y: number, w: number, h: number, r: number): void {
  const radius = Math.min(r, w / 2, h / 2);
  context.beginPath();
  context.roundRect(x, y, w, h, radius);
}
