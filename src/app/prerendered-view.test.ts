import { describe, expect, it } from 'vitest';
import { parseUrl } from '../state/url.ts';
import { showsPrerenderedView } from './prerendered-view.ts';

describe('showsPrerenderedView', () => {
  it.each<[string, string, boolean]>([
    ['/', '', true],
    ['/e/g7/', '', true],
    ['/', '?event=g7', false],
    ['/', '?topics=nato', false],
    ['/', '?embed=1', false],
    // A story's step and its panel are not in the page built ahead of time.
    ['/', '?story=7', false],
    ['/e/g7/', '?story=1', false],
    // Bands are drawn, listed and printed by the app alone.
    ['/', '?group=topic', false],
    ['/e/g7/', '?group=groups', false],
    ['/', '?group=none', true],
    // The changes since a day are marked by the app alone, and so is a notice for a bad day.
    ['/', '?since=2020-07-01', false],
    ['/e/g7/', '?since=July', false],
    // The newest event is opened by the app, and the address rewritten to name it.
    ['/', '?at=latest', false],
  ])('%s%s hydrates: %s', (path, search, expected) => {
    // As readUrl reads it: an event page's path names its event.
    const url = parseUrl(search);
    const event = url.event ?? (path.startsWith('/e/') ? 'g7' : null);
    expect(showsPrerenderedView({ ...url, event }, path, '/', 'en')).toBe(expected);
  });

  it.each([
    ['', true],
    ['#top', true],
    // An old TimelineJS link opens an event the page was not built with.
    ['#event-g7', false],
  ])('with the hash %j hydrates: %s', (hash, expected) => {
    expect(showsPrerenderedView(parseUrl(''), '/', '/', 'en', hash)).toBe(expected);
  });

  it('does not hydrate the English pages for a Spanish reader', () => {
    expect(showsPrerenderedView(parseUrl(''), '/', '/', 'es')).toBe(false);
  });
});
