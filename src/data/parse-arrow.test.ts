import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DateDay,
  Field,
  Int32,
  List,
  Struct,
  Table,
  TimestampMillisecond,
  Utf8,
  tableFromArrays,
  tableToIPC,
  vectorFromArray,
  type Vector,
} from 'apache-arrow';
import { parseArrowBytes } from './parse-arrow.ts';
import { parseStore } from './parse-store.ts';
import { READERS_AT_HAND } from './format-readers.ts';
import { isoDayOf, readArrowTable } from './arrow-store.ts';
import { arrowTableOf } from '../../scripts/lib/arrow-table.ts';
import type { LoadResult } from './parse-result.ts';

const TOPICS = JSON.stringify({
  title: 'Harbour works',
  topics: [
    { id: 'port', label: 'Port', color: '#1d4ed8' },
    { id: 'city', label: 'City', color: '#b91c1c' },
  ],
});

const text = (values: (string | null)[]) => vectorFromArray(values, new Utf8());
const textLists = (values: (string[] | null)[]) =>
  vectorFromArray(values, new List(new Field('item', new Utf8(), true)));
/** Days as [year, month, day]: Date cannot parse a year of BC written with four digits. */
const days = (values: [number, number, number][]) =>
  vectorFromArray(
    values.map(([year, month, day]) => {
      const date = new Date(0);
      date.setUTCFullYear(year, month - 1, day);
      return date;
    }),
    new DateDay(),
  );

/** A table of these columns as Arrow IPC bytes, with the dataset's fields in its metadata. */
function ipc(
  columns: Record<string, Vector>,
  meta: string | null = TOPICS,
  format: 'file' | 'stream' = 'file',
) {
  const table = new Table(columns);
  if (meta !== null) table.schema.metadata.set('newsline', meta);
  return tableToIPC(table, format);
}

const BASIC = () => ({
  id: text(['dredging', 'quay']),
  title: text(['Dredging began', 'The new quay opened']),
  start: text(['2021-03-04', '2021-06']),
  topics: textLists([['port'], ['port', 'city']]),
});

function loaded(result: LoadResult) {
  if (result.kind !== 'ok') throw new Error(`not loaded: ${JSON.stringify(result.reason)}`);
  return result;
}

const reasonOf = (result: LoadResult) => (result.kind === 'failed' ? result.reason : null);

