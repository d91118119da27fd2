import { useEffect } from 'react';
import { MARKERS_PAINTED } from './lib/constants.ts';
let marked = false;

/**
 * Leaves a User Timing mark when markers first reach the screen: the frame's rAF runs before its
 * paint, and a task queued there runs after it. Benchmarks and RUM read the mark.
 */
export function useFirstPaintMark(hasMarkers: boolean): void {
  useEffect(() => {
    if (marked || !hasMarkers || typeof performance.mark !== 'function') return;
    marked = true;
    requestAnimationFrame(() => setTimeout(() => performance.mark(MARKERS_PAINTED), 0));
  }, [hasMarkers]);
}
