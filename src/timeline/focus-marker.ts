/**
 * Keyboard focus and the markers. Markers come and go as the view moves, so a request to focus
 * one is remembered until the marker exists (see Timeline), and focus that would fall to the
 * page's body goes back to the event the reader was on.
 */
const SELECTION = Symbol('the selected event');
let pending: string | typeof SELECTION | null = null;

/** Asks that the marker of `id` (by default, the next selected one) take focus once it is drawn. */
export function requestMarkerFocus(id?: string): void {
  pending = id ?? SELECTION;
}

/** Drops a request that nothing will answer. */
export function cancelMarkerFocus(): void {
  pending = null;
}

/** Carries out a pending request, once the marker it names exists. */
export function fulfilMarkerFocus(selectedId: string | null): void {
  if (pending === null) return;
  if (focusMarker(pending === SELECTION ? selectedId : pending)) pending = null;
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

/** Focuses any drawn item (an event's marker or a cluster badge) by its key. */
export function focusItem(key: string): boolean {
  const item = [...document.querySelectorAll<HTMLElement>('[data-item-key]')].find(
    (el) => el.dataset.itemKey === key,
  );
  item?.focus({ preventScroll: true });
  return item !== undefined;
}
