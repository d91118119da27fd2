/**
 * The Markdown report of a run: a table without throttling, one with the CPU slowed 4×, the
 * app's targets under that slowdown, and notes on what was measured how. The same text goes to
 * bench/results/*.md and, for a full run, between bench/README.md's bench markers.
 */
import { DENSE_THRESHOLD } from '../../src/timeline/lib/constants.ts';
import {
  APPS,
  GROUPED_EVENTS,
  LINKED_EVENTS,
  NO_GROUPS_NOTE,
  NO_LINKS_NOTE,
  NO_THUMBNAILS_NOTE,
  THUMBNAILED_EVENTS,
  type AppId,
  type Size,
} from './apps.ts';
import { GENERATED_GROUPS, HUB_LINKS, INCOMING_LINKS } from '../../scripts/lib/generated-store.ts';
import { gapCode, gapOf } from './gaps.ts';
import { metricsFor, type CpuRate, type MetricRecord, type Unit } from './records.ts';
import { builtSiteDir, newslinePage } from './page-url.ts';

export interface BenchResult {
  date: string;
  machine: { cpus: number; cpuModel: string; totalMemGB: number; platform: string };
  chromium: { version: string; executablePath: string; flags: string[]; headless: boolean };
  viewport: { width: number; height: number; deviceScaleFactor: number };
  reps: number;
  sizes: Size[];
  cpuRates: CpuRate[];
  /** The apps measured, in column order. */
  apps: AppId[];
  /** A smoke run leaves some apps out at some sizes and CPU rates. */
  smoke: boolean;
  versions: Readonly<Record<string, string>>;
  timeouts: { firstRenderMs: number; phaseMs: number };
  durationS: number;
  records: MetricRecord[];
}

/** The app's own targets with the CPU slowed 4× (Lighthouse's mobile profile). */
export const TARGETS = {
  /** The CPU slowdown the targets hold at. */
  cpu: 4,
  /** Two frames at 60 Hz: p95 of the frame gaps during zoom+pan. */
  frameGapP95Ms: 33.4,
  /** No animation frame longer than this during zoom+pan. */
  longestFrameMs: 100,
  /** First render of the bundled dataset. */
  firstRenderSeedMs: 1000,
} as const;

// ---- Cells ---------------------------------------------------------------------------------------

/** A value as the tables print it, without its unit. */
export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case 'ms':
      return value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(1);
    case 'MB':
      return value.toFixed(1);
    case 'bytes':
      return (value / 1000).toFixed(1);
    case 'count':
      return String(Math.round(value * 10) / 10);
  }
}

const UNIT_TEXT: Readonly<Record<Unit, string>> = { ms: ' ms', MB: ' MB', bytes: ' kB', count: '' };

/** A value, where a longest animation frame of 0 means that none reached the 50 ms reported. */
function valueText(record: MetricRecord, value: number): string {
  if (record.metric.startsWith('loaf-max') && value === 0) return '< 50';
  return formatValue(value, record.unit);
}

/** A cell with its value alone, or why there is none. */
export function single(record: MetricRecord | undefined, key: 'median' | 'p95'): string {
  const value = record?.[key];
  if (!record || value === null || value === undefined) return missing(record);
  return `${valueText(record, value)}${UNIT_TEXT[record.unit]}`;
}

/** Why a record has no value: does not apply, ran out of time, or was not measured. */
const missing = (record: MetricRecord | undefined): string => gapCode(gapOf(record));

/** "median / p95 unit", with the count of runs that did not finish when some did. */
export function cell(record: MetricRecord | undefined): string {
  if (!record || record.median === null) return missing(record);
  const p95 = record.p95 ?? record.median;
  const values =
    record.size === 'all' || p95 === record.median
      ? valueText(record, record.median)
      : `${valueText(record, record.median)} / ${valueText(record, p95)}`;
  const dnf = record.dnf ? ` (${record.dnf} DNF)` : '';
  return `${values}${UNIT_TEXT[record.unit]}${dnf}`;
}

