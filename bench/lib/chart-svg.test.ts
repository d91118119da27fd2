// @vitest-environment jsdom
// jsdom's DOMParser reads the SVG as XML: markup that is not well formed fails the tests.
import { describe, expect, it } from 'vitest';
import { APP_IDS, type AppId } from './apps.ts';
import { chartModel, type Cell, type ChartModel, type Series } from './chart-model.ts';
import { gapSummary, lineRuns, renderChart, SERIES_STYLES } from './chart-svg.ts';
import { benchResult, record } from './result-fixture.ts';

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = doc.querySelector('parsererror');
  if (error) throw new Error(`not well-formed XML: ${error.textContent ?? ''}`);
  return doc;
}

const value = (v: number): Cell => ({ kind: 'value', value: v });
const missing: Cell = { kind: 'gap', gap: { kind: 'did-not-finish', timeoutMs: 120_000 } };

/** A one-panel chart over sizes of 27 (the bundled dataset), 1,000, 10,000 events and so on. */
function model(series: Series[], sizes = 3): ChartModel {
  const categories = Array.from({ length: sizes }, (_, i) => {
    const events = 10 ** (i + 2);
    return i === 0
      ? { size: 'seed' as const, events: 27, label: '27 (bundled)' }
      : { size: events, events, label: events.toLocaleString('en-US') };
  });
  return {
    cpu: 4,
    title: 'A chart',
    subtitle: 'Median of 3 runs',
    categories,
    panels: [
      {
        metric: 'first-render',
        title: 'First render',
        summary: 'first render',
        series,
        references: [],
      },
    ],
    source: 'Run of 2026-01-02',
  };
}

/** The y of each tick label, by its value. */
function tickYs(doc: Document): Map<number, number> {
  return new Map(
    [...doc.querySelectorAll('[data-metric="first-render"] .y-axis text')].map((text) => [
      Number(text.getAttribute('data-value')),
      Number(text.getAttribute('y')),
    ]),
  );
}

describe('the chart of a full run', () => {
  const firstRenders: [AppId, (number | null)[]][] = [
    ['newsline', [1075, 1249, 1462, 3950]],
    ['vis-timeline', [814, 1994, 28_767, null]],
    ['vis-timeline-cluster', [831, 1375, 7927, null]],
    ['timelinejs', [905, 6108, null, null]],
  ];
  const records = firstRenders.flatMap(([app, values]) =>
    (['seed', 1000, 10_000, 100_000] as const).map((size, i) => {
      const median = values[i] ?? null;
      const gap = median === null ? { notApplicable: 'not measured' } : {};
      return record(app, size, 4, 'first-render', median, gap);
    }),
  );
  const doc = parse(renderChart(chartModel(benchResult(records), { cpu: 4, seedEvents: 27 })));

  it('gives every app a line, a legend entry and its name at the line’s end', () => {
    for (const app of APP_IDS) {
      const series = doc.querySelectorAll(`[data-app="${app}"]`);
      expect(doc.querySelector(`.series[data-app="${app}"] path.line`)).not.toBeNull();
      expect(doc.querySelector(`.legend-item[data-app="${app}"]`)).not.toBeNull();
      expect(series.length).toBeGreaterThan(1);
    }
    const names = [...doc.querySelectorAll('.direct-label')].map((t) => t.textContent);
    expect(names.sort()).toEqual(
      ['Newsline', 'TimelineJS3', 'vis-timeline', 'vis-timeline (cluster)'].sort(),
    );
  });

  it('is an image with a title and a description that say what it shows', () => {
    const svg = doc.documentElement;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 680 \d+$/);
    const [titleId, descId] = (svg.getAttribute('aria-labelledby') ?? '').split(' ');
    expect(doc.getElementById(titleId ?? '')?.textContent).toContain('with the CPU slowed 4×');
    const desc = doc.getElementById(descId ?? '')?.textContent ?? '';
    expect(desc).toContain('Newsline: 1,075 ms at 27 (bundled), 1,249 ms at 1,000');
    expect(desc).toContain('TimelineJS3: 905 ms at 27 (bundled), 6,108 ms at 1,000, n/a at 10,000');
  });

  it('draws on a white ground of its own, for pages with a dark theme', () => {
    const ground = doc.querySelector('svg > rect');
    expect(ground?.getAttribute('fill')).toBe('#ffffff');
    expect(ground?.getAttribute('width')).toBe('680');
  });

  it('places the log ticks a constant step apart per decade, and 1-2-5 between', () => {
    const ys = tickYs(doc);
    // The values run from 814 to 28,767: 500 to 50,000 on the axis.
    expect([...ys.keys()]).toEqual([500, 1000, 2000, 5000, 10_000, 20_000, 50_000]);
    const at = (tick: number) => ys.get(tick) ?? Number.NaN;
    const decade = at(1000) - at(10_000);
    expect(decade).toBeGreaterThan(0);
    expect(at(500) - at(5000)).toBeCloseTo(decade, 0);
    expect(at(1000) - at(2000)).toBeCloseTo(decade * Math.log10(2), 0);
  });

  it('lists the values that are missing under the panel, with what their codes mean', () => {
    const gaps = [...doc.querySelectorAll('[data-metric="first-render"] .gaps')].map(
      (g) => g.textContent,
    );
    expect(gaps).toEqual([
      'vis-timeline: n/a at 100,000',
      'vis-timeline (cluster): n/a at 100,000',
      'TimelineJS3: n/a at 10,000 and 100,000',
    ]);
    expect(doc.documentElement.textContent).toContain('n/a: not measured at that size');
  });
});

