import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { scaleUtc } from 'd3-scale';
import type { TimelineEvent } from '../data/schema.ts';
import {
  selectAllEvents,
  selectDataset,
  selectEventById,
  selectSelectedEvent,
  selectShownPositions,
  selectShownEvents,
  useTimelineStore,
} from '../state/store.ts';
import type { TimeWindow } from '../data/time-window.ts';
import { isShortcut } from '../ui/keyboard.ts';
import { fulfilMarkerFocus } from './focus-marker.ts';
import { GestureHelp } from './gesture-help.tsx';
import { GestureHint } from './gesture-hint.tsx';
import { ClusterMarker } from './cluster-marker.tsx';
import { EventMarker } from './event-marker.tsx';
import { MarkerCanvas } from './marker-canvas.tsx';
import { createLabelMetrics } from './label-metrics.ts';
import { DENSE_THRESHOLD, ZOOM_STEP } from './lib/constants.ts';
import { LANE_HEIGHT, laneTop, markerGeometry } from './lib/marker-geometry.ts';
import { formatRange } from './lib/format-range.ts';
import { layoutEvents } from './lib/layout.ts';
import { sharedTimeIndex, startingIn, type TimeIndex } from './lib/time-index.ts';
import { paddedExtent, reveals } from './lib/time-window.ts';
import { MarkerCard } from './marker-card.tsx';
import { readingOrder, rovingKey } from './lib/roving.ts';
import { Overview } from './overview.tsx';
import { useMarkerCard } from './use-marker-card.ts';
import { useMarkerNavigation } from './use-marker-navigation.ts';
import { TimeAxis } from './time-axis.tsx';
import { useFirstPaintMark } from './use-first-paint-mark.ts';
import { useElementWidth } from './use-element-width.ts';
import { useFitShown } from './use-fit-shown.ts';
import { useTimeZoom } from './use-time-zoom.ts';

const MIN_LANES = 3;
/** Lanes open before a label is shortened, up to a share of the screen's height... */
const SCREEN_SHARE = 0.6;
/** On a phone the page around the timeline (title, filters, toolbar) takes more of the screen. */
const PHONE_SCREEN_SHARE = 0.45;
const PHONE_WIDTH = 600;
/**
 * ...and, zoomed in to a few years with few enough events to read them all, up to this many, so
 * that every title there is whole; the timeline then grows taller than the screen share.
 */
const MAX_LANES = 24;
const READING_SPAN = 3 * 365.25 * 86_400_000;
const READING_EVENTS = 60;

// Keyed by event objects, so one cache serves every store and dataset without growing stale.
const labelMetrics = createLabelMetrics();

function maxLanesFor(view: TimeWindow, index: TimeIndex, width: number): number {
  const [from, to] = startingIn(index, view[0], view[1]);
  if (view[1] - view[0] <= READING_SPAN && to - from <= READING_EVENTS) return MAX_LANES;
  const screen = globalThis.innerHeight || 800;
  const share = width < PHONE_WIDTH ? PHONE_SCREEN_SHARE : SCREEN_SHARE;
  return Math.max(MIN_LANES + 2, Math.floor((screen * share) / LANE_HEIGHT));
}
const FALLBACK_COLOR = '#374151';
const CARD_ID = 'timeline-marker-card';