/** A peer's median over Newsline's (above 1× means Newsline is faster or smaller). */
export function ratio(ours: MetricRecord | undefined, theirs: MetricRecord | undefined): string {
  if (!ours || !theirs || ours.median === null || ours.median === 0 || ours.unit === 'count')
    return '';
  if (ours.metric.startsWith('loaf-max')) return '';
  // A first render that never came took longer than the timeout: that bounds the ratio.
  if (theirs.median === null) {
    return theirs.dnf && theirs.metric === 'first-render' && theirs.timeoutMs
      ? ` · >${(theirs.timeoutMs / ours.median).toFixed(0)}×`
      : '';
  }
  const r = theirs.median / ours.median;
  return ` · ${r >= 100 ? r.toFixed(0) : r.toFixed(1)}×`;
}

export function sizeLabel(size: Size | 'all'): string {
  if (size === 'thumbnails') return `${THUMBNAILED_EVENTS.toLocaleString('en-US')}, pictured`;
  if (size === 'groups')
    return `${GROUPED_EVENTS.toLocaleString('en-US')}, ${GENERATED_GROUPS.length} groups`;
  if (size === 'links') return `${LINKED_EVENTS.toLocaleString('en-US')}, links`;
  return typeof size === 'number' ? size.toLocaleString('en-US') : size;
}

// ---- Tables --------------------------------------------------------------------------------------

type Finder = (app: AppId, size: Size | 'all', metric: string) => MetricRecord | undefined;

function finder(result: BenchResult, cpu: CpuRate): Finder {
  return (app, size, metric) =>
    result.records.find(
      (r) => r.app === app && r.size === size && r.metric === metric && r.cpu === cpu,
    );
}

/** One row per metric × size (then the bundle rows), one column per app. */
export function markdownTable(result: BenchResult, cpu: CpuRate): string {
  const find = finder(result, cpu);
  const lines = [
    `| metric | size | ${result.apps.map((app) => APPS[app].label).join(' | ')} |`,
    `| --- | --- | ${result.apps.map(() => '---:').join(' | ')} |`,
  ];
  const row = (label: string, size: Size | 'all', metric: string) => {
    const records = result.apps.map((app) => find(app, size, metric));
    if (records.every((r) => !r)) return;
    const ours = find('newsline', size, metric);
    const cells = records.map((r, i) =>
      result.apps[i] === 'newsline' ? cell(r) : `${cell(r)}${ratio(ours, r)}`,
    );
    lines.push(`| ${label} | ${sizeLabel(size)} | ${cells.join(' | ')} |`);
  };
  for (const metric of metricsFor(cpu))
    for (const size of result.sizes) row(metric.label, size, metric.key);
  const bundleKeys = [
    ...new Set(
      result.records.filter((r) => r.size === 'all' && r.cpu === cpu).map((r) => r.metric),
    ),
  ];
  for (const key of bundleKeys) {
    const label = result.records.find((r) => r.size === 'all' && r.metric === key)?.label;
    row(label ?? key, 'all', key);
  }
  return lines.join('\n');
}

interface Target {
  label: string;
  metric: string;
  limit: number;
  sizes: 'all' | readonly Size[];
}

const TARGET_ROWS: readonly Target[] = [
  ...(['fit', 'zoomed'] as const).flatMap((state): Target[] => {
    const name = state === 'fit' ? 'Fit all' : '1/10 zoom';
    return [
      {
        label: `Zoom+pan at ${name}: p95 frame gap ≤ ${TARGETS.frameGapP95Ms} ms`,
        metric: `frame-gap-p95-${state}`,
        limit: TARGETS.frameGapP95Ms,
        sizes: 'all',
      },
      {
        label: `Zoom+pan at ${name}: no animation frame > ${TARGETS.longestFrameMs} ms (longest)`,
        metric: `loaf-max-${state}`,
        limit: TARGETS.longestFrameMs,
        sizes: 'all',
      },
    ];
  }),
  {
    label: `First render of the bundled dataset ≤ ${TARGETS.firstRenderSeedMs.toLocaleString('en-US')} ms`,
    metric: 'first-render',
    limit: TARGETS.firstRenderSeedMs,
    sizes: ['seed'],
  },
];

