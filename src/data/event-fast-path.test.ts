import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { makeDataset, makeMinimalDataset } from '../../scripts/lib/generated-store.ts';
import {
  PLAIN_DATE_KEYS,
  PLAIN_EVENT_KEYS,
  PLAIN_QUOTE_KEYS,
  PLAIN_SOURCE_KEYS,
  readPlainEvent,
  SCHEMA_ONLY_KEYS,
} from './event-fast-path.ts';
import { PARSE_CONFIG } from './schema.ts';
import { EventDateSchema, EventSchema, QuoteSchema, SourceSchema } from './store-shape.ts';

// Values near the schema's edges: valid ones, blanks, wrong types, near-miss patterns.
const anyValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer(),
  fc.boolean(),
  fc.string({ maxLength: 6 }),
  fc.constantFrom('', ' ', '\u00a0', '\n', '\u200b', '\u202e\u2066', '\u00ad'),
);
/** Mostly one of the likely values, sometimes anything: random events are then often valid. */
const mostly = <T>(likely: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: likely, weight: 40 }, { arbitrary: anyValue, weight: 1 });
const slugish = mostly(
  fc.constantFrom(
    'nato',
    'e-000001',
    'a-b-c',
    '1',
    'a1',
    'A',
    'a--b',
    '-a',
    'a_b',
    'é',
    'a'.repeat(100),
    'a'.repeat(101),
  ),
);
const textish = mostly(fc.constantFrom('A title', ' x ', 'Ünïcode', 'T', 'Some words'));
const dateish = mostly(
  fc.constantFrom(
    '2016',
    '2016-03',
    '2016-03-29',
    '1999-12-31',
    '2016-13',
    '2016-02-30',
    '-0508',
    '-0043-03-15',
    '-0000',
  ),
).chain((date) =>
  // Near misses of the pattern, now and then.
  fc.constantFrom(
    date,
    date,
    date,
    date,
    date,
    '16',
    '2016-3',
    ' 2016',
    '2016-03-29T00:00',
    '-508',
    '+0508',
  ),
);
const listOf = <T>(item: fc.Arbitrary<T>) => mostly(fc.array(item, { maxLength: 3 }));
const dateRecord = fc.record(
  {
    precision: mostly(fc.constantFrom('day', 'month', 'season', 'year', 'span', 'week')),
    start: dateish,
    end: dateish,
    label: textish,
  },
  { requiredKeys: ['precision', 'start'], noNullPrototype: true },
);
const knownKeys = fc.record(
  {
    id: slugish,
    title: textish,
    summary: textish,
    date: mostly(dateRecord),
    dateNote: textish,
    added: dateish,
    updated: dateish,
    changeNote: textish,
    topics: listOf(slugish),
    people: listOf(textish),
    quotes: listOf(
      mostly(
        fc.record(
          { text: textish, speaker: textish },
          { requiredKeys: ['text'], noNullPrototype: true },
        ),
      ),
    ),
    sources: listOf(
      mostly(
        fc.record(
          {
            name: textish,
            url: fc.constantFrom(
              'https://example.com/',
              'http://a.b',
              'HTTPS://A.B/x?y#z',
              'https:example.com',
              'https://a b',
              'javascript:x',
              'ftp://a.b/',
            ),
          },
          { requiredKeys: ['name'], noNullPrototype: true },
        ),
      ),
    ),
  },
  { requiredKeys: ['id', 'title', 'date', 'topics'], noNullPrototype: true },
);
/** Now and then with a key the schema does not know, which it drops. */
const eventish = fc.oneof(
  { arbitrary: knownKeys, weight: 9 },
  { arbitrary: knownKeys.map((event) => ({ ...event, extra: 1 })), weight: 1 },
);

