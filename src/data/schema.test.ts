import { describe, expect, it } from 'vitest';
import { problemsOf } from './parse-result.ts';
import type { ProblemReason } from './problem.ts';
import { parseDataset, type TimelineEvent } from './schema.ts';
import { sortByTime } from './sort-by-time.ts';

const topics = [
  { id: 'nato', label: 'NATO', color: '#0f766e' },
  { id: 'syria', label: 'Syria', color: '#9a3412' },
];
const good = {
  id: 'first-summit',
  title: 'A summit',
  summary: 'Something happened.',
  date: { precision: 'month', start: '2017-05' },
  topics: ['nato'],
};
const dataset = (events: unknown[]) => ({ version: 1, title: 'Test', topics, events });

describe('parseDataset', () => {
  it('accepts a good record and fills the optional lists', () => {
    const result = parseDataset(dataset([good]));
    expect(result.kind === 'ok').toBe(true);
    if (result.kind !== 'ok') return;
    expect(problemsOf(result)).toEqual([]);
    expect(result.dataset.events).toHaveLength(1);
    expect(result.dataset.events[0]).toMatchObject({
      id: 'first-summit',
      people: [],
      quotes: [],
      sources: [],
      date: { label: 'May 2017', kind: 'fuzzy' },
    });
  });

  it('keeps the dataset note as written, and gives an empty one when there is none', () => {
    const note = 'Holds 2 of the 3 episodes the title counts.';
    const withNote = parseDataset({ ...dataset([good]), note });
    expect(withNote.kind === 'ok' && withNote.dataset.note).toBe(note);
    const without = parseDataset(dataset([good]));
    expect(without.kind === 'ok' && without.dataset.note).toBe('');
  });

  it('reads where the timeline opens, and lists a start it does not know without failing', () => {
    const latest = parseDataset({ ...dataset([good]), start: 'latest' });
    expect(latest.kind === 'ok' && latest.dataset.start).toBe('latest');
    const plain = parseDataset(dataset([good]));
    expect(plain.kind === 'ok' && 'start' in plain.dataset).toBe(false);
    for (const start of ['first', 'Latest', 3, null]) {
      const other = parseDataset({ ...dataset([good]), start });
      expect(other.kind === 'ok' && [other.dataset.start, other.problems]).toEqual([
        undefined,
        [
          {
            record: { kind: 'dataset' },
            field: 'start',
            reason: { code: 'unknown-start' },
          },
        ],
      ]);
    }
  });

  it('sorts events by time whatever the file order', () => {
    const later = { ...good, id: 'later', date: { precision: 'day', start: '2019-01-02' } };
    const earlier = { ...good, id: 'earlier', date: { precision: 'year', start: '2015' } };
    const result = parseDataset(dataset([later, good, earlier]));
    expect(result.kind === 'ok' && result.dataset.events.map((e) => e.id)).toEqual([
      'earlier',
      'first-summit',
      'later',
    ]);
  });

  it.each([
    ['a missing title', { ...good, title: undefined }, 'title', { code: 'missing' }],
    ['an empty title', { ...good, title: '  ' }, 'title', { code: 'empty' }],
    [
      'an invisible title',
      { ...good, title: '\u200b\u202e\u00ad\ufeff' },
      'title',
      { code: 'empty' },
    ],
    ['an invisible person', { ...good, people: ['Ann', '\u2060 '] }, 'people.1', { code: 'empty' }],
    [
      'an invisible quote',
      { ...good, quotes: [{ text: '\u200d\u2066\u2069' }] },
      'quotes.0.text',
      { code: 'empty' },
    ],
    [
      'an invisible source name',
      { ...good, sources: [{ name: '\u200e\u200f' }] },
      'sources.0.name',
      { code: 'empty' },
    ],
    ['an id with spaces', { ...good, id: 'Two Words' }, 'id', { code: 'not-a-slug' }],
    ['no topics', { ...good, topics: [] }, 'topics', { code: 'no-topics-named' }],
    [
      'an undeclared topic',
      { ...good, topics: ['nato', 'mars'] },
      'topics',
      { code: 'undeclared-topics', topics: ['mars'] },
    ],
    [
      'an unknown precision',
      { ...good, date: { precision: 'week', start: '2017-05' } },
      'date.precision',
      { code: 'not-a-precision' },
    ],
    [
      'a malformed date',
      { ...good, date: { precision: 'day', start: '17 May 2017' } },
      'date.start',
      { code: 'not-a-partial-date', text: '17 May 2017' },
    ],
    [
      'a day the calendar lacks',
      { ...good, date: { precision: 'day', start: '2017-02-30' } },
      'date.start',
      { code: 'date-not-a-day', text: '2017-02-30' },
    ],
    [
      'a bad source url',
      { ...good, sources: [{ name: 'X', url: 'not a url' }] },
      'sources.0.url',
      { code: 'not-a-url' },
    ],
    [
      'a javascript: source url',
      { ...good, sources: [{ name: 'X', url: 'javascript:alert(1)' }] },
      'sources.0.url',
      { code: 'not-a-web-url' },
    ],
  ])(
    'reports %s with its record and field, and keeps the good records',
    (_, bad, field, reason) => {
      const result = parseDataset(
        dataset([
          { ...bad, id: (bad as { id: string }).id },
          { ...good, id: 'ok' },
        ]),
      );
      expect(result.kind === 'ok').toBe(true);
      if (result.kind !== 'ok') return;
      expect(result.dataset.events.map((e) => e.id)).toEqual(['ok']);
      expect(problemsOf(result)).toHaveLength(1);
      expect(problemsOf(result)[0]?.record).toMatchObject({ kind: 'event', number: 1 });
      expect(problemsOf(result)[0]?.field).toBe(field);
      expect(problemsOf(result)[0]?.reason).toEqual(reason);
    },
  );

  it('keeps text with invisible characters around visible ones exactly as written', () => {
    const title = '\u200b Summit\u00adry \u202e';
    const result = parseDataset(dataset([{ ...good, title, people: ['\u2068Ann\u2069'] }]));
    expect(result.kind === 'ok' && result.dataset.events[0]).toMatchObject({
      title,
      people: ['\u2068Ann\u2069'],
    });
  });

  it('rejects a dataset title or topic label of only invisible characters', () => {
    expect(parseDataset({ ...dataset([good]), title: '\u200b\ufeff' }).kind).toBe('failed');
    const invisibleTopic = [...topics, { id: 'x', label: '\u2066\u00ad', color: '#000000' }];
    expect(parseDataset({ ...dataset([good]), topics: invisibleTopic }).kind).toBe('failed');
  });

  it('names a record by its id shortened and isolated, whatever the id holds', () => {
    const result = parseDataset(dataset([{ ...good, id: `${'x'.repeat(5000)}\u202e` }]));
    expect(result.kind === 'ok' && result.problems[0]?.record).toEqual({
      kind: 'event',
      number: 1,
      id: `${'x'.repeat(5000)}\u202e`,
    });
  });

  it('takes ids of up to 100 characters, and names a longer one as too long', () => {
    const longest = 'a'.repeat(100);
    const tooLong = 'a'.repeat(101);
    const result = parseDataset(
      dataset([
        { ...good, id: longest },
        { ...good, id: tooLong },
      ]),
    );
    expect(result.kind === 'ok' && result.dataset.events.map((e) => e.id)).toEqual([longest]);
    expect(result.kind === 'ok' && result.problems).toEqual([
      {
        record: { kind: 'event', number: 2, id: tooLong },
        field: 'id',
        reason: { code: 'too-long', max: 100 },
      },
    ]);
    const topic = parseDataset({ ...dataset([]), topics: [{ ...topics[0], id: tooLong }] });
    expect(topic.kind).toBe('failed');
    expect(problemsOf(topic).map((p) => p.reason)).toEqual([{ code: 'too-long', max: 100 }]);
  });

  it('reports a duplicate id and keeps the first', () => {
    const result = parseDataset(dataset([good, { ...good, title: 'Copy' }]));
    expect(result.kind === 'ok' && result.dataset.events.map((e) => e.title)).toEqual(['A summit']);
    expect(problemsOf(result)).toEqual([
      {
        record: { kind: 'event', number: 2, id: 'first-summit' },
        field: 'id',
        reason: { code: 'id-used-before', id: 'first-summit' },
      },
    ]);
  });

  it.each([
    ['not an object', 'hello', 'dataset'],
    ['a wrong version', { ...dataset([]), version: 2 }, 'version'],
    ['no topics', { ...dataset([]), topics: [] }, 'topics'],
    ['a note that is not text', { ...dataset([]), note: 37 }, 'note'],
    ['events that are not a list', { ...dataset([]), events: {} }, 'events'],
  ])('fails whole for %s', (_, json, field) => {
    const result = parseDataset(json);
    expect(result.kind === 'ok').toBe(false);
    expect(problemsOf(result).map((p) => p.field)).toContain(
      field === 'dataset' ? '(record)' : field,
    );
  });
});

