import { useLayoutEffect, useReducer, useState, useSyncExternalStore, type RefObject } from 'react';
import { useHydrated } from '../ui/use-hydrated.ts';

/** The last width measured. jsdom lays nothing out and reports 0: that is no width. */
function createWidthCell() {
  let width: number | undefined;
  return {
    get: () => width,
    /** Keeps a measured width; says whether it changed. */
    set(next: number): boolean {
      if (next <= 0 || next === width) return false;
      width = next;
      return true;
    },
  };
}

// The cell tells nobody: a change renders by `rerender`, or by React's check after hydrating.
const subscribeNothing = () => () => {};

/**
 * The element's content width, kept current with a ResizeObserver.
 *
 * Rendered afresh, the first width is measured before paint and renders at once. Hydrating, the
 * markup was built with `fallback`: React finds the measured width when it checks its external
 * values after hydration's commit, and renders it in the same pass as the other values only the
 * browser knows (useHydrated), in a task of its own, instead of adding a render of the whole
 * timeline to that commit.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback = 960): number {
  const [cell] = useState(createWidthCell);
  const hydrated = useHydrated();
  const [hydrating] = useState(!hydrated);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const width = useSyncExternalStore(
    subscribeNothing,
    () => cell.get() ?? fallback,
    () => fallback,
  );
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    const measure = () => cell.set(Math.round(node.getBoundingClientRect().width));
    if (measure() && !hydrating) rerender();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (measure()) rerender();
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [ref, cell, hydrating]);
  return width;
}
