/** A stand-in for window.matchMedia (jsdom has none) whose answers a test can change. */
export function fakeMatchMedia(initial: Record<string, boolean> = {}) {
  const states = new Map<string, { matches: boolean; listeners: Set<() => void> }>();
  const stateOf = (query: string) => {
    let state = states.get(query);
    if (!state)
      states.set(query, (state = { matches: initial[query] ?? false, listeners: new Set() }));
    return state;
  };
  const matchMedia = (query: string) => {
    const state = stateOf(query);
    return {
      media: query,
      get matches() {
        return state.matches;
      },
      addEventListener: (_type: 'change', listener: () => void) => state.listeners.add(listener),
      removeEventListener: (_type: 'change', listener: () => void) =>
        state.listeners.delete(listener),
    } as unknown as MediaQueryList;
  };
  return {
    matchMedia,
    /** Changes what a query matches and tells its listeners, as the browser would. */
    set(query: string, matches: boolean) {
      const state = stateOf(query);
      state.matches = matches;
      for (const listener of [...state.listeners]) listener();
    },
    listenerCount: (query: string) => stateOf(query).listeners.size,
  };
}