describe('the fast path for plainly valid events', () => {
  it('reads or leaves to the schema every field of an event, each once', () => {
    const listed = [...PLAIN_EVENT_KEYS, ...SCHEMA_ONLY_KEYS];
    expect(listed.toSorted()).toEqual(Object.keys(EventSchema.entries).toSorted());
    expect(new Set(listed).size).toBe(listed.length);
  });

  it.each([
    ['a date', PLAIN_DATE_KEYS, EventDateSchema.entries],
    ['a quote', PLAIN_QUOTE_KEYS, QuoteSchema.entries],
    ['a source', PLAIN_SOURCE_KEYS, SourceSchema.entries],
  ])('checks every field of %s that the schema knows', (_, keys, entries) => {
    expect([...keys].toSorted()).toEqual(Object.keys(entries).toSorted());
  });

  it.each(SCHEMA_ONLY_KEYS)('leaves an event with %s to the schema', (key) => {
    const event = {
      id: 'a',
      title: 'A',
      date: { precision: 'year', start: '2016' },
      topics: ['t'],
    };
    expect(readPlainEvent(event)).not.toBeNull();
    expect(readPlainEvent({ ...event, [key]: 'x' })).toBeNull();
  });

  it('accepts only what the schema accepts, with the same output', () => {
    let accepted = 0;
    fc.assert(
      fc.property(eventish, (raw) => {
        const fast = readPlainEvent(raw);
        if (fast === null) return;
        accepted++;
        const parsed = v.safeParse(EventSchema, raw, PARSE_CONFIG);
        expect(parsed.success).toBe(true);
        expect(fast).toStrictEqual(parsed.output);
      }),
      { numRuns: 20_000 },
    );
    // Random events are rarely valid; enough must be for the comparison to mean something.
    expect(accepted).toBeGreaterThan(100);
  });

  it('accepts every generated event, full or minimal', () => {
    const events = [...makeDataset(500, 3).events, ...makeMinimalDataset(500, 3).events];
    for (const event of events) {
      const raw: unknown = JSON.parse(JSON.stringify(event));
      expect(readPlainEvent(raw)).toStrictEqual(v.parse(EventSchema, raw, PARSE_CONFIG));
    }
  });

  it.each([
    [
      'a blank title',
      { id: 'a', title: ' ', date: { precision: 'day', start: '2016' }, topics: ['x'] },
    ],
    ['no topics', { id: 'a', title: 'T', date: { precision: 'day', start: '2016' }, topics: [] }],
    [
      'a source whose link is not a web address',
      {
        id: 'a',
        title: 'T',
        date: { precision: 'day', start: '2016-01-01' },
        topics: ['x'],
        sources: [{ name: 'N', url: 'javascript:alert(1)' }],
      },
    ],
    [
      'a key the schema does not know',
      { id: 'a', title: 'T', date: { precision: 'day', start: '2016' }, topics: ['x'], x: 1 },
    ],
    [
      'a date with a key the schema does not know',
      { id: 'a', title: 'T', date: { precision: 'day', start: '2016', x: 1 }, topics: ['x'] },
    ],
    [
      'a key present but undefined',
      {
        id: 'a',
        title: 'T',
        summary: undefined,
        date: { precision: 'day', start: '2016' },
        topics: ['x'],
      },
    ],
  ])('leaves %s to the schema', (_, raw) => {
    expect(readPlainEvent(raw)).toBeNull();
  });

  it('passes on the parts of the record without changing it', () => {
    const raw = {
      id: 'a',
      title: 'T',
      date: { precision: 'day', start: '2016-03-29' },
      topics: ['x'],
      quotes: [{ text: 'Q' }],
    };
    const before = structuredClone(raw);
    const deepFreeze = (value: object): void => {
      Object.values(value).forEach((part) => typeof part === 'object' && deepFreeze(part));
      Object.freeze(value);
    };
    deepFreeze(raw);
    const event = readPlainEvent(raw);
    expect(raw).toStrictEqual(before);
    expect(event?.date).toBe(raw.date);
    expect(event?.topics).toBe(raw.topics);
    expect(event).toMatchObject({ summary: '', people: [], sources: [] });
    // Lists left out share one empty list, which nothing can fill.
    expect(event?.people).toBe(event?.sources);
    expect(Object.isFrozen(event?.people)).toBe(true);
  });
});
