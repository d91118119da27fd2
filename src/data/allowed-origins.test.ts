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
    ['docs.google.com', 'origin-no-scheme'],
    ['ftp://files.example', 'origin-not-web-scheme'],
    ['https://docs.google.com/spreadsheets', 'origin-not-site-only'],
    ['https://docs.google.com?x=1', 'origin-not-site-only'],
    ['https://user@docs.google.com', 'origin-not-site-only'],
    ['https://docs.google.com@evil.example', 'origin-not-site-only'],
    ['https://*', 'origin-wildcard-not-first'],
    ['https://*.com', 'origin-wildcard-too-short'],
    ['https://*.127.0.0.1', 'origin-wildcard-too-short'],
    ['https://docs.*.com', 'origin-wildcard-not-first'],
    ['https://*docs.google.com', 'origin-wildcard-not-first'],
    ['*', 'origin-no-scheme'],
    ['http://docs.google.com', 'origin-plain-http'],
    ['http://*.localhost', 'origin-wildcard-too-short'],
    ['http://*.data.example', 'origin-plain-http'],
    ["https://a.example 'unsafe-inline'", 'origin-bad-characters'],
    ['https://a.example;script-src', 'origin-bad-characters'],
    ['https://exa mple.com', 'origin-bad-characters'],
    ['https://', 'origin-invalid'],
  ] as const)('refuses %j: %s', (text, code) => {
    expect(parseOriginPattern(text)).toEqual({ kind: 'failed', reason: { code } });
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
    expect(checkFinalUrl('/go', 'https://evil.example/store.json', PAGE, [])).toEqual({
      code: 'led-elsewhere',
      link: '/go',
      origin: 'https://evil.example',
    });
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
      {
        code: 'config-bad-entry',
        setting: 'allowedDataOrigins',
        index: 1,
        value: '"http://data.example"',
        because: { code: 'origin-plain-http' },
      },
      {
        code: 'config-bad-entry',
        setting: 'allowedDataOrigins',
        index: 2,
        value: '42',
        because: { code: 'origin-not-text' },
      },
    ]);
  });

  it('names a setting it does not know, such as a misspelt one', () => {
    const config = parseRuntimeConfig({ allowedOrigins: ['https://docs.google.com'] });
    expect(config.allowedDataOrigins).toEqual([]);
    expect(config.problems).toEqual([
      { code: 'config-unknown-setting', setting: 'allowedOrigins' },
    ]);
  });

  it.each([
    [null, { code: 'config-not-an-object' }],
    [['https://docs.google.com'], { code: 'config-not-an-object' }],
    [
      { allowedDataOrigins: 'https://docs.google.com' },
      { code: 'config-not-a-list', setting: 'allowedDataOrigins' },
    ],
    [{ allowedMediaOrigins: {} }, { code: 'config-not-a-list', setting: 'allowedMediaOrigins' }],
  ])('explains a config of the wrong shape: %j', (json, problem) => {
    const config = parseRuntimeConfig(json);
    expect(config.allowedDataOrigins).toEqual([]);
    expect(config.problems).toEqual([problem]);
  });
});
