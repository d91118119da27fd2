import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, cspFromHtml, headersFile, withCspMeta } from '../build/csp.ts';
import { allowMediaOrigin, allowOrigin, allowPlayer } from './allow-origin.ts';

let dist: string;
const read = (name: string) => readFileSync(path.join(dist, name), 'utf8');
const directive = (name: string) => (policy: string | null | undefined) =>
  policy
    ?.split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `));
const connectSrc = directive('connect-src');

/** A built site as the build leaves it. */
beforeEach(() => {
  dist = mkdtempSync(path.join(tmpdir(), 'allow-origin-'));
  const policy = contentSecurityPolicy([]);
  writeFileSync(
    path.join(dist, 'index.html'),
    withCspMeta('<!doctype html><html><head><meta charset="UTF-8" /></head></html>', policy),
  );
  writeFileSync(path.join(dist, '_headers'), headersFile(policy));
  writeFileSync(path.join(dist, 'config.json'), '{ "allowedDataOrigins": [] }\n');
});

describe('allowOrigin', () => {
  it('adds the origin to config.json, the page’s policy and _headers together', () => {
    const result = allowOrigin('HTTPS://Docs.Google.com/', dist);
    expect(result.origin).toBe('https://docs.google.com');
    expect(result.changed.map((f) => path.basename(f)).sort()).toEqual([
      '_headers',
      'config.json',
      'index.html',
    ]);
    expect(JSON.parse(read('config.json'))).toEqual({
      allowedDataOrigins: ['https://docs.google.com'],
    });
    expect(connectSrc(cspFromHtml(read('index.html')))).toBe(
      "connect-src 'self' https://docs.google.com",
    );
    const header = /Content-Security-Policy: (.*)/.exec(read('_headers'))?.[1];
    expect(connectSrc(header)).toBe("connect-src 'self' https://docs.google.com");
    expect(header).toMatch(/frame-ancestors \*$/);
  });

  it('adds a second origin after the first, and changes nothing the second time', () => {
    allowOrigin('https://docs.google.com', dist);
    allowOrigin('https://*.googleusercontent.com', dist);
    const again = allowOrigin('https://*.googleusercontent.com', dist);
    expect(again.changed).toEqual([]);
    expect(JSON.parse(read('config.json')).allowedDataOrigins).toEqual([
      'https://docs.google.com',
      'https://*.googleusercontent.com',
    ]);
    expect(connectSrc(cspFromHtml(read('index.html')))).toBe(
      "connect-src 'self' https://docs.google.com https://*.googleusercontent.com",
    );
  });

  it('brings the policy up to config.json when someone edited only the config', () => {
    writeFileSync(
      path.join(dist, 'config.json'),
      '{ "allowedDataOrigins": ["https://docs.google.com"] }',
    );
    const result = allowOrigin('https://docs.google.com', dist);
    expect(result.changed.map((f) => path.basename(f)).sort()).toEqual(['_headers', 'index.html']);
  });

  it('creates config.json when the site has none', () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'allow-origin-'));
    cpSync(path.join(dist, 'index.html'), path.join(copy, 'index.html'));
    allowOrigin('https://docs.google.com', copy);
    expect(JSON.parse(readFileSync(path.join(copy, 'config.json'), 'utf8'))).toEqual({
      allowedDataOrigins: ['https://docs.google.com'],
    });
  });

  it.each([
    ['http://data.example', /must use https/],
    ['https://docs.google.com/spreadsheets', /no path/],
    ["https://a.example; script-src 'unsafe-inline'", /spaces, quotes/],
  ])('refuses %j and leaves the site alone', (origin, reason) => {
    const before = [read('config.json'), read('index.html'), read('_headers')];
    expect(() => allowOrigin(origin, dist)).toThrow(reason);
    expect([read('config.json'), read('index.html'), read('_headers')]).toEqual(before);
  });

  it('refuses to edit a broken config.json', () => {
    writeFileSync(path.join(dist, 'config.json'), '{ "allowedOrigins": [] }');
    expect(() => allowOrigin('https://docs.google.com', dist)).toThrow(/Fix .*config\.json first/);
    expect(cspFromHtml(read('index.html'))).not.toMatch(/docs\.google\.com/);
  });

  it('asks for the built site’s folder', () => {
    expect(() => allowOrigin('https://docs.google.com', path.join(dist, 'nope'))).toThrow(
      /holds no index\.html/,
    );
  });
});

describe('allowMediaOrigin', () => {
  it('adds the site to allowedMediaOrigins and to img-src and media-src, and to no other directive', () => {
    const result = allowMediaOrigin('https://Images.Example.org', dist);
    expect(result.changed.map((f) => path.basename(f)).sort()).toEqual([
      '_headers',
      'config.json',
      'index.html',
    ]);
    expect(JSON.parse(read('config.json'))).toEqual({
      allowedDataOrigins: [],
      allowedMediaOrigins: ['https://images.example.org'],
    });
    const policy = cspFromHtml(read('index.html'));
    expect(directive('img-src')(policy)).toBe(
      "img-src 'self' data: blob: https://images.example.org",
    );
    expect(directive('media-src')(policy)).toBe("media-src 'self' https://images.example.org");
    expect(connectSrc(policy)).toBe("connect-src 'self'");
    expect(allowMediaOrigin('https://images.example.org', dist).changed).toEqual([]);
  });
});

describe('allowPlayer', () => {
  it('frames the named player only', () => {
    expect(cspFromHtml(read('index.html'))).not.toMatch(/frame-src/);
    allowPlayer('youtube', dist);
    const header = /Content-Security-Policy: (.*)/.exec(read('_headers'))?.[1];
    expect(directive('frame-src')(header)).toBe('frame-src https://www.youtube-nocookie.com');
    expect(directive('frame-src')(cspFromHtml(read('index.html')))).toBe(
      'frame-src https://www.youtube-nocookie.com',
    );
    expect(() => allowPlayer('dailymotion', dist)).toThrow(/name youtube or vimeo/);
  });
});
