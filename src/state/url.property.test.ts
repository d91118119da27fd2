import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_URL_STATE as EMPTY,
  formatUrl,
  NO_SINCE,
  parseUrl,
  type SinceParam,
  type UrlState,
} from './url.ts';

/** Any text, with whatever a link may hold: separators, escapes, controls, any script. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({
    unit: fc.constantFrom('?', '&', '=', '+', '%', ',', '#', ' ', '%2', 'a', 'é', '\t'),
  }),
);

/** Parameter names the app reads, and others, in any order and number. */
const anySearch = fc.oneof(
  anyText,
  fc
    .array(
      fc.tuple(
        fc.constantFrom(
          ...['event', 'topics', 'q', 'data', 'file', 'lang', 'story', 'at', 'live', 'since'],
          ...['other', ''],
        ),
        anyText,
      ),
      { maxLength: 8 },
    )
    .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`),
);

/** Text as parseUrl keeps it: trimmed, with no lone half of a surrogate pair. */
const part = fc
  .string({
    unit: fc.oneof(
      fc.constantFrom('+', '%', '&', '=', ',', '#', '?', ' '),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    ),
  })
  .filter((s) => s.trim() === s);
const present = part.filter((s) => s !== '');
const topic = present.filter((s) => !s.includes(',') && s.toLowerCase() === s);

/** No day, or a day of the calendar as a date input writes it. */
const validSince: fc.Arbitrary<SinceParam> = fc.oneof(
  fc.constant(NO_SINCE),
  fc
    .date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
    .map((date) => ({ kind: 'day' as const, day: date.toISOString().slice(0, 10) })),
);

const validState: fc.Arbitrary<UrlState> = fc
  .record({
    event: fc.option(present),
    topics: fc.uniqueArray(topic, { maxLength: 5 }),
    q: part,
    data: fc.option(present),
    file: fc.option(present),
    embed: fc.boolean(),
    lang: fc.constantFrom(null, 'en' as const, 'es' as const),
    story: fc.option(fc.integer({ min: 1, max: 999_999_999 })),
    group: fc.constantFrom('none' as const, 'topic' as const, 'groups' as const),
    at: fc.constantFrom(null, { kind: 'latest' as const }),
    live: fc.boolean(),
    since: validSince,
  })
  // A link names one store: with a web address, the file is not written.
  .map((s) => (s.data === null ? s : { ...s, file: null }))
  // A story's step names the open event: `?event=` is not written beside it.
  .map((s) => (s.story === null ? s : { ...s, event: null }))
  // So does an event named outright: `?at=` is not written beside either.
  .map((s) => (s.story === null && s.event === null ? s : { ...s, at: null }));

describe('parseUrl on random input', () => {
  it('never throws, and gives trimmed values and lowercase, distinct topics', () => {
    fc.assert(
      fc.property(anySearch, (search) => {
        const state = parseUrl(search);
        for (const value of [state.event, state.data, state.file, state.q]) {
          if (value !== null) expect(value.trim()).toBe(value);
        }
        expect(state.event).not.toBe('');
        expect(new Set(state.topics).size).toBe(state.topics.length);
        for (const t of state.topics) expect(t).toBe(t.trim().toLowerCase());
        expect(state.data !== null && state.file !== null).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back the same state from whatever it has read, formatted', () => {
    fc.assert(
      fc.property(anySearch, (search) => {
        const once = formatUrl(parseUrl(search));
        expect(formatUrl(parseUrl(once))).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('formatUrl on any state', () => {
  const withHalfPairs = fc.string({
    unit: fc.oneof(
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
    ),
  });
  it('never throws, even on half of a surrogate pair, and gives a link parseUrl reads', () => {
    fc.assert(
      fc.property(
        fc.record({
          event: fc.option(withHalfPairs),
          topics: fc.array(withHalfPairs, { maxLength: 3 }),
          q: withHalfPairs,
          data: fc.option(withHalfPairs),
          file: fc.option(withHalfPairs),
          embed: fc.boolean(),
          lang: fc.constantFrom(null, 'en' as const, 'es' as const),
          story: fc.option(fc.integer()),
          group: fc.constantFrom('none' as const, 'topic' as const, 'groups' as const),
          at: fc.option(
            fc.oneof(
              fc.constant({ kind: 'latest' as const }),
              withHalfPairs.map((value) => ({ kind: 'unknown' as const, value })),
            ),
          ),
          live: fc.boolean(),
          since: fc.oneof(
            validSince,
            withHalfPairs.map((day) => ({ kind: 'day' as const, day })),
            withHalfPairs.map((text) => ({ kind: 'invalid' as const, text })),
          ),
        }),
        (state) => {
          const search = formatUrl(state);
          expect(formatUrl(parseUrl(formatUrl(parseUrl(search))))).toBe(
            formatUrl(parseUrl(search)),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('writes half of a surrogate pair as the replacement character', () => {
    expect(parseUrl(formatUrl({ ...EMPTY, q: 'a\uD800b' })).q).toBe('a\uFFFDb');
  });
});

describe('formatUrl and parseUrl on states made of valid parts', () => {
  it('round-trip: parseUrl(formatUrl(s)) is s, and formatting again changes nothing', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const search = formatUrl(state);
        expect(parseUrl(search)).toEqual(state);
        expect(formatUrl(parseUrl(search))).toBe(search);
      }),
      { numRuns: 2000 },
    );
  });
});
