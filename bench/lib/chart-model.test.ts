import { describe, expect, it } from 'vitest';
import { categoriesOf, chartAlt, chartModel, type Panel } from './chart-model.ts';
import { benchResult, record } from './result-fixture.ts';

const panel = (panels: Panel[], metric: string) => {
  const found = panels.find((p) => p.metric === metric);
  if (!found) throw new Error(`no panel ${metric}`);
  return found;
};

describe('the chart’s sizes', () => {
  it('run in order of events, the bundled dataset by its own count', () => {
    expect(categoriesOf([100_000, 'seed', 1000], 27).map((c) => c.label)).toEqual([
      '27 (bundled)',
      '1,000',
      '100,000',
    ]);
    // A bundled dataset larger than a generated store comes after it.
    expect(categoriesOf(['seed', 1000], 5000).map((c) => c.events)).toEqual([1000, 5000]);
  });

  it('leave out the stores that only Newsline is measured at', () => {
    expect(categoriesOf(['seed', 'thumbnails', 10_000, 'groups'], 27).map((c) => c.size)).toEqual([
      'seed',
      10_000,
    ]);
  });
});

describe('the chart’s series', () => {
  const result = benchResult(
    [
      record('newsline', 'seed', 4, 'first-render', 1075),
      record('newsline', 1000, 4, 'first-render', 1249),
      record('newsline', 'seed', 1, 'first-render', 309),
      record('timelinejs', 'seed', 4, 'first-render', 905),
      record('timelinejs', 1000, 4, 'first-render', null, { notApplicable: 'too many slides' }),
      record('vis-timeline', 'seed', 4, 'frame-gap-p95-fit', null, { dnfUnthrottled: true }),
      record('vis-timeline', 1000, 4, 'frame-gap-p95-fit', null, { dnf: 2, timeoutMs: 60_000 }),
    ],
    { sizes: ['seed', 1000], apps: ['newsline', 'vis-timeline', 'timelinejs'] },
  );
  const model = chartModel(result, { cpu: 4, seedEvents: 27 });

  it('take the median at the CPU rate charted, one cell per size', () => {
    const firstRender = panel(model.panels, 'first-render');
    expect(firstRender.series.map((s) => s.app)).toEqual([
      'newsline',
      'vis-timeline',
      'timelinejs',
    ]);
    expect(firstRender.series[0]?.cells).toEqual([
      { kind: 'value', value: 1075 },
      { kind: 'value', value: 1249 },
    ]);
  });

  it('keep why a value is missing', () => {
    const firstRender = panel(model.panels, 'first-render');
    expect(firstRender.series[2]?.cells[1]).toEqual({
      kind: 'gap',
      gap: { kind: 'not-applicable', reason: 'too many slides' },
    });
    // No record at all: the app was not run there.
    expect(firstRender.series[1]?.cells[0]).toEqual({ kind: 'gap', gap: { kind: 'not-run' } });
    const frames = panel(model.panels, 'frame-gap-p95-fit');
    expect(frames.series[1]?.cells.map((c) => (c.kind === 'gap' ? c.gap.kind : c.value))).toEqual([
      'did-not-finish-unthrottled',
      'did-not-finish',
    ]);
  });

  it('draw Newsline’s frame-gap target only where it applies, with the CPU slowed 4×', () => {
    expect(panel(model.panels, 'frame-gap-p95-fit').references).toEqual([
      { value: 33.4, label: "Newsline's target: 33.4 ms" },
    ]);
    const fullSpeed = chartModel(result, { cpu: 1, seedEvents: 27 });
    expect(panel(fullSpeed.panels, 'frame-gap-p95-fit').references).toEqual([]);
    expect(panel(fullSpeed.panels, 'first-render').series[0]?.cells[0]).toEqual({
      kind: 'value',
      value: 309,
    });
  });

  it('say in the title and the alt text which CPU rate is charted', () => {
    expect(model.title).toContain('with the CPU slowed 4×');
    expect(chartModel(result, { cpu: 1, seedEvents: 27 }).title).toContain('at full speed');
    expect(chartAlt(model)).toBe(
      'Line charts on log scales, with the CPU slowed 4×: first render and the p95 frame gap of ' +
        'a zoom+pan from Fit all, by events in the store (27 to 1,000), a line each for ' +
        'Newsline, vis-timeline and TimelineJS3.',
    );
  });
});
