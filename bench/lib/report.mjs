/**
 * Turns raw runs into records (median and p95 per app × size × metric), a Markdown table, and
 * the README block. Timings are reported, never asserted.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { max, median, percentile, round } from './stats.mjs';

export const APP_IDS = ['newsline', 'vis-timeline'];

/**
 * @typedef {object} Run one repetition of one app at one size
 * @property {number} rep
 * @property {number | null} firstRender ms since navigation start
 * @property {number | null} heapMB
 * @property {{ gaps: number[], loaf: number[] | null } | null} fit
 * @property {{ gaps: number[], loaf: number[] | null } | null} zoomed
 * @property {number[] | null} filter ms per toggle
 * @property {Array<{ phase: string, timeoutMs: number }>} dnf phases that ran out of time
 * @property {string[]} skipped phases not run because they did not finish in an earlier rep
 * @property {string | null} error
 */

const STATES = { fit: 'Fit all', zoomed: '1/10 zoom' };

/** Each metric reads either one value per run, or a list of samples that are pooled. */
export const METRICS = [
  {
    key: 'first-render',
    label: 'First render (markers painted)',
    unit: 'ms',
    phase: 'first-render',
    value: (r) => r.firstRender,
  },
  {
    key: 'heap',
    label: 'JS heap after load (after GC)',
    unit: 'MB',
    phase: 'heap',
    value: (r) => r.heapMB,
  },
  {
    key: 'filter-toggle',
    label: 'Topic toggle → next paint (all toggles)',
    unit: 'ms',
    phase: 'filter',
    samples: (r) => r.filter,
  },
  ...Object.entries(STATES).flatMap(([state, name]) =>
    [
      {
        key: `frame-gap-p95-${state}`,
        label: `Zoom+pan at ${name}: p95 frame gap per run`,
        unit: 'ms',
        value: (r) => percentile(r[state]?.gaps ?? [], 95),
      },
      {
        key: `task-per-frame-${state}`,
        label: `Zoom+pan at ${name}: main-thread time per frame`,
        unit: 'ms',
        value: (r) => r[state]?.taskMsPerFrame ?? null,
      },
      {
        key: `frame-gap-${state}`,
        label: `Zoom+pan at ${name}: frame gaps, pooled`,
        unit: 'ms',
        samples: (r) => r[state]?.gaps ?? null,
      },
      {
        key: `loaf-max-${state}`,
        label: `Zoom+pan at ${name}: longest animation frame`,
        unit: 'ms',
        // No LoAF entry at all means no frame took 50 ms or more: report 0, not "not measured".
        value: (r) => (r[state]?.loaf ? (max(r[state].loaf) ?? 0) : null),
      },
      {
        key: `loaf-count-${state}`,
        label: `Zoom+pan at ${name}: animation frames > 50 ms`,
        unit: 'count',
        value: (r) => r[state]?.loaf?.filter((d) => d > 50).length ?? null,
      },
    ].map((metric) => ({ ...metric, phase: `zoom-pan-${state}` })),
  ),
];

/**
 * How each run fared on a metric's phase: measured, did not finish (ran out of time), or not
 * measured (skipped after an earlier did-not-finish, or never reached for want of a first render).
 */
function outcomes(metric, runs) {
  const dnf = runs.flatMap((r) => r.dnf.filter((d) => d.phase === metric.phase));
  const notMeasured = runs.filter(
    (r) =>
      r.skipped.includes(metric.phase) ||
      (metric.phase !== 'first-render' && r.dnf.some((d) => d.phase === 'first-render')),
  ).length;
  return { dnf: dnf.length, timeoutMs: dnf[0]?.timeoutMs, notMeasured };
}

/**
 * One record per metric for one app at one size.
 * @param {string} app
 * @param {string | number} size
 * @param {Run[]} runs
 * @param {number} skippedReps repetitions not run at all (no first render in an earlier one)
 */
