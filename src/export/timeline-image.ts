/**
 * The timeline's current view as an SVG file: the window the reader is looking at, laid out by
 * the timeline's own maths (layoutEvents, markerGeometry, axisTicks) and drawn as the canvas draws
 * it, under a header that names the dataset, the range and the filters, and over a footer with the
 * attribution. Pure: a string from the state and a text measure, so it is tested without a page.
 *
 * Always light, whatever the page's theme: an image goes into documents and slides on white.
 * Fixed size: IMAGE_WIDTH × IMAGE_HEIGHT, the same on a phone as on a desktop, so that a saved
 * image does not depend on the window it was saved from; the time window is the reader's.
 */
import type { Dataset, TimelineEvent } from '../data/schema.ts';
import type { TimeWindow } from '../data/time-window.ts';
import { describeFilters } from '../filters/index.ts';
import { axisTicks } from '../timeline/lib/axis-ticks.ts';
import { DENSE_THRESHOLD, MIN_LANES } from '../timeline/lib/constants.ts';
import { rangeHeading } from '../timeline/lib/format-range.ts';
import { measureLabel, type LabelMetrics } from '../timeline/lib/label-fit.ts';
import { bandsOf } from '../timeline/lib/bands.ts';
import { layoutTrack } from '../timeline/lib/track-layout.ts';
import { drawMarkers, eraStripOf, placeEras, SvgSurface } from '../timeline/drawing.ts';
import type { GroupBy } from '../data/group-by.ts';
import { t } from '../i18n/messages.ts';
import { LANE_HEIGHT } from '../timeline/lib/marker-geometry.ts';
import { buildTimeIndex, sharedTimeIndex, spanOf } from '../timeline/lib/time-index.ts';
import { timeScale } from '../timeline/lib/time-scale.ts';
import { THEME_COLORS } from '../ui/theme.ts';
import { topicColorFor } from '../ui/contrast.ts';
import { attributionSentence } from './attribution.ts';
import { wrapText, xmlText, type Font, type Measure } from './svg-text.ts';

export const IMAGE_WIDTH = 1200;
export const IMAGE_HEIGHT = 675;

const COLORS = { ...THEME_COLORS.light, control: '#8c959f' };
const PAD = 32;
const INNER = IMAGE_WIDTH - 2 * PAD;
const AXIS_HEIGHT = 28;
/** The lanes each band of a grouped view may open in the picture. */
const LANES_PER_BAND = 4;

const FONTS = {
  title: { family: 'serif', size: 28, weight: 700 },
  range: { family: 'sans-serif', size: 16, weight: 700 },
  filters: { family: 'sans-serif', size: 14, weight: 400 },
  label: { family: 'sans-serif', size: 12.5, weight: 400 },
  axis: { family: 'sans-serif', size: 12, weight: 400 },
  footer: { family: 'sans-serif', size: 13, weight: 400 },
} as const satisfies Record<string, Font>;

export interface ImageInput {
  dataset: Dataset;
  /** The events the filters let through, in time order. */
  shown: readonly TimelineEvent[];
  activeTopics: readonly string[];
  query: string;
  /** With What's new on, the day it counts from. */
  whatsNewSince?: string | null;
  /** Swimlanes as the page draws them; none when left out. */
  groupBy?: GroupBy;
  view: TimeWindow;
  measure: Measure;
}

/** A block of wrapped lines, each `lineHeight` apart, its first line's top at `top`. */
interface Block {
  lines: string[];
  font: Font;
  lineHeight: number;
  fill: string;
}

export function timelineSvg(input: ImageInput): string {
  return timelineImage(input).svg;
}

/**
 * The image and its size: IMAGE_WIDTH × IMAGE_HEIGHT, or taller where a grouped view's bands need
 * more room than that leaves (each band keeps at least a lane under its label, so that no band is
 * cut off the picture).
 */
