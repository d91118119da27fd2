import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { TimelineEvent } from '../data/schema.ts';
import {
  selectAllEvents,
  selectChanges,
  selectDataset,
  selectEventById,
  useTimelineStore,
} from '../state/store.ts';
import { relatedByHeading, relatedEvents } from '../state/related-events.ts';
import { isolate, previewTitle } from '../lib/display-text.ts';
import { linkHeading } from '../ui/link-heading.ts';
import { ClusterMarker } from './cluster-marker.tsx';
import { EventMarker } from './event-marker.tsx';
import type { Layout } from './lib/layout.ts';
import { LANE_HEIGHT } from './lib/marker-geometry.ts';
import { itemKey, readingOrder, rovingKey } from './lib/roving.ts';
import { useHydrated } from '../ui/use-hydrated.ts';
import { focusItem } from './focus-marker.ts';
import { MarkerCard } from './marker-card.tsx';
import { pauseStoryForReader } from './reader-moves.ts';
import { useMarkerCard } from './use-marker-card.ts';
import { useMarkerNavigation } from './use-marker-navigation.ts';
import type { ViewController } from './view-controller.ts';
import { t } from '../i18n/messages.ts';

const CARD_ID = 'timeline-marker-card';

interface MarkerLayerProps {
  /** The drawn items whose buttons to render (frame-buttons places them). */
  layout: Layout;
  trackRef: RefObject<HTMLDivElement | null>;
  canvasRef: RefObject<HTMLCanvasElement | null>;
  /** What moves the view: a cluster's badge zooms to its range, a key brings a marker in. */
  controller: ViewController;
  /** Told which event's marker has the keyboard focus (null when none has). */
  onFocusEvent: (id: string | null) => void;
  /** What to say where no event is shown, or null. */
  empty: string | null;
}

/**
 * The markers: the canvas they are drawn on, and over it one button per drawn item, a single tab
 * stop (roving tabindex) with arrows, Home and End, and the card of the marker under the pointer
 * or the keyboard focus.
 */
export function MarkerLayer({
  layout,
  trackRef,
  canvasRef,
  controller,
  onFocusEvent,
  empty,
}: MarkerLayerProps) {
  const topics = useTimelineStore((s) => selectDataset(s)?.topics);
  const selectedId = useTimelineStore((s) => s.selectedId);
  const select = useTimelineStore((s) => s.select);
  const allEvents = useTimelineStore(selectAllEvents);
  const hydrated = useHydrated();
  const allChanges = useTimelineStore(selectChanges);
  const changes = hydrated ? allChanges : null;

  // Expanding a cluster removes its badge: keep a keyboard reader's focus in the timeline, on the
  // first marker of what opened up, once its button is there (when the view has come to rest).
  const focusFirst = useRef(false);
  const expandCluster = useCallback(
    (start: number, end: number) => {
      focusFirst.current = trackRef.current?.contains(document.activeElement) ?? false;
      controller.showRange(start, end);
    },
    [controller, trackRef],
  );

  const ordered = useMemo(() => readingOrder(layout.items), [layout.items]);
  const [lastKey, setLastKey] = useState<string | null>(null);
  const tabStop = rovingKey(ordered, selectedId, lastKey);
  const onMarkerKeyDown = useMarkerNavigation({
    ordered,
    dense: layout.dense,
    reveal: controller.reveal,
    onMove: setLastKey,
  });
  useEffect(() => {
    if (!focusFirst.current) return;
    focusFirst.current = false;
    const first = ordered[0];
    if (first) focusItem(itemKey(first));
  }, [ordered]);

  const { card, trackHandlers, cardHandlers } = useMarkerCard();
  const cardEvent = card ? selectEventById(useTimelineStore.getState(), card.id) : undefined;

  return (
    <>
      {/* The handlers are delegated from the marker buttons inside, which are the controls. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <div
        ref={trackRef}
        className={`timeline__track${empty === null ? '' : ' timeline__track--empty'}`}
        role="group"
        aria-label={t().events}
        onKeyDown={(event) => {
          onMarkerKeyDown(event);
          // Moving among the markers takes the view in hand: a playing story pauses.
          if (event.defaultPrevented) pauseStoryForReader();
        }}
        onFocus={(event) => {
          const target = event.target as HTMLElement;
          const key = target.dataset.itemKey;
          if (key !== undefined) setLastKey(key);
          // From the keyboard, not a click: a clicked marker opens its event, which shows them.
          const id = target.dataset.eventId;
          if (id !== undefined && target.matches(':focus-visible')) onFocusEvent(id);
          trackHandlers.onFocus(event);
        }}
        onBlur={(event) => {
          onFocusEvent(null);
          trackHandlers.onBlur(event);
        }}
        onPointerMove={trackHandlers.onPointerMove}
        onPointerDownCapture={trackHandlers.onPointerDown}
        onPointerOut={trackHandlers.onPointerOut}
        style={hydrated ? { ['--lane-height' as string]: `${LANE_HEIGHT}px` } : undefined}
      >
        <canvas ref={canvasRef} className="timeline__canvas" aria-hidden="true" />
        {/* One element to hide while the view moves, rather than every button (styles.css). */}
        <div className="timeline__targets">
          {layout.items.map((item) =>
            item.type === 'cluster' ? (
              <ClusterMarker
                key={item.key}
                itemKey={item.key}
                tabbable={item.key === tabStop}
                onExpand={expandCluster}
              />
            ) : (
              <EventMarker
                key={item.event.id}
                event={item.event}
                selected={item.event.id === selectedId}
                tabbable={item.event.id === tabStop}
                described={card?.id === item.event.id ? CARD_ID : undefined}
                change={changes?.get(item.event.id)}
                links={linksInWords(item.event, allEvents)}
                onSelect={select}
              />
            ),
          )}
        </div>
        <div className="timeline__shield" aria-hidden="true" />
        {empty !== null && <p className="timeline__empty">{empty}</p>}
      </div>
      {card && cardEvent && (
        <MarkerCard id={CARD_ID} event={cardEvent} topics={topics ?? []} {...cardHandlers} />
      )}
    </>
  );
}

/** An event's links as its marker describes them: "Led to: A. See also: B; C." */
function linksInWords(event: TimelineEvent, events: readonly TimelineEvent[]): string | undefined {
  const sections = relatedByHeading(relatedEvents(event, events));
  if (!sections.length) return undefined;
  return sections
    .map(
      ({ kind, events: related }) =>
        `${linkHeading(kind)}: ${related.map((r) => isolate(previewTitle(r.event.title))).join('; ')}.`,
    )
    .join(' ');
}
