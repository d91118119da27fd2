/**
 * Which files a run writes, and the blocks it puts between the bench markers of README.md (the
 * chart, what is compared, Newsline's targets) and of bench/README.md (every table). Only a full
 * run may replace them: a smoke or partial run would put a smaller comparison in their place.
 */
import { DENSE_THRESHOLD } from '../../src/timeline/lib/constants.ts';
import { APP_IDS, APPS, type AppId, type Size } from './apps.ts';
import { markdownReport, sizeLabel, TARGETS, targetsTable, type BenchResult } from './report.ts';
import { assertNever } from '../../src/lib/assert-never.ts';
import { listed } from './words.ts';

/** The sizes a full run measures at the least: those the chart draws a line through. */
export const FULL_RUN_SIZES: readonly Size[] = ['seed', 1000, 10_000, 100_000];

export type RunKind =
  /** Every app at every size of the chart, at full speed and with the targets' CPU slowdown. */
  | { kind: 'full' }
  /** Something of a full run left out, named in `lacking`. */
  | { kind: 'partial'; lacking: string[] }
  /** `--smoke`: CI's proof that every page and step works. */
  | { kind: 'smoke' };

export function runKind(
  result: Pick<BenchResult, 'smoke' | 'apps' | 'sizes' | 'cpuRates'>,
): RunKind {
  if (result.smoke) return { kind: 'smoke' };
  const lacking = [
    ...APP_IDS.filter((app) => !result.apps.includes(app)).map((app) => APPS[app].label),
    ...FULL_RUN_SIZES.filter((size) => !result.sizes.includes(size)).map(
      (size) => `the size ${sizeLabel(size)}`,
    ),
    ...(result.cpuRates.includes(TARGETS.cpu) ? [] : [`the CPU slowed ${TARGETS.cpu}×`]),
  ];
  return lacking.length ? { kind: 'partial', lacking } : { kind: 'full' };
}

/** The base name of the run's files in bench/results/. */
export function resultName(run: RunKind): 'latest' | 'partial' | 'smoke' {
  switch (run.kind) {
    case 'full':
      return 'latest';
    case 'partial':
      return 'partial';
    case 'smoke':
      return 'smoke';
    default:
      return assertNever(run);
  }
}

// ---- Marked blocks -------------------------------------------------------------------------------

export const MARKERS = { start: '<!-- bench:start -->', end: '<!-- bench:end -->' } as const;

export type Replacement = { kind: 'replaced'; text: string } | { kind: 'no-markers' };

/**
 * The text with what lies between its first start marker and the end marker after it replaced
 * by `block`; everything outside the markers is kept as it is.
 */
export function replaceBetweenMarkers(text: string, block: string): Replacement {
  const from = text.indexOf(MARKERS.start);
  if (from === -1) return { kind: 'no-markers' };
  const inner = from + MARKERS.start.length;
  const to = text.indexOf(MARKERS.end, inner);
  if (to === -1) return { kind: 'no-markers' };
  return {
    kind: 'replaced',
    text: `${text.slice(0, inner)}\n\n${block.trim()}\n\n${text.slice(to)}`,
  };
}

// ---- The blocks ----------------------------------------------------------------------------------

/** Text safe inside a Markdown image's brackets. */
const altText = (text: string) => text.replace(/[\\[\]]/g, (char) => `\\${char}`);

export interface ChartLink {
  /** The chart's path relative to the document. */
  path: string;
  /** What the chart shows, in a sentence or two. */
  description: string;
}

/** The chart, its alt text saying what it shows and where its figures are in words. */
const image = (chart: ChartLink, figures: string) =>
  `![${altText(`${chart.description} ${figures}`)}](${chart.path})`;

const sizeWords = (size: Size) =>
  size === 'seed' ? 'the bundled dataset' : `${sizeLabel(size)} events`;

/** "TimelineJS3 (at the bundled dataset and 1,000 events only)", from the app's own sizes. */
function appWithSizes(app: AppId): string {
  const { label, sizes } = APPS[app];
  return sizes ? `${label} (at ${listed(sizes.map(sizeWords))} only)` : label;
}

/** The README's paragraph on what the chart and targets compare. */
export function comparedParagraph(result: BenchResult): string {
  const peers = result.apps.filter((app) => app !== 'newsline');
  const described = peers.map((app) => {
    if (app === 'vis-timeline') return 'vis-timeline as set up by default (it lays out every item)';
    if (app === 'vis-timeline-cluster') return 'vis-timeline with its own `cluster` option';
    return appWithSizes(app);
  });
  return [
    `**What is compared.** Newsline beside ${listed(described)}, each drawing the same event`,
    `stores in Debian's Chromium, ${result.reps} runs per app, size and CPU rate, A-B-A-B. Newsline`,
    `draws cluster badges instead of markers while more than`,
    `${DENSE_THRESHOLD.toLocaleString('en-US')} events start inside the window. The chart shows the`,
    `runs with the CPU slowed ${TARGETS.cpu}× (Lighthouse's mobile profile), where Newsline's`,
    'targets apply: the median first render, and the median p95 frame gap of a zoom+pan from',
    '"Fit all", where every event is in the window. A line stops where an app did not finish or',
    'is not measured, and the chart says which. Every table, at full speed too, and how each',
    'figure is measured: [bench/README.md](bench/README.md#last-full-run).',
  ].join(' ');
}

/** README.md's block: the chart, what is compared, Newsline's targets, the run's details. */
export function readmeBlock(result: BenchResult, chart: ChartLink): string {
  return [
    image(chart, 'The figures are in the tables of bench/README.md.'),
    comparedParagraph(result),
    `**Newsline's targets with the CPU slowed ${TARGETS.cpu}×** (judged on the slowest run)`,
    targetsTable(result),
    `_Last full run: ${result.date.slice(0, 10)}, ${result.machine.cpus} × ` +
      `${result.machine.cpuModel}, ${result.reps} runs per app, size and CPU rate._`,
  ].join('\n\n');
}

/** bench/README.md's block: the chart and the whole report, every table. */
export function benchReadmeBlock(result: BenchResult, chart: ChartLink): string {
  return `${image(chart, 'The figures are in the tables below.')}\n\n${markdownReport(result)}`;
}