describe('parseArrowBytes', () => {
  it('reads one event per row, with the dataset from the metadata', () => {
    for (const format of ['file', 'stream'] as const) {
      const { dataset, problems } = loaded(
        parseArrowBytes(ipc(BASIC(), TOPICS, format), 'harbour.arrow'),
      );
      expect(problems).toEqual([]);
      expect(dataset.title).toBe('Harbour works');
      expect(dataset.topics.map((topic) => topic.label)).toEqual(['Port', 'City']);
      expect(dataset.events.map((event) => [event.id, event.title, event.topics])).toEqual([
        ['dredging', 'Dredging began', ['port']],
        ['quay', 'The new quay opened', ['port', 'city']],
      ]);
      // Without a precision column, as precise as each start is written.
      expect(dataset.events.map((event) => event.date.precision)).toEqual(['day', 'month']);
    }
  });

  it('reads built with tableFromArrays: text as a dictionary, topics as text with ";"', () => {
    const table = tableFromArrays({
      id: ['a', 'b'],
      title: ['First', 'Second'],
      start: ['1969-07-16', '1969'],
      end: [null, '1972'],
      topics: ['Moon; Crew', 'Moon'],
    });
    const { dataset, problems } = loaded(parseArrowBytes(tableToIPC(table), 'apollo.arrow'));
    expect(problems).toEqual([]);
    // No metadata: the title is the file's name, the topics those the rows name.
    expect(dataset.title).toBe('apollo');
    expect(dataset.topics.map(({ id, label }) => [id, label])).toEqual([
      ['moon', 'Moon'],
      ['crew', 'Crew'],
    ]);
    // In time order: b's span begins with 1969.
    expect(dataset.events.map(({ id, topics }) => [id, topics])).toEqual([
      ['b', ['moon']],
      ['a', ['moon', 'crew']],
    ]);
    expect(dataset.events[0]?.writtenDate).toMatchObject({ precision: 'span', start: '1969' });
  });

  it('gives topics named by words without Latin letters, or alike as ids, ids of their own', () => {
    const table = tableFromArrays({
      id: ['a', 'b', 'c'],
      title: ['First', 'Second', 'Third'],
      start: ['2020-01-01', '2020-02-01', '2020-03-01'],
      topics: ['日本; C++', 'C', 'c++; Москва'],
    });
    const { dataset, problems } = loaded(parseArrowBytes(tableToIPC(table), 'words.arrow'));
    expect(problems).toEqual([]);
    expect(dataset.topics.map(({ id, label }) => [id, label])).toEqual([
      ['topic-1', '日本'],
      ['c', 'C++'],
      ['c-2', 'C'],
      ['topic-4', 'Москва'],
    ]);
    expect(dataset.events.map(({ id, topics }) => [id, topics])).toEqual([
      ['a', ['topic-1', 'c']],
      ['b', ['c-2']],
      ['c', ['c', 'topic-4']],
    ]);
  });

  it('reads a slice of a table from its own rows, text and lists of text alike', () => {
    const sliced = new Table(BASIC()).slice(1);
    const read = readArrowTable(sliced, 'harbour.arrow', 'harbour.arrow');
    if (read.kind !== 'ok') throw new Error(JSON.stringify(read.reason));
    expect(read.store.json.events).toEqual([
      expect.objectContaining({
        id: 'quay',
        title: 'The new quay opened',
        topics: ['port', 'city'],
      }),
    ]);
  });

  it('reads a table of several record batches, and lists with nulls', () => {
    const more = {
      id: text(['ferry', 'bridge']),
      title: text(['The ferry returned', 'The bridge opened']),
      start: text(['2023', '2024']),
      topics: textLists([['city', 'port'], null]),
    };
    const table = new Table(BASIC()).concat(new Table(more));
    table.schema.metadata.set('newsline', TOPICS);
    const bytes = tableToIPC(table);
    const { dataset, problems } = loaded(parseArrowBytes(bytes, 'harbour.arrow'));
    expect(dataset.events.map(({ id, topics }) => [id, topics])).toEqual([
      ['dredging', ['port']],
      ['quay', ['port', 'city']],
      ['ferry', ['city', 'port']],
    ]);
    expect(problems.map(({ record, field }) => [record, field])).toEqual([
      [{ kind: 'row', number: 4, id: 'bridge' }, 'topics'],
    ]);
  });

  it('reads a Date32 column as days, before Christ too', () => {
    const columns = {
      ...BASIC(),
      start: days([
        [2021, 3, 4],
        [-43, 3, 15],
      ]),
    };
    const { dataset } = loaded(parseArrowBytes(ipc(columns), 'harbour.arrow'));
    expect(dataset.events.map((event) => event.writtenDate.start)).toEqual([
      '-0043-03-15',
      '2021-03-04',
    ]);
    expect(dataset.events.map((event) => event.date.precision)).toEqual(['day', 'day']);
  });

  it('reads a timestamp as its day in UTC', () => {
    const start = vectorFromArray(
      [new Date('2021-03-04T23:30:00Z'), new Date('2021-06-01T00:00:00Z')],
      new TimestampMillisecond(),
    );
    const { dataset } = loaded(parseArrowBytes(ipc({ ...BASIC(), start }), 'harbour.arrow'));
    expect(dataset.events.map((event) => event.writtenDate.start)).toEqual([
      '2021-03-04',
      '2021-06-01',
    ]);
  });

  it('reads lists of structs as the JSON store’s lists of objects', () => {
    const quotes = vectorFromArray(
      [[{ text: 'We start today.', speaker: 'The mayor' }], [{ text: 'Open.', speaker: null }]],
      new List(
        new Field(
          'item',
          new Struct([new Field('text', new Utf8(), true), new Field('speaker', new Utf8(), true)]),
          true,
        ),
      ),
    );
    const { dataset, problems } = loaded(
      parseArrowBytes(ipc({ ...BASIC(), quotes }), 'harbour.arrow'),
    );
    expect(problems).toEqual([]);
    expect(dataset.events.map((event) => event.quotes)).toEqual([
      [{ text: 'We start today.', speaker: 'The mayor' }],
      [{ text: 'Open.' }],
    ]);
  });

  it('refuses a store without a column it needs, naming it', () => {
    for (const column of ['id', 'title', 'start', 'topics']) {
      const columns = Object.fromEntries(
        Object.entries(BASIC()).filter(([name]) => name !== column),
      );
      expect(reasonOf(parseArrowBytes(ipc(columns), 'harbour.arrow'))).toEqual({
        code: 'arrow-column-missing',
        name: 'harbour.arrow',
        column,
      });
    }
  });

  it('refuses a needed column of a type it cannot read, naming the type', () => {
    const columns = { ...BASIC(), title: vectorFromArray([1, 2], new Int32()) };
    expect(reasonOf(parseArrowBytes(ipc(columns), 'harbour.arrow'))).toEqual({
      code: 'arrow-column-type',
      name: 'harbour.arrow',
      column: 'title',
      type: 'Int32',
      wanted: 'text',
    });
  });

  it('leaves out an optional column of the wrong type and an unknown one, and says so', () => {
    const columns = {
      ...BASIC(),
      summary: vectorFromArray([1, 2], new Int32()),
      colour: text(['red', 'blue']),
    };
    const { dataset, problems } = loaded(parseArrowBytes(ipc(columns), 'harbour.arrow'));
    expect(dataset.events).toHaveLength(2);
    expect(problems).toEqual([
      {
        record: { kind: 'arrow-columns' },
        field: 'summary',
        reason: { code: 'arrow-column-left-out', type: 'Int32', wanted: 'text' },
      },
      { record: { kind: 'arrow-columns' }, field: 'colour', reason: { code: 'unknown-column' } },
    ]);
  });

  it('lists a row without an id, or with a bad date, by its row and column; the rest show', () => {
    const columns = {
      id: text(['dredging', null, 'ferry']),
      title: text(['Dredging began', 'Work stopped', 'The ferry returned']),
      start: text(['2021-03-04', '2021-04-01', 'someday']),
      topics: textLists([['port'], ['port'], ['city']]),
    };
    const result = loaded(parseArrowBytes(ipc(columns), 'harbour.arrow'));
    expect(result.dataset.events.map((event) => event.id)).toEqual(['dredging']);
    expect(result.skipped).toBe(2);
    expect(result.problems.map(({ record, field }) => [record, field])).toEqual([
      [{ kind: 'row', number: 2 }, 'id'],
      [{ kind: 'row', number: 3, id: 'ferry' }, 'start'],
    ]);
  });

  it('lists metadata that is not a JSON object, and still shows the rows', () => {
    const { dataset, problems } = loaded(parseArrowBytes(ipc(BASIC(), '{"title": '), 'h.arrow'));
    expect(dataset.events).toHaveLength(2);
    expect(dataset.title).toBe('h');
    expect(problems).toEqual([
      {
        record: { kind: 'dataset' },
        field: 'newsline',
        reason: { code: 'arrow-metadata-left-out' },
      },
    ]);
  });

  it('says a damaged file is damaged', () => {
    const bytes = ipc(BASIC());
    for (const damaged of [bytes.slice(0, 40), bytes.slice(0, bytes.length - 30)]) {
      expect(reasonOf(parseArrowBytes(damaged, 'harbour.arrow'))).toEqual({
        code: 'arrow-invalid',
        name: 'harbour.arrow',
      });
    }
  });
});

