/**
 * The benchmark chart as an SVG document: a legend, then the panels stacked (they share the
 * x axis of store sizes, not the y unit), a line per app with its name at the line's end, and
 * under each panel the values that are missing and why. The chart stays readable as an <img> on
 * any page: a white ground of its own (for dark themes), a viewBox (for narrow screens), a
 * <title> and <desc> with every value in words. Every text is escaped, since labels and the
 * run's details are data, not markup.
 */
import type { AppId } from './apps.ts';
import type { Category, Cell, ChartModel, Panel, Reference, Series } from './chart-model.ts';
import { gapCode, gapMeaning } from './gaps.ts';
import { placeLabels, sampleLine, type Box, type Placement } from './label-placement.ts';
import { logAxis, logScale } from './log-scale.ts';
import { formatValue } from './report.ts';
import {
  coordinate,
  element,
  escapeXml,
  marker,
  text,
  textWidth,
  wrapText,
  type Attributes,
  type MarkerShape,
} from './svg-markup.ts';
import { listed } from './words.ts';

export interface SeriesStyle {
  colour: string;
  /** stroke-dasharray, or null for a solid line. */
  dash: string | null;
  marker: MarkerShape;
  width: number;
}

/**
 * Okabe and Ito's colour-blind-safe hues, darkened to at least 4.5:1 on white so that the names
 * written in them read as text. Each line has a dash and a marker of its own as well, for readers
 * who cannot tell the hues apart and for print in grey.
 */
export const SERIES_STYLES: Readonly<Record<AppId, SeriesStyle>> = {
  newsline: { colour: '#0072B2', dash: null, marker: 'circle', width: 3 },
  'vis-timeline': { colour: '#B34D00', dash: '7 4', marker: 'square', width: 2 },
  'vis-timeline-cluster': { colour: '#007A5A', dash: '2 3', marker: 'triangle', width: 2.25 },
  timelinejs: { colour: '#A7507F', dash: '9 3 2 3', marker: 'diamond', width: 2 },
};

const WIDTH = 680;
const PAD = 20;
/** Room for tick labels such as "50,000". */
const PLOT_LEFT = 70;
/** Room for the names at the lines' ends, such as "vis-timeline (cluster)". */
const PLOT_RIGHT = WIDTH - 170;
const PLOT_HEIGHT = 210;
/** Apps at the same value (every smooth app sits at 16.7 ms) are set apart by this much. */
const DODGE = 7;
const NAME_SIZE = 12.5;
const REFERENCE_SIZE = 11.5;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const INK = '#1f1f1f';
const MUTED = '#555555';
const GRID = '#e4e4e4';

type Point = [number, number];

// ---- Pure layout ---------------------------------------------------------------------------------

/** The runs of consecutive values in a series, as indices: a missing value splits a line. */
export function lineRuns(cells: readonly Cell[]): number[][] {
  const runs: number[][] = [];
  let current: number[] = [];
  cells.forEach((cell, i) => {
    if (cell.kind === 'value') {
      current.push(i);
    } else if (current.length) {
      runs.push(current);
      current = [];
    }
  });
  if (current.length) runs.push(current);
  return runs;
}

/** "DNF (1×) at 10,000 and 100,000; n/m at …": a series' missing values, same codes together. */
export function gapSummary(series: Series, categories: readonly Category[]): string {
  const bySize = new Map<string, string[]>();
  series.cells.forEach((cell, i) => {
    if (cell.kind !== 'gap') return;
    const code = gapCode(cell.gap);
    bySize.set(code, [...(bySize.get(code) ?? []), categories[i]?.label ?? '?']);
  });
  return [...bySize].map(([code, labels]) => `${code} at ${listed(labels)}`).join('; ');
}

// ---- Legend --------------------------------------------------------------------------------------

interface Drawn {
  markup: string[];
  bottom: number;
}

