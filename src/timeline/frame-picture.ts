/**
 * A frame of the timeline as inline SVG, for a page built ahead of time to show before its script
 * runs: the axis, the lanes, the markers and their labels, laid out and drawn by the code that
 * draws the canvas (frame-layout, frame-canvas's paintFrame) on an SvgSurface, at the window and
 * width given. Pure: a string from its inputs and a text measure.
 */
import type { Era } from '../data/schema.ts';
import type { TimeWindow } from '../data/time-window.ts';
import { xmlText } from '../lib/xml-text.ts';
import { paintFrame, type CanvasInputs } from './frame-canvas.ts';
import { backdropOf, eraStripOf, layOutLanes, placeEras, type LaneInputs } from './frame-layout.ts';
import { createLabelMetrics, LABEL_FONT } from './label-metrics.ts';
import {
  AXIS_HEIGHT,
  axisTicks,
  TICK_LABEL_Y,
  TICK_LENGTH,
  tickTransform,
} from './lib/axis-ticks.ts';
import { timeScale } from './lib/time-scale.ts';
import {
  fontAttributes,
  parseFont,
  SvgSurface,
  type SvgMeasure,
  type SvgSurfaceOptions,
} from './svg-surface.ts';

/** The axis's rule under its ticks: timeline.css gives the axis a 1px bottom border, within its height. */
const AXIS_RULE = 1;

export interface PictureInputs extends LaneInputs, CanvasInputs {
  eras: readonly Era[];
  /** The window drawn: Fit all's, for a page as built. */
  view: TimeWindow;
  /** The screen's height the lanes are laid out for (frame-layout gives them a share of it). */
  screenHeight: number;
  /** Text widths as the page's canvas measures them. */
  measure: SvgMeasure;
  /** Where the canvas puts its texts' baselines (SvgSurface's option). */
  baselineShift: NonNullable<SvgSurfaceOptions['baselineShift']>;
}

export interface FramePicture {
  /** An <svg> element: the axis, then the track below it. */
  markup: string;
  /** The track's height, as the frame sets it. */
  trackHeight: number;
  /** Where the track's lane lines start, as the frame sets it. */
  laneLinesTop: number;
}

/** What the track's size is known by, once laid out. */
export type TrackSize = Pick<FramePicture, 'trackHeight' | 'laneLinesTop'>;

/** The frame drawn as SVG; `className` gives the element's class attribute, by the track's size. */
export function framePicture(
  input: PictureInputs,
  className: (size: TrackSize) => string,
): FramePicture {
  const { width, view, measure } = input;
  const x = timeScale(view, width);
  const eraStrip = eraStripOf(input.eras);
  const labelFont = parseFont(LABEL_FONT);
  const labelMetrics = createLabelMetrics((text) =>
    labelFont ? measure(text, labelFont, LABEL_FONT) : 0,
  );
  const layout = layOutLanes(input, x, view, eraStrip, {
    labelMetrics,
    screenHeight: input.screenHeight,
  });
  const backdrop = backdropOf(layout, placeEras(input.eras, x, view), eraStrip);
  // The labels' font and colour, said once on the track's group: most texts are labels.
  const inherited = { font: LABEL_FONT, fill: input.palette.ink };
  const surface = new SvgSurface(measure, {
    families: 'as-set',
    baselineShift: input.baselineShift,
    inherited,
  });
  paintFrame(surface, layout, backdrop, input, view, {
    height: layout.height,
    rows: null,
    thumbnailOf: () => null,
    badges: 'painted',
  });
  const size = { trackHeight: layout.height, laneLinesTop: layout.bands.length ? 0 : eraStrip };
  const top = AXIS_HEIGHT;
  const height = top + layout.height;
  const markup = [
    `<svg class="${xmlText(className(size))}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    axis(view, width, x),
    `<g transform="translate(0,${top})"${fontAttributes(inherited.font, 'as-set')} fill="${xmlText(inherited.fill)}">`,
    surface.markup(),
    '</g>',
    '</svg>',
  ].join('\n');
  return { markup, ...size };
}

/** The ticks as time-axis.tsx writes them, and the rule under them; styled by timeline.css. */
function axis(view: TimeWindow, width: number, x: (time: number) => number): string {
  const ticks = axisTicks(view, width, x).map(
    (tick) =>
      `<g class="tick" transform="${tickTransform(tick.x)}">` +
      `<line y1="${AXIS_HEIGHT - TICK_LENGTH}" y2="${AXIS_HEIGHT}"/>` +
      `<text y="${TICK_LABEL_Y}"${tick.anchor === 'start' ? '' : ` text-anchor="${tick.anchor}"`}>${xmlText(tick.label)}</text></g>`,
  );
  // The border first: the axis's ticks are drawn over it.
  return [
    `<g class="timeline-picture__axis">`,
    `<rect class="timeline-picture__rule" y="${AXIS_HEIGHT - AXIS_RULE}" width="${width}" height="${AXIS_RULE}"/>`,
    ...ticks,
    '</g>',
  ].join('');
}