describe('Arrow stores written by other tools', () => {
  it.each([
    // A pyarrow table, its start as text, in the file format.
    ['pyarrow-harbour.arrow', ['2021-03-04', '2022-06']],
    // A DuckDB query's result, its start a DATE (Date32), in the stream format.
    ['duckdb-harbour.arrows', ['2021-03-04', '2022-06-01']],
  ])('reads %s (tests/fixtures/arrow)', (file, starts) => {
    const bytes = new Uint8Array(readFileSync(`tests/fixtures/arrow/${file}`));
    const { dataset, problems } = loaded(parseArrowBytes(bytes, file));
    expect(problems).toEqual([]);
    expect(dataset.title).toBe('Harbour works');
    expect(dataset.events.map(({ id, topics }) => [id, topics])).toEqual([
      ['dredging', ['port']],
      ['new-quay', ['port', 'city']],
    ]);
    expect(dataset.events.map((event) => event.writtenDate.start)).toEqual(starts);
  });
});

describe('an Arrow store through parseStore', () => {
  const seed = JSON.parse(readFileSync('public/data/trump-russia.json', 'utf8')) as Record<
    string,
    unknown
  >;
  const parse = (bytes: Uint8Array, path: string) =>
    parseStore({ bytes, name: path, path, contentType: '' }, undefined, READERS_AT_HAND);

  it('reads the bundled store, written as Arrow, to the dataset its JSON reads to', async () => {
    const json = loaded(
      await parse(readFileSync('public/data/trump-russia.json'), 'trump-russia.json'),
    );
    for (const format of ['file', 'stream'] as const) {
      // Named without an ending: the first bytes alone say it is Arrow.
      const arrow = loaded(await parse(tableToIPC(arrowTableOf(seed), format), 'store'));
      expect(arrow.problems).toEqual(json.problems);
      expect(arrow.dataset).toEqual(json.dataset);
    }
  });
});

describe('isoDayOf', () => {
  it.each([
    [Date.UTC(2021, 2, 4), '2021-03-04'],
    [Date.UTC(2021, 2, 4, 23, 59), '2021-03-04'],
    [Date.UTC(9999, 11, 31), '9999-12-31'],
    [new Date('-000043-03-15T00:00:00Z').getTime(), '-0043-03-15'],
    [new Date('0000-02-29T00:00:00Z').getTime(), '0000-02-29'],
  ])('%d is %s', (time, day) => {
    expect(isoDayOf(time)).toBe(day);
  });
});