export function recordsFor(app, size, runs, skippedReps) {
  return METRICS.map((metric) => {
    const { dnf, timeoutMs, notMeasured } = outcomes(metric, runs);
    const base = { app, size, metric: metric.key, label: metric.label, unit: metric.unit };
    Object.assign(
      base,
      dnf ? { dnf, timeoutMs } : {},
      notMeasured + skippedReps ? { notMeasured: notMeasured + skippedReps } : {},
    );
    if (metric.samples) {
      const perRun = runs.map((r) => metric.samples(r));
      const pooled = perRun.flatMap((samples) => samples ?? []);
      return {
        ...base,
        median: round(median(pooled), 2),
        p95: round(percentile(pooled, 95), 2),
        n: pooled.length,
        runs: perRun.map((samples) => samples?.map((v) => round(v, 1)) ?? null),
      };
    }
    const values = runs.map((r) => metric.value(r));
    return {
      ...base,
      median: round(median(values), 2),
      p95: round(percentile(values, 95), 2),
      runs: values.map((v) => round(v, 2)),
    };
  });
}

/** Bundle records: per app and compression, size-independent; JS alone and JS with CSS. */
export function bundleRecords(app, kind, weight) {
  const labels = {
    initial: 'named by the HTML',
    startup: 'fetched at start-up',
  };
  const js = weight.files.filter((f) => /\.m?js$/.test(f.url));
  return ['gzip', 'brotli'].flatMap((codec) => {
    const jsOnly = js.reduce((total, f) => total + f[codec], 0);
    return [
      {
        metric: `bundle-${kind}-js-${codec}`,
        label: `JS ${labels[kind]}, ${codec}`,
        value: jsOnly,
      },
      {
        metric: `bundle-${kind}-${codec}`,
        label: `JS+CSS ${labels[kind]}, ${codec}`,
        value: weight[codec],
      },
    ].map(({ metric, label, value }) => ({
      app,
      size: 'all',
      metric,
      label,
      unit: 'bytes',
      median: value,
      p95: value,
      runs: [value],
      files: weight.files,
    }));
  });
}

// ---- Formatting ----------------------------------------------------------------------------------

function formatValue(value, unit) {
  if (value === null || value === undefined) return null;
  switch (unit) {
    case 'ms':
      return value >= 100
        ? `${Math.round(value).toLocaleString('en-US')} ms`
        : `${value.toFixed(1)} ms`;
    case 'MB':
      return `${value.toFixed(1)} MB`;
    case 'bytes':
      return `${(value / 1000).toFixed(1)} kB`;
    default:
      return String(Math.round(value * 10) / 10);
  }
}

/** A cell: the value, "DNF (>60 s)" when no run finished, a DNF count when some did not. */
function cell(record, key) {
  if (!record) return '—';
  // LoAF entries exist only for frames of 50 ms or more: a 0 means "none that long".
  const text =
    record.metric.startsWith('loaf-max') && record[key] === 0
      ? '< 50 ms'
      : formatValue(record[key], record.unit);
  const limit = record.timeoutMs ? ` (>${Math.round(record.timeoutMs / 1000)} s)` : '';
  if (text === null) return record.dnf ? `DNF${limit}` : record.notMeasured ? 'n/m' : '—';
  return record.dnf ? `${text} (${record.dnf} DNF)` : text;
}

function ratio(ours, theirs) {
  if (!ours || !theirs || ours.median === null || ours.median === 0) return '—';
  // A first render that never came took longer than the timeout: that bounds the ratio.
  if (theirs.median === null && theirs.dnf && theirs.metric === 'first-render')
    return `>${(theirs.timeoutMs / ours.median).toFixed(0)}×`;
  if (theirs.median === null) return '—';
  const r = theirs.median / ours.median;
  return `${r >= 100 ? r.toFixed(0) : r.toFixed(1)}×`;
}

