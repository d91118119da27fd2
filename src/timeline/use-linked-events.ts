import { useMemo } from 'react';
import type { Positions } from '../lib/lazy-positions.ts';
import {
  selectAllEvents,
  selectShownEvents,
  selectShownPositions,
  useTimelineStore,
} from '../state/store.ts';
import { relatedEvents } from '../state/related-events.ts';
import type { TimelineEvent } from '../data/schema.ts';
import type { LinkedEvent } from './marker-frame.ts';

const NONE: readonly LinkedEvent[] = Object.freeze([]);

/**
 * The events whose links the timeline draws: the open one and the one whose marker has the
 * keyboard focus, each with its links to the events the filters show (a hidden event has no
 * marker to point at; the details panel still lists it). The same list until one of them, or the
 * filters, change: the frame draws it without asking again.
 */
export function useLinkedEvents(focusedId: string | null): readonly LinkedEvent[] {
  const all = useTimelineStore(selectAllEvents);
  const shown = useTimelineStore(selectShownEvents);
  const positions = useTimelineStore(selectShownPositions);
  const selectedId = useTimelineStore((s) => s.selectedId);
  return useMemo(
    () => linkedEvents([selectedId, focusedId], all, shown, positions),
    [all, shown, positions, selectedId, focusedId],
  );
}

/**
 * The events of `ids` (null for none) among the shown ones, each with its links to shown events;
 * `positions` are the shown events' places in `shown`.
 */
export function linkedEvents(
  ids: readonly (string | null)[],
  all: readonly TimelineEvent[],
  shown: readonly TimelineEvent[],
  positions: Positions,
): readonly LinkedEvent[] {
  const linked: LinkedEvent[] = [];
  for (const id of new Set(ids)) {
    const at = id === null ? undefined : positions.get(id);
    const event = at === undefined ? undefined : shown[at];
    if (!event) continue;
    const links = relatedEvents(event, all)
      .filter((related) => positions.has(related.event.id))
      .map(({ event: other, kind, direction }) => ({
        event: other,
        kind,
        outgoing: direction === 'to',
      }));
    if (links.length) linked.push({ event, links });
  }
  return linked.length ? linked : NONE;
}
