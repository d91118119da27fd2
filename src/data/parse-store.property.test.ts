import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from './csv-store.ts';
import { parseStore, type LoadResult } from './parse-store.ts';
import { READERS_AT_HAND } from './format-readers.ts';
import { problemsOf } from './parse-result.ts';
import { parseCsvText } from './parse-csv.ts';
import { parseJsonText } from './parse-json.ts';

const NAME = 'random.json';

/**
 * What every load must end in: a dataset whose events are all sound, or a reason naming the file.
 * Nothing in between, and no exception.
 */
function expectSound(result: LoadResult, name: string): void {
  if (result.kind === 'failed') {
    expect(result.reason).toMatchObject({ name });
    for (const p of problemsOf(result)) expect(p.reason.code).not.toBe('');
    return;
  }
  const { dataset, problems, skipped } = result;
  expect(skipped).toBeLessThanOrEqual(problems.length);
  const topics = new Set(dataset.topics.map((t) => t.id));
  const ids = new Set<string>();
  for (const event of dataset.events) {
    expect(event.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(ids.has(event.id)).toBe(false);
    ids.add(event.id);
    expect(event.title.trim()).not.toBe('');
    expect(Number.isFinite(event.date.start) && Number.isFinite(event.date.end)).toBe(true);
    expect(event.date.start).toBeLessThanOrEqual(event.date.end);
    expect(event.topics.length).toBeGreaterThan(0);
    for (const t of event.topics) expect(topics.has(t)).toBe(true);
    for (const s of event.sources) if (s.url !== undefined) expect(s.url).toMatch(/^https?:\/\//i);
  }
  if (dataset.source?.url !== undefined) expect(dataset.source.url).toMatch(/^https?:\/\//i);
  for (let i = 1; i < dataset.events.length; i++) {
    const [a, b] = [dataset.events[i - 1], dataset.events[i]];
    if (a && b) expect(a.date.start).toBeLessThanOrEqual(b.date.start);
  }
}

/** Anything at all where a value is expected: most runs break a field or two. */
const junk = fc.jsonValue({ maxDepth: 2 });
const maybe = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 30, arbitrary: valid }, { weight: 1, arbitrary: junk });
/** Mostly the first, sometimes the second. */
const mostly = <T>(usual: fc.Arbitrary<T>, rare: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 8, arbitrary: usual }, { weight: 1, arbitrary: rare });

const partialIso = fc
  .tuple(
    fc.integer({ min: -9999, max: 9999 }),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
    fc.integer({ min: 0, max: 2 }),
  )
  .map(([y, m, d, parts]) => {
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    const year = `${y < 0 ? '-' : ''}${pad(Math.abs(y), 4)}`;
    return [year, pad(m, 2), pad(d, 2)].slice(0, parts + 1).join('-');
  });