function sizeLabel(size) {
  return typeof size === 'number' ? size.toLocaleString('en-US') : String(size);
}

/** The header line: when, on what, with which browser. */
export function headerLine(result) {
  const { machine, chromium } = result;
  return (
    `${result.date} · ${machine.cpus} × ${machine.cpuModel}, ${machine.totalMemGB} GB, ` +
    `${machine.platform} · Chromium ${chromium.version} (headless) · ` +
    `${result.viewport.width}×${result.viewport.height} · ${result.reps} rep(s) per app and size, ` +
    `A-B-A-B · vis-timeline ${result.visTimelineVersion}`
  );
}

/**
 * The Markdown table, one row per metric × size, then the bundle rows.
 * @param {{ records: object[], sizes: Array<string | number> }} result
 */
export function markdownTable(result) {
  const find = (app, size, metric) =>
    result.records.find((r) => r.app === app && r.size === size && r.metric === metric);
  const lines = [
    '| metric | size | Newsline median | Newsline p95 | vis-timeline median | vis-timeline p95 | ratio (vis/ours) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  const row = (label, size, metric) => {
    const ours = find('newsline', size, metric);
    const theirs = find('vis-timeline', size, metric);
    if (!ours && !theirs) return;
    lines.push(
      `| ${label} | ${sizeLabel(size)} | ${cell(ours, 'median')} | ${cell(ours, 'p95')} | ` +
        `${cell(theirs, 'median')} | ${cell(theirs, 'p95')} | ${ratio(ours, theirs)} |`,
    );
  };
  for (const metric of METRICS)
    for (const size of result.sizes) row(metric.label, size, metric.key);
  const bundleKeys = [
    ...new Set(result.records.filter((r) => r.size === 'all').map((r) => r.metric)),
  ];
  for (const key of bundleKeys) row(find('newsline', 'all', key)?.label ?? key, 'all', key);
  return lines.join('\n');
}

const NOTES = [
  'Medians and p95 are over repetitions (nearest rank: with 5 runs the p95 is the slowest run);',
  '"pooled" rows and the topic toggle pool every sample of every run. First render is the',
  '`markers-painted` mark, ms after navigation start. Frame gaps are requestAnimationFrame',
  'intervals during 10 wheel notches in, a 400 px drag left and back, and 10 notches out over the',
  "timeline (16.7 ms = smooth at 60 Hz, the floor); main-thread time per frame is Chromium's",
  'TaskDuration counter over that sequence divided by the frames drawn; long animation frames come from the',
  '`long-animation-frame` PerformanceObserver. DNF: did not finish within the timeout shown',
  '(the step is then not retried in later repetitions); n/m: not measured, because the page',
  'never finished its first render.',
  'A topic toggle is timed in the page from `click()` to the next paint (double rAF), so its floor',
  'is one to two frames (17–33 ms) whatever the app does.',
  'The server gzips JSON, JS and CSS, as static hosts do, for both pages alike.',
  'Ratio is vis-timeline median ÷ Newsline median (above 1× means Newsline is faster or smaller).',
].join(' ');

/** Header, table and notes: the body of latest.md and of the README block. */
export function markdownReport(result) {
  return `_${headerLine(result)}_\n\n${markdownTable(result)}\n\n${NOTES}\n`;
}

/**
 * Replaces the text between the README's bench markers.
 * @returns {Promise<'updated' | 'no-markers'>}
 */
export async function updateReadme(path, block) {
  const START = '<!-- bench:start -->';
  const END = '<!-- bench:end -->';
  const text = await readFile(path, 'utf8');
  const from = text.indexOf(START);
  const to = text.indexOf(END, from + START.length);
  if (from === -1 || to === -1) return 'no-markers';
  const next = `${text.slice(0, from + START.length)}\n\n${block.trim()}\n\n${text.slice(to)}`;
  await writeFile(path, next);
  return 'updated';
}
