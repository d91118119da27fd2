import { describe, expect, it } from 'vitest';
import type { AppId, Size, StoreFacts } from './apps.ts';
import { newslinePage, pageUrl, storePaths } from './page-url.ts';

const BASE = 'http://127.0.0.1:4321/';
const store: StoreFacts = { extent: [0, 1], linkHub: 'e-0500' };

describe('pageUrl', () => {
  it.each<[AppId, Size, string]>([
    // Newsline's home page built ahead of time, for the bundled store and for 1,000 events.
    ['newsline', 'seed', ''],
    ['newsline', 1000, 'built-1000/'],
    // Elsewhere the app draws the store named by ?data= in the script.
    ['newsline', 10_000, '?data=%2Fbench-data%2Fevents-10000.json'],
    ['newsline', 'links', '?event=e-0500&data=%2Fbench-data%2Fevents-1000-links.json'],
    ['newsline', 'groups', '?group=groups&data=%2Fbench-data%2Fevents-10000-groups.json'],
    ['newsline', 'thumbnails', '?data=%2Fbench-data%2Fevents-1000-thumbnails.json'],
    // The peers always open ?data=, the bundled store included.
    ['vis-timeline', 'seed', 'vis/?data=%2Fdata%2Ftrump-russia.json'],
    ['vis-timeline', 1000, 'vis/?data=%2Fbench-data%2Fevents-1000.json'],
    ['vis-timeline-cluster', 1000, 'vis/?cluster=1&data=%2Fbench-data%2Fevents-1000.json'],
    ['timelinejs', 1000, 'timelinejs/?data=%2Fbench-data%2Fevents-1000.json'],
  ])('%s at %j: %j', (app, size, page) => {
    expect(pageUrl(BASE, app, size, store)).toBe(`${BASE}${page}`);
  });
});

describe('newslinePage', () => {
  it.each<[Size, ReturnType<typeof newslinePage>]>([
    ['seed', { kind: 'built', path: '' }],
    [1000, { kind: 'built', path: 'built-1000/' }],
    [27, { kind: 'data' }],
    [100_000, { kind: 'data' }],
    ['thumbnails', { kind: 'data' }],
  ])('%j: %j', (size, page) => {
    expect(newslinePage(size)).toEqual(page);
  });
});

describe('storePaths', () => {
  it.each<[Size, string[]]>([
    ['seed', ['/data/trump-russia.json']],
    // The peers' copy, and the one the site built ahead of time serves as its own.
    [1000, ['/bench-data/events-1000.json', '/built-1000/data/trump-russia.json']],
    [10_000, ['/bench-data/events-10000.json']],
  ])('%j: %j', (size, paths) => {
    expect(storePaths(size)).toEqual(paths);
  });
});
