import { describe, expect, it } from 'vitest';
import type { ZoomPanSample } from './measure.ts';
import { recordsFor, type MetricRecord, type Run } from './records.ts';
import { NO_GROUPS_NOTE, NO_THUMBNAILS_NOTE } from './apps.ts';
import {
  builtAheadNote,
  cell,
  markdownReport,
  markdownTable,
  ratio,
  sizeLabel,
  targetsTable,
  type BenchResult,
} from './report.ts';

function zoomPan(loaf: number[] | null, gaps = [16.7, 16.7, 33.4]): ZoomPanSample {
  return { gaps, loaf, taskMsPerFrame: 5 };
}

function run(overrides: Partial<Run> = {}): Run {
  return {
    rep: 0,
    firstRender: 300,
    heapMB: 3,
    fit: zoomPan([]),
    zoomed: zoomPan([]),
    filter: [20, 30],
    dnf: [],
    skipped: [],
    error: null,
    wallMs: 1000,
    ...overrides,
  };
}

const context = {
  app: 'newsline' as const,
  size: 'seed' as const,
  cpu: 4,
  skippedReps: 0,
  notApplicable: {},
  dnfUnthrottled: new Set<never>(),
};

const metric = (records: MetricRecord[], key: string) => {
  const found = records.find((r) => r.metric === key);
  if (!found) throw new Error(`no ${key}`);
  return found;
};

describe('benchmark records', () => {
  it('count the animation frames over 50 and over 100 ms, and the longest', () => {
    const records = recordsFor(context, [run({ fit: zoomPan([60, 120, 99.9, 250]) })]);
    expect(metric(records, 'loaf-count-fit').median).toBe(4);
    expect(metric(records, 'loaf-over-100-fit').median).toBe(2);
    expect(metric(records, 'loaf-max-fit').median).toBe(250);
  });

  it('report a longest frame below what the browser reports as "< 50 ms", as a number otherwise', () => {
    const records = recordsFor(context, [run()]);
    expect(cell(metric(records, 'loaf-max-fit'))).toBe('< 50 ms');
    const long = recordsFor(context, [run({ fit: zoomPan([143.2]) })]);
    expect(cell(metric(long, 'loaf-max-fit'))).toBe('143 ms');
  });

  it('leave heap and filter out of the slowed table, and keep them at full speed', () => {
    const slowed = recordsFor(context, [run()]).map((r) => r.metric);
    expect(slowed).not.toContain('heap');
    expect(slowed).not.toContain('filter-toggle');
    expect(slowed).toContain('loaf-over-100-zoomed');
    const full = recordsFor({ ...context, cpu: 1 }, [run()]).map((r) => r.metric);
    expect(full).toEqual(expect.arrayContaining(['heap', 'filter-toggle', 'frame-gap-fit']));
  });

  it('say why a value is missing', () => {
    const timedOut = recordsFor(context, [
      run({ zoomed: null, dnf: [{ phase: 'zoom-pan-zoomed', timeoutMs: 60_000 }] }),
    ]);
    expect(cell(metric(timedOut, 'frame-gap-p95-zoomed'))).toBe('DNF (>60 s)');
    const carried = recordsFor({ ...context, dnfUnthrottled: new Set(['zoom-pan-fit'] as const) }, [
      run({ fit: null, skipped: ['zoom-pan-fit'] }),
    ]);
    expect(cell(metric(carried, 'frame-gap-p95-fit'))).toBe('DNF (1×)');
    const none = recordsFor(
      { ...context, cpu: 1, app: 'timelinejs', notApplicable: { filter: 'no filters' } },
      [run({ filter: null })],
    );
    expect(cell(metric(none, 'filter-toggle'))).toBe('n/a');
  });

  it('show median and p95 over runs, and a peer’s median over Newsline’s', () => {
    const ours = metric(
      recordsFor(context, [run(), run({ firstRender: 500 }), run({ firstRender: 400 })]),
      'first-render',
    );
    expect(cell(ours)).toBe('400 / 500 ms');
    const theirs = { ...ours, app: 'vis-timeline' as const, median: 1200 };
    expect(ratio(ours, theirs)).toBe(' · 3.0×');
  });
});

function result(records: MetricRecord[]): BenchResult {
  return {
    date: '2026-01-01T00:00:00.000Z',
    machine: { cpus: 2, cpuModel: 'CPU', totalMemGB: 8, platform: 'linux' },
    chromium: { version: '1', executablePath: '/usr/bin/chromium', flags: [], headless: true },
    viewport: { width: 1280, height: 800, deviceScaleFactor: 1 },
    reps: 1,
    sizes: ['seed', 1000],
    cpuRates: [1, 4],
    apps: ['newsline'],
    smoke: false,
    versions: {},
    timeouts: { firstRenderMs: 120_000, phaseMs: 60_000 },
    durationS: 1,
    records,
  };
}

