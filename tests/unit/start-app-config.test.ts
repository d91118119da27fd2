import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadFailureText } from '../../src/app/load-failure-text.ts';
import { startApp, type DataLoader } from '../../src/app/start-app.ts';
import { parseRuntimeConfig } from '../../src/data/allowed-origins.ts';
import { resetTimelineStore, useTimelineStore } from '../../src/state/store.ts';
import { loadSeed } from './fixtures.ts';

let stopApp: () => void = () => undefined;

async function start(search: string, config: unknown, load: DataLoader = loadSeed) {
  window.history.replaceState(null, '', `/${search}`);
  const readConfig = vi.fn(() => Promise.resolve(parseRuntimeConfig(config)));
  stopApp = await startApp(load, window, readConfig);
  return readConfig;
}

beforeEach(() => resetTimelineStore());
afterEach(() => stopApp());

describe('startApp and config.json', () => {
  it('loads a store from a site config.json lists', async () => {
    const load = vi.fn<DataLoader>(loadSeed);
    await start(
      '?data=https%3A%2F%2Fdocs.google.com%2Fsheet.json',
      { allowedDataOrigins: ['https://docs.google.com'] },
      load,
    );
    expect(load).toHaveBeenCalledWith(
      {
        kind: 'url',
        url: 'https://docs.google.com/sheet.json',
        name: 'https://docs.google.com/sheet.json',
      },
      expect.objectContaining({ fetchImpl: expect.any(Function) }),
    );
    expect(useTimelineStore.getState().load.kind).toBe('ok');
  });

  it('refuses a site config.json does not list', async () => {
    const load = vi.fn<DataLoader>(loadSeed);
    await start(
      '?data=https%3A%2F%2Fevil.example%2Fx.json',
      { allowedDataOrigins: ['https://docs.google.com'] },
      load,
    );
    expect(load).not.toHaveBeenCalled();
    const { load: failure } = useTimelineStore.getState();
    expect(failure.kind === 'failed' && loadFailureText(failure.reason)).toMatch(
      /points to another site/,
    );
  });

  it('still loads this site’s data when config.json is broken, and says what is wrong', async () => {
    await start('?data=data%2Fother.json', { allowedOrigins: [] });
    const state = useTimelineStore.getState();
    expect(state.load.kind).toBe('ok');
    expect(state.notices.map((n) => n.text)).toEqual([
      expect.stringMatching(/^config\.json: “allowedOrigins” is not a setting this app knows/),
    ]);
  });

  it('names the config problem beside a refused link', async () => {
    await start('?data=https%3A%2F%2Fdocs.google.com%2Fx.json', {
      allowedDataOrigins: ['docs.google.com'],
    });
    const load = useTimelineStore.getState().load;
    expect(load.kind === 'failed' && loadFailureText(load.reason)).toMatch(
      /points to another site.*config\.json: entry 1 of “allowedDataOrigins” "docs\.google\.com": it must start with https:\/\//,
    );
  });

  it('reads no config.json for the default store', async () => {
    const readConfig = await start('', { allowedDataOrigins: [] });
    expect(readConfig).not.toHaveBeenCalled();
  });

  it('asks for a store on this site while config.json is still on its way', async () => {
    window.history.replaceState(null, '', '/?data=data%2Fother.json');
    let answerConfig: (config: unknown) => void = () => undefined;
    const config = new Promise((resolve) => (answerConfig = resolve));
    const load = vi.fn<DataLoader>(loadSeed);
    const started = startApp(load, window, () => config.then(parseRuntimeConfig));
    await vi.waitFor(() => expect(load).toHaveBeenCalledOnce());
    expect(useTimelineStore.getState().load.kind).toBe('loading');
    answerConfig({ allowedDataOrigins: [] });
    stopApp = await started;
    expect(useTimelineStore.getState().load.kind).toBe('ok');
  });

  it('waits for config.json before asking another site', async () => {
    window.history.replaceState(null, '', '/?data=https%3A%2F%2Fdocs.google.com%2Fx.json');
    let answerConfig: (config: unknown) => void = () => undefined;
    const config = new Promise((resolve) => (answerConfig = resolve));
    const load = vi.fn<DataLoader>(loadSeed);
    const started = startApp(load, window, () => config.then(parseRuntimeConfig));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(load).not.toHaveBeenCalled();
    answerConfig({ allowedDataOrigins: ['https://docs.google.com'] });
    stopApp = await started;
    expect(load).toHaveBeenCalledOnce();
  });
});
