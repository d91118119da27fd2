import { useEffect, useLayoutEffect, useState } from 'react';
import { createButtonSlices } from './button-slices.ts';
import type { TrackLayout } from './lib/track-layout.ts';
import { createMarkerFrames } from './marker-frames.ts';
import { EMPTY_LAYOUT, type MarkerFrameInputs, type MarkerFrameParts } from './marker-frame.ts';
import { useOnWindow } from './use-on-window.ts';
import { useReservedHeight } from './use-reserved-height.ts';

export type { LinkedEvent, MarkerFrameInputs, MarkerFrameParts } from './marker-frame.ts';

/**
 * The markers, frame by frame, outside React's render (marker-frames): each window change lays
 * out the events in view, draws them on the canvas, moves their buttons and writes the range
 * heading. React renders the buttons only when the set of drawn items changes (an event comes
 * into view or leaves it), never because an item moved, and a set that brings many new buttons a
 * slice per frame (button-slices); the layout returned is the set rendered.
 */
export function useMarkerFrame(parts: MarkerFrameParts, inputs: MarkerFrameInputs): TrackLayout {
  const [rendered, setRendered] = useState<TrackLayout>(EMPTY_LAYOUT);
  const [{ frames, slices }] = useState(() => {
    const slices = createButtonSlices(setRendered);
    return { frames: createMarkerFrames(parts, slices.show), slices };
  });

  useEffect(() => {
    addEventListener('scroll', frames.scrolled, { passive: true });
    return () => {
      removeEventListener('scroll', frames.scrolled);
      frames.stop();
      slices.stop();
    };
  }, [frames, slices]);

  useReservedHeight(parts.track);

  useOnWindow((view, moving) => frames.show(view, moving, inputs), inputs.extent);

  // Buttons React has just created take their places from the latest frame.
  const { width } = inputs;
  useLayoutEffect(() => frames.buttonsRendered(width), [frames, rendered, width]);

  return rendered;
}
