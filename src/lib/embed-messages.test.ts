import { describe, expect, it } from 'vitest';
import {
  acceptMessages,
  embedFrameUrl,
  formatEmbedMessage,
  formatHostHash,
  linkTargets,
  parseEmbedChannelParams,
  parseEmbedMessages,
  parseHeight,
  parseHostHash,
  type EmbedMessage,
} from './embed-messages.ts';

describe('parseEmbedMessages', () => {
  it.each<[unknown, EmbedMessage[]]>([
    [
      'pymxPYMxnewsline-1xPYMxheightxPYMx812',
      [{ type: 'height', childId: 'newsline-1', height: 812 }],
    ],
    ['pymxPYMxpym-2xPYMxheightxPYMx99.2', [{ type: 'height', childId: 'pym-2', height: 100 }]],
    [
      'pymxPYMxnewsline-1xPYMxnewsline-eventxPYMxcrimea',
      [{ type: 'newsline-event', childId: 'newsline-1', eventId: 'crimea' }],
    ],
    [
      'pymxPYMxnewsline-1xPYMxscrollToChildPosxPYMx1312.5',
      [{ type: 'scrollToChildPos', childId: 'newsline-1', position: 1312 }],
    ],
    [
      'pymxPYMxnewsline-1xPYMxscrollToChildPosxPYMx0',
      [{ type: 'scrollToChildPos', childId: 'newsline-1', position: 0 }],
    ],
    [
      'pymxPYMxnewsline-1xPYMxnewsline-eventxPYMx',
      [{ type: 'newsline-event', childId: 'newsline-1', eventId: null }],
    ],
    [
      { 'datawrapper-height': { 'newsline-1': 640, 'newsline-2': '300' } },
      [
        { type: 'height', childId: 'newsline-1', height: 640 },
        { type: 'height', childId: 'newsline-2', height: 300 },
      ],
    ],
    // Forgeries and strangers: all dropped.
    ['pymxPYMxnewsline-1xPYMxheightxPYMx-5', []],
    ['pymxPYMxnewsline-1xPYMxheightxPYMx1e9', []],
    ['pymxPYMxnewsline-1xPYMxheightxPYMx', []],
    ['pymxPYMxnewsline-1xPYMxheightxPYMxInfinity', []],
    ['pymxPYMxnewsline-1xPYMxnewsline-eventxPYMx<img src=x>', []],
    ['pymxPYMxnewsline-1xPYMxnewsline-eventxPYMxCrimea', []],
    ['pymxPYMxnewsline-1xPYMxheightxPYMx0x10', []],
    ['pymxPYMxnewsline-1xPYMxscrollToChildPosxPYMx-20', []],
    ['pymxPYMxnewsline-1xPYMxscrollToChildPosxPYMx1e9', []],
    ['pymxPYMxnewsline-1xPYMxscrollToChildPosxPYMx', []],
    [`pymxPYMxnewsline-1xPYMxnewsline-eventxPYMx${'a'.repeat(101)}`, []],
    [
      `pymxPYMxnewsline-1xPYMxnewsline-eventxPYMx${'a'.repeat(100)}`,
      [{ type: 'newsline-event', childId: 'newsline-1', eventId: 'a'.repeat(100) }],
    ],
    ['pymxPYMxnewsline-1xPYMxnavigatexPYMxhttps://evil.example', []],
    ['pymxPYMx1 bad idxPYMxheightxPYMx300', []],
    ['xPYMxnewsline-1xPYMxheightxPYMx300', []],
    ['hello', []],
    [{ 'datawrapper-height': { 'newsline-1': 'tall' } }, []],
    [{ 'datawrapper-height': null }, []],
    [null, []],
    [812, []],
  ])('%j', (data, expected) => {
    expect(parseEmbedMessages(data)).toEqual(expected);
  });

  it.each<EmbedMessage>([
    { type: 'height', childId: 'newsline-1', height: 1234 },
    { type: 'scrollToChildPos', childId: 'newsline-2', position: 980 },
    { type: 'newsline-event', childId: 'story:map.2', eventId: 'g7-summit' },
    { type: 'newsline-event', childId: 'newsline-3', eventId: null },
  ])('round-trips %j', (message) => {
    expect(parseEmbedMessages(formatEmbedMessage(message))).toEqual([message]);
  });
});

describe('parseHeight', () => {
  it.each<[unknown, number | null]>([
    [400, 400],
    ['400.1', 401],
    [' ', null],
    [0, null],
    [100_001, null],
    [Number.NaN, null],
    [true, null],
    ['0x10', null],
    ['0b101', null],
    ['1e3', null],
    ['+400', null],
    ['400px', null],
    [' 400 ', 400],
  ])('%j → %j', (value, expected) => {
    expect(parseHeight(value)).toBe(expected);
  });
});

