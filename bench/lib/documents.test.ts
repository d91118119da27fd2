import { describe, expect, it } from 'vitest';
import {
  benchReadmeBlock,
  comparedParagraph,
  MARKERS,
  readmeBlock,
  replaceBetweenMarkers,
  resultName,
  runKind,
} from './documents.ts';
import { benchResult, record } from './result-fixture.ts';

type RunShape = Parameters<typeof runKind>[0];
const run = (overrides: Partial<RunShape>): RunShape => ({
  smoke: false,
  apps: ['newsline', 'vis-timeline', 'vis-timeline-cluster', 'timelinejs'],
  sizes: ['seed', 1000, 'thumbnails', 10_000, 'groups', 100_000],
  cpuRates: [1, 4],
  ...overrides,
});

describe('which run writes what', () => {
  it.each([
    ['the default run', run({}), 'latest', []],
    [
      'every app at the chart’s sizes alone',
      run({ sizes: ['seed', 1000, 10_000, 100_000] }),
      'latest',
      [],
    ],
    [
      'a run of Newsline alone',
      run({ apps: ['newsline'] }),
      'partial',
      ['vis-timeline', 'vis-timeline (cluster)', 'TimelineJS3'],
    ],
    [
      'a run without 100,000 events',
      run({ sizes: ['seed', 1000, 10_000] }),
      'partial',
      ['the size 100,000'],
    ],
    ['a run at full speed only', run({ cpuRates: [1] }), 'partial', ['the CPU slowed 4×']],
    ['a run slowed 6×', run({ cpuRates: [1, 6] }), 'partial', ['the CPU slowed 4×']],
    ['a smoke run', run({ smoke: true, sizes: ['seed'] }), 'smoke', []],
    ['a smoke run at every size', run({ smoke: true }), 'smoke', []],
  ] as const)('%s writes %s', (_, result, name, lacking) => {
    const kind = runKind(result);
    expect(resultName(kind)).toBe(name);
    expect(kind.kind === 'partial' ? kind.lacking : []).toEqual(lacking);
  });
});

describe('the block between the markers', () => {
  const text = `# Title\n\nBefore.\n\n${MARKERS.start}\n\nold table\n\n${MARKERS.end}\n\nAfter.\n`;

  it('is replaced, and the text around it kept as it was', () => {
    const replaced = replaceBetweenMarkers(text, '  new chart  \n');
    expect(replaced).toEqual({
      kind: 'replaced',
      text: `# Title\n\nBefore.\n\n${MARKERS.start}\n\nnew chart\n\n${MARKERS.end}\n\nAfter.\n`,
    });
  });

  it('comes out the same when written twice', () => {
    const once = replaceBetweenMarkers(text, 'new');
    const twice = once.kind === 'replaced' ? replaceBetweenMarkers(once.text, 'new') : once;
    expect(twice).toEqual(once);
  });

  it.each([
    ['no markers', 'Just text.'],
    ['no end marker', `${MARKERS.start}\nold`],
    ['the end marker before the start', `${MARKERS.end}\nold\n${MARKERS.start}`],
  ])('is left alone with %s', (_, document) => {
    expect(replaceBetweenMarkers(document, 'new')).toEqual({ kind: 'no-markers' });
  });
});

describe('the README blocks', () => {
  const records = [
    record('newsline', 'seed', 1, 'first-render', 300),
    record('newsline', 'seed', 4, 'first-render', 1100),
    record('newsline', 'seed', 4, 'frame-gap-p95-fit', 16.8),
    record('vis-timeline', 'seed', 1, 'first-render', 250),
  ];
  const result = benchResult(records);
  const chart = { path: 'bench/results/chart.svg', description: 'Line charts [log].' };

  it('give the README the chart, what is compared and the targets, not every table', () => {
    const block = readmeBlock(result, chart);
    expect(
      block.startsWith(
        '![Line charts \\[log\\]. The figures are in the tables of bench/README.md.](bench/results/chart.svg)',
      ),
    ).toBe(true);
    expect(block).toContain(comparedParagraph(result));
    expect(block).toContain('| First render of the bundled dataset ≤ 1,000 ms | 1,100 ms ✗ |');
    expect(block).not.toContain('**Without throttling**');
    expect(block).toContain('_Last full run: 2026-01-02, 2 × Test CPU, 3 runs per app');
  });

  it('give bench/README.md every table beside the chart', () => {
    const block = benchReadmeBlock(result, { ...chart, path: 'results/chart.svg' });
    expect(block).toContain('(results/chart.svg)');
    expect(block).toContain('The figures are in the tables below.');
    expect(block).toContain('**Without throttling**');
    expect(block).toContain('**With the CPU slowed 4×**');
    expect(block).toContain('| First render (markers painted) | seed | 300 ms | 250 ms · 0.8× |');
  });

  it('say which apps are compared, and at which sizes an app is measured only', () => {
    const paragraph = comparedParagraph(result);
    expect(paragraph).toContain('vis-timeline with its own `cluster` option');
    expect(paragraph).toContain('TimelineJS3 (at the bundled dataset and 1,000 events only)');
    expect(paragraph).toContain('3 runs per app, size and CPU rate');
  });
});
