import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  selectSelectedEvent,
  selectShownEvents,
  selectShownPositions,
  useTimelineStore,
} from '../state/store.ts';
import { prefersReducedMotion } from '../ui/motion.ts';
import { CopyLink } from './copy-link.tsx';
import { EventBody } from './event-body.tsx';
import { isArrivalSheet, scrollForStoryStep, scrollToClearSheet } from './sheet-clearance.ts';
import { t } from '../i18n/messages.ts';

/** The selected event in full; a landmark named "Event details". */
export function DetailsPanel() {
  const event = useTimelineStore(selectSelectedEvent);
  const position = useTimelineStore(
    useShallow((s) => ({
      index: s.selectedId === null ? -1 : (selectShownPositions(s).get(s.selectedId) ?? -1),
      count: selectShownEvents(s).length,
    })),
  );
  // The story's controls count its steps: a second count here would say the same twice.
  const inStory = useTimelineStore((s) => s.story !== null);
  const select = useTimelineStore((s) => s.select);
  const requestFocus = useTimelineStore((s) => s.requestFocus);
  const step = useTimelineStore((s) => s.step);
  const panelRef = useRef<HTMLElement>(null);

  // An update in place that takes out the open event closes the panel: a focus inside it would
  // fall to the page's top. It goes to the timeline, where the reader was reading, before the
  // panel goes (store listeners run before React commits), without scrolling; the notice says why.
  useEffect(
    () =>
      useTimelineStore.subscribe((s, before) => {
        if (s.selectedBy !== 'update' || s.selectedId !== null || before.selectedId === null) {
          return;
        }
        if (!panelRef.current?.contains(document.activeElement)) return;
        document.getElementById('timeline')?.focus({ preventScroll: true });
      }),
    [],
  );

  // On a narrow screen the panel is a sheet over the bottom of the page (CSS makes it fixed):
  // scroll the open event's marker clear of it, so the reader sees which event this is (for the
  // event a shared link opened, only as far as keeps the masthead's title in sight).
  useEffect(() => {
    const panel = panelRef.current;
    if (!event || !panel || getComputedStyle(panel).position !== 'fixed') return;
    const frame = requestAnimationFrame(() => {
      const marker = document.querySelector(`[data-event-id="${CSS.escape(event.id)}"]`);
      if (!marker) return;
      const sheetTop = panel.getBoundingClientRect().top;
      // A story shows its steps on the timeline: as much of it as the sheet leaves, from the
      // story's own controls (Pause stays at hand) and the axis down.
      const from =
        document.querySelector('.story--on') ?? document.querySelector('.timeline__viewport');
      const title = isArrivalSheet(event.id) ? document.querySelector('.masthead h1') : null;
      const offset =
        useTimelineStore.getState().story && from
          ? scrollForStoryStep(
              from.getBoundingClientRect().top,
              marker.getBoundingClientRect(),
              sheetTop,
            )
          : scrollToClearSheet(
              marker.getBoundingClientRect(),
              sheetTop,
              title?.getBoundingClientRect().top,
            );
      if (offset !== 0) {
        window.scrollBy({ top: offset, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [event]);

  if (!event) return null;
  const atFirst = position.count === 0 || position.index === 0;
  const atLast = position.count === 0 || position.index === position.count - 1;

  return (
    <aside ref={panelRef} className="details" aria-label={t().eventDetails}>
      {/* Previous and Next hold one place at the top whatever the event's length, so that
          repeated clicks land on the same button. */}
      <div className="details__bar">
        <nav className="details__nav" aria-label={t().stepThroughEvents}>
          {/* aria-disabled, not disabled: a disabled button would drop the keyboard focus. */}
          <button
            type="button"
            aria-label={t().previousEvent}
            aria-disabled={atFirst}
            onClick={() => {
              if (!atFirst) step(-1);
            }}
          >
            <span aria-hidden="true">← </span>
            <span className="details__step-word">{t().previousShort}</span>
          </button>
          {/* A story shows its own count of the steps: one count on the page at a time. */}
          <p className="details__position">
            {inStory
              ? null
              : position.index >= 0
                ? t().positionOf(position.index + 1, position.count)
                : t().hiddenByFilters}
          </p>
          <button
            type="button"
            aria-label={t().nextEvent}
            aria-disabled={atLast}
            onClick={() => {
              if (!atLast) step(1);
            }}
          >
            <span className="details__step-word">{t().nextShort}</span>
            <span aria-hidden="true"> →</span>
          </button>
        </nav>
        <button
          type="button"
          className="details__close"
          aria-label={t().closeDetails}
          onClick={() => {
            // The button goes with the panel: hand focus to the event's marker, not the page.
            requestFocus({ id: event.id, wait: false });
            select(null);
          }}
          title={t().close}
        >
          {/* A cross, named in full: the bar keeps one line in the narrowest column, in Spanish too. */}
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      <EventBody event={event} medium="screen" />

      <CopyLink key={event.id} id={event.id} title={event.title} />
    </aside>
  );
}
