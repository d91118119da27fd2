import { useTimelineStore } from '../state/store.ts';
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type FocusEvent,
  type PointerEvent,
} from 'react';

export interface CardState {
  id: string;
  via: 'pointer' | 'focus';
}

/** Time to move the pointer from a marker onto its card before the card goes (WCAG 1.4.13). */
const GRACE_MS = 200;

function markerId(target: EventTarget | null): string | undefined {
  return target instanceof Element
    ? (target.closest<HTMLElement>('[data-event-id]')?.dataset.eventId ?? undefined)
    : undefined;
}

/**
 * Which marker's card is up: the one under a mouse or pen, or the one focused from the keyboard
 * (not a tap: on touch the tap opens the details). The card stays while the pointer is over it,
 * goes when the page scrolls, and Escape dismisses it before it closes anything else.
 */
export function useMarkerCard() {
  const [card, setCard] = useState<CardState | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const keep = useCallback(() => clearTimeout(timer.current), []);
  const hideSoon = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setCard((c) => (c?.via === 'pointer' ? null : c)), GRACE_MS);
  }, []);

  useEffect(() => () => clearTimeout(timer.current), []);

  // Once the view moves, the marker is no longer under the pointer: a hover card would be left
  // floating over whatever came there (and would catch the next wheel notch meant to zoom).
  useEffect(
    () =>
      useTimelineStore.subscribe(
        (s) => s.timeWindow,
        () => setCard((c) => (c?.via === 'pointer' ? null : c)),
      ),
    [],
  );

  useEffect(() => {
    if (!card) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      // Captured before the page's shortcuts: this Escape is spent on the card alone.
      event.stopPropagation();
      event.preventDefault();
      setCard(null);
    };
    const onScroll = () => setCard(null);
    document.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      document.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('scroll', onScroll);
    };
  }, [card]);

  // Where the pointer last was. A card opens for a marker the pointer has moved onto, not for one
  // that the page brought under a resting pointer (a click that opens an event, a view that
  // moves): the browser reports both as "over", with the same coordinates for the second.
  const lastPoint = useRef<{ x: number; y: number } | null>(null);
  const moved = (event: PointerEvent) => {
    const last = lastPoint.current;
    lastPoint.current = { x: event.clientX, y: event.clientY };
    return last === null || last.x !== event.clientX || last.y !== event.clientY;
  };

  const trackHandlers = {
    onPointerMove: (event: PointerEvent) => {
      const id = markerId(event.target);
      if (!moved(event) || event.pointerType === 'touch' || id === undefined) return;
      keep();
      setCard((c) => (c?.id === id ? c : { id, via: 'pointer' }));
    },
    onPointerDown: (event: PointerEvent) => {
      lastPoint.current = { x: event.clientX, y: event.clientY };
    },
    onPointerOut: (event: PointerEvent) => {
      if (event.pointerType !== 'touch' && markerId(event.target) !== undefined) hideSoon();
    },
    onFocus: (event: FocusEvent) => {
      const id = markerId(event.target);
      const element = event.target as Element;
      if (id !== undefined && element.matches(':focus-visible')) setCard({ id, via: 'focus' });
    },
    onBlur: (event: FocusEvent) => {
      if (markerId(event.target) !== undefined) setCard((c) => (c?.via === 'focus' ? null : c));
    },
  };
  const cardHandlers = {
    onPointerEnter: keep,
    onPointerLeave: hideSoon,
    onWheel: () => setCard(null),
  };
  return { card, trackHandlers, cardHandlers };
}
