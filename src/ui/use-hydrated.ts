import { useSyncExternalStore } from 'react';

const subscribeNothing = () => () => {};

/**
 * False on the server and during hydration, true once the page is the browser's: for what the
 * prerendered markup cannot hold. A `style` attribute in served HTML is refused by the
 * Content-Security-Policy (no 'unsafe-inline'), while one set by a client render goes through
 * the CSSOM and is allowed, so styles computed in JavaScript wait for this.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
}

/**
 * A value only the browser knows (the platform, an API's presence), read as `serverValue` on the
 * server and while hydrating, so that the first client render matches the prerendered markup.
 */
export function useBrowserValue<T>(read: () => T, serverValue: T): T {
  return useSyncExternalStore(subscribeNothing, read, () => serverValue);
}
