import { useCallback, useSyncExternalStore } from 'react';
import type { StoreApi } from 'zustand';

interface ReadableStore {
  getState: StoreApi<unknown>['getState'];
  subscribe: (listener: () => void) => () => void;
}

/**
 * A store's React hook that reads the current state during a server render and hydration too.
 * zustand's own hook reads the store's *initial* state there, which would be "loading" where the
 * page was prerendered from a full store: the client fills the store before it hydrates, so the
 * current state is the one the markup was made from.
 */
export function hydratableHook<Api extends ReadableStore>(api: Api) {
  type State = ReturnType<Api['getState']>;
  function useBoundStore<T>(selector: (state: State) => T): T {
    const read = useCallback(() => selector(api.getState() as State), [selector]);
    return useSyncExternalStore(api.subscribe, read, read);
  }
  return Object.assign(useBoundStore, api);
}
