import { describe, expect, it } from 'vitest';
import {
  checkFinalUrl,
  isAllowedDataUrl,
  parseOriginPattern,
  parseRuntimeConfig,
} from './allowed-origins.ts';

const PAGE = 'https://news.example';
const allowed = (url: string, list: readonly string[]) =>
  isAllowedDataUrl(new URL(url), PAGE, list);

describe('parseOriginPattern', () => {
  it.each([
    ['https://docs.google.com', 'https://docs.google.com'],
    ['https://docs.google.com/', 'https://docs.google.com'],
    ['  HTTPS://Docs.Google.COM/ ', 'https://docs.google.com'],
    ['https://docs.google.com:443', 'https://docs.google.com'],
    ['https://data.example:8443', 'https://data.example:8443'],
    ['https://*.googleusercontent.com', 'https://*.googleusercontent.com'],
    ['https://*.Example.com:8443/', 'https://*.example.com:8443'],
    ['http://localhost:5173', 'http://localhost:5173'],
    ['http://127.0.0.1:4000', 'http://127.0.0.1:4000'],
    ['https://bücher.example', 'https://xn--bcher-kva.example'],
  ])('reads %j as %s', (text, origin) => {
    const parsed = parseOriginPattern(text);
    expect(parsed.kind === 'ok' && parsed.pattern.origin).toBe(origin);
  });

  it.each([
    ['docs.google.com', /must start with https/],
    ['ftp://files.example', /must start with https/],
    ['https://docs.google.com/spreadsheets', /no path/],
    ['https://docs.google.com?x=1', /no path/],
    ['https://user@docs.google.com', /user name/],
    ['https://docs.google.com@evil.example', /user name/],
    ['https://*', /wildcard may only stand for the first part/],
    ['https://*.com', /wildcard needs a domain of at least two parts/],
    ['https://*.127.0.0.1', /wildcard needs a domain/],
    ['https://docs.*.com', /wildcard may only stand for the first part/],
    ['https://*docs.google.com', /wildcard may only stand for the first part/],
    ['*', /must start with https/],
    ['http://docs.google.com', /must use https/],
    ['http://*.localhost', /wildcard needs a domain/],
    ['http://*.data.example', /must use https/],
    ["https://a.example 'unsafe-inline'", /spaces/],
    ['https://a.example;script-src', /spaces, quotes or ;/],
    ['https://exa mple.com', /spaces/],
    ['https://', /not a valid web address/],
  ])('refuses %j', (text, reason) => {
    const parsed = parseOriginPattern(text);
    expect(parsed.kind).toBe('failed');
    expect(parsed.kind === 'failed' && parsed.reason).toMatch(reason);
  });
});

describe('isAllowedDataUrl', () => {
  const google = ['https://docs.google.com', 'https://*.googleusercontent.com'];

  it.each([
    // [url, list, allowed?]
    ['https://news.example/data/x.json', [], true],
    ['https://news.example:8443/data/x.json', [], false],
    ['http://news.example/data/x.json', [], false],
    ['https://docs.google.com/spreadsheets/d/e/x/pub?output=csv', google, true],
    ['https://DOCS.GOOGLE.COM/x.csv', google, true],
    ['https://docs.google.com:443/x.csv', google, true],
    ['https://docs.google.com:8443/x.csv', google, false],
    ['http://docs.google.com/x.csv', google, false],
    ['https://docs.google.com.evil.example/x.csv', google, false],
    ['https://evil.example/docs.google.com', google, false],
    ['https://docs.google.com@evil.example/x.csv', google, false],
    ['https://me:secret@docs.google.com/x.csv', google, false],
    ['https://sheets.docs.google.com/x.csv', google, false],
    ['https://doc-0s-6c.sheets.googleusercontent.com/pub', google, true],
    ['https://googleusercontent.com/pub', google, false],
    ['https://evilgoogleusercontent.com/pub', google, false],
    ['https://googleusercontent.com.evil.example/pub', google, false],
    ['data:application/json,{}', google, false],
    // Written the way people write them: case and a trailing slash do not matter.
    ['https://data.example/x.json', ['HTTPS://Data.Example/'], true],
    // A port in the config is part of the origin.
    ['https://data.example:8443/x.json', ['https://data.example:8443'], true],
    ['https://data.example/x.json', ['https://data.example:8443'], false],
    ['https://a.data.example:8443/x.json', ['https://*.data.example:8443'], true],
    ['https://a.data.example/x.json', ['https://*.data.example:8443'], false],
    // Entries that do not read as origins widen nothing.
    ['https://data.example/x.json', ['*', 'https://*', 'data.example', 'https://data.*'], false],
    ['https://data.example/x.json', ['https://data.example/path'], false],
    ['http://127.0.0.1:4000/x.json', ['http://127.0.0.1:4000'], true],
    ['http://127.0.0.1:4001/x.json', ['http://127.0.0.1:4000'], false],
  ] as const)('%s with %j: %s', (url, list, expected) => {
    expect(allowed(url, list)).toBe(expected);
  });

  it('treats a page with an opaque origin as the same site as nothing', () => {
    expect(isAllowedDataUrl(new URL('data:text/plain,x'), 'null', [])).toBe(false);
  });
});