describe('sortByTime', () => {
  const at = (id: string, start: number, end: number) =>
    ({ id, date: { start, end } }) as unknown as TimelineEvent;

  it.each([
    ['already in order', [at('a', 1, 2), at('b', 2, 3)], ['a', 'b']],
    ['by start', [at('b', 5, 6), at('a', 1, 9)], ['a', 'b']],
    ['then by end', [at('long', 1, 9), at('short', 1, 2)], ['short', 'long']],
    ['then by id', [at('z', 1, 2), at('m', 1, 2), at('a', 1, 2)], ['a', 'm', 'z']],
    ['empty', [], []],
  ])('%s', (_, events, ids) => {
    expect(sortByTime(events).map((e) => e.id)).toEqual(ids);
  });
});

describe('the timeline’s own source link', () => {
  const source = { publisher: 'CNN', title: 'An article' };

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,x',
  ])('is left out with a problem when it is %j, and the timeline still shows', (url) => {
    const result = parseDataset({ ...dataset([good]), source: { ...source, url } });
    if (result.kind !== 'ok') throw new Error('the dataset failed whole');
    expect(result.dataset.source).toEqual(source);
    expect(result.dataset.events).toHaveLength(1);
    expect(problemsOf(result)).toEqual([
      {
        record: { kind: 'dataset' },
        field: 'source.url',
        reason: { code: 'link-left-out', because: { code: 'not-a-web-url' } },
      },
    ]);
  });

  it('is kept when it is a web address', () => {
    const url = 'https://example.com/article';
    const result = parseDataset({ ...dataset([good]), source: { ...source, url } });
    expect(result.kind === 'ok' && result.dataset.source).toEqual({ ...source, url });
    expect(problemsOf(result)).toEqual([]);
  });
});