/** Whether Newsline's slowest run meets each target with the CPU slowed 4×, size by size. */
export function targetsTable(result: BenchResult): string {
  const find = finder(result, TARGETS.cpu);
  const lines = [
    `| Newsline, 4× CPU: target | ${result.sizes.map(sizeLabel).join(' | ')} |`,
    `| --- | ${result.sizes.map(() => '---:').join(' | ')} |`,
  ];
  for (const target of TARGET_ROWS) {
    const cells = result.sizes.map((size) => {
      if (target.sizes !== 'all' && !target.sizes.includes(size)) return '';
      const record = find('newsline', size, target.metric);
      if (!record) return '—';
      const worst = record.p95;
      if (worst === null) return `${missing(record)} ✗`;
      return `${single(record, 'p95')} ${worst <= target.limit ? '✓' : '✗'}`;
    });
    lines.push(`| ${target.label} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

// ---- Report --------------------------------------------------------------------------------------

/** The header line: when, on what, with which browser and peers. */
export function headerLine(result: BenchResult): string {
  const { machine, chromium } = result;
  const versions = Object.entries(result.versions)
    .map(([name, version]) => `${name} ${version}`)
    .join(', ');
  return (
    `${result.date} · ${machine.cpus} × ${machine.cpuModel}, ${machine.totalMemGB} GB, ` +
    `${machine.platform} · Chromium ${chromium.version} (headless) · ` +
    `${result.viewport.width}×${result.viewport.height} · ${result.reps} rep(s) per app, size ` +
    `and CPU rate, A-B-A-B · ${versions}`
  );
}

const dense = DENSE_THRESHOLD.toLocaleString('en-US');

/**
 * Which of the run's sizes Newsline opens as a home page built ahead of time, and what that means
 * for its first render; null when none. `viewport` is the window the picture is drawn for.
 */
export function builtAheadNote(
  sizes: readonly Size[],
  viewport: { width: number; height: number },
): string | null {
  const built = sizes.filter((size) => newslinePage(size).kind === 'built');
  if (!built.length) return null;
  const generated = built.filter((size): size is number => typeof size === 'number');
  const stores = built.map((size) =>
    size === 'seed' ? 'the bundled dataset' : `${sizeLabel(size)} events`,
  );
  const howBuilt = generated.length
    ? ` (for ${listWords(generated.map((size) => sizeLabel(size)))} events the run builds it into ` +
      `${listWords(generated.map((size) => `\`bench/${builtSiteDir(size)}/\``))} with \`--store\` ` +
      'naming the generated store and `--home-only`)'
    : '';
  return (
    `Newsline at ${listWords(stores)} is not the app opened with \`?data=\` but its home page ` +
    `built ahead of time for that store (\`scripts/prerender.ts\`), as a newsroom publishing the ` +
    `store serves it${howBuilt}: its HTML holds the timeline's first frame drawn as SVG for the ` +
    `${viewport.width}×${viewport.height} window, and its first render is the first paint that ` +
    'showed all of that picture (else the mark). The peers, and Newsline at the other sizes, ' +
    'load the store with `?data=` and draw it in the script.'
  );
}

const listWords = (words: readonly string[]) =>
  words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;

function notes(result: BenchResult): string {
  // The two vis-timeline columns share one note.
  const sizeNotes = [...new Set(result.apps.flatMap((app) => APPS[app].sizesNote ?? []))];
  const compared = [
    '**What is compared.** Every page draws every event of the same event store.',
    builtAheadNote(result.sizes, result.viewport) ?? 'Every page loads it with `?data=`.',
    `Newsline draws a marker per event until more than ${dense} events start inside the window;`,
    'past that it draws cluster badges (counts per stretch of time) instead, and markers again once',
    'a zoom brings the window under the threshold. vis-timeline is measured twice: as set up by',
    'default, laying out every item, and with its own `cluster` option at its defaults',
    '("vis-timeline (cluster)"), which merges items that crowd each other at any zoom.',
    'TimelineJS3 (Knight Lab) gets the store in its JSON format (a slide per event, the first topic',
    'as its group) with its web font off and everything served locally.',
    ...sizeNotes,
    'Its zoom is two buttons, not the wheel (the wheel scrolls its navigator sideways): its',
    'zoom+pan presses "Zoom in" three times (its scales step through Fibonacci numbers, ≈1.6× a',
    "step, so three presses make about the 4× of the others' ten wheel notches), drags its time",
    'navigator along the axis, and presses "Zoom out" three times; its "Fit all" is its scale',
    'factor 1 (the whole range one screen wide) around the middle event, and its 1/10 zoom the',
    'factor 1.6^5. It has no filters, so its topic toggle is n/a.',
    ...(result.sizes.includes('thumbnails')
      ? [
          `"${sizeLabel('thumbnails')}" is ${THUMBNAILED_EVENTS.toLocaleString('en-US')} generated events, each with a picture of its own (a 320×180 PNG, its own file), which Newsline draws beside the label wherever the whole title fits beside it.`,
          NO_THUMBNAILS_NOTE,
        ]
      : []),
    ...(result.sizes.includes('links')
      ? [
          `"${sizeLabel('links')}" is the ${LINKED_EVENTS.toLocaleString('en-US')}-event store with the event nearest the middle of its range given ${HUB_LINKS} links of all three kinds, most with a short note, to events across the range, and linked to from ${INCOMING_LINKS} others, opened with \`?event=<id>\` and left open throughout, so that Newsline draws its links as arcs in every view, and at 1/10 zoom pointers to the edge of the view for those outside it.`,
          NO_LINKS_NOTE,
        ]
      : []),
    ...(result.sizes.includes('groups')
      ? [
          `"${sizeLabel('groups')}" is the ${GROUPED_EVENTS.toLocaleString('en-US')}-event store with ${GENERATED_GROUPS.length} groups of its own declared (uneven: the largest holds about five times what the smallest does) and every event in one of them, opened with \`?group=groups\`, so that Newsline draws a band per group, each with lanes of its own under its label.`,
          NO_GROUPS_NOTE,
        ]
      : []),
  ];
  const how = [
    '**How.** Medians and p95 are over repetitions (nearest rank: with 5 runs the p95 is the',
    'slowest run), shown as "median / p95" (one value when they agree); "pooled" rows and the topic',
    'toggle pool every sample of every run. "· n×" is that app\'s median ÷ Newsline\'s (above 1×',
    'means Newsline is faster or smaller). First render is the `markers-painted` User Timing mark,',
    'ms after navigation start, left by every page once its markers are painted, or on a page',
    'built ahead of time the first paint that showed the whole picture, if it came first. Frame gaps are',
    'requestAnimationFrame intervals during 10 wheel notches in (Ctrl + wheel in Newsline, whose',
    'plain wheel scrolls the page), a 400 px drag left and back, and 10 notches out over the',
    "timeline (16.7 ms = smooth at 60 Hz, the floor); main-thread time per frame is Chromium's",
    'TaskDuration counter over that sequence divided by the frames drawn; long animation frames',
    'come from the `long-animation-frame` PerformanceObserver, which reports only frames of 50 ms',
    'or more ("< 50 ms": none that long). A topic toggle is timed in the page from `click()` to the',
    'next paint (double rAF), so its floor is one to two frames (17–33 ms) whatever the app does.',
    '"4× CPU" runs slow the page\'s CPU with Chromium\'s `Emulation.setCPUThrottlingRate` at rate',
    "4 (Lighthouse's mobile profile) from before navigation, and measure first render and zoom+pan.",
    'DNF: did not finish within the timeout shown (the step is then not retried in later',
    'repetitions); DNF (1×): not run with the CPU slowed, because it did not finish without; n/m:',
    'not measured, because the page never finished its first render; n/a: does not apply (see',
    'above); —: not run in this run' +
      (result.smoke
        ? ' (a smoke run measures the peers at the bundled dataset only, and slows the CPU for' +
          ' Newsline at the bundled dataset only).'
        : '.'),
    'The server gzips JSON, JS and CSS, as static hosts do, for every page alike.',
    `Timeouts: ${result.timeouts.firstRenderMs / 1000} s for a first render, ` +
      `${result.timeouts.phaseMs / 1000} s for any later step.`,
  ];
  return [compared, how].map((lines) => lines.join(' ')).join('\n\n');
}

/** Header, tables and notes: the body of results/*.md and of the README block. */
export function markdownReport(result: BenchResult): string {
  const sections = [`_${headerLine(result)}_`, '**Without throttling**', markdownTable(result, 1)];
  for (const cpu of result.cpuRates.filter((rate) => rate !== 1))
    sections.push(`**With the CPU slowed ${cpu}×**`, markdownTable(result, cpu));
  if (result.cpuRates.includes(TARGETS.cpu) && result.apps.includes('newsline')) {
    sections.push(
      `**Newsline's targets with the CPU slowed ${TARGETS.cpu}×** (judged on the slowest run)`,
      targetsTable(result),
    );
  }
  sections.push(notes(result));
  return `${sections.join('\n\n')}\n`;
}
