import { Fragment, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  selectAllEvents,
  selectChanges,
  selectDataset,
  selectShownEvents,
  useTimelineStore,
} from '../state/store.ts';
import type { Era } from '../data/schema.ts';
import { storeAddressOnPage } from '../data/store-address.ts';
import { useCanvasPalette } from '../ui/theme.ts';
import { fulfilMarkerFocus } from './focus-marker.ts';
import { GestureHelp } from './gesture-help.tsx';
import { GestureHint } from './gesture-hint.tsx';
import { MarkerLayer } from './marker-layer.tsx';
import { thumbnailAddresses } from './marker-thumbnails.ts';
import { sharedTimeIndex } from './lib/time-index.ts';
import { bandsOf } from './lib/bands.ts';
import { indexBands } from './lib/track-layout.ts';
import { selectPinnedEvent } from './pinned-event.ts';
import { GroupByControl } from './group-by-control.tsx';
import { ErasList } from './eras-list.tsx';
import { timeScale } from './lib/time-scale.ts';
import { paddedExtent } from './lib/time-window.ts';
import { Overview } from './overview.tsx';
import { TimeAxis } from './time-axis.tsx';
import { useElementWidth } from './use-element-width.ts';
import { useFirstPaintMark } from './use-first-paint-mark.ts';
import { useFitShown } from './use-fit-shown.ts';
import { useMarkerFrame } from './use-marker-frame.ts';
import { EMPTY_LAYOUT } from './marker-frame.ts';
import { ServedPicture } from './served-picture.tsx';
import { useLinkedEvents } from './use-linked-events.ts';
import { useFollowSelection } from './use-follow-selection.ts';
import { byReader } from './reader-moves.ts';
import { useTopicColors } from './use-topic-colors.ts';
import { useViewController } from './use-view-controller.ts';
import { useHydrated } from '../ui/use-hydrated.ts';
import type { ChangeKind, Changes } from '../state/changes.ts';
import { t } from '../i18n/messages.ts';

/**
 * The timeline: composition of its parts. Nothing here renders per zoom frame: the window moves
 * in the store, and the canvas, buttons, axis, overview and range heading follow it outside
 * React (use-marker-frame, use-on-window). This component renders when the set of drawn items,
 * the selection, the filters, the data or the width change. `tools` are the app's own controls
 * for the view (Export), shown after the zoom buttons.
 */
