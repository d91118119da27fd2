import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  selectAllEvents,
  selectDataset,
  selectEventById,
  selectSelectedEvent,
  selectShownPositions,
  selectShownEvents,
  useTimelineStore,
} from '../state/store.ts';
import { useCanvasPalette } from '../ui/theme.ts';
import { fulfilMarkerFocus } from './focus-marker.ts';
import { GestureHelp } from './gesture-help.tsx';
import { GestureHint } from './gesture-hint.tsx';
import { ClusterMarker } from './cluster-marker.tsx';
import { EventMarker } from './event-marker.tsx';
import { LANE_HEIGHT } from './lib/marker-geometry.ts';
import { readingOrder, rovingKey } from './lib/roving.ts';
import { sharedTimeIndex } from './lib/time-index.ts';
import { timeScale } from './lib/time-scale.ts';
import { paddedExtent } from './lib/time-window.ts';
import { ZOOM_STEP } from './lib/constants.ts';
import { MarkerCard } from './marker-card.tsx';
import { Overview } from './overview.tsx';
import { TimeAxis } from './time-axis.tsx';
import { useElementWidth } from './use-element-width.ts';
import { useFirstPaintMark } from './use-first-paint-mark.ts';
import { useFitShown } from './use-fit-shown.ts';
import { useMarkerCard } from './use-marker-card.ts';
import { useMarkerFrame } from './use-marker-frame.ts';
import { useMarkerNavigation } from './use-marker-navigation.ts';
import { useReveal } from './use-reveal.ts';
import { useTopicColors } from './use-topic-colors.ts';
import { useViewController } from './use-view-controller.ts';

const CARD_ID = 'timeline-marker-card';

/**
 * The timeline: composition of its parts. Nothing here renders per zoom frame: the window moves
 * in the store, and the canvas, buttons, axis, overview and range heading follow it outside
 * React (use-marker-frame, use-on-window). This component renders when the set of drawn items,
 * the selection, the filters, the data or the width change.
 */
export function Timeline() {
  const viewportRef = useRef<HTMLDivElement>(null);
  const trackRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const rangeRef = useRef<HTMLSpanElement>(null);
  const width = useElementWidth(viewportRef);

  const allEvents = useTimelineStore(selectAllEvents);
  const shown = useTimelineStore(selectShownEvents);
  const topics = useTimelineStore((s) => selectDataset(s)?.topics);
  const selectedId = useTimelineStore((s) => s.selectedId);
  const select = useTimelineStore((s) => s.select);
  const focusRequest = useTimelineStore((s) => s.focusRequest);
  // The open event always gets a marker, even where its neighbours are gathered into clusters.
  const pinned = useTimelineStore((s) =>
    s.selectedId !== null && selectShownPositions(s).has(s.selectedId)
      ? selectSelectedEvent(s)
      : undefined,
  );

  const extent = useMemo(() => paddedExtent(allEvents), [allEvents]);
  const base = useMemo(() => timeScale(extent, width), [extent, width]);
  const controller = useViewController(viewportRef, extent, width);
  const fitShown = useFitShown(controller);
  const reveal = useReveal(controller);
  const colorOf = useTopicColors();
  const palette = useCanvasPalette();

  const layout = useMarkerFrame(
    { canvas: canvasRef, track: trackRef, range: rangeRef },
    { index: sharedTimeIndex(shown), width, extent, pinned, colorOf, palette, selectedId },
  );

  // Focus requests (arrow steps, closing the panel) are carried out once their marker is drawn.
  useEffect(() => {
    if (focusRequest && fulfilMarkerFocus(focusRequest, selectedId)) {
      useTimelineStore.getState().clearFocusRequest();
    }
  }, [focusRequest, selectedId, layout]);

  // Expanding a cluster removes its badge: keep a keyboard reader's focus in the timeline, on the
  // first marker of what opened up, once it is drawn.
  const expandCluster = useCallback(
    (start: number, end: number) => {
      const hadFocus = trackRef.current?.contains(document.activeElement) ?? false;
      controller.showRange(start, end);
      if (!hadFocus) return;
      requestAnimationFrame(() =>
        requestAnimationFrame(() =>
          trackRef.current?.querySelector<HTMLElement>('button')?.focus({ preventScroll: true }),
        ),
      );
    },
    [controller],
  );

  const onPan = useCallback(
    (fraction: number) => {
      const current = useTimelineStore.getState().timeWindow;
      if (current)
        controller.centerOn((current[0] + current[1]) / 2 + (current[1] - current[0]) * fraction);
    },
    [controller],
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

  return (
    <section id="timeline" tabIndex={-1} className="timeline" aria-labelledby="timeline-heading">
      <div className="timeline__toolbar">
        <h2 id="timeline-heading" className="timeline__range">
          <span className="visually-hidden">Timeline, showing </span>
          {/* The range's text is written by use-marker-frame as the view moves. */}
          <span ref={rangeRef} />
        </h2>
        <div className="timeline__zoom" role="group" aria-label="Zoom">
          <button type="button" onClick={() => controller.zoomBy(ZOOM_STEP)} aria-keyshortcuts="+">
            Zoom in
          </button>
          <button
            type="button"
            onClick={() => controller.zoomBy(1 / ZOOM_STEP)}
            aria-keyshortcuts="-"
          >
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
          style={{ ['--lane-height' as string]: `${LANE_HEIGHT}px` }}
        >
          <canvas ref={canvasRef} className="timeline__canvas" aria-hidden="true" />
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
                onSelect={select}
              />
            ),
          )}
          {shown.length === 0 && (
            <p className="timeline__empty">
              {allEvents.length
                ? 'No events match these filters.'
                : 'This timeline has no events yet.'}
            </p>
          )}
        </div>
        <TimeAxis width={width} fallback={extent} />
        <GestureHint targetRef={viewportRef} />
      </div>
      {card && cardEvent && (
        <MarkerCard id={CARD_ID} event={cardEvent} topics={topics ?? []} {...cardHandlers} />
      )}

      <Overview
        base={base}
        width={width}
        events={shown}
        colorOf={colorOf}
        onCenter={controller.centerOn}
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
