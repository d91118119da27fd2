/**
 * From raw runs to records: one per app × size × CPU rate × metric, with the median and p95 over
 * repetitions and what did not finish, was not measured or does not apply. Timings are
 * reported, never asserted.
 */
import type { AppId, Size } from './apps.ts';
import type { WeighedFile, Weight } from './bundle.ts';
import type { ZoomPanSample } from './measure.ts';
import { max, median, percentile, round } from './stats.ts';

/** CPU slowdown: 1 is the machine as it is, 4 is Chromium's CPU throttling at rate 4. */
export type CpuRate = number;

export type Phase = 'first-render' | 'heap' | 'zoom-pan-fit' | 'zoom-pan-zoomed' | 'filter';

/** One repetition of one app at one size and CPU rate. */
export interface Run {
  rep: number;
  /** ms since navigation start */
  firstRender: number | null;
  heapMB: number | null;
  fit: ZoomPanSample | null;
  zoomed: ZoomPanSample | null;
  /** ms per toggle */
  filter: number[] | null;
  /** Phases that ran out of time. */
  dnf: { phase: Phase; timeoutMs: number }[];
  /** Phases not run because they did not finish in an earlier repetition. */
  skipped: Phase[];
  error: string | null;
  wallMs: number;
}

export const UNITS = ['ms', 'MB', 'bytes', 'count'] as const;
export type Unit = (typeof UNITS)[number];

export interface MetricRecord {
  app: AppId;
  size: Size | 'all';
  cpu: CpuRate;
  metric: string;
  label: string;
  unit: Unit;
  median: number | null;
  p95: number | null;
  /** Per run, or per run's samples for pooled metrics. */
  runs: (number | null)[] | ((number | null)[] | null)[];
  /** Pooled samples. */
  n?: number;
  /** Runs that ran out of time on this metric's phase, and the limit they ran into. */
  dnf?: number;
  timeoutMs?: number;
  /** Runs that did not reach this metric's phase. */
  notMeasured?: number;
  /** Not run with the CPU slowed, because it did not finish without. */
  dnfUnthrottled?: true;
  /** Why the metric does not apply to this app (or at this size). */
  notApplicable?: string;
  files?: WeighedFile[];
}

type State = 'fit' | 'zoomed';
const STATES: Readonly<Record<State, string>> = { fit: 'Fit all', zoomed: '1/10 zoom' };

export interface Metric {
  key: string;
  label: string;
  unit: Unit;
  phase: Phase;
  /** Whether it is measured with the CPU slowed too (the rest only at full speed). */
  throttled: boolean;
  /** One value per run… */
  value?: (run: Run) => number | null;
  /** …or samples from every run, pooled. */
  samples?: (run: Run) => number[] | null;
}

/** Long animation frames are only reported from 50 ms: none at all means none that long. */
function longestFrame(sample: ZoomPanSample | null): number | null {
  if (!sample?.loaf) return null;
  return max(sample.loaf) ?? 0;
}

export const METRICS: readonly Metric[] = [
  {
    key: 'first-render',
    label: 'First render (markers painted)',
    unit: 'ms',
    phase: 'first-render',
    throttled: true,
    value: (r) => r.firstRender,
  },
  {
    key: 'heap',
    label: 'JS heap after load (after GC)',
    unit: 'MB',
    phase: 'heap',
    throttled: false,
    value: (r) => r.heapMB,
  },
  {
    key: 'filter-toggle',
    label: 'Topic toggle → next paint (all toggles)',
    unit: 'ms',
    phase: 'filter',
    throttled: false,
    samples: (r) => r.filter,
  },
  ...(Object.entries(STATES) as [State, string][]).flatMap(([state, name]): Metric[] => {
    const phase: Phase = `zoom-pan-${state}`;
    return [
      {
        key: `frame-gap-p95-${state}`,
        label: `Zoom+pan at ${name}: p95 frame gap per run`,
        unit: 'ms',
        phase,
        throttled: true,
        value: (r) => percentile(r[state]?.gaps ?? [], 95),
      },
      {
        key: `task-per-frame-${state}`,
        label: `Zoom+pan at ${name}: main-thread time per frame`,
        unit: 'ms',
        phase,
        throttled: true,
        value: (r) => r[state]?.taskMsPerFrame ?? null,
      },
      {
        key: `frame-gap-${state}`,
        label: `Zoom+pan at ${name}: frame gaps, pooled`,
        unit: 'ms',
        phase,
        throttled: false,
        samples: (r) => r[state]?.gaps ?? null,
      },
      {
        key: `loaf-max-${state}`,
        label: `Zoom+pan at ${name}: longest animation frame`,
        unit: 'ms',
        phase,
        throttled: true,
        value: (r) => longestFrame(r[state]),
      },
      {
        key: `loaf-count-${state}`,
        label: `Zoom+pan at ${name}: animation frames > 50 ms`,
        unit: 'count',
        phase,
        throttled: true,
        value: (r) => r[state]?.loaf?.filter((d) => d > 50).length ?? null,
      },
      {
        key: `loaf-over-100-${state}`,
        label: `Zoom+pan at ${name}: animation frames > 100 ms`,
        unit: 'count',
        phase,
        throttled: true,
        value: (r) => r[state]?.loaf?.filter((d) => d > 100).length ?? null,
      },
    ];
  }),
];

