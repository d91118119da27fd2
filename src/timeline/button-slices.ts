/**
 * A new set of marker buttons handed to React a slice at a time. Coming back to "Fit all" from a
 * zoom brings hundreds of buttons at once, and creating, styling and laying out them all in one
 * commit made the longest frame of a gesture (150 ms and more with the CPU slowed 4×); a slice
 * per animation frame keeps each frame short. A set that brings few new buttons renders at once.
 */
import { itemKey, readingOrder } from './lib/roving.ts';
import type { TrackLayout } from './lib/track-layout.ts';

/** The most new buttons one frame creates: about 30 ms of a phone's frame at 4× CPU. */
export const BUTTON_SLICE = 200;

export interface ButtonSlices {
  /**
   * Renders `layout`'s buttons: at once where it brings at most a slice of new ones, else those
   * already rendered and a slice of new ones now, and a slice more each frame until all are.
   * `first` names the item whose button comes in the first slice (the open event's).
   */
  show: (layout: TrackLayout, first: string | null) => void;
  /** Cancels the slices still to come. */
  stop: () => void;
}

export function createButtonSlices(
  render: (layout: TrackLayout) => void,
  slice = BUTTON_SLICE,
): ButtonSlices {
  /** The keys of the buttons React has been given. */
  let rendered = new Set<string>();
  let pending = 0;

  const stop = () => {
    cancelAnimationFrame(pending);
    pending = 0;
  };

  return {
    show(layout, first) {
      stop();
      // New buttons in reading order (the first is the tab stop by default), the open one first.
      const fresh = readingOrder(layout.items.filter((item) => !rendered.has(itemKey(item))))
        .map(itemKey)
        .sort((a, b) => Number(b === first) - Number(a === first));
      if (fresh.length <= slice) {
        rendered = new Set(layout.items.map(itemKey));
        render(layout);
        return;
      }
      let taken = 0;
      const step = () => {
        taken = Math.min(fresh.length, taken + slice);
        const admitted = new Set(fresh.slice(0, taken));
        const items = layout.items.filter((item) => {
          const key = itemKey(item);
          return rendered.has(key) || admitted.has(key);
        });
        rendered = new Set(items.map(itemKey));
        const done = taken === fresh.length;
        render(done ? layout : { ...layout, items });
        pending = done ? 0 : requestAnimationFrame(step);
      };
      step();
    },
    stop,
  };
}
