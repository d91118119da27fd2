/**
 * What the benchmark chart shows, taken from a run's records: the store sizes in order of events,
 * and per panel one series per app, each value or the reason there is none. Drawing it is
 * chart-svg.ts's part.
 */
import { APPS, type AppId, type Size } from './apps.ts';
import { gapOf, type Gap } from './gaps.ts';
import type { CpuRate } from './records.ts';
import { listed } from './words.ts';
import { TARGETS, type BenchResult } from './report.ts';

/** A store size on the x axis: the bundled dataset and the generated stores, by event count. */
export interface Category {
  size: Size;
  events: number;
  label: string;
}

export type Cell = { kind: 'value'; value: number } | { kind: 'gap'; gap: Gap };

export interface Series {
  app: AppId;
  label: string;
  /** One per category, in the same order. */
  cells: Cell[];
}

/** A horizontal line across a panel, such as a target. */
export interface Reference {
  value: number;
  label: string;
}

export interface Panel {
  /** The metric's key in the records. */
  metric: string;
  title: string;
  /** The metric in a few words, for a sentence. */
  summary: string;
  series: Series[];
  references: Reference[];
}

export interface ChartModel {
  cpu: CpuRate;
  title: string;
  subtitle: string;
  categories: Category[];
  panels: Panel[];
  /** Where the figures come from, one line. */
  source: string;
}

interface PanelSpec {
  metric: string;
  title: string;
  summary: string;
  references: (cpu: CpuRate) => Reference[];
}

/**
 * First render, and the frame gaps of a zoom+pan from "Fit all": at Fit all every event is in
 * the window, the state that costs each app most.
 */
const PANELS: readonly PanelSpec[] = [
  {
    metric: 'first-render',
    title: 'First render: ms until the markers are painted',
    summary: 'first render',
    references: () => [],
  },
  {
    metric: 'frame-gap-p95-fit',
    title: 'Zoom+pan from Fit all: p95 frame gap, ms (16.7 is every frame at 60 Hz)',
    summary: 'the p95 frame gap of a zoom+pan from Fit all',
    references: (cpu) =>
      cpu === TARGETS.cpu
        ? [
            {
              value: TARGETS.frameGapP95Ms,
              label: `Newsline's target: ${TARGETS.frameGapP95Ms} ms`,
            },
          ]
        : [],
  },
];

/**
 * The sizes a line can run through: the bundled dataset and plain generated stores. The stores
 * with pictures, in groups or with links measure Newsline alone, so they compare nothing.
 */
export function categoriesOf(sizes: readonly Size[], seedEvents: number): Category[] {
  return sizes
    .flatMap((size): Category[] => {
      if (size === 'seed') return [{ size, events: seedEvents, label: `${seedEvents} (bundled)` }];
      if (typeof size === 'number')
        return [{ size, events: size, label: size.toLocaleString('en-US') }];
      return [];
    })
    .sort((a, b) => a.events - b.events);
}

export interface ChartOptions {
  /** The CPU slowdown whose runs are drawn. */
  cpu: CpuRate;
  /** Events in the bundled dataset, for its place and label on the x axis. */
  seedEvents: number;
}

const rateText = (cpu: CpuRate) => (cpu === 1 ? 'at full speed' : `with the CPU slowed ${cpu}×`);

export function chartModel(result: BenchResult, { cpu, seedEvents }: ChartOptions): ChartModel {
  const categories = categoriesOf(result.sizes, seedEvents);
  const panels = PANELS.map((spec): Panel => {
    const series = result.apps.map((app): Series => ({
      app,
      label: APPS[app].label,
      cells: categories.map(({ size }): Cell => {
        const record = result.records.find(
          (r) => r.app === app && r.size === size && r.cpu === cpu && r.metric === spec.metric,
        );
        return record && record.median !== null
          ? { kind: 'value', value: record.median }
          : { kind: 'gap', gap: gapOf(record) };
      }),
    }));
    return {
      metric: spec.metric,
      title: spec.title,
      summary: spec.summary,
      series,
      references: spec.references(cpu),
    };
  });
  const { machine, chromium } = result;
  return {
    cpu,
    title: `Newsline, vis-timeline and TimelineJS3 ${rateText(cpu)}`,
    subtitle: `Median of ${result.reps} runs per app and size; log scales; lower is better`,
    categories,
    panels,
    source:
      `Run of ${result.date.slice(0, 10)}: Chromium ${chromium.version} (headless), ` +
      `${machine.cpus} × ${machine.cpuModel}. Every figure: bench/README.md`,
  };
}

/**
 * The chart in a sentence, for the image's alt text; its every value is in the SVG's <desc> and
 * in the tables.
 */
export function chartAlt(model: ChartModel): string {
  const first = model.categories[0]?.events ?? 0;
  const last = model.categories[model.categories.length - 1]?.events ?? 0;
  const apps = model.panels[0]?.series.map((s) => s.label) ?? [];
  return (
    `Line charts on log scales, ${rateText(model.cpu)}: ` +
    `${listed(model.panels.map((panel) => panel.summary))}, by events in the store ` +
    `(${first.toLocaleString('en-US')} to ${last.toLocaleString('en-US')}), a line each for ` +
    `${listed(apps)}.`
  );
}