export const metricsFor = (cpu: CpuRate): Metric[] =>
  METRICS.filter((m) => cpu === 1 || m.throttled);

/**
 * How the runs fared on a metric's phase: how many did not finish (ran out of time), and how
 * many did not measure it (skipped after an earlier did-not-finish, or never reached for want of
 * a first render).
 */
function outcomes(metric: Metric, runs: readonly Run[]) {
  const dnf = runs.flatMap((r) => r.dnf.filter((d) => d.phase === metric.phase));
  const notMeasured = runs.filter(
    (r) =>
      r.skipped.includes(metric.phase) ||
      (metric.phase !== 'first-render' && r.dnf.some((d) => d.phase === 'first-render')),
  ).length;
  return { dnf: dnf.length, timeoutMs: dnf[0]?.timeoutMs, notMeasured };
}

export interface RunContext {
  app: AppId;
  size: Size;
  cpu: CpuRate;
  /** Repetitions not run at all (no first render in an earlier one, or none without throttling). */
  skippedReps: number;
  /** Phases that do not apply to this app, with the reason. */
  notApplicable: Readonly<Partial<Record<Phase, string>>>;
  /** Phases that did not finish without throttling, and so were not run with it. */
  dnfUnthrottled: ReadonlySet<Phase>;
}

/** One record per metric of the CPU rate's table, for one app at one size. */
export function recordsFor(context: RunContext, runs: readonly Run[]): MetricRecord[] {
  const { app, size, cpu } = context;
  return metricsFor(cpu).map((metric) => {
    const base = emptyRecord(app, size, cpu, metric);
    const reason = context.notApplicable[metric.phase];
    if (reason) return { ...base, notApplicable: reason };
    const { dnf, timeoutMs, notMeasured } = outcomes(metric, runs);
    if (dnf && timeoutMs !== undefined) Object.assign(base, { dnf, timeoutMs });
    if (notMeasured + context.skippedReps) base.notMeasured = notMeasured + context.skippedReps;
    if (context.dnfUnthrottled.has(metric.phase)) base.dnfUnthrottled = true;
    if (metric.samples) {
      const perRun = runs.map((r) => metric.samples?.(r) ?? null);
      const pooled = perRun.flatMap((samples) => samples ?? []);
      return {
        ...base,
        median: round(median(pooled), 2),
        p95: round(percentile(pooled, 95), 2),
        n: pooled.length,
        runs: perRun.map((samples) => samples?.map((v) => round(v, 1)) ?? null),
      };
    }
    const values = runs.map((r) => metric.value?.(r) ?? null);
    return {
      ...base,
      median: round(median(values), 2),
      p95: round(percentile(values, 95), 2),
      runs: values.map((v) => round(v, 2)),
    };
  });
}

/** Records for an app at a size where it is not measured at all. */
export function notApplicableRecords(
  app: AppId,
  size: Size,
  cpu: CpuRate,
  reason: string,
): MetricRecord[] {
  return metricsFor(cpu).map((metric) => ({
    ...emptyRecord(app, size, cpu, metric),
    notApplicable: reason,
  }));
}

/** A metric's record before any figure is in it. */
function emptyRecord(
  app: AppId,
  size: Size,
  cpu: CpuRate,
  metric: ReturnType<typeof metricsFor>[number],
): MetricRecord {
  return {
    app,
    size,
    cpu,
    metric: metric.key,
    label: metric.label,
    unit: metric.unit,
    median: null,
    p95: null,
    runs: [],
  };
}

const BUNDLE_KINDS = { initial: 'named by the HTML', startup: 'fetched at start-up' } as const;

/** Bundle records: per app and compression, size-independent; JS alone and JS with CSS. */
export function bundleRecords(
  app: AppId,
  kind: keyof typeof BUNDLE_KINDS,
  weight: Weight,
): MetricRecord[] {
  const js = weight.files.filter((f) => /\.m?js$/.test(f.url));
  return (['gzip', 'brotli'] as const).flatMap((codec) => {
    const jsOnly = js.reduce((total, f) => total + f[codec], 0);
    return [
      {
        metric: `bundle-${kind}-js-${codec}`,
        label: `JS ${BUNDLE_KINDS[kind]}, ${codec}`,
        value: jsOnly,
      },
      {
        metric: `bundle-${kind}-${codec}`,
        label: `JS+CSS ${BUNDLE_KINDS[kind]}, ${codec}`,
        value: weight[codec],
      },
    ].map(({ metric, label, value }): MetricRecord => ({
      app,
      size: 'all',
      cpu: 1,
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
