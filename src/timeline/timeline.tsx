import { useCallback, useEffect, useMemo, useRef } from 'react';
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
import { isShortcut } from '../ui/keyboard.ts';
import { fulfilMarkerFocus } from './focus-marker.ts';
import { GestureHelp } from './gesture-help.tsx';
import { GestureHint } from './gesture-hint.tsx';
import { ClusterMarker } from './cluster-marker.tsx';
import { EventMarker } from './event-marker.tsx';
import { MarkerCanvas } from './marker-canvas.tsx';
import { LANE_HEIGHT, laneTop, markerGeometry } from './lib/marker-geometry.ts';
import { formatRange } from './lib/format-range.ts';
import { layoutEvents } from './lib/layout.ts';
import { sharedTimeIndex } from './lib/time-index.ts';
import { paddedExtent, reveals } from './lib/time-window.ts';
import { Overview } from './overview.tsx';
import { TimeAxis } from './time-axis.tsx';
import { useFirstPaintMark } from './use-first-paint-mark.ts';
import { useElementWidth } from './use-element-width.ts';
import { useTimeZoom } from './use-time-zoom.ts';

const MAX_LANES = 12;
const MIN_LANES = 4;
const ZOOM_STEP = 1.6;
/** Past this many events in the window, show cluster badges only (see layoutEvents). */
const DENSE_THRESHOLD = 1500;
const FALLBACK_COLOR = '#374151';

export function Timeline() {
  const viewportRef = useRef<HTMLDivElement>(null);
  const trackRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(viewportRef);

  const allEvents = useTimelineStore(selectAllEvents);
  const shown = useTimelineStore(selectShownEvents);
  const topics = useTimelineStore((s) => selectDataset(s)?.topics);
  const selectedId = useTimelineStore((s) => s.selectedId);
  const storedWindow = useTimelineStore((s) => s.window);
  const select = useTimelineStore((s) => s.select);

  const extent = useMemo(() => paddedExtent(allEvents), [allEvents]);
  const base = useMemo(() => scaleUtc().domain(extent).range([0, width]), [extent, width]);
  const zoom = useTimeZoom(viewportRef, base);
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

  const labelWidth = width < 600 ? 150 : 220;
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
        minWidth: 28,
        labelWidth,
        maxLanes: MAX_LANES,
        gap: 6,
        denseThreshold: DENSE_THRESHOLD,
        pinned,
      }),
    [index, x, view, width, labelWidth, pinned],
  );

  // The controller changes with the base scale (a resize, d3-zoom arriving); effects that only
  // react to the selection read it here rather than re-running, and snapping back, on a resize.
  const zoomRef = useRef(zoom);
  useEffect(() => {
    zoomRef.current = zoom;
  }, [zoom]);

  // Bring a newly selected event (a deep link, a key press, the list) into view.
  useEffect(() => {
    const state = useTimelineStore.getState();
    const event = selectEventById(state, selectedId);
    const current = state.window;
    if (!event || !current || reveals(current, event)) return;
    const span = current[1] - current[0];
    const duration = event.date.end - event.date.start;
    zoomRef.current.centerOn(
      duration > span * 0.8 ? event.date.start + span * 0.4 : event.date.start + duration / 2,
    );
  }, [selectedId]);

  // Focus follows the selection when the reader steps with the arrows from a marker: once the
  // new marker is drawn (the view may have to move first), and only then.
  useEffect(() => {
    fulfilMarkerFocus(selectedId);
  }, [selectedId, layout]);

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
      const current = useTimelineStore.getState().window;
      if (current)
        zoom.centerOn((current[0] + current[1]) / 2 + (current[1] - current[0]) * fraction);
    },
    [zoom],
  );

  useFirstPaintMark(layout.items.length > 0);
  const trackHeight = Math.max(layout.lanes, MIN_LANES) * LANE_HEIGHT + 8;

  return (
    <section className="timeline" aria-labelledby="timeline-heading">
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
          <button type="button" onClick={zoom.fitAll}>
            Fit all
          </button>
        </div>
      </div>

      <div ref={viewportRef} className="timeline__viewport">
        <div ref={trackRef} className="timeline__track" style={{ height: trackHeight }}>
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
                  count={item.count}
                  start={item.start}
                  end={item.end}
                  x={item.x}
                  top={laneTop(item.lane)}
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
                selected={item.event.id === selectedId}
                onSelect={select}
              />
            );
          })}
          {shown.length === 0 && <p className="timeline__empty">No events match these filters.</p>}
        </div>
        <TimeAxis scale={x} width={width} />
        <GestureHint targetRef={viewportRef} />
      </div>

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
