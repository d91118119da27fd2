/**
 * Keyboard focus and the markers. Markers come and go as the view moves, so a request to focus
 * one is remembered until the marker exists (see Timeline), and focus that would fall to the
 * page's body goes back to the event the reader was on.
 */
let pending = false;

/** Asks that the next selected marker take focus once it is drawn. */
export function requestMarkerFocus(): void {
  pending = true;
}

/** Drops a request that nothing will answer. */
export function cancelMarkerFocus(): void {
  pending = false;
}

/** Carries out a pending request, once the marker of `id` exists. */
export function fulfilMarkerFocus(id: string | null): void {
  if (pending && focusMarker(id)) pending = false;
}

/** Whether focus is on an event marker, so that stepping should carry it along. */
export function isMarkerFocused(): boolean {
  return (
    document.activeElement instanceof HTMLElement && 'eventId' in document.activeElement.dataset
  );
}

/** Focuses the marker of an event if it is on screen; says whether it could. */
export function focusMarker(id: string | null): boolean {
  if (id === null) return false;
  const marker = [...document.querySelectorAll<HTMLElement>('[data-event-id]')].find(
    (el) => el.dataset.eventId === id,
  );
  marker?.focus({ preventScroll: true });
  return marker !== undefined;
}
