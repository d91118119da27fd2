import { describe, expect, it } from 'vitest';
import { parsePrerenderArgs, type PrerenderOptions } from './prerender-options.ts';

describe('parsePrerenderArgs', () => {
  it.each<[string[], PrerenderOptions]>([
    [[], { dist: 'dist', store: null, pages: 'all' }],
    [['site'], { dist: 'site', store: null, pages: 'all' }],
    [
      ['--store', 'ours.json', '--home-only', 'site'],
      { dist: 'site', store: 'ours.json', pages: 'home' },
    ],
    [['site', '--store=../ours.json'], { dist: 'site', store: '../ours.json', pages: 'all' }],
    [['--home-only'], { dist: 'dist', store: null, pages: 'home' }],
  ])('%j', (argv, options) => {
    expect(parsePrerenderArgs(argv)).toEqual({ kind: 'run', options });
  });

  it.each([['--help'], ['-h', 'site']])('%j asks for the usage', (...argv) => {
    expect(parsePrerenderArgs(argv)).toEqual({ kind: 'help' });
  });

  it.each<[string[], RegExp]>([
    [['one', 'two'], /one site to build into, got 2: one, two/],
    [['--store'], /--store/],
    [['--store', ' '], /--store needs the path of a JSON store/],
    [['--pages', 'home'], /--pages/],
  ])('refuses %j', (argv, message) => {
    expect(() => parsePrerenderArgs(argv)).toThrow(message);
  });
});
