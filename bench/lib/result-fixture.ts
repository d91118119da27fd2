/**
 * Small benchmark results for the tests of the report, the chart and the documents: records
 * written out by hand, so that each test shows the figures it is about.
 */
import type { AppId, Size } from './apps.ts';
import type { CpuRate, MetricRecord } from './records.ts';
import type { BenchResult } from './report.ts';

/** A record of one app at one size and CPU rate; `median` null with `gap` saying why. */
export function record(
  app: AppId,
  size: Size | 'all',
  cpu: CpuRate,
  metric: string,
  median: number | null,
  gap: Partial<MetricRecord> = {},
): MetricRecord {
  return {
    app,
    size,
    cpu,
    metric,
    label: metric,
    unit: 'ms',
    median,
    p95: median,
    runs: [median],
    ...gap,
  };
}

export function benchResult(records: MetricRecord[], overrides: Partial<BenchResult> = {}) {
  const result: BenchResult = {
    date: '2026-01-02T03:04:05.000Z',
    machine: { cpus: 2, cpuModel: 'Test CPU', totalMemGB: 8, platform: 'linux' },
    chromium: { version: '150', executablePath: '/usr/bin/chromium', flags: [], headless: true },
    viewport: { width: 1280, height: 800, deviceScaleFactor: 1 },
    reps: 3,
    sizes: ['seed', 1000, 10_000, 100_000],
    cpuRates: [1, 4],
    apps: ['newsline', 'vis-timeline', 'vis-timeline-cluster', 'timelinejs'],
    smoke: false,
    versions: { 'vis-timeline': '8.5.4' },
    timeouts: { firstRenderMs: 120_000, phaseMs: 60_000 },
    durationS: 60,
    records,
    ...overrides,
  };
  return result;
}