export function Timeline({ tools }: { tools?: ReactNode }) {
  const viewportRef = useRef<HTMLDivElement>(null);
  const trackRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const rangeRef = useRef<HTMLSpanElement>(null);
  const width = useElementWidth(viewportRef);

  const allEvents = useTimelineStore(selectAllEvents);
  const shown = useTimelineStore(selectShownEvents);
  const selectedId = useTimelineStore((s) => s.selectedId);
  const focusRequest = useTimelineStore((s) => s.focusRequest);
  const pinned = useTimelineStore(selectPinnedEvent);

  const extent = useMemo(() => paddedExtent(allEvents), [allEvents]);
  const base = useMemo(() => timeScale(extent, width), [extent, width]);
  const controller = useViewController(viewportRef, extent, width);
  const fitShown = useFitShown(controller);
  useFollowSelection(controller);
  const colorOf = useTopicColors();
  const palette = useCanvasPalette();
  const origin = useTimelineStore((s) => s.origin);
  const thumbnailAddress = useMemo(() => thumbnailAddresses(storeAddressOnPage(origin)), [origin]);
  const dataset = useTimelineStore(selectDataset);
  const groupBy = useTimelineStore((s) => s.groupBy);
  const bands = useMemo(
    () => indexBands(bandsOf(shown, groupBy, dataset ?? NO_GROUPS, t().ungrouped)),
    [shown, groupBy, dataset],
  );
  const eras = dataset?.eras ?? NO_ERAS;
  // Hydrating, the page shows what it was built with: badges wait for the browser's own render.
  const hydrated = useHydrated();
  const allChanges = useTimelineStore(selectChanges);
  const changes = hydrated ? allChanges : null;
  const changeKinds = useMemo(() => kindsIn(changes), [changes]);
  const changeText = useMemo(
    () => ({ new: t().changeBadge('new'), updated: t().changeBadge('updated') }),
    [],
  );
  // The marker with the keyboard focus shows its links, as the open event does.
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const linked = useLinkedEvents(focusedId);

  const layout = useMarkerFrame(
    { canvas: canvasRef, track: trackRef, range: rangeRef },
    {
      index: sharedTimeIndex(shown),
      bands,
      eras,
      width,
      extent,
      pinned,
      colorOf,
      palette,
      selectedId,
      thumbnailAddress,
      changes,
      changeText,
      linked,
    },
  );

  // Focus requests (arrow steps, closing the panel) are carried out once their marker is drawn.
  useEffect(() => {
    if (focusRequest && fulfilMarkerFocus(focusRequest, selectedId)) {
      useTimelineStore.getState().clearFocusRequest();
    }
  }, [focusRequest, selectedId, layout]);

  useFirstPaintMark(layout.items.length > 0);

  return (
    <section id="timeline" tabIndex={-1} className="timeline" aria-labelledby="timeline-heading">
      <div className="timeline__toolbar">
        <h2 id="timeline-heading" className="timeline__range">
          <span className="visually-hidden">{t().timelineShowing}</span>
          {/* The range's text is written by marker-frame.ts as the view moves. */}
          <span ref={rangeRef} />
        </h2>
        <div className="timeline__zoom" role="group" aria-label={t().zoom}>
          <button
            type="button"
            onClick={byReader(() => controller.zoomStep(1))}
            aria-keyshortcuts="+"
          >
            {t().zoomIn}
          </button>
          <button
            type="button"
            onClick={byReader(() => controller.zoomStep(-1))}
            aria-keyshortcuts="-"
          >
            {t().zoomOut}
          </button>
          <button type="button" onClick={byReader(fitShown)}>
            {t().fitAll}
          </button>
        </div>
        <GroupByControl />
        {tools}
      </div>

      <div ref={viewportRef} className="timeline__viewport">
        <ServedPicture drawn={layout !== EMPTY_LAYOUT || shown.length === 0} />
        <TimeAxis width={width} fallback={extent} />
        <MarkerLayer
          layout={layout}
          trackRef={trackRef}
          canvasRef={canvasRef}
          controller={controller}
          onFocusEvent={setFocusedId}
          empty={
            shown.length === 0 ? (allEvents.length ? t().noEventsMatch : t().noEventsYet) : null
          }
        />
        <GestureHint targetRef={viewportRef} />
      </div>

      <Overview
        base={base}
        width={width}
        events={shown}
        colorOf={colorOf}
        onCenter={byReader(controller.centerOn)}
        onPan={byReader(controller.panByShare)}
        eras={eras}
      />
      <ErasList eras={eras} />
      <p className="timeline__legend">
        <span className="legend legend--exact" aria-hidden="true" /> {t().legendKnownDay}
        <span className="legend legend--fuzzy" aria-hidden="true" /> {t().legendFuzzy}
        <span className="legend legend--span" aria-hidden="true" /> {t().legendSpan}
        {/* The canvas's badges, as they look there; the markers' names say them in words. */}
        {changeKinds.map((kind) => (
          <Fragment key={kind}>
            <span className={`change-badge change-badge--${kind}`} aria-hidden="true">
              {t().changeBadge(kind)}
            </span>{' '}
            {kind === 'new' ? t().legendNew : t().legendUpdated}
          </Fragment>
        ))}
        <GestureHelp />
      </p>
    </section>
  );
}

const NO_GROUPS = { topics: [], groups: [] };

/** The kinds of change among the changes, in the legend's order. */
function kindsIn(changes: Changes | null): ChangeKind[] {
  if (!changes) return [];
  const present = new Set(changes.values());
  return (['new', 'updated'] as const).filter((kind) => present.has(kind));
}
const NO_ERAS: readonly Era[] = [];