export function Timeline() {
  const viewportRef = useRef<HTMLDivElement>(null);
  const trackRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(viewportRef);

  const allEvents = useTimelineStore(selectAllEvents);
  const shown = useTimelineStore(selectShownEvents);
  const topics = useTimelineStore((s) => selectDataset(s)?.topics);
  const selectedId = useTimelineStore((s) => s.selectedId);
  const storedWindow = useTimelineStore((s) => s.timeWindow);
  const select = useTimelineStore((s) => s.select);
  const focusRequest = useTimelineStore((s) => s.focusRequest);

  const extent = useMemo(() => paddedExtent(allEvents), [allEvents]);
  const base = useMemo(() => scaleUtc().domain(extent).range([0, width]), [extent, width]);
  const zoom = useTimeZoom(viewportRef, base);
  const fitShown = useFitShown(zoom);
  const view = storedWindow ?? extent;
  const x = useMemo(() => scaleUtc().domain(view).range([0, width]), [view, width]);

  const activeTopics = useTimelineStore((s) => s.activeTopics);
  // A marker takes the color of its first topic, or of the first active one when filtering,
  // so the colors on screen match the pressed toggles.
  const colorOf = useMemo(() => {
    const colors = new Map(topics?.map((t) => [t.id, t.color]));
    const active = new Set(activeTopics);
    return (event: TimelineEvent) => {
      const topic = event.topics.find((t) => active.has(t)) ?? event.topics[0] ?? '';
      return colors.get(topic) ?? FALLBACK_COLOR;
    };
  }, [topics, activeTopics]);

  const index = sharedTimeIndex(shown);
  // The open event always gets a marker, even where its neighbours are gathered into clusters.
  const pinned = useTimelineStore((s) =>
    s.selectedId !== null && selectShownPositions(s).has(s.selectedId)
      ? selectSelectedEvent(s)
      : undefined,
  );
  const layout = useMemo(
    () =>
      layoutEvents(index, x, view, {
        width,
        maxLanes: maxLanesFor(view, index, width),
        gap: 8,
        denseThreshold: DENSE_THRESHOLD,
        // The open event's label is drawn bold, and so measured bold.
        metricsOf: (event) => labelMetrics(event, event === pinned),
        pinned,
      }),
    [index, x, view, width, pinned],
  );

  // The controller changes with the base scale (a resize, d3-zoom arriving); effects that only
  // react to the selection read it here rather than re-running, and snapping back, on a resize.
  const zoomRef = useRef(zoom);
  useEffect(() => {
    zoomRef.current = zoom;
  }, [zoom]);

  const reveal = useCallback((event: TimelineEvent) => {
    const current = useTimelineStore.getState().timeWindow;
    if (!current || reveals(current, event)) return;
    const span = current[1] - current[0];
    const duration = event.date.end - event.date.start;
    zoomRef.current.centerOn(
      duration > span * 0.8 ? event.date.start + span * 0.4 : event.date.start + duration / 2,
    );
  }, []);

  // Bring a newly selected event (a deep link, a key press, the list) into view.
  useEffect(() => {
    const event = selectEventById(useTimelineStore.getState(), selectedId);
    if (event) reveal(event);
  }, [selectedId, reveal]);

  // Focus follows the selection when the reader steps with the arrows from a marker: once the
  // new marker is drawn (the view may have to move first), and only then.
  useEffect(() => {
    if (focusRequest && fulfilMarkerFocus(focusRequest, selectedId)) {
      useTimelineStore.getState().clearFocusRequest();
    }
  }, [focusRequest, selectedId, layout]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isShortcut(event)) return;
      if (event.key === '+' || event.key === '=') zoomRef.current.zoomBy(ZOOM_STEP);
      else if (event.key === '-' || event.key === '_') zoomRef.current.zoomBy(1 / ZOOM_STEP);
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  // Expanding a cluster removes its badge: keep a keyboard reader's focus in the timeline, on the
  // first marker of what opened up, once it is drawn.
  const expandCluster = useCallback(
    (start: number, end: number) => {
      const hadFocus = trackRef.current?.contains(document.activeElement) ?? false;
      zoom.showRange(start, end);
      if (!hadFocus) return;
      requestAnimationFrame(() =>
        requestAnimationFrame(() =>
          trackRef.current?.querySelector<HTMLElement>('button')?.focus({ preventScroll: true }),
        ),
      );
    },
    [zoom],
  );

  const onPan = useCallback(
    (fraction: number) => {
      const current = useTimelineStore.getState().timeWindow;
      if (current)
        zoom.centerOn((current[0] + current[1]) / 2 + (current[1] - current[0]) * fraction);
    },
    [zoom],
  );

  const ordered = useMemo(() => readingOrder(layout.items), [layout.items]);
  const [lastKey, setLastKey] = useState<string | null>(null);
  const tabStop = rovingKey(ordered, selectedId, lastKey);
  const onMarkerKeyDown = useMarkerNavigation({
    ordered,
    dense: layout.dense,
    reveal,
    onMove: setLastKey,
  });
  const { card, trackHandlers, cardHandlers } = useMarkerCard();
  const cardEvent = card ? selectEventById(useTimelineStore.getState(), card.id) : undefined;

  useFirstPaintMark(layout.items.length > 0);
  const trackHeight = Math.max(layout.lanes, MIN_LANES) * LANE_HEIGHT + 8;

  return (
    <section id="timeline" tabIndex={-1} className="timeline" aria-labelledby="timeline-heading">
      <div className="timeline__toolbar">
        <h2 id="timeline-heading" className="timeline__range">
          <span className="visually-hidden">Timeline, showing </span>
          {formatRange(view[0], view[1])}
        </h2>
        <div className="timeline__zoom" role="group" aria-label="Zoom">
          <button type="button" onClick={() => zoom.zoomBy(ZOOM_STEP)} aria-keyshortcuts="+">
            Zoom in
          </button>
          <button type="button" onClick={() => zoom.zoomBy(1 / ZOOM_STEP)} aria-keyshortcuts="-">
            Zoom out
          </button>
          <button type="button" onClick={fitShown}>
            Fit all
          </button>
        </div>
      </div>

      <div ref={viewportRef} className="timeline__viewport">
        {/* The handlers are delegated from the marker buttons inside, which are the controls. */}
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
        <div
          ref={trackRef}
          className={`timeline__track${shown.length ? '' : ' timeline__track--empty'}`}
          role="group"
          aria-label="Events"
          onKeyDown={onMarkerKeyDown}
          onFocus={(event) => {
            const key = (event.target as HTMLElement).dataset.itemKey;
            if (key !== undefined) setLastKey(key);
            trackHandlers.onFocus(event);
          }}
          onBlur={trackHandlers.onBlur}
          onPointerOver={trackHandlers.onPointerOver}
          onPointerOut={trackHandlers.onPointerOut}
          style={{ height: trackHeight, ['--lane-height' as string]: `${LANE_HEIGHT}px` }}
        >
          <MarkerCanvas
            items={layout.items}
            width={width}
            height={trackHeight}
            colorOf={colorOf}
            selectedId={selectedId}
          />
          {layout.items.map((item) => {
            if (item.type === 'cluster') {
              return (
                <ClusterMarker
                  key={item.key}
                  itemKey={item.key}
                  count={item.count}
                  start={item.start}
                  end={item.end}
                  x={item.x}
                  top={laneTop(item.lane)}
                  tabbable={item.key === tabStop}
                  onExpand={expandCluster}
                />
              );
            }
            // The button covers the visible part only, so that its focus ring is never cut off.
            const g = markerGeometry(item);
            const left = Math.max(0, Math.round(g.left));
            const right = Math.min(width, Math.round(g.left + g.width));
            return (
              <EventMarker
                key={item.event.id}
                event={item.event}
                left={left}
                top={g.top}
                width={Math.max(right - left, 12)}
                height={g.height}
                label={item.label?.lines.join(' ') ?? ''}
                selected={item.event.id === selectedId}
                tabbable={item.event.id === tabStop}
                described={card?.id === item.event.id ? CARD_ID : undefined}
                onSelect={select}
              />
            );
          })}
          {shown.length === 0 && (
            <p className="timeline__empty">
              {allEvents.length
                ? 'No events match these filters.'
                : 'This timeline has no events yet.'}
            </p>
          )}
        </div>
        <TimeAxis scale={x} width={width} />
        <GestureHint targetRef={viewportRef} />
      </div>
      {card && cardEvent && (
        <MarkerCard
          id={CARD_ID}
          event={cardEvent}
          topics={topics ?? []}
          revision={layout}
          {...cardHandlers}
        />
      )}

      <Overview
        base={base}
        width={width}
        events={shown}
        colorOf={colorOf}
        view={view}
        onCenter={zoom.centerOn}
        onPan={onPan}
      />
      <p className="timeline__legend">
        <span className="legend legend--exact" aria-hidden="true" /> known day
        <span className="legend legend--fuzzy" aria-hidden="true" /> month, season or year
        <span className="legend legend--span" aria-hidden="true" /> lasting period
        <GestureHelp />
      </p>
    </section>
  );
}