function drawLegend(series: readonly Series[], top: number): Drawn {
  const markup: string[] = [];
  let x = PAD;
  let y = top + 10;
  for (const entry of series) {
    const style = SERIES_STYLES[entry.app];
    const width = 34 + textWidth(entry.label, 13) + 16;
    if (x + width > WIDTH - PAD && x > PAD) {
      x = PAD;
      y += 22;
    }
    markup.push(
      element('g', { class: 'legend-item', 'data-app': entry.app }, [
        element('line', {
          x1: x,
          y1: y,
          x2: x + 28,
          y2: y,
          stroke: style.colour,
          'stroke-width': style.width,
          'stroke-dasharray': style.dash,
        }),
        marker(style.marker, x + 14, y, style.colour),
        text(entry.label, x + 34, y, { 'font-size': 13, dy: '0.35em', fill: INK }),
      ]),
    );
    x += width;
  }
  return { markup, bottom: y + 12 };
}

// ---- A panel -------------------------------------------------------------------------------------

/** Where a panel's plot lies, and its scales. */
interface Frame {
  top: number;
  plotTop: number;
  plotBottom: number;
  ticks: number[];
  /** The centre of a size's column. */
  x: (column: number) => number;
  y: (value: number) => number;
}

function frameOf(panel: Panel, columns: number, top: number): Frame {
  const plotTop = top + 34;
  const plotBottom = plotTop + PLOT_HEIGHT;
  const values = panel.series.flatMap((s) =>
    s.cells.flatMap((cell) => (cell.kind === 'value' ? [cell.value] : [])),
  );
  const { domain, ticks } = logAxis([...values, ...panel.references.map((r) => r.value)]);
  const band = (PLOT_RIGHT - PLOT_LEFT) / Math.max(columns, 1);
  return {
    top,
    plotTop,
    plotBottom,
    ticks,
    x: (column) => PLOT_LEFT + band * (column + 0.5),
    y: logScale(domain, [plotBottom, plotTop]),
  };
}

function drawAxes(frame: Frame, panel: Panel, categories: readonly Category[]): string[] {
  const { x, y, plotTop, plotBottom } = frame;
  return [
    text(panel.title, PAD, frame.top + 14, { 'font-size': 14, 'font-weight': 700, fill: INK }),
    element(
      'g',
      { class: 'y-axis', 'font-size': 12, fill: MUTED, 'text-anchor': 'end' },
      frame.ticks.flatMap((tick) => [
        element('line', {
          x1: PLOT_LEFT,
          y1: y(tick),
          x2: PLOT_RIGHT,
          y2: y(tick),
          stroke: GRID,
          'stroke-width': 1,
        }),
        text(tick.toLocaleString('en-US', { maximumFractionDigits: 3 }), PLOT_LEFT - 8, y(tick), {
          dy: '0.35em',
          'data-value': tick,
        }),
      ]),
    ),
    element('path', {
      d: `M${PLOT_LEFT},${plotTop}V${plotBottom}H${PLOT_RIGHT}`,
      fill: 'none',
      stroke: '#8a8a8a',
      'stroke-width': 1,
    }),
    element(
      'g',
      { class: 'x-axis', 'font-size': 12.5, fill: INK, 'text-anchor': 'middle' },
      categories.map((category, i) => text(category.label, x(i), plotBottom + 19)),
    ),
    text('events in the store', (PLOT_LEFT + PLOT_RIGHT) / 2, plotBottom + 37, {
      'font-size': 12,
      fill: MUTED,
      'text-anchor': 'middle',
    }),
  ];
}

/** A dashed line across the plot, labelled at its right end above it. */
function drawReference(frame: Frame, reference: Reference): { markup: string; box: Box } {
  const y = frame.y(reference.value);
  const right = PLOT_RIGHT - 4;
  const baseline = y - 6;
  const markup = element('g', { class: 'reference' }, [
    element('line', {
      x1: PLOT_LEFT,
      y1: y,
      x2: PLOT_RIGHT,
      y2: y,
      stroke: '#6b6b6b',
      'stroke-width': 1.25,
      'stroke-dasharray': '3 3',
    }),
    text(
      reference.label,
      right,
      baseline,
      { 'font-size': REFERENCE_SIZE, fill: MUTED, 'text-anchor': 'end' },
      true,
    ),
  ]);
  const box = {
    left: right - textWidth(reference.label, REFERENCE_SIZE),
    right,
    top: baseline - REFERENCE_SIZE,
    bottom: baseline + 3,
  };
  return { markup, box };
}

