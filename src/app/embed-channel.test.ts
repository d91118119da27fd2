import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { seedDataset } from '../../tests/unit/fixtures.ts';
import { resetTimelineStore, useTimelineStore } from '../state/store.ts';
import { startEmbedChannel } from './embed-channel.ts';

const HOST = 'https://news.example';
const CHANNEL = `?embed=1&childId=newsline-1&parentUrl=${encodeURIComponent(`${HOST}/story`)}`;

/**
 * Just enough of an iframe's window: its address, its parent, its height, its messages and
 * clicks, and its details panel, drawn when the test says so.
 */
function framedWindow(search: string) {
  const parent = { postMessage: vi.fn() };
  const listeners = new Map<string, Set<(event: unknown) => void>>();
  const on = (type: string) => listeners.get(type) ?? listeners.set(type, new Set()).get(type);
  let height = 700;
  let onResize = () => {};
  let details: { getBoundingClientRect: () => { top: number } } | null = null;
  let onMutation = () => {};
  const frames: (() => void)[] = [];
  const win = {
    location: { search },
    parent,
    scrollY: 0,
    setTimeout: (callback: () => void) => setTimeout(callback),
    requestAnimationFrame: (callback: () => void) => frames.push(callback),
    cancelAnimationFrame: () => {},
    document: {
      documentElement: { getBoundingClientRect: () => ({ height }) },
      body: {},
      querySelector: (selector: string) => (selector === '.details' ? details : null),
    },
    ResizeObserver: class {
      constructor(callback: () => void) {
        onResize = callback;
      }
      observe() {}
      disconnect() {}
    },
    MutationObserver: class {
      constructor(callback: () => void) {
        onMutation = callback;
      }
      observe() {}
      disconnect() {
        onMutation = () => {};
      }
    },
    addEventListener: (type: string, listener: (event: unknown) => void) => on(type)?.add(listener),
    removeEventListener: (type: string, listener: (event: unknown) => void) =>
      on(type)?.delete(listener),
  };
  return {
    win: win as unknown as Window & typeof globalThis,
    parent,
    resize: (to: number) => {
      height = to;
      onResize();
    },
    receive: (data: unknown, origin = HOST, source: unknown = parent) =>
      on('message')?.forEach((listener) => listener({ data, origin, source })),
    /** A click in the frame, and what the app does on it. */
    click: (then: () => void) => {
      on('click')?.forEach((listener) => listener({}));
      then();
    },
    /** The details drawn at `top` in the frame, and the frame they are laid out in. */
    drawDetails: (top: number, to: number) => {
      details = { getBoundingClientRect: () => ({ top }) };
      height = to;
      onMutation();
      frames.splice(0).forEach((frame) => frame());
    },
  };
}

const get = () => useTimelineStore.getState();
let stop = () => {};
beforeEach(() => {
  resetTimelineStore();
  get().setLoadResult({ kind: 'ok', dataset: seedDataset(), problems: [], skipped: 0 });
});
afterEach(() => stop());

describe('startEmbedChannel', () => {
  it('reports the height to the host’s origin, again whenever it changes', () => {
    const frame = framedWindow(CHANNEL);
    stop = startEmbedChannel(useTimelineStore, frame.win);
    frame.resize(700);
    frame.resize(1250.4);
    expect(frame.parent.postMessage.mock.calls).toEqual([
      ['pymxPYMxnewsline-1xPYMxheightxPYMx700', HOST],
      ['pymxPYMxnewsline-1xPYMxheightxPYMx1251', HOST],
    ]);
  });

  it('tells the host which event is open, and when none is', () => {
    const frame = framedWindow(CHANNEL);
    stop = startEmbedChannel(useTimelineStore, frame.win);
    frame.parent.postMessage.mockClear();
    get().select('crimea');
    get().select(null);
    expect(frame.parent.postMessage.mock.calls).toEqual([
      ['pymxPYMxnewsline-1xPYMxnewsline-eventxPYMxcrimea', HOST],
      ['pymxPYMxnewsline-1xPYMxnewsline-eventxPYMx', HOST],
    ]);
  });

  it('opens the event its host asks for', () => {
    const frame = framedWindow(CHANNEL);
    stop = startEmbedChannel(useTimelineStore, frame.win);
    frame.receive('pymxPYMxnewsline-1xPYMxnewsline-eventxPYMxcrimea');
    expect(get().selectedId).toBe('crimea');
  });

  it.each([
    [
      'another origin',
      ['pymxPYMxnewsline-1xPYMxnewsline-eventxPYMxcrimea', 'https://evil.example'],
    ],
    ['another window', ['pymxPYMxnewsline-1xPYMxnewsline-eventxPYMxcrimea', HOST, {}]],
    ['another embed', ['pymxPYMxnewsline-2xPYMxnewsline-eventxPYMxcrimea']],
    ['an event not in the data', ['pymxPYMxnewsline-1xPYMxnewsline-eventxPYMxno-such-event']],
  ] as const)('ignores a request from %s', (_, [data, origin, source]) => {
    const frame = framedWindow(CHANNEL);
    stop = startEmbedChannel(useTimelineStore, frame.win);
    frame.receive(data, origin, source);
    expect(get().selectedId).toBeNull();
  });

  it('asks the host to scroll to the details a click opens, once they are drawn', () => {
    const frame = framedWindow(CHANNEL);
    stop = startEmbedChannel(useTimelineStore, frame.win);
    frame.parent.postMessage.mockClear();
    frame.click(() => get().select('crimea'));
    frame.drawDetails(1312.6, 1900);
    expect(frame.parent.postMessage.mock.calls).toEqual([
      ['pymxPYMxnewsline-1xPYMxnewsline-eventxPYMxcrimea', HOST],
      // The frame's new height first: the host can scroll only as far as the frame reaches.
      ['pymxPYMxnewsline-1xPYMxheightxPYMx1900', HOST],
      ['pymxPYMxnewsline-1xPYMxscrollToChildPosxPYMx1312', HOST],
    ]);
  });

  it('leaves the article where it is for an event opened by the host or by a key', () => {
    const frame = framedWindow(CHANNEL);
    stop = startEmbedChannel(useTimelineStore, frame.win);
    frame.receive('pymxPYMxnewsline-1xPYMxnewsline-eventxPYMxcrimea');
    get().step(1);
    frame.drawDetails(1312, 1900);
    const types = frame.parent.postMessage.mock.calls.map(
      ([data]) => String(data).split('xPYMx')[2],
    );
    expect(types).not.toContain('scrollToChildPos');
  });

  it('says nothing when its address does not name the host', () => {
    const frame = framedWindow('?embed=1');
    stop = startEmbedChannel(useTimelineStore, frame.win);
    get().select('crimea');
    frame.receive('pymxPYMxnewsline-1xPYMxnewsline-eventxPYMxg7');
    expect(frame.parent.postMessage).not.toHaveBeenCalled();
    expect(get().selectedId).toBe('crimea');
  });
});
