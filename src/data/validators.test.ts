import { describe, expect, it } from 'vitest';
import {
  NO_VALIDATORS,
  recheckRequest,
  sameVersion,
  validatorsOf,
  type Validators,
} from './validators.ts';

const etag = (value: string): Validators => ({ etag: value, lastModified: null });
const dated = (value: string): Validators => ({ etag: null, lastModified: value });
const MONDAY = 'Mon, 06 Jul 2020 10:00:00 GMT';
const TUESDAY = 'Tue, 07 Jul 2020 10:00:00 GMT';

describe('validatorsOf', () => {
  it.each([
    [{ ETag: '"v1"' }, { etag: '"v1"', lastModified: null }],
    [{ 'Last-Modified': MONDAY }, { etag: null, lastModified: MONDAY }],
    [
      { etag: 'W/"v2"', 'last-modified': MONDAY },
      { etag: 'W/"v2"', lastModified: MONDAY },
    ],
    [{ etag: '  ' }, NO_VALIDATORS],
    [{}, NO_VALIDATORS],
  ])('reads %j', (headers, expected) => {
    expect(validatorsOf(new Headers(headers))).toEqual(expected);
  });
});

describe('sameVersion', () => {
  it.each([
    ['the same ETag', etag('"a"'), etag('"a"'), true],
    ['another ETag', etag('"a"'), etag('"b"'), false],
    ['an ETag against none', etag('"a"'), dated(MONDAY), false],
    [
      'ETags over dates',
      { etag: '"a"', lastModified: MONDAY },
      { etag: '"b"', lastModified: MONDAY },
      false,
    ],
    ['the same date, no ETags', dated(MONDAY), dated(MONDAY), true],
    ['another date', dated(MONDAY), dated(TUESDAY), false],
    ['nothing to go by', NO_VALIDATORS, NO_VALIDATORS, false],
  ])('%s', (_, a, b, same) => {
    expect(sameVersion(a, b)).toBe(same);
    expect(sameVersion(b, a)).toBe(same);
  });
});

describe('recheckRequest', () => {
  it('names the version it has, on the page’s own site, past the browser’s cache', () => {
    expect(recheckRequest(etag('"v1"'), true)).toEqual({
      cache: 'no-store',
      headers: { 'If-None-Match': '"v1"' },
    });
    expect(recheckRequest(dated(MONDAY), true)).toEqual({
      cache: 'no-store',
      headers: { 'If-Modified-Since': MONDAY },
    });
    expect(recheckRequest({ etag: '"v1"', lastModified: MONDAY }, true)).toEqual({
      cache: 'no-store',
      headers: { 'If-None-Match': '"v1"', 'If-Modified-Since': MONDAY },
    });
  });

  it('leaves revalidating to the browser’s cache for another site, or a version with no name', () => {
    expect(recheckRequest(etag('"v1"'), false)).toEqual({ cache: 'no-cache' });
    expect(recheckRequest(NO_VALIDATORS, true)).toEqual({ cache: 'no-cache' });
  });
});