describe('problems in plain words', () => {
  it.each<[string, unknown, string, ProblemReason]>([
    ['a missing title', { ...good, title: undefined }, 'title', { code: 'missing' }],
    ['a missing date', { ...good, date: undefined }, 'date', { code: 'missing' }],
    [
      'a missing source name',
      { ...good, sources: [{ url: 'https://a.b' }] },
      'sources.0.name',
      { code: 'missing' },
    ],
    [
      'a title that is a number',
      { ...good, title: 37 },
      'title',
      { code: 'wrong-type', wanted: 'string', received: '37' },
    ],
    [
      'topics written as text',
      { ...good, topics: 'nato' },
      'topics',
      { code: 'wrong-type', wanted: 'Array', received: '"nato"' },
    ],
    [
      'a summary that is a list',
      { ...good, summary: ['a'] },
      'summary',
      { code: 'wrong-type', wanted: 'string', received: 'Array' },
    ],
  ])('%s', (_, event, field, reason) => {
    const result = parseDataset(dataset([event]));
    const record = { kind: 'event', number: 1, id: 'first-summit' };
    expect(problemsOf(result)).toEqual([{ record, field, reason }]);
  });

  it('says which parts of the timeline itself are missing', () => {
    const result = parseDataset({ name: 'Not a timeline' });
    expect(problemsOf(result).map((p) => [p.field, p.reason.code])).toEqual([
      ['version', 'missing'],
      ['title', 'missing'],
      ['topics', 'missing'],
      ['events', 'missing'],
    ]);
  });
});

