import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_DATA_URL,
  startApp,
  type DataLoader,
  type LiveStarter,
} from '../../src/app/start-app.ts';
import { DEFAULT_RUNTIME_CONFIG } from '../../src/data/allowed-origins.ts';
import { resetTimelineStore, useTimelineStore } from '../../src/state/store.ts';
import { loadSeed } from './fixtures.ts';

const VERSION = { etag: '"v1"', lastModified: null };
/** The seed, as a server that names its version would send it. */
const versioned: DataLoader = (source, options) => {
  options?.onValidators?.(VERSION);
  return loadSeed(source, options);
};

let stopApp: () => void = () => undefined;
async function start(search: string, load: DataLoader = versioned) {
  window.history.replaceState(null, '', `/${search}`);
  const stopLive = vi.fn();
  const startLive = vi.fn<LiveStarter>(() => stopLive);
  stopApp = await startApp(load, window, () => Promise.resolve(DEFAULT_RUNTIME_CONFIG), startLive);
  return { startLive, stopLive };
}

beforeEach(() => resetTimelineStore());
afterEach(() => stopApp());

describe('startApp and updates in place', () => {
  it('checks the bundled store for newer versions, from the version it loaded', async () => {
    const { startLive, stopLive } = await start('');
    expect(startLive).toHaveBeenCalledWith(
      { kind: 'url', url: DEFAULT_DATA_URL },
      VERSION,
      undefined,
    );
    stopApp();
    expect(stopLive).toHaveBeenCalled();
  });

  it('checks a data link through the data link’s own fetch', async () => {
    const { startLive } = await start('?data=data%2Fother.json');
    expect(startLive).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'url', name: 'data/other.json' }),
      VERSION,
      expect.any(Function),
    );
  });

  it('checks nothing for ?live=0, a file on the reader’s computer, or a store that failed', async () => {
    expect((await start('?live=0')).startLive).not.toHaveBeenCalled();
    stopApp();
    expect((await start('?file=mine.csv')).startLive).not.toHaveBeenCalled();
    stopApp();
    const failing: DataLoader = () =>
      Promise.resolve({
        kind: 'failed',
        reason: { code: 'not-found', name: 'data/trump-russia.json', status: 404 },
      });
    expect((await start('', failing)).startLive).not.toHaveBeenCalled();
  });

  it('opens ?at=latest at the newest event, then names it in the address', async () => {
    await start('?at=latest&live=0');
    expect(useTimelineStore.getState().selectedId).toBe('russian-bounties');
    expect(window.location.search).toBe('?event=russian-bounties&live=0');
  });
});