describe('checkFinalUrl', () => {
  it('accepts a redirect that stays on an allowed site', () => {
    expect(checkFinalUrl('/go', 'https://news.example/data/x.json', PAGE, [])).toBeNull();
    expect(
      checkFinalUrl('/go', 'https://a.googleusercontent.com/x', PAGE, [
        'https://*.googleusercontent.com',
      ]),
    ).toBeNull();
  });

  it('names the link and the site it led to when that site is not allowed', () => {
    const message = checkFinalUrl('/go', 'https://evil.example/store.json', PAGE, []);
    expect(message).toMatch(/“\/go” led to another site \(https:\/\/evil\.example\)/);
    expect(message).toMatch(/not allowed/);
  });

  it('has nothing to check when the response carries no address', () => {
    expect(checkFinalUrl('/go', '', PAGE, [])).toBeNull();
  });
});

describe('parseRuntimeConfig', () => {
  it('reads the shipped default', () => {
    expect(parseRuntimeConfig({ allowedDataOrigins: [] })).toEqual({
      allowedDataOrigins: [],
      allowedMediaOrigins: [],
      problems: [],
    });
  });

  it('canonicalises and de-duplicates the origins', () => {
    expect(
      parseRuntimeConfig({
        allowedDataOrigins: ['https://docs.google.com/', 'HTTPS://DOCS.GOOGLE.COM'],
      }),
    ).toEqual({
      allowedDataOrigins: ['https://docs.google.com'],
      allowedMediaOrigins: [],
      problems: [],
    });
  });

  it('treats a missing list as none', () => {
    expect(parseRuntimeConfig({})).toEqual({
      allowedDataOrigins: [],
      allowedMediaOrigins: [],
      problems: [],
    });
  });

  it('keeps the good entries and names the bad ones', () => {
    const config = parseRuntimeConfig({
      allowedDataOrigins: ['https://docs.google.com', 'http://data.example', 42],
    });
    expect(config.allowedDataOrigins).toEqual(['https://docs.google.com']);
    expect(config.problems).toEqual([
      'config.json: entry 2 of “allowedDataOrigins” "http://data.example": it must use https (plain http is allowed only for localhost).',
      'config.json: entry 3 of “allowedDataOrigins” 42: it must be text in quotes, such as "https://example.com".',
    ]);
  });

  it('names a setting it does not know, such as a misspelt one', () => {
    const config = parseRuntimeConfig({ allowedOrigins: ['https://docs.google.com'] });
    expect(config.allowedDataOrigins).toEqual([]);
    expect(config.problems).toEqual([
      'config.json: “allowedOrigins” is not a setting this app knows (it reads “allowedDataOrigins” and “allowedMediaOrigins”).',
    ]);
  });

  it.each([
    [null, /config\.json must hold an object/],
    [['https://docs.google.com'], /config\.json must hold an object/],
    [{ allowedDataOrigins: 'https://docs.google.com' }, /must be a list/],
  ])('explains a config of the wrong shape: %j', (json, message) => {
    const config = parseRuntimeConfig(json);
    expect(config.allowedDataOrigins).toEqual([]);
    expect(config.problems).toHaveLength(1);
    expect(config.problems[0]).toMatch(message);
    expect(config.problems[0]).toMatch(/config\.json/);
  });
});
