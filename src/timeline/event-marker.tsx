import { memo } from 'react';
import type { TimelineEvent } from '../data/schema.ts';
import { isolate, previewTitle } from '../lib/display-text.ts';

interface EventMarkerProps {
  event: TimelineEvent;
  selected: boolean;
  /** The timeline's one tab stop (a roving tabindex); arrows move between markers. */
  tabbable: boolean;
  /** The id of the card describing this marker, while it shows. */
  described: string | undefined;
  onSelect: (id: string) => void;
}

/**
 * One event as a focusable button over its drawing on the marker canvas. It holds no text of its
 * own, and its place, size and drawn label (`data-label`, for tests and tooling) are set frame by
 * frame outside React (use-marker-frame), so a zoom frame renders nothing. Its name begins with
 * the title, as the accessibility contract requires.
 */
export const EventMarker = memo(function EventMarker({
  event,
  selected,
  tabbable,
  described,
  onSelect,
}: EventMarkerProps) {
  return (
    <button
      type="button"
      className="event-marker"
      data-event-id={event.id}
      data-item-key={event.id}
      tabIndex={tabbable ? 0 : -1}
      aria-describedby={described}
      aria-label={`${isolate(previewTitle(event.title))}, ${isolate(event.date.label)}`}
      aria-current={selected ? 'true' : undefined}
      onClick={() => onSelect(event.id)}
    />
  );
});