describe('groups and eras', () => {
  const groups = [
    { id: 'senate', label: 'Senate', color: '#1d4ed8' },
    { id: 'house', label: 'House' },
  ];
  const eras = [
    { id: 'first-term', title: 'First term', start: '2017-01-20', end: '2021-01-19' },
    { id: 'the-war', title: 'The war', start: '1861', end: '1865', color: '#b91c1c' },
  ];

  it('keeps the groups in the store’s order and an event’s group', () => {
    const result = parseDataset({ ...dataset([{ ...good, group: 'house' }]), groups, eras });
    expect(result.kind === 'ok').toBe(true);
    if (result.kind !== 'ok') return;
    expect(problemsOf(result)).toEqual([]);
    expect(result.dataset.groups.map((group) => group.id)).toEqual(['senate', 'house']);
    expect(result.dataset.groups[1]).toEqual({ id: 'house', label: 'House' });
    expect(result.dataset.events[0]?.group).toBe('house');
  });

  it('resolves an era from the start of its first period to the end of its last', () => {
    const result = parseDataset({ ...dataset([good]), eras });
    if (result.kind !== 'ok') throw new Error('expected a dataset');
    const war = result.dataset.eras.find((era) => era.id === 'the-war');
    expect(war).toEqual({
      id: 'the-war',
      title: 'The war',
      start: Date.UTC(1861, 0, 1),
      end: Date.UTC(1866, 0, 1),
      color: '#b91c1c',
      written: { start: '1861', end: '1865' },
    });
    const term = result.dataset.eras.find((era) => era.id === 'first-term');
    expect(term?.end).toBe(Date.UTC(2021, 0, 20));
  });

  it('gives a dataset without groups or eras empty lists', () => {
    const result = parseDataset(dataset([good]));
    expect(result.kind === 'ok' && [result.dataset.groups, result.dataset.eras]).toEqual([[], []]);
  });

  it.each([
    [
      'a repeated group',
      { groups: [groups[0], groups[0]] },
      { kind: 'group', number: 2, id: 'senate' },
      'id',
      { code: 'declared-twice' },
    ],
    [
      'a group without a label',
      { groups: [{ id: 'x' }] },
      { kind: 'group', number: 1, id: 'x' },
      'label',
      { code: 'missing' },
    ],
    [
      'a group of a bad colour',
      { groups: [{ ...groups[1], color: 'red' }] },
      { kind: 'group', number: 1, id: 'house' },
      'color',
      { code: 'not-a-color' },
    ],
    [
      'an era that ends before it starts',
      { eras: [{ id: 'back', title: 'Back', start: '2020', end: '2019' }] },
      { kind: 'era', number: 1, id: 'back' },
      'end',
      { code: 'ends-before-start', start: '2020', end: '2019' },
    ],
    [
      'an era without an end',
      { eras: [{ id: 'open', title: 'Open', start: '2020' }] },
      { kind: 'era', number: 1, id: 'open' },
      'end',
      { code: 'missing' },
    ],
  ])('reports %s and shows the rest', (_, extra, record, field, reason) => {
    const result = parseDataset({ ...dataset([good]), ...extra });
    if (result.kind !== 'ok') throw new Error('expected a dataset');
    expect(result.dataset.events).toHaveLength(1);
    expect(problemsOf(result)).toEqual([{ record, field, reason }]);
  });

  it('shows an event of an undeclared group outside any group, and says so', () => {
    const result = parseDataset({ ...dataset([{ ...good, group: 'lords' }]), groups });
    if (result.kind !== 'ok') throw new Error('expected a dataset');
    expect(result.dataset.events[0]?.group).toBeUndefined();
    expect(problemsOf(result)).toEqual([
      {
        record: { kind: 'event', number: 1, id: 'first-summit' },
        field: 'group',
        reason: { code: 'undeclared-group', group: 'lords' },
      },
    ]);
  });

  it('keeps an HTML summary beside the plain one', () => {
    const html = '<p>Something <em>happened</em>.</p>';
    const result = parseDataset(dataset([{ ...good, summaryHtml: html }]));
    expect(result.kind === 'ok' && result.dataset.events[0]?.summaryHtml).toBe(html);
  });
});