describe('the targets with the CPU slowed 4×', () => {
  it('are met or missed on the slowest run', () => {
    const records = [
      ...recordsFor(context, [run({ firstRender: 900 })]),
      ...recordsFor({ ...context, size: 1000 }, [
        run({ fit: zoomPan([180], [16.7, 50, 50]), zoomed: zoomPan([]) }),
      ]),
    ];
    const table = targetsTable(result(records));
    const row = (start: string) => table.split('\n').find((line) => line.startsWith(`| ${start}`));
    expect(row('Zoom+pan at Fit all: p95 frame gap')).toBe(
      '| Zoom+pan at Fit all: p95 frame gap ≤ 33.4 ms | 33.4 ms ✓ | 50.0 ms ✗ |',
    );
    expect(row('Zoom+pan at Fit all: no animation frame')).toContain('| < 50 ms ✓ | 180 ms ✗ |');
    expect(row('First render')).toBe(
      '| First render of the bundled dataset ≤ 1,000 ms | 900 ms ✓ |  |',
    );
  });

  it('are missed when a run did not finish, and left blank where nothing ran', () => {
    const records = recordsFor(context, [
      run({ fit: null, dnf: [{ phase: 'zoom-pan-fit', timeoutMs: 60_000 }] }),
    ]);
    const table = targetsTable(result(records));
    expect(table).toContain('| Zoom+pan at Fit all: p95 frame gap ≤ 33.4 ms | DNF (>60 s) ✗ | — |');
  });

  it('appear in the report only when the CPU was slowed 4×', () => {
    const records = recordsFor({ ...context, cpu: 1 }, [run()]);
    expect(markdownReport({ ...result(records), cpuRates: [1] })).not.toContain('targets');
    expect(markdownReport(result(records))).toContain("Newsline's targets with the CPU slowed 4×");
  });
});

describe('the sizes', () => {
  it.each([
    ['seed', 'seed'],
    [10_000, '10,000'],
    ['thumbnails', '1,000, pictured'],
    ['groups', '10,000, 10 groups'],
    ['links', '1,000, links'],
    ['all', 'all'],
  ] as const)('label %j as "%s"', (size, label) => {
    expect(sizeLabel(size)).toBe(label);
  });

  it('put the store in groups beside the plain one, in its own rows and target column', () => {
    const records = [
      ...recordsFor({ ...context, size: 10_000 }, [run()]),
      ...recordsFor({ ...context, size: 'groups' }, [run({ fit: zoomPan([120], [16.7, 40]) })]),
    ];
    const report: BenchResult = { ...result(records), sizes: [10_000, 'groups'] };
    expect(targetsTable(report).split('\n')[0]).toBe(
      '| Newsline, 4× CPU: target | 10,000 | 10,000, 10 groups |',
    );
    expect(targetsTable(report)).toContain(
      '| Zoom+pan at Fit all: p95 frame gap ≤ 33.4 ms | 33.4 ms ✓ | 40.0 ms ✗ |',
    );
    expect(markdownTable(report, 4)).toContain(
      '| Zoom+pan at Fit all: longest animation frame | 10,000, 10 groups | 120 ms |',
    );
  });

  it('explain the store in groups, and why Newsline alone is measured there, only when it ran', () => {
    const records = recordsFor(context, [run()]);
    expect(markdownReport({ ...result(records), sizes: ['seed', 'groups'] })).toContain(
      NO_GROUPS_NOTE,
    );
    const plain = markdownReport(result(records));
    expect(plain).not.toContain(NO_GROUPS_NOTE);
    expect(plain).not.toContain(NO_THUMBNAILS_NOTE);
  });
});

describe("Newsline's pages built ahead of time", () => {
  const viewport = { width: 1280, height: 800 };

  it('name every size whose page is built ahead of time, and how the run builds it', () => {
    const note = builtAheadNote(['seed', 1000, 10_000, 'links'], viewport);
    expect(note).toMatch(/^Newsline at the bundled dataset and 1,000 events is not the app opened/);
    expect(note).toContain('for 1,000 events the run builds it into `bench/.built-1000/`');
    expect(note).toContain('for the 1280×800 window');
    expect(note).not.toContain('10,000');
  });

  it('leave out the build where only the bundled dataset is measured', () => {
    const note = builtAheadNote(['seed', 10_000], viewport);
    expect(note).toMatch(/^Newsline at the bundled dataset is not/);
    expect(note).not.toContain('bench/.built');
  });

  it('say nothing at sizes that all load ?data=', () => {
    expect(builtAheadNote([10_000, 'thumbnails'], viewport)).toBeNull();
  });

  it('go into the report when the run measured such a size', () => {
    const records = recordsFor(context, [run()]);
    expect(markdownReport({ ...result(records), sizes: [1000] })).toContain(
      'Newsline at 1,000 events is not the app opened with `?data=`',
    );
    expect(markdownReport({ ...result(records), sizes: [10_000] })).toContain(
      'Every page loads it with `?data=`.',
    );
  });
});
