import { describe, expect, it } from 'vitest';
import { eventFromPath, eventHref, pageTitle, viewHref } from './event-page.ts';
import { EMPTY_URL_STATE } from './url.ts';

describe('pageTitle', () => {
  it.each([
    ['Timeline', undefined, 'Timeline'],
    ['Timeline', 'Summit', 'Summit · Timeline'],
    // An unclosed override stays inside its part: the site's name after it reads as written.
    ['Timeline', 'Summit\u202e', '\u2068Summit\u202e\u2069 · Timeline'],
    ['\u202eTimeline', undefined, '\u2068\u202eTimeline\u2069'],
    ['חדשות', 'Summit', 'Summit · \u2068חדשות\u2069'],
  ])('%j with %j is %j', (timeline, event, title) => {
    expect(pageTitle(timeline, event)).toBe(title);
  });
});

describe('eventFromPath', () => {
  it.each([
    ['/e/crimea/', '/', 'crimea'],
    ['/e/crimea/index.html', '/', 'crimea'],
    ['/news/timeline/e/g7/', '/news/timeline/', 'g7'],
    ['/', '/', null],
    ['/e/crimea', '/', null],
    ['/e/crimea/more/', '/', null],
    ['/other/e/crimea/', '/news/', null],
    ['/e/%E0%A4%A/', '/', null],
  ])('%s under %s names %j', (pathname, root, expected) => {
    expect(eventFromPath(pathname, root)).toBe(expected);
  });
});

describe('viewHref', () => {
  const view = (event: string | null, topics: string[] = [], q = '') => ({
    ...EMPTY_URL_STATE,
    event,
    topics,
    q,
  });
  it.each([
    ['its own event on an event page', view('a', ['x'], 'b c'), 'a', 'e/a/?topics=x&q=b+c'],
    ['another event on an event page', view('b'), 'a', '?event=b'],
    ['no event on an event page', view(null), 'a', ''],
    ['an event at the root', view('b', ['x']), null, '?event=b&topics=x'],
  ])('%s', (_, state, pageEvent, expected) => {
    expect(viewHref(state, pageEvent)).toBe(expected);
  });
});

describe('eventHref', () => {
  it('links the bundled store to event pages, other stores to ?event=', () => {
    expect(eventHref('g7', { data: null, file: null })).toBe('e/g7/');
    expect(eventHref('g7', { data: 'data/x.csv', file: null })).toBe('?data=data%2Fx.csv&event=g7');
  });
});
