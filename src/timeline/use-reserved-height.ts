import { useLayoutEffect, useRef, type RefObject } from 'react';
import { LANE_HEIGHT } from './lib/marker-geometry.ts';
import { useHydrated } from '../ui/use-hydrated.ts';

/**
 * Hydrating, the first frame is drawn a task later (useOnWindow). Until then the track keeps the
 * height the served page reserves for it, which the style React gives it once hydrated would
 * otherwise drop: the page below would move up and back down.
 */
export function useReservedHeight(track: RefObject<HTMLElement | null>): void {
  const hydrated = useHydrated();
  const reserve = useRef(!hydrated);
  useLayoutEffect(() => {
    const node = track.current;
    if (!reserve.current || !node) return;
    reserve.current = false;
    holdReservedHeight(node);
  }, [track]);
}

/** Sets the served page's reserved height (and lanes) as the track's own, before its first frame. */
function holdReservedHeight(track: HTMLElement): void {
  // Read first: any inline style ends the reserving rule (prerendered.css).
  const { height } = track.getBoundingClientRect();
  track.style.setProperty('--lane-height', `${LANE_HEIGHT}px`);
  track.style.height = `${height}px`;
}
