import { memo } from 'react';
import type { TimelineEvent } from '../data/schema.ts';
import { isolate, previewTitle } from '../lib/display-text.ts';
import type { ChangeKind } from '../state/changes.ts';
import { t } from '../i18n/messages.ts';

interface EventMarkerProps {
  event: TimelineEvent;
  selected: boolean;
  /** The timeline's one tab stop (a roving tabindex); arrows move between markers. */
  tabbable: boolean;
  /** The id of the card describing this marker, while it shows. */
  described: string | undefined;
  /** New or updated since the day in force: its badge, drawn on the canvas, is in its name. */
  change: ChangeKind | undefined;
  /**
   * The events it is linked with, in words ("See also: …"): the arcs drawn while it is open or
   * focused, said to those who cannot see them.
   */
  links: string | undefined;
  onSelect: (id: string) => void;
}

/**
 * One event as a focusable button over its drawing on the marker canvas. It holds no text of its
 * own, and its place, size and drawn label (`data-label`, for tests and tooling) are set frame by
 * frame outside React (frame-buttons.ts), so a zoom frame renders nothing. Its name begins with
 * the title, as the accessibility contract requires, and ends with its badge, "New" or "Updated".
 */
export const EventMarker = memo(function EventMarker({
  event,
  selected,
  tabbable,
  described,
  change,
  links,
  onSelect,
}: EventMarkerProps) {
  const badge = change === undefined ? '' : `, ${t().changeBadge(change)}`;
  const linksId = links === undefined ? undefined : `marker-links-${event.id}`;
  const describedBy = [described, linksId].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <button
        type="button"
        className="event-marker"
        data-event-id={event.id}
        data-item-key={event.id}
        tabIndex={tabbable ? 0 : -1}
        aria-describedby={describedBy}
        aria-label={`${isolate(previewTitle(event.title))}, ${isolate(event.date.label)}${badge}`}
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(event.id)}
      />
      {linksId && (
        <span id={linksId} hidden>
          {links}
        </span>
      )}
    </>
  );
});