describe('a line', () => {
  it('is split by a missing value into runs of consecutive values', () => {
    expect(lineRuns([value(1), value(2), missing, value(3), value(4)])).toEqual([
      [0, 1],
      [3, 4],
    ]);
    expect(lineRuns([missing, value(1), missing])).toEqual([[1]]);
    expect(lineRuns([missing])).toEqual([]);
  });

  it('is drawn as two paths where a value is missing, and a lone value as a marker alone', () => {
    const doc = parse(
      renderChart(
        model([
          { app: 'newsline', label: 'Newsline', cells: [value(10), missing, value(30)] },
          { app: 'vis-timeline', label: 'vis', cells: [value(10), value(20), missing] },
        ]),
      ),
    );
    expect(doc.querySelectorAll('.series[data-app="newsline"] path.line')).toHaveLength(0);
    expect(doc.querySelectorAll('.series[data-app="newsline"] .marker')).toHaveLength(2);
    const split = parse(
      renderChart(
        model(
          [
            {
              app: 'newsline',
              label: 'Newsline',
              cells: [value(10), value(20), missing, value(30), value(40)],
            },
          ],
          5,
        ),
      ),
    );
    expect(split.querySelectorAll('.series[data-app="newsline"] path.line')).toHaveLength(2);
    expect(doc.querySelectorAll('.series[data-app="vis-timeline"] path.line')).toHaveLength(1);
  });

  it('has its missing values summed up by code', () => {
    const series: Series = {
      app: 'vis-timeline',
      label: 'vis-timeline',
      cells: [
        value(1),
        { kind: 'gap', gap: { kind: 'did-not-finish-unthrottled' } },
        { kind: 'gap', gap: { kind: 'not-measured' } },
      ],
    };
    expect(gapSummary(series, model([]).categories)).toBe('DNF (1×) at 1,000; n/m at 10,000');
  });
});

describe('text in the chart', () => {
  const hostile = '<script>alert("x")</script> & <b>bold</b>';

  it('is escaped wherever data reaches the markup', () => {
    const svg = renderChart(
      model([{ app: 'newsline', label: hostile, cells: [value(10), value(20), missing] }]),
    );
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<b>');
    const doc = parse(svg);
    expect(doc.querySelector('script')).toBeNull();
    // The label reads back exactly as given, in the legend, at the line's end and under the panel.
    expect(doc.querySelector('.legend-item text')?.textContent).toBe(hostile);
    expect(doc.querySelector('.direct-label')?.textContent).toBe(hostile);
    expect(doc.querySelector('.gaps tspan')?.textContent).toBe(hostile);
  });

  it('keeps the run’s details as text too', () => {
    const result = benchResult([record('newsline', 'seed', 4, 'first-render', 900)], {
      machine: { cpus: 2, cpuModel: 'CPU"/><foreignObject>', totalMemGB: 8, platform: 'x' },
      apps: ['newsline'],
    });
    const doc = parse(renderChart(chartModel(result, { cpu: 4, seedEvents: 27 })));
    expect(doc.querySelector('foreignObject')).toBeNull();
    expect(doc.getElementById('bench-chart-desc')?.textContent).toContain('CPU"/><foreignObject>');
  });
});

/** WCAG 2 relative luminance of "#rrggbb". */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

describe('the apps’ styles', () => {
  it('are colours that read as text on white (4.5:1)', () => {
    for (const { colour } of Object.values(SERIES_STYLES))
      expect(1.05 / (luminance(colour) + 0.05)).toBeGreaterThanOrEqual(4.5);
  });

  it('differ in dash and marker too, not in colour alone', () => {
    const styles = Object.values(SERIES_STYLES);
    expect(new Set(styles.map((s) => s.colour)).size).toBe(APP_IDS.length);
    expect(new Set(styles.map((s) => s.dash)).size).toBe(APP_IDS.length);
    expect(new Set(styles.map((s) => s.marker)).size).toBe(APP_IDS.length);
  });
});
