import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { seedDataset } from '../../tests/unit/fixtures.ts';
import { resetTimelineStore, useTimelineStore } from '../state/store.ts';
import { startEmbedChannel } from './embed-channel.ts';

const HOST = 'https://news.example';
const CHANNEL = `?embed=1&childId=newsline-1&parentUrl=${encodeURIComponent(`${HOST}/story`)}`;

/** Just enough of an iframe's window: its address, its parent, its height, its messages. */
function framedWindow(search: string) {
  const parent = { postMessage: vi.fn() };
  const listeners = new Set<(event: MessageEvent) => void>();
  let height = 700;
  let onResize = () => {};
  const win = {
    location: { search },
    parent,
    document: { documentElement: { getBoundingClientRect: () => ({ height }) } },
    ResizeObserver: class {
      constructor(callback: () => void) {
        onResize = callback;
      }
      observe() {}
      disconnect() {}
    },
    addEventListener: (_: string, listener: (event: MessageEvent) => void) =>
      listeners.add(listener),
    removeEventListener: (_: string, listener: (event: MessageEvent) => void) =>
      listeners.delete(listener),
  };
  return {
    win: win as unknown as Window & typeof globalThis,
    parent,
    resize: (to: number) => {
      height = to;
      onResize();
    },
    receive: (data: unknown, origin = HOST, source: unknown = parent) =>
      listeners.forEach((listener) => listener({ data, origin, source } as MessageEvent)),
  };
}

const get = () => useTimelineStore.getState();
let stop = () => {};
beforeEach(() => {
  resetTimelineStore();
  get().setLoadResult({ status: 'ready', dataset: seedDataset(), problems: [], skipped: 0 });
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

  it('says nothing when its address does not name the host', () => {
    const frame = framedWindow('?embed=1');
    stop = startEmbedChannel(useTimelineStore, frame.win);
    get().select('crimea');
    frame.receive('pymxPYMxnewsline-1xPYMxnewsline-eventxPYMxg7');
    expect(frame.parent.postMessage).not.toHaveBeenCalled();
    expect(get().selectedId).toBe('crimea');
  });
});
