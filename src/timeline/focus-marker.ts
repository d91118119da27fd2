import type { FocusRequest } from '../state/store.ts';

/**
 * Carries out a focus request held in the store (see Timeline, after each layout); says whether
 * the request is done with: answered, or a one-try request whose marker is not drawn.
 */
export function fulfilMarkerFocus(request: FocusRequest, selectedId: string | null): boolean {
  if (request === 'selection') return focusMarker(selectedId);
  return focusMarker(request.id) || !request.wait;
}

/** Whether focus is on an event marker, so that stepping should carry it along. */
export function isMarkerFocused(): boolean {
  return (
    document.activeElement instanceof HTMLElement && 'eventId' in document.activeElement.dataset
  );
}

/** The button of an event's marker, where it is drawn. */
export function findMarker(id: string): HTMLElement | undefined {
  return [...document.querySelectorAll<HTMLElement>('[data-event-id]')].find(
    (el) => el.dataset.eventId === id,
  );
}

/** Focuses the marker of an event if it is on screen; says whether it could. */
function focusMarker(id: string | null): boolean {
  if (id === null) return false;
  const marker = findMarker(id);
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
