/**
 * The benchmark chart as an SVG document: a legend, then the panels stacked (they share the
 * x axis of store sizes, not the y unit), a line per app with its name at the line's end, and
 * under each panel the values that are missing and why. The chart stays readable as an <img> on
 * any page: a white ground of its own (for dark themes), a viewBox (for narrow screens), a
 * <title> and <desc> with every value in words. Every text is escaped, since labels and the
 * run's details are data, not markup.
 */
import type { AppId } from './apps.ts';
import type { Category, Cell, ChartModel, Panel, Series } from './chart-model.ts';
import { gapCode, gapMeaning } from './gaps.ts';
import { placeLabels, sampleLine } from './label-placement.ts';
import { logAxis, logScale } from './log-scale.ts';
import { formatValue } from './report.ts';
import { listed } from './words.ts';

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

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
/** The names at the lines' ends. */
const LABEL_SIZE = 12.5;
const REFERENCE_SIZE = 11.5;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const INK = '#1f1f1f';
const MUTED = '#555555';
const GRID = '#e4e4e4';

// ---- Markup --------------------------------------------------------------------------------------

/** Characters XML 1.0 does not allow at all, even escaped. */
const isXmlChar = (code: number) =>
  code === 0x9 ||
  code === 0xa ||
  code === 0xd ||
  (code >= 0x20 && code <= 0xd7ff) ||
  (code >= 0xe000 && code <= 0xfffd) ||
  code >= 0x10000;

/** Text safe as element content or a double-quoted attribute value. */
export function escapeXml(text: string): string {
  let kept = '';
  for (const char of text) if (isXmlChar(char.codePointAt(0) ?? 0)) kept += char;
  return kept
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

type Attributes = Readonly<Record<string, string | number | null>>;

const coordinate = (value: number) => String(Math.round(value * 10) / 10);

function element(name: string, attributes: Attributes, children: readonly string[] = []): string {
  const attributeText = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== null)
    .map(([key, value]) => {
      const text = typeof value === 'number' ? coordinate(value) : value;
      return ` ${key}="${escapeXml(text)}"`;
    })
    .join('');
  if (!children.length) return `<${name}${attributeText}/>`;
  return `<${name}${attributeText}>${children.join('')}</${name}>`;
}

/** A <text>, with a white outline behind its letters where it may cross a line. */
function label(
  content: string,
  x: number,
  y: number,
  attributes: Attributes = {},
  halo = false,
): string {
  return element(
    'text',
    {
      x,
      y,
      ...(halo
        ? {
            stroke: '#ffffff',
            'stroke-width': 4,
            'stroke-linejoin': 'round',
            'paint-order': 'stroke',
          }
        : {}),
      ...attributes,
    },
    [escapeXml(content)],
  );
}

/**
 * Width of a text, estimated on the wide side (DejaVu Sans, the widest of the usual sans-serifs,
 * averages less): a chart written in Node has no fonts to measure with.
 */
const textWidth = (text: string, size: number) => text.length * size * 0.56;

/** Lines of at most `width` (estimated), broken between words; a longer word keeps a line. */
export function wrapText(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const longer = line ? `${line} ${word}` : word;
    if (line && textWidth(longer, size) > width) {
      lines.push(line);
      line = word;
    } else {
      line = longer;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function marker(shape: MarkerShape, x: number, y: number, colour: string): string {
  const common = { fill: colour, stroke: '#ffffff', 'stroke-width': 1, class: 'marker' };
  const path = (points: [number, number][]) =>
    element('path', {
      d: `M${points.map(([px, py]) => `${coordinate(px)},${coordinate(py)}`).join('L')}Z`,
      ...common,
    });
  switch (shape) {
    case 'circle':
      return element('circle', { cx: x, cy: y, r: 4.5, ...common });
    case 'square':
      return element('rect', { x: x - 4, y: y - 4, width: 8, height: 8, ...common });
    case 'triangle':
      return path([
        [x, y - 5.5],
        [x + 5.5, y + 4],
        [x - 5.5, y + 4],
      ]);
    case 'diamond':
      return path([
        [x, y - 5.5],
        [x + 5.5, y],
        [x, y + 5.5],
        [x - 5.5, y],
      ]);
  }
}

// ---- Layout --------------------------------------------------------------------------------------

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

/** Each app's sideways offset within a size's column, so that equal values stay visible. */
const dodgeOf = (index: number, count: number) => (index - (count - 1) / 2) * DODGE;

const tickText = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 3 });

const valueText = (cell: Cell) =>
  cell.kind === 'value' ? `${formatValue(cell.value, 'ms')} ms` : gapCode(cell.gap);

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
        label(entry.label, x + 34, y, { 'font-size': 13, dy: '0.35em', fill: INK }),
      ]),
    );
    x += width;
  }
  return { markup, bottom: y + 12 };
}

