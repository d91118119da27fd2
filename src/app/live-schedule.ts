/**
 * When a shown store is checked for a newer version: every 5 minutes while the page is visible,
 * and when it becomes visible again, never while it is hidden (a background tab costs nothing),
 * and never twice within half a minute (a tab flicked back and forth asks once). One check at a
 * time: the next is planned when the last has finished.
 */

export const CHECK_EVERY_MS = 5 * 60_000;
export const MIN_GAP_MS = 30_000;

/** How long until the next check, from when the last one (or the load) started. */
export function checkDelay(now: number, lastCheck: number, becameVisible: boolean): number {
  const gap = becameVisible ? MIN_GAP_MS : CHECK_EVERY_MS;
  return Math.max(0, lastCheck + gap - now);
}

/** The page as the schedule needs it: a clock, timers, and whether the page is seen. */
export interface ScheduleHost {
  now: () => number;
  setTimer: (run: () => void, ms: number) => number;
  clearTimer: (timer: number) => void;
  visible: () => boolean;
  /** Calls back when the page is shown or hidden; returns a function that stops listening. */
  onVisibilityChange: (listener: () => void) => () => void;
}

/** The page's own clock, timers and visibility. */
export function pageHost(win: Window = window): ScheduleHost {
  const { document } = win;
  return {
    now: () => Date.now(),
    setTimer: (run, ms) => win.setTimeout(run, ms),
    clearTimer: (timer) => win.clearTimeout(timer),
    visible: () => document.visibilityState === 'visible',
    onVisibilityChange: (listener) => {
      document.addEventListener('visibilitychange', listener);
      return () => document.removeEventListener('visibilitychange', listener);
    },
  };
}

/**
 * Runs `check` on the schedule, counting from `loadedAt` (the first load is the first check).
 * Returns a function that stops it; a check under way then finishes, and no other follows.
 */
export function startSchedule(
  check: () => Promise<void>,
  host: ScheduleHost,
  loadedAt: number = host.now(),
): () => void {
  let last = loadedAt;
  let timer: number | null = null;
  let checking = false;
  let stopped = false;

  const cancel = () => {
    if (timer !== null) host.clearTimer(timer);
    timer = null;
  };
  const plan = (becameVisible: boolean) => {
    cancel();
    if (stopped || checking || !host.visible()) return;
    timer = host.setTimer(run, checkDelay(host.now(), last, becameVisible));
  };
  const run = () => {
    timer = null;
    if (stopped || !host.visible()) return;
    checking = true;
    last = host.now();
    void check()
      .catch(() => undefined)
      .finally(() => {
        checking = false;
        plan(false);
      });
  };

  const stopListening = host.onVisibilityChange(() => {
    if (host.visible()) plan(true);
    else cancel();
  });
  plan(false);
  return () => {
    stopped = true;
    cancel();
    stopListening();
  };
}
