import { describe, expect, it } from 'vitest';
import { EMPTY_URL_STATE, eventSearch, formatUrl, parseUrl, type UrlState } from './url.ts';

const state = (s: Partial<UrlState>): UrlState => ({ ...EMPTY_URL_STATE, ...s });

describe('parseUrl', () => {
  it.each<[string, UrlState]>([
    ['', EMPTY_URL_STATE],
    ['?event=nato-allies', state({ event: 'nato-allies' })],
    ['?topics=nato,syria', state({ topics: ['nato', 'syria'] })],
    ['?topics=nato%2Csyria', state({ topics: ['nato', 'syria'] })],
    ['?topics=NATO,,nato, syria ', state({ topics: ['nato', 'syria'] })],
    ['?q=spy+bases', state({ q: 'spy bases' })],
    ['?q=%3Cscript%3E', state({ q: '<script>' })],
    ['?event=&topics=&q=', EMPTY_URL_STATE],
    ['?data=data%2Fbig.json&event=e-1', state({ data: 'data/big.json', event: 'e-1' })],
    ['?unrelated=1', EMPTY_URL_STATE],
    ['?embed=1&event=g7', state({ embed: true, event: 'g7' })],
    ['?embed=0', EMPTY_URL_STATE],
    ['?embed=1&childId=newsline-1&parentUrl=https%3A%2F%2Fa.example', state({ embed: true })],
    ['?lang=es', state({ lang: 'es' })],
    ['?lang=EN', state({ lang: 'en' })],
    ['?lang=fr', EMPTY_URL_STATE],
    ['?story=7&topics=nato', state({ story: 7, topics: ['nato'] })],
    ['?story=7&event=g7', state({ story: 7 })],
    ['?story=0', EMPTY_URL_STATE],
    ['?story=-2', EMPTY_URL_STATE],
    ['?story=2.5', EMPTY_URL_STATE],
    ['?story=seven', EMPTY_URL_STATE],
    ['?story=9999999999', EMPTY_URL_STATE],
    ['?story=+3', state({ story: 3 })],
    ['?group=topic', state({ group: 'topic' })],
    ['?group=Groups', state({ group: 'groups' })],
    ['?group=none', EMPTY_URL_STATE],
    ['?group=year', EMPTY_URL_STATE],
    ['?since=2020-07-01', state({ since: { kind: 'day', day: '2020-07-01' } })],
    ['?since=%202020-07-01%20', state({ since: { kind: 'day', day: '2020-07-01' } })],
    ['?since=2024-02-29', state({ since: { kind: 'day', day: '2024-02-29' } })],
    ['?since=', EMPTY_URL_STATE],
    ['?since=2021-02-29', state({ since: { kind: 'invalid', text: '2021-02-29' } })],
    ['?since=2020-07', state({ since: { kind: 'invalid', text: '2020-07' } })],
    ['?since=2020-7-1', state({ since: { kind: 'invalid', text: '2020-7-1' } })],
    ['?since=July+1', state({ since: { kind: 'invalid', text: 'July 1' } })],
    ['?since=%3Cb%3E', state({ since: { kind: 'invalid', text: '<b>' } })],
    ['?at=latest', state({ at: { kind: 'latest' } })],
    ['?at=%20Latest%20&topics=nato', state({ at: { kind: 'latest' }, topics: ['nato'] })],
    ['?at=first', state({ at: { kind: 'unknown', value: 'first' } })],
    ['?at=', EMPTY_URL_STATE],
    ['?at=latest&event=g7', state({ event: 'g7' })],
    ['?at=latest&story=2', state({ story: 2 })],
    ['?live=0', state({ live: false })],
    ['?live=0&at=latest', state({ live: false, at: { kind: 'latest' } })],
    ['?live=1', EMPTY_URL_STATE],
    ['?live=no', EMPTY_URL_STATE],
  ])('%j', (search, expected) => {
    expect(parseUrl(search)).toEqual(expected);
  });
});

describe('formatUrl', () => {
  it.each<[UrlState, string]>([
    [EMPTY_URL_STATE, ''],
    [state({ event: 'nato-allies' }), '?event=nato-allies'],
    [state({ topics: ['nato', 'syria'] }), '?topics=nato,syria'],
    [state({ q: 'spy bases & more' }), '?q=spy+bases+%26+more'],
    [
      state({ event: 'g7', topics: ['diplomacy'], q: 'x', data: 'd.json' }),
      '?data=d.json&event=g7&topics=diplomacy&q=x',
    ],
    [state({ event: 'g7', embed: true }), '?event=g7&embed=1'],
    [state({ event: 'g7', lang: 'es' }), '?event=g7&lang=es'],
    [state({ story: 7, event: 'g7', topics: ['nato'] }), '?story=7&topics=nato'],
    [state({ story: 1, q: 'putin', data: 'd.json' }), '?data=d.json&story=1&q=putin'],
    [state({ group: 'groups', q: 'x', lang: 'es' }), '?q=x&group=groups&lang=es'],
    [state({ group: 'none', event: 'g7' }), '?event=g7'],
    [
      state({ since: { kind: 'day', day: '2020-07-01' }, topics: ['nato'], lang: 'es' }),
      '?topics=nato&since=2020-07-01&lang=es',
    ],
    [state({ since: { kind: 'invalid', text: 'July 1' }, event: 'g7' }), '?event=g7'],
    [state({ at: { kind: 'latest' }, topics: ['nato'] }), '?at=latest&topics=nato'],
    [state({ at: { kind: 'latest' }, event: 'g7' }), '?event=g7'],
    [state({ at: { kind: 'unknown', value: 'first' } }), ''],
    [
      state({ event: 'g7', live: false, embed: true, lang: 'es' }),
      '?event=g7&embed=1&live=0&lang=es',
    ],
  ])('%j → %s', (input, expected) => {
    expect(formatUrl(input)).toBe(expected);
  });

  it.each<UrlState>([
    state({ event: 'crimea' }),
    state({ topics: ['sanctions', 'nato'], q: 'Putin’s “killer” 100%' }),
    state({ event: 'a-b', topics: ['x'], q: 'a+b=c?&d', data: '/data/events 1.json' }),
    state({ topics: ['nato'], embed: true }),
    state({ story: 12, topics: ['nato'], q: 'summit' }),
    state({ at: { kind: 'latest' }, live: false, data: 'data/story.json' }),
  ])('round-trips %j', (input) => {
    expect(parseUrl(formatUrl(input))).toEqual(input);
  });
});

describe('eventSearch', () => {
  it.each([
    ['', '?event=g7'],
    ['?topics=nato&q=x&event=crimea', '?event=g7'],
    ['?embed=1&topics=nato', '?event=g7'],
    ['?live=0&at=latest', '?event=g7'],
    [
      '?data=bench-data%2Fevents-1000.json&event=e-1',
      '?data=bench-data%2Fevents-1000.json&event=g7',
    ],
  ])('from %j links to %s', (current, expected) => {
    expect(eventSearch('g7', current)).toBe(expected);
  });
});