/** Each series' runs of points, every app set apart sideways so that equal values stay visible. */
function pointRuns(frame: Frame, panel: Panel): Point[][][] {
  const count = panel.series.length;
  return panel.series.map((series, index) => {
    const dodge = (index - (count - 1) / 2) * DODGE;
    return lineRuns(series.cells).map((run) =>
      run.flatMap((i): Point[] => {
        const cell = series.cells[i];
        return cell?.kind === 'value' ? [[frame.x(i) + dodge, frame.y(cell.value)]] : [];
      }),
    );
  });
}

/** Where each line's name goes: off the lines, off the other names, Newsline's placed first. */
function placeNames(
  frame: Frame,
  panel: Panel,
  runs: readonly Point[][][],
  taken: readonly Box[],
): Map<number, Placement> {
  const obstacles = [
    ...runs.flat().flatMap((run) => sampleLine(run)),
    ...panel.references.flatMap((reference) =>
      sampleLine([
        [PLOT_LEFT, frame.y(reference.value)],
        [PLOT_RIGHT, frame.y(reference.value)],
      ]),
    ),
  ];
  const requests = panel.series.flatMap((series, index) => {
    const end = runs[index]?.flat().at(-1);
    if (!end) return [];
    const [x, y] = end;
    return [{ index, x, y, width: textWidth(series.label, NAME_SIZE), height: NAME_SIZE * 1.2 }];
  });
  const bounds = {
    left: PLOT_LEFT + 2,
    right: WIDTH - 4,
    top: frame.plotTop - 8,
    bottom: frame.plotBottom - 2,
  };
  const placed = placeLabels(requests, obstacles, bounds, taken);
  return new Map(placed.map((placement, k) => [requests[k]?.index ?? -1, placement]));
}

function drawSeries(series: Series, runs: readonly Point[][], name: Placement | undefined) {
  const style = SERIES_STYLES[series.app];
  const lines = runs
    .filter((run) => run.length > 1)
    .map((run) =>
      element('path', {
        class: 'line',
        d: `M${run.map((point) => point.map(coordinate).join(',')).join('L')}`,
        fill: 'none',
        stroke: style.colour,
        'stroke-width': style.width,
        'stroke-dasharray': style.dash,
        'stroke-linejoin': 'round',
      }),
    );
  const markers = runs.flat().map(([x, y]) => marker(style.marker, x, y, style.colour));
  const label = name
    ? text(
        series.label,
        name.x,
        name.y,
        {
          class: 'direct-label',
          'font-size': NAME_SIZE,
          'font-weight': 600,
          fill: style.colour,
          'text-anchor': name.anchor,
          dy: '0.35em',
        },
        true,
      )
    : '';
  return element('g', { class: 'series', 'data-app': series.app }, [...lines, ...markers, label]);
}

/** A line per app with missing values: its marker, its name and what is missing where. */
function drawGapList(panel: Panel, categories: readonly Category[], top: number): Drawn {
  const markup: string[] = [];
  let bottom = top;
  for (const series of panel.series) {
    const summary = gapSummary(series, categories);
    if (!summary) continue;
    const style = SERIES_STYLES[series.app];
    bottom += 19;
    markup.push(
      element('g', { class: 'gaps', 'data-app': series.app }, [
        marker(style.marker, PAD + 5, bottom - 4, style.colour),
        element('text', { x: PAD + 16, y: bottom, 'font-size': 12.5, fill: INK }, [
          element('tspan', { fill: style.colour, 'font-weight': 600 }, [escapeXml(series.label)]),
          escapeXml(`: ${summary}`),
        ]),
      ]),
    );
  }
  return { markup, bottom };
}