function drawPanel(panel: Panel, categories: readonly Category[], top: number): Drawn {
  const plotTop = top + 34;
  const plotBottom = plotTop + PLOT_HEIGHT;
  const values = panel.series.flatMap((s) =>
    s.cells.flatMap((cell) => (cell.kind === 'value' ? [cell.value] : [])),
  );
  const { domain, ticks } = logAxis([...values, ...panel.references.map((r) => r.value)]);
  const y = logScale(domain, [plotBottom, plotTop]);
  const band = (PLOT_RIGHT - PLOT_LEFT) / Math.max(categories.length, 1);
  const x = (i: number) => PLOT_LEFT + band * (i + 0.5);
  const markup: string[] = [
    label(panel.title, PAD, top + 14, { 'font-size': 14, 'font-weight': 700, fill: INK }),
  ];

  markup.push(
    element(
      'g',
      { class: 'y-axis', 'font-size': 12, fill: MUTED, 'text-anchor': 'end' },
      ticks.flatMap((tick) => [
        element('line', {
          x1: PLOT_LEFT,
          y1: y(tick),
          x2: PLOT_RIGHT,
          y2: y(tick),
          stroke: GRID,
          'stroke-width': 1,
        }),
        label(tickText(tick), PLOT_LEFT - 8, y(tick), { dy: '0.35em', 'data-value': tick }),
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
      categories.map((category, i) => label(category.label, x(i), plotBottom + 19)),
    ),
    label('events in the store', (PLOT_LEFT + PLOT_RIGHT) / 2, plotBottom + 37, {
      'font-size': 12,
      fill: MUTED,
      'text-anchor': 'middle',
    }),
  );

  for (const reference of panel.references) {
    markup.push(
      element('g', { class: 'reference' }, [
        element('line', {
          x1: PLOT_LEFT,
          y1: y(reference.value),
          x2: PLOT_RIGHT,
          y2: y(reference.value),
          stroke: '#6b6b6b',
          'stroke-width': 1.25,
          'stroke-dasharray': '3 3',
        }),
        label(
          reference.label,
          PLOT_RIGHT - 4,
          y(reference.value) - 6,
          { 'font-size': REFERENCE_SIZE, fill: MUTED, 'text-anchor': 'end' },
          true,
        ),
      ]),
    );
  }

  const count = panel.series.length;
  const pointOf = (series: Series, index: number, i: number): [number, number] | null => {
    const cell = series.cells[i];
    return cell?.kind === 'value' ? [x(i) + dodgeOf(index, count), y(cell.value)] : null;
  };
  const runsOf = (series: Series, index: number) =>
    lineRuns(series.cells).map((run) =>
      run.flatMap((i) => {
        const point = pointOf(series, index, i);
        return point ? [point] : [];
      }),
    );
  const referenceLabels = panel.references.map((reference) => ({
    reference,
    x: PLOT_RIGHT - 4,
    y: y(reference.value) - 6,
    width: textWidth(reference.label, REFERENCE_SIZE),
  }));
  const obstacles = [
    ...panel.series.flatMap((series, index) =>
      runsOf(series, index).flatMap((run) => sampleLine(run)),
    ),
    ...panel.references.flatMap((reference) =>
      sampleLine([
        [PLOT_LEFT, y(reference.value)],
        [PLOT_RIGHT, y(reference.value)],
      ]),
    ),
    ...referenceLabels.flatMap((r) =>
      [-4, 0, 4].flatMap((dy) =>
        sampleLine([
          [r.x - r.width, r.y - 4 + dy],
          [r.x, r.y - 4 + dy],
        ]),
      ),
    ),
  ];
  const ends = panel.series.map((series, index) => {
    const last = series.cells.findLastIndex((cell) => cell.kind === 'value');
    return pointOf(series, index, last);
  });
  const requests = panel.series.flatMap((series, index) => {
    const end = ends[index];
    return end
      ? [
          {
            index,
            x: end[0],
            y: end[1],
            width: textWidth(series.label, LABEL_SIZE),
            height: LABEL_SIZE * 1.2,
          },
        ]
      : [];
  });
  const placements = new Map(
    placeLabels(requests, obstacles, {
      left: PLOT_LEFT + 2,
      right: WIDTH - 4,
      top: plotTop - 8,
      bottom: plotBottom - 2,
    }).map((placement, k) => [requests[k]?.index ?? -1, placement]),
  );

  const lines = panel.series.map((series, index) => {
    const style = SERIES_STYLES[series.app];
    const paths = runsOf(series, index)
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
    const markers = runsOf(series, index)
      .flat()
      .map(([px, py]) => marker(style.marker, px, py, style.colour));
    const placement = placements.get(index);
    const name = placement
      ? [
          label(
            series.label,
            placement.x,
            placement.y,
            {
              class: 'direct-label',
              'font-size': LABEL_SIZE,
              'font-weight': 600,
              fill: style.colour,
              'text-anchor': placement.anchor,
              dy: '0.35em',
            },
            true,
          ),
        ]
      : [];
    return element('g', { class: 'series', 'data-app': series.app }, [
      ...paths,
      ...markers,
      ...name,
    ]);
  });
  // The first series (Newsline) last, on top of the others.
  markup.push(...lines.reverse());

  let bottom = plotBottom + 44;
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

/** The chart as a standalone SVG document. */
export function renderChart(model: ChartModel): string {
  const body: string[] = [];
  let bottom = PAD - 4;
  const paragraph = (text: string, size: number, leading: number, attributes: Attributes) => {
    for (const line of wrapText(text, WIDTH - 2 * PAD, size)) {
      bottom += leading;
      body.push(label(line, PAD, bottom, { 'font-size': size, ...attributes }));
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
  return `${element(
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
    [
      '\n',
      element('title', { id: 'bench-chart-title' }, [escapeXml(model.title)]),
      '\n',
      element('desc', { id: 'bench-chart-desc' }, [escapeXml(describe(model))]),
      '\n',
      element('rect', { width: WIDTH, height, fill: '#ffffff' }),
      ...body.flatMap((part) => ['\n', part]),
      '\n',
    ],
  )}\n`;
}