export function timelineImage(input: ImageInput): { svg: string; height: number } {
  const { dataset, shown, activeTopics, query, view, measure } = input;
  const filters = describeFilters(
    dataset.topics,
    activeTopics,
    query,
    shown.length,
    dataset.events.length,
    input.whatsNewSince ?? null,
  );
  const block = (text: string, font: Font, lineHeight: number, fill: string, max: number) => ({
    lines: wrapText(text, INNER, font, measure, max),
    font,
    lineHeight,
    fill,
  });

  // As the page's range heading says it.
  const range = rangeHeading(view, spanOf(sharedTimeIndex(shown)));
  const header: Block[] = [
    block(dataset.title, FONTS.title, 34, COLORS.ink, 2),
    block(range, FONTS.range, 24, COLORS.ink, 1),
    block(filters, FONTS.filters, 20, COLORS.muted, 2),
  ];
  const source = dataset.source;
  const footer: Block[] = source
    ? [
        block(attributionSentence(source), FONTS.footer, 18, COLORS.muted, 2),
        ...(source.url ? [block(source.url, FONTS.footer, 18, COLORS.muted, 1)] : []),
      ]
    : [block(`From “${dataset.title}”.`, FONTS.footer, 18, COLORS.muted, 1)];

  const parts: string[] = [];
  let y = PAD;
  for (const b of header) {
    parts.push(textBlock(b, PAD, y));
    y += b.lines.length * b.lineHeight + 4;
  }
  y += 8;
  parts.push(rule(y));
  const areaTop = y + 16;

  const footerHeight = footer.reduce((sum, b) => sum + b.lines.length * b.lineHeight, 0);
  // The lanes get what the header, the footer, the axis and the gaps between them leave.
  const room = IMAGE_HEIGHT - PAD - footerHeight - 30 - areaTop - AXIS_HEIGHT - 8;
  const area = timelineArea(input, areaTop, room);
  parts.push(area.svg);
  const extra = area.overflow;
  const height = IMAGE_HEIGHT + extra;

  const footerTop = height - PAD - footerHeight;
  parts.push(rule(footerTop - 14));
  let footerY = footerTop;
  for (const b of footer) {
    parts.push(textBlock(b, PAD, footerY));
    footerY += b.lines.length * b.lineHeight;
  }

  const description = `${range}. ${filters}`;
  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_WIDTH}" height="${height}" viewBox="0 0 ${IMAGE_WIDTH} ${height}" role="img">`,
    `<title>${xmlText(dataset.title)}</title>`,
    `<desc>${xmlText(description)}</desc>`,
    `<rect width="${IMAGE_WIDTH}" height="${height}" fill="${COLORS.paper}"/>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
  return { svg, height };
}

/**
 * The markers and the axis, in a nested <svg> that clips what lies outside the window; with how
 * much taller than `room` the bands of a grouped view made it.
 */
function timelineArea(
  input: ImageInput,
  top: number,
  room: number,
): { svg: string; overflow: number } {
  const { dataset, shown, activeTopics, view, measure } = input;
  const x = timeScale(view, INNER);
  const metrics = new Map<TimelineEvent, LabelMetrics>();
  const bands = bandsOf(shown, input.groupBy ?? 'none', dataset, t().ungrouped).map((band) => ({
    band,
    index: buildTimeIndex(band.events),
  }));
  const eraStrip = eraStripOf(dataset.eras);
  const layout = layoutTrack(bands, x, view, {
    width: INNER,
    minLanes: MIN_LANES,
    top: eraStrip,
    // One row is kept for the clusters of what the lanes cannot hold. A grouped view's picture
    // grows to hold its bands: each gets the lanes of a reading zoom, so that its titles show.
    maxLanes: Math.max(
      1,
      Math.floor((room - eraStrip) / LANE_HEIGHT) - 1,
      bands.length > 1 || bands[0]?.band.label ? bands.length * LANES_PER_BAND : 0,
    ),
    gap: 8,
    denseThreshold: DENSE_THRESHOLD,
    metricsOf: (event) => {
      let m = metrics.get(event);
      if (!m) metrics.set(event, (m = measureLabel(event.title, (t) => measure(t, FONTS.label))));
      return m;
    },
  });
  // The track fills its room, so that the axis sits just above the footer, however many lanes;
  // bands that need more make the picture taller.
  const filled = Math.max(room, MIN_LANES * LANE_HEIGHT) + 8;
  const trackHeight = Math.max(filled, layout.bands.length ? layout.height : 0);
  const surface = new SvgSurface(measure);
  // As the page draws its frame, on a canvas: the same code, on a surface that writes SVG.
  drawMarkers(surface, layout.items, {
    width: INNER,
    height: trackHeight,
    colorOf: topicColors(dataset, activeTopics),
    selectedId: null,
    ink: COLORS.ink,
    muted: COLORS.muted,
    paper: COLORS.paper,
    backdrop: { bands: layout.bands, eras: placeEras(dataset.eras, x, view), eraStrip },
    tint: (color) => topicColorFor(color, 'light'),
    badges: 'painted',
  });
  const empty = shown.length
    ? []
    : [
        text(
          INNER / 2,
          trackHeight / 2,
          'No events match these filters.',
          FONTS.filters,
          COLORS.muted,
          'middle',
        ),
      ];

  const ticks = axisTicks(view, INNER, x).map((tick) => {
    const at = round(Math.round(tick.x) + 0.5);
    return [
      `<line x1="${at}" x2="${at}" y1="0" y2="6" stroke="${COLORS.control}"/>`,
      text(at, 9 + FONTS.axis.size * 0.8, tick.label, FONTS.axis, COLORS.muted, tick.anchor),
    ].join('');
  });

  const svg = [
    `<svg x="${PAD}" y="${top}" width="${INNER}" height="${trackHeight}" viewBox="0 0 ${INNER} ${trackHeight}" overflow="hidden">`,
    surface.markup(),
    ...empty,
    '</svg>',
    `<g transform="translate(${PAD},${top + trackHeight})">`,
    `<line x1="0" x2="${INNER}" y1="0.5" y2="0.5" stroke="${COLORS.control}"/>`,
    ...ticks,
    '</g>',
  ].join('\n');
  return { svg, overflow: trackHeight - filled };
}

/** As the timeline colours a marker: its first active topic's colour, else its first topic's. */
function topicColors(dataset: Dataset, activeTopics: readonly string[]) {
  const colors = new Map(dataset.topics.map((t) => [t.id, topicColorFor(t.color, 'light')]));
  const active = new Set(activeTopics);
  return (event: TimelineEvent) => {
    const topic = event.topics.find((t) => active.has(t)) ?? event.topics[0] ?? '';
    return colors.get(topic) ?? COLORS.ink;
  };
}

function textBlock({ lines, font, lineHeight, fill }: Block, x: number, top: number): string {
  if (!lines.length) return '';
  // One <text> per block, a <tspan> per line: the element's text is the whole sentence again.
  const spans = lines.map(
    (line, i) =>
      `<tspan x="${x}" y="${round(top + i * lineHeight + font.size * 0.85)}">${xmlText(line)}${i < lines.length - 1 ? ' ' : ''}</tspan>`,
  );
  return `<text ${fontAttributes(font)} fill="${fill}">${spans.join('')}</text>`;
}

function text(
  x: number,
  y: number,
  content: string,
  font: Font,
  fill: string,
  anchor: 'start' | 'middle' | 'end' = 'start',
): string {
  const anchorAttribute = anchor === 'start' ? '' : ` text-anchor="${anchor}"`;
  return `<text x="${round(x)}" y="${round(y)}" ${fontAttributes(font)} fill="${fill}"${anchorAttribute}>${xmlText(content)}</text>`;
}

const fontAttributes = (font: Font) =>
  `font-family="${font.family}" font-size="${font.size}"${font.weight === 700 ? ' font-weight="700"' : ''}`;

const rule = (y: number) =>
  `<line x1="${PAD}" x2="${IMAGE_WIDTH - PAD}" y1="${y + 0.5}" y2="${y + 0.5}" stroke="${COLORS.line}"/>`;

/** Two decimals are finer than any screen: the file stays short. */
const round = (n: number) => Math.round(n * 100) / 100;