function drawPanel(panel: Panel, categories: readonly Category[], top: number): Drawn {
  const frame = frameOf(panel, categories.length, top);
  const references = panel.references.map((reference) => drawReference(frame, reference));
  const runs = pointRuns(frame, panel);
  const names = placeNames(
    frame,
    panel,
    runs,
    references.map((r) => r.box),
  );
  const series = panel.series.map((s, index) => drawSeries(s, runs[index] ?? [], names.get(index)));
  const gaps = drawGapList(panel, categories, frame.plotBottom + 44);
  return {
    // The first series (Newsline) drawn last, on top of the others.
    markup: [
      ...drawAxes(frame, panel, categories),
      ...references.map((r) => r.markup),
      ...series.reverse(),
      ...gaps.markup,
    ],
    bottom: gaps.bottom,
  };
}

// ---- The document --------------------------------------------------------------------------------

const valueText = (cell: Cell) =>
  cell.kind === 'value' ? `${formatValue(cell.value, 'ms')} ms` : gapCode(cell.gap);

/** Each code of a missing value that the chart shows, with its meaning. */
function codeLines(model: ChartModel): string[] {
  const lines = model.panels.flatMap((panel) =>
    panel.series.flatMap((series) =>
      series.cells.flatMap((cell) =>
        cell.kind === 'gap' ? [`${gapCode(cell.gap)}: ${gapMeaning(cell.gap)}.`] : [],
      ),
    ),
  );
  return [...new Set(lines)];
}

/** Every value in words, for the SVG's <desc>. */
function describe(model: ChartModel): string {
  const panels = model.panels.map((panel) => {
    const series = panel.series.map(
      (s) =>
        `${s.label}: ${s.cells
          .map((cell, i) => `${valueText(cell)} at ${model.categories[i]?.label ?? '?'}`)
          .join(', ')}`,
    );
    const references = panel.references.map((r) => ` ${r.label}.`).join('');
    return `${panel.title}, by events in the store. ${series.join('; ')}.${references}`;
  });
  return [`${model.subtitle}.`, ...panels, ...codeLines(model), `${model.source}.`].join(' ');
}

/** The chart as a standalone SVG document. */
export function renderChart(model: ChartModel): string {
  const body: string[] = [];
  let bottom = PAD - 4;
  const paragraph = (content: string, size: number, leading: number, attributes: Attributes) => {
    for (const line of wrapText(content, WIDTH - 2 * PAD, size)) {
      bottom += leading;
      body.push(text(line, PAD, bottom, { 'font-size': size, ...attributes }));
    }
  };
  paragraph(model.title, 18, 22, { 'font-weight': 700, fill: INK });
  bottom += 2;
  paragraph(model.subtitle, 13, 18, { fill: MUTED });
  const legend = drawLegend(model.panels[0]?.series ?? [], bottom + 14);
  body.push(...legend.markup);
  bottom = legend.bottom;
  for (const panel of model.panels) {
    const drawn = drawPanel(panel, model.categories, bottom + 14);
    body.push(element('g', { class: 'panel', 'data-metric': panel.metric }, drawn.markup));
    bottom = drawn.bottom;
  }
  bottom += 12;
  for (const line of [...codeLines(model), model.source]) paragraph(line, 12, 17, { fill: MUTED });
  const height = Math.ceil(bottom + PAD);
  const children = [
    element('title', { id: 'bench-chart-title' }, [escapeXml(model.title)]),
    element('desc', { id: 'bench-chart-desc' }, [escapeXml(describe(model))]),
    element('rect', { width: WIDTH, height, fill: '#ffffff' }),
    ...body,
  ];
  const svg = element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: WIDTH,
      height,
      viewBox: `0 0 ${WIDTH} ${height}`,
      role: 'img',
      'aria-labelledby': 'bench-chart-title bench-chart-desc',
      'font-family': FONT,
    },
    children.flatMap((child) => ['\n', child]).concat('\n'),
  );
  return `${svg}\n`;
}
