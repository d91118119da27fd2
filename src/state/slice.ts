import type { TimelineState } from './store.ts';

/** The store's `set`, as the slices use it: a patch, or a function of the state giving one. */
export type SetState = (
  patch: Partial<TimelineState> | ((state: TimelineState) => Partial<TimelineState>),
) => void;

/**
 * One feature's part of the store (zustand's slices pattern): its state and the actions that
 * change it. Actions may read the whole state, since a feature's rules can depend on another's
 * (stepping to the next event reads the filters); src/state/store.ts puts the slices together.
 */
export type Slice<T> = (set: SetState, get: () => TimelineState) => T;
