/**
 * Updates in place. A store from a link (the bundled one included) is checked for a newer
 * version on the schedule of live-schedule.ts, asking only for a version newer than the one shown
 * (load-store.ts, validators.ts); a newer version replaces the shown one while the reader stays
 * where they are (state/store-update.ts). A store that turned bad, or a server that fails, leaves
 * the last good version showing, with a notice said once per failure; no answer at all (the
 * reader is offline) is said nothing of, and asked again later.
 */
import { checkForUpdate, type UpdateOptions } from '../data/load-store.ts';
import type { Validators } from '../data/validators.ts';
import { assertNever } from '../lib/assert-never.ts';
import type { TimelineStore } from '../state/store.ts';
import { t } from '../i18n/messages.ts';
import { loadFailureProblems, loadFailureText } from './load-failure-text.ts';
import { pageHost, startSchedule, type ScheduleHost } from './live-schedule.ts';

export const UPDATE_FAILED = 'update-failed';

export interface LiveOptions {
  fetchImpl?: typeof fetch;
  /** When the shown version was loaded (the page's clock): the first check is counted from it. */
  loadedAt?: number;
  check?: typeof checkForUpdate;
  host?: ScheduleHost;
}

/** Starts checking the shown store; returns a function that stops. Stops by itself for another store. */
export function startLiveUpdates(
  store: TimelineStore,
  source: { url: string; name?: string },
  validators: Validators,
  { fetchImpl, loadedAt, check = checkForUpdate, host = pageHost() }: LiveOptions = {},
): () => void {
  const origin = store.getState().origin;
  const options: UpdateOptions = fetchImpl ? { fetchImpl } : {};
  // The version last read, good or bad: after a bad one, the server answers 304 until it changes.
  let since = validators;
  let said: string | null = null;

  const stopSchedule = startSchedule(
    async () => {
      const outcome = await check(source, since, options);
      const state = store.getState();
      // Another store was opened meanwhile: this one's news is not for it.
      if (state.origin !== origin) return;
      switch (outcome.kind) {
        case 'unchanged':
          return;
        case 'updated':
          since = outcome.validators;
          said = null;
          state.dismiss(UPDATE_FAILED);
          state.updateStore(outcome.result);
          return;
        case 'failed':
          if (outcome.validators) since = outcome.validators;
          {
            const text = loadFailureText(outcome.reason);
            if (!outcome.reached || text === said) return;
            said = text;
            const problems = loadFailureProblems(outcome.reason);
            state.notify({
              id: UPDATE_FAILED,
              text: t().updateFailed(text),
              ...(problems.length > 0 && { problems }),
            });
            return;
          }
        default:
          assertNever(outcome);
      }
    },
    host,
    loadedAt,
  );
  const stopWatching = store.subscribe(
    (s) => s.origin,
    () => stop(),
  );
  const stop = () => {
    stopSchedule();
    stopWatching();
  };
  return stop;
}
