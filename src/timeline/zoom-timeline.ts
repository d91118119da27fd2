import { useEffect } from 'react';
import { pauseStoryForReader } from './reader-moves.ts';
import type { ViewController, ZoomDirection } from './view-controller.ts';

/** The controller of the timeline on the page, while one is there. */
let mounted: ViewController | null = null;

/**
 * Zooms the timeline on the page one step in (+1) or out (-1), as its Zoom in and Zoom out
 * buttons do, for the page's own keyboard shortcuts (`+`, `-`): the one way to move the view from
 * outside the timeline. The reader's move pauses a playing story. Says whether there was a
 * timeline to zoom.
 */
export function zoomTimeline(direction: ZoomDirection): boolean {
  if (!mounted) return false;
  pauseStoryForReader();
  mounted.zoomStep(direction);
  return true;
}

/** Makes `controller` the one zoomTimeline reaches, while the calling component is mounted. */
export function useZoomTimeline(controller: ViewController): void {
  useEffect(() => {
    mounted = controller;
    return () => {
      if (mounted === controller) mounted = null;
    };
  }, [controller]);
}