const dateText = mostly(
  partialIso,
  fc.oneof(fc.string(), fc.constantFrom('2016-02-30', '0000', '2016-13')),
);
const text = mostly(
  fc.string({ unit: 'grapheme', minLength: 1 }),
  fc.constantFrom('', '   ', '<b>x</b>'),
);
const topicId = mostly(
  fc.constantFrom('nato', 'syria', 'x-y'),
  fc.constantFrom('Bad Id', 'undeclared'),
);
const isoDay = fc
  .date({ min: new Date('1000-01-01'), max: new Date('2999-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
/** A date as its precision wants it written, with or without a label. */
const soundDate = fc.oneof(
  fc.record({ precision: fc.constant('day'), start: isoDay }),
  fc.record({ precision: fc.constant('month'), start: isoDay.map((d) => d.slice(0, 7)) }),
  fc.record(
    { precision: fc.constant('year'), start: isoDay.map((d) => d.slice(0, 4)), label: text },
    { requiredKeys: ['precision', 'start'] },
  ),
  fc
    .tuple(isoDay, isoDay)
    .map(([a, b]) => ({ precision: 'span', start: a < b ? a : b, end: a < b ? b : a })),
);
const randomDate = fc.record(
  {
    precision: maybe(fc.constantFrom('day', 'month', 'season', 'year', 'span', 'week')),
    start: maybe(dateText),
    end: maybe(dateText),
    label: maybe(text),
  },
  { requiredKeys: ['precision', 'start'] },
);

const url = mostly(
  fc.webUrl(),
  fc.constantFrom(
    'javascript:alert(1)',
    ' JaVaScRiPt:x',
    'data:text/html,x',
    'vbscript:x',
    '//x.test',
    'http://',
  ),
);

const event = fc.record(
  {
    id: maybe(
      fc.oneof(
        fc.constantFrom('a', 'b', 'c-1', 'Bad', ''),
        fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/),
      ),
    ),
    title: maybe(text),
    summary: maybe(text),
    date: maybe(mostly<unknown>(soundDate, randomDate)),
    dateNote: maybe(text),
    topics: maybe(fc.array(topicId, { maxLength: 3 })),
    people: maybe(fc.array(text, { maxLength: 2 })),
    quotes: maybe(
      fc.array(fc.record({ text: maybe(text), speaker: maybe(text) }, { requiredKeys: ['text'] }), {
        maxLength: 2,
      }),
    ),
    sources: maybe(
      fc.array(fc.record({ name: maybe(text), url: maybe(url) }, { requiredKeys: ['name'] }), {
        maxLength: 2,
      }),
    ),
  },
  { requiredKeys: ['id', 'title', 'date', 'topics'] },
);

const store = fc.record(
  {
    version: maybe(fc.constant(1)),
    title: maybe(text),
    description: maybe(text),
    note: maybe(text),
    source: maybe(
      fc.record(
        { publisher: maybe(text), title: maybe(text), url: maybe(url), published: maybe(dateText) },
        { requiredKeys: ['publisher', 'title'] },
      ),
    ),
    topics: maybe(
      fc.array(
        fc.record({
          id: maybe(topicId),
          label: maybe(text),
          color: maybe(mostly(fc.constant('#1d4ed8'), fc.constantFrom('#fff', 'red'))),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    ),
    events: maybe(fc.array(event, { maxLength: 8 })),
  },
  { requiredKeys: ['version', 'title', 'topics', 'events'] },
);

describe('the JSON loader on random input', () => {
  it('never throws on any bytes, and ends in a dataset or a reason naming the file', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom('', 'application/json', 'text/csv'),
        async (bytes, contentType) => {
          const store = { bytes, name: NAME, path: NAME, contentType };
          expectSound(await parseStore(store, undefined, READERS_AT_HAND), NAME);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never throws on any text or JSON value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json()), (json) => {
        expectSound(parseJsonText(json, NAME), NAME);
      }),
      { numRuns: 1000 },
    );
  });

  it('shows every event of a random store or lists it as skipped', () => {
    fc.assert(
      fc.property(store, (value) => {
        const result = parseJsonText(JSON.stringify(value), NAME);
        expectSound(result, NAME);
        if (result.kind === 'ok' && Array.isArray(value.events)) {
          expect(result.dataset.events.length + result.skipped).toBe(value.events.length);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('still reads a random store cut off anywhere, or says it is cut off or wrong', async () => {
    await fc.assert(
      fc.asyncProperty(store, fc.double({ min: 0, max: 1, noNaN: true }), async (value, at) => {
        const text = JSON.stringify(value, null, 1);
        const cut = text.slice(0, Math.floor(text.length * at));
        expectSound(
          await parseStore(
            { bytes: new TextEncoder().encode(cut), name: NAME, path: NAME, contentType: '' },
            undefined,
            READERS_AT_HAND,
          ),
          NAME,
        );
      }),
      { numRuns: 500 },
    );
  });
});

const CSV_NAME = 'random.csv';
const cell = fc.oneof(
  fc.string({
    unit: fc.constantFrom('a', 'Z', ' ', ',', ';', '"', '\n', '\r\n', '\t', '-', '1', '='),
  }),
  partialIso,
  topicId,
  fc.webUrl(),
  fc.constantFrom('event', 'topic', 'timeline', 'TOPIC', 'span', 'day', '#1d4ed8', 'javascript:x'),
);
const header = fc.shuffledSubarray(
  [...CSV_COLUMNS, 'Date Label', 'SOURCE-URLS', 'extra', '', 'title', '__proto__'],
  { minLength: 1 },
);

describe('the CSV loader on random input', () => {
  it('never throws on any text, and ends in a dataset or a sentence naming the file', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expectSound(parseCsvText(text, CSV_NAME), CSV_NAME);
      }),
      { numRuns: 1000 },
    );
  });

  it('shows every event row of a random sheet or lists it, with its row number', () => {
    fc.assert(
      fc.property(
        header,
        fc.array(fc.array(cell, { maxLength: 26 }), { maxLength: 10 }),
        fc.constantFrom(',', ';', '\t'),
        (columns, rows, delimiter) => {
          const quote = (c: string) => (/[",;\t\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
          const text = [columns, ...rows].map((r) => r.map(quote).join(delimiter)).join('\r\n');
          const result = parseCsvText(text, CSV_NAME);
          expectSound(result, CSV_NAME);
          // Without a title or a start column nothing can be read; with them, the sheet still
          // fails as a whole when it names no topic at all.
          if (!columns.includes('title') || !columns.includes('start')) {
            expect(result.kind).toBe('failed');
          }
          if (result.kind !== 'ok') return;
          const type = columns.indexOf('type');
          const eventRows = rows.filter(
            (r) =>
              r.some((c) => c.trim() !== '') &&
              ['', 'event'].includes((r[type] ?? '').trim().toLowerCase()),
          );
          expect(result.dataset.events.length + result.skipped).toBe(eventRows.length);
          for (const p of result.problems) {
            expect(['row', 'column-names', 'topic']).toContain(p.record.kind);
            if (p.record.kind === 'row') {
              expect(p.record.number).toBeLessThanOrEqual(rows.length + 1);
            }
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
