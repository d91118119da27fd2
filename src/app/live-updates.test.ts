import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { seedDataset } from '../../tests/unit/fixtures.ts';
import type { checkForUpdate, UpdateCheck } from '../data/load-store.ts';
import type { Validators } from '../data/validators.ts';
import { resetTimelineStore, useTimelineStore } from '../state/store.ts';
import type { ScheduleHost } from './live-schedule.ts';
import { startLiveUpdates, UPDATE_FAILED } from './live-updates.ts';

const seed = seedDataset();
const get = () => useTimelineStore.getState();
const v = (etag: string): Validators => ({ etag, lastModified: null });
const SOURCE = { url: 'data/story.json' };

/** A page that is always visible, whose checks run when the test says. */
function handHost() {
  let due: (() => void) | null = null;
  const host: ScheduleHost = {
    now: () => 0,
    setTimer: (run) => {
      due = run;
      return 1;
    },
    clearTimer: () => (due = null),
    visible: () => true,
    onVisibilityChange: () => () => undefined,
  };
  /** Runs the check that is due, and lets it finish. */
  const tick = async () => {
    const run = due;
    due = null;
    run?.();
    await vi.waitFor(() => expect(due).not.toBeNull());
  };
  return { host, tick, pending: () => due !== null };
}

/** A check that answers each call with the next outcome, and records what it was asked. */
function answering(...outcomes: UpdateCheck[]) {
  const asked: Validators[] = [];
  const check = ((_source, since) => {
    asked.push(since);
    return Promise.resolve(outcomes.shift() ?? { kind: 'unchanged' });
  }) as typeof checkForUpdate;
  return { asked, check };
}

const updated = (title: string, etag: string): UpdateCheck => ({
  kind: 'updated',
  result: {
    kind: 'ok',
    dataset: { ...seed, events: seed.events.map((e, i) => (i === 0 ? { ...e, title } : e)) },
    problems: [],
    skipped: 0,
  },
  validators: v(etag),
});
const bad = (etag: string | null): UpdateCheck => ({
  kind: 'failed',
  reason: {
    code: 'not-a-timeline',
    name: 'data/story.json',
    problems: [{ record: { kind: 'dataset' }, field: 'title', reason: { code: 'empty' } }],
  },
  reached: true,
  validators: etag === null ? null : v(etag),
});

let stop = () => {};
beforeEach(() => {
  resetTimelineStore();
  get().setLoadResult({ kind: 'ok', dataset: seed, problems: [], skipped: 0 });
});
afterEach(() => stop());

describe('startLiveUpdates', () => {
  it('shows a newer version and asks past it next time', async () => {
    const { host, tick } = handHost();
    const { asked, check } = answering(updated('Retitled', '"v2"'));
    stop = startLiveUpdates(useTimelineStore, SOURCE, v('"v1"'), { check, host });
    await tick();
    expect(get().liveUpdate).toMatchObject({ changed: 1 });
    await tick();
    expect(asked).toEqual([v('"v1"'), v('"v2"')]);
  });

  it('keeps the last good version for one that turned bad, says so once, and asks past the bad one', async () => {
    const { host, tick } = handHost();
    const { asked, check } = answering(bad('"bad"'), bad('"bad2"'), updated('Fixed', '"v3"'));
    stop = startLiveUpdates(useTimelineStore, SOURCE, v('"v1"'), { check, host });
    const shown = get().load;
    await tick();
    expect(get().load).toBe(shown);
    expect(get().notices).toEqual([
      {
        id: UPDATE_FAILED,
        text: expect.stringMatching(
          /^A newer version of this timeline could not be shown, so the one loaded before stays\. “data\/story\.json” is not a timeline/,
        ),
        problems: [{ record: { kind: 'dataset' }, field: 'title', reason: { code: 'empty' } }],
      },
    ]);
    get().dismiss(UPDATE_FAILED);
    await tick();
    // The same failure again is not said again.
    expect(get().notices).toEqual([]);
    await tick();
    expect(asked).toEqual([v('"v1"'), v('"bad"'), v('"bad2"')]);
    expect(get().load).not.toBe(shown);
  });

  it('says nothing while the server cannot be reached', async () => {
    const { host, tick } = handHost();
    const offline: UpdateCheck = {
      kind: 'failed',
      reason: { code: 'unreachable', name: 'data/story.json' },
      reached: false,
      validators: null,
    };
    const { check } = answering(offline);
    stop = startLiveUpdates(useTimelineStore, SOURCE, v('"v1"'), { check, host });
    await tick();
    expect(get().notices).toEqual([]);
  });

  it('stops when another store is opened, and leaves it alone', async () => {
    const { host, pending } = handHost();
    const { check } = answering(updated('Late news', '"v2"'));
    stop = startLiveUpdates(useTimelineStore, SOURCE, v('"v1"'), { check, host });
    expect(pending()).toBe(true);
    const file = { kind: 'ok' as const, dataset: seed, problems: [], skipped: 0 };
    get().replaceStore(file, { kind: 'file', name: 'mine.json', key: null });
    expect(pending()).toBe(false);
  });
});
