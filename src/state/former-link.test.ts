import { describe, expect, it } from 'vitest';
import { eventOfFormerId, formerEventOfHash, withFormerEvent } from './former-link.ts';
import { parseJsonText } from '../data/parse-json.ts';
import { EMPTY_URL_STATE } from './url.ts';
import type { Dataset } from '../data/schema.ts';

function dataset(): Dataset {
  const slide = (headline: string, unique_id?: string) => ({
    start_date: { year: '1990' },
    text: { headline },
    ...(unique_id !== undefined && { unique_id }),
  });
  const result = parseJsonText(
    JSON.stringify({
      events: [slide('1943'), slide('Odd', 'Odd_ID'), slide('Ada Lovelace'), slide('x', 'kept')],
    }),
    'tl.json',
  );
  if (result.kind !== 'ok') throw new Error(JSON.stringify(result.reason));
  return result.dataset;
}

describe('formerEventOfHash', () => {
  it.each([
    ['#event-ada-lovelace', 'ada-lovelace'],
    ['#event-Odd_ID', 'Odd_ID'],
    ['#event-caf%C3%A9', 'café'],
    ['#event-%E0%A4%A', '%E0%A4%A'],
    ['#event-', null],
    ['#main', null],
    ['', null],
  ])('%j → %j', (hash, expected) => {
    expect(formerEventOfHash(hash)).toBe(expected);
  });
});

describe('eventOfFormerId', () => {
  it.each([
    ['_1943', '1943'],
    ['Odd_ID', 'odd-id'],
    ['ada-lovelace', 'ada-lovelace'],
    ['kept', 'kept'],
    ['Ada Lovelace', 'ada-lovelace'],
    ['missing', null],
  ])('%j → %j', (former, expected) => {
    expect(eventOfFormerId(dataset(), former)).toBe(expected);
  });
});

describe('withFormerEvent', () => {
  const url = { ...EMPTY_URL_STATE, data: 'https://example.org/tl.json' };

  it('opens the event and writes the address as ours', () => {
    expect(withFormerEvent(url, '#event-Odd_ID', dataset(), '/news/')).toEqual({
      url: { ...url, event: 'odd-id' },
      address: '/news/?data=https%3A%2F%2Fexample.org%2Ftl.json&event=odd-id',
    });
  });

  it('names an unknown id, so that the reader is told, and keeps the address', () => {
    expect(withFormerEvent(url, '#event-gone', dataset(), '/')).toEqual({
      url: { ...url, event: 'gone' },
      address: null,
    });
  });

  it.each([
    ['an address without the hash', url, ''],
    ['an address that names an event already', { ...url, event: 'kept' }, '#event-odd-id'],
    ['an address that names a story step', { ...url, story: 2 }, '#event-odd-id'],
  ])('leaves %s alone', (_name, state, hash) => {
    expect(withFormerEvent(state, hash, dataset(), '/')).toBeNull();
  });
});
