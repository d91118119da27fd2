import { memo } from 'react';
import type { TimelineEvent } from '../data/schema.ts';

interface EventMarkerProps {
  event: TimelineEvent;
  left: number;
  top: number;
  width: number;
  height: number;
  /** The label drawn on the canvas (empty when none fits), for tests and tooling. */
  label: string;
  selected: boolean;
  /** The timeline's one tab stop (a roving tabindex); arrows move between markers. */
  tabbable: boolean;
  /** The id of the card describing this marker, while it shows. */
  described: string | undefined;
  onSelect: (id: string) => void;
}

/**
 * One event as a focusable button over its drawing on the marker canvas. It holds no text of its
 * own, so a zoom frame moves boxes without laying out hundreds of labels; its name begins with
 * the title, as the accessibility contract requires.
 */
export const EventMarker = memo(function EventMarker({
  event,
  left,
  top,
  width,
  height,
  label,
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
      data-label={label}
      aria-label={`${event.title}, ${event.date.label}`}
      aria-current={selected ? 'true' : undefined}
      style={{ transform: `translate(${left}px, ${top}px)`, width, height }}
      onClick={() => onSelect(event.id)}
    />
  );
});
