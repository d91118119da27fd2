import type { LayoutItem } from './layout.ts';

/** The key that names a drawn item: its event's id, or the cluster's key. */
export function itemKey(item: LayoutItem): string {
  return item.type === 'event' ? item.event.id : item.key;
}

/** Drawn items in reading order: by time, then top to bottom (across bands too). */
export function readingOrder(items: readonly LayoutItem[]): LayoutItem[] {
  const startOf = (item: LayoutItem) =>
    item.type === 'event' ? item.event.date.start : item.start;
  return [...items].sort((a, b) => startOf(a) - startOf(b) || a.top - b.top);
}

/**
 * The one item of the timeline in the tab order (a roving tabindex): the open event where it is
 * drawn, else the item the reader last moved to, else the first in reading order.
 */
export function rovingKey(
  ordered: readonly LayoutItem[],
  selectedId: string | null,
  lastKey: string | null,
): string | null {
  const keys = new Set(ordered.map(itemKey));
  if (selectedId !== null && keys.has(selectedId)) return selectedId;
  if (lastKey !== null && keys.has(lastKey)) return lastKey;
  const first = ordered[0];
  return first ? itemKey(first) : null;
}