describe('acceptMessages', () => {
  const frame = {};
  const from = { source: frame, origin: 'https://app.example', childId: 'newsline-1' };
  const height = 'pymxPYMxnewsline-1xPYMxheightxPYMx500';

  it('takes a message from the expected window, origin and embed', () => {
    expect(
      acceptMessages({ data: height, origin: 'https://app.example', source: frame }, from),
    ).toEqual([{ type: 'height', childId: 'newsline-1', height: 500 }]);
  });

  it.each([
    ['another window', { data: height, origin: 'https://app.example', source: {} }],
    ['no window', { data: height, origin: 'https://app.example', source: null }],
    ['another origin', { data: height, origin: 'https://evil.example', source: frame }],
    [
      'another embed',
      {
        data: 'pymxPYMxnewsline-2xPYMxheightxPYMx500',
        origin: 'https://app.example',
        source: frame,
      },
    ],
  ])('drops a message from %s', (_, received) => {
    expect(acceptMessages(received, from)).toEqual([]);
  });

  it('drops messages from an opaque origin even when "null" is expected', () => {
    const opaque = { ...from, origin: 'null' };
    expect(acceptMessages({ data: height, origin: 'null', source: frame }, opaque)).toEqual([]);
  });
});

describe('parseEmbedChannelParams', () => {
  it.each([
    [
      '?embed=1&childId=newsline-2&parentUrl=https%3A%2F%2Fnews.example%2Fstory%3Fa%3D1',
      { childId: 'newsline-2', parentOrigin: 'https://news.example' },
    ],
    ['?embed=1&childId=newsline-2', null],
    ['?childId=newsline-2&parentUrl=javascript%3Aalert(1)', null],
    ['?childId=newsline-2&parentUrl=not a url', null],
    ['?childId=xPYMx&parentUrl=https%3A%2F%2Fnews.example', null],
    ['?parentUrl=https%3A%2F%2Fnews.example', null],
  ])('%s', (search, expected) => {
    expect(parseEmbedChannelParams(search)).toEqual(expected);
  });
});

describe('embedFrameUrl', () => {
  const page = 'https://news.example/2024/story.html?utm=x#newsline-event=crimea';

  it('adds embed mode, the channel and the event to the snippet’s address', () => {
    const url = embedFrameUrl('https://app.example/tl/?topics=nato&embed=1', page, {
      childId: 'newsline-1',
      eventId: 'crimea',
    });
    expect(url?.href).toBe(
      'https://app.example/tl/?topics=nato&embed=1&childId=newsline-1&parentUrl=https%3A%2F%2Fnews.example&event=crimea',
    );
  });

  it('resolves a relative address against the host page and adds embed=1 when missing', () => {
    const url = embedFrameUrl('../timeline/', page, { childId: 'newsline-2', eventId: null });
    expect(url?.href).toBe(
      'https://news.example/timeline/?embed=1&childId=newsline-2&parentUrl=https%3A%2F%2Fnews.example',
    );
  });

  it.each(['javascript:alert(1)', 'data:text/html,hi', 'http://[bad'])('refuses %s', (src) => {
    expect(embedFrameUrl(src, page, { childId: 'newsline-1', eventId: null })).toBeNull();
  });
});

describe('the host page’s link', () => {
  it.each([
    ['#newsline-event=crimea', { eventId: 'crimea', childId: null }],
    ['#newsline-event=g7&newsline-embed=newsline-2', { eventId: 'g7', childId: 'newsline-2' }],
    ['#newsline-event=g7&newsline-embed=%3Cb%3E', { eventId: 'g7', childId: null }],
    ['#newsline-event=%3Cscript%3E', null],
    ['#section-2', null],
    ['', null],
  ])('%s', (hash, expected) => {
    expect(parseHostHash(hash)).toEqual(expected);
  });

  it('names the embed only when it is not the first', () => {
    expect(formatHostHash({ eventId: 'g7', childId: 'newsline-1' }, true)).toBe(
      '#newsline-event=g7',
    );
    const second = formatHostHash({ eventId: 'g7', childId: 'newsline-2' }, false);
    expect(second).toBe('#newsline-event=g7&newsline-embed=newsline-2');
    expect(parseHostHash(second)).toEqual({ eventId: 'g7', childId: 'newsline-2' });
  });

  it.each([
    [{ eventId: 'g7', childId: null }, 'newsline-1', true, true],
    [{ eventId: 'g7', childId: null }, 'newsline-2', false, false],
    [{ eventId: 'g7', childId: 'newsline-2' }, 'newsline-2', false, true],
    [{ eventId: 'g7', childId: 'newsline-2' }, 'newsline-1', true, false],
  ])('%j targets %s (first: %s): %s', (link, childId, first, expected) => {
    expect(linkTargets(link, childId, first)).toBe(expected);
  });
});
