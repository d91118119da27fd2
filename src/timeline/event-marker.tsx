import { memo } from 'react';
import type { TimelineEvent } from '../data/schema.ts';

const DOT = 12;

interface EventMarkerProps {
  event: TimelineEvent;
  color: string;
  top: number;
  x0: number;
  x1: number;
  labelX: number;
  labelRoom: number;
  selected: boolean;
  onSelect: (id: string) => void;
}

/**
 * One event as a focusable button: a dot for a known day, a dashed band over the uncertain range
 * for a month, season or year, a solid bar for a span. Its name begins with the title.
 */
export const EventMarker = memo(function EventMarker({
  event,
  color,
  top,
  x0,
  x1,
  labelX,
  labelRoom,
  selected,
  onSelect,
}: EventMarkerProps) {
  const kind = event.date.kind;
  const bandLeft = kind === 'exact' ? (x0 + x1) / 2 - DOT / 2 : x0;
  const bandWidth = kind === 'exact' ? DOT : Math.max(x1 - x0, 4);
  const left = Math.min(bandLeft, labelX);
  const width = Math.max(bandLeft + bandWidth, labelX + Math.max(labelRoom, DOT)) - left;
  return (
    <button
      type="button"
      className={`event-marker event-marker--${kind}`}
      data-event-id={event.id}
      aria-current={selected ? 'true' : undefined}
      title={`${event.title} (${event.date.label})`}
      style={{ transform: `translate(${left}px, ${top}px)`, width, ['--topic' as string]: color }}
      onClick={() => onSelect(event.id)}
    >
      <span
        className="event-marker__band"
        style={{ left: bandLeft - left, width: bandWidth }}
        aria-hidden="true"
      />
      <span
        className="event-marker__label"
        style={{ left: labelX - left, maxWidth: Math.max(labelRoom, 0) }}
      >
        {event.title}
        <span className="visually-hidden">, {event.date.label}</span>
      </span>
    </button>
  );
});
