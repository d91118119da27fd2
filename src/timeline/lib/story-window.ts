import type { TimelineEvent } from '../../data/schema.ts';
import type { TimeWindow } from '../../data/time-window.ts';

const DAY = 86_400_000;
/** Half a year around a dated event: close enough to read it, wide enough to see its neighbours. */
export const STORY_SPAN = 182 * DAY;
/** A lasting period fills most of the view, with its edges in sight. */
const PERIOD_MARGIN = 1.4;

/** The window a story step shows: the event in the middle, at a zoom that suits its length. */
export function storyWindow(event: TimelineEvent): TimeWindow {
  const { start, end } = event.date;
  const span = Math.max((end - start) * PERIOD_MARGIN, STORY_SPAN);
  const middle = (start + end) / 2;
  return [middle - span / 2, middle + span / 2];
}
