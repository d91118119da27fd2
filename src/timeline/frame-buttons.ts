/**
 * The overlay over the canvas: one transparent button per drawn item, carrying its name, focus
 * and click. They are placed over their drawings once the view rests, without a render.
 */
import { BADGE_HEIGHT, clusterBadge, type TextMeasurer } from './draw-markers.ts';
import { formatRange } from './lib/format-range.ts';
import type { LayoutItem } from './lib/layout.ts';
import { markerGeometry, targetBox } from './lib/marker-geometry.ts';
import { itemKey } from './lib/roving.ts';
import { canvasContext } from './prepare-canvas.ts';
import { setStyle } from './set-style.ts';
import { t } from '../i18n/messages.ts';

/** Tells what follows a marker's button (its card) that the buttons have moved. */
export const BUTTONS_PLACED = 'timeline-buttons-placed';

/** Where there is no canvas to measure with (jsdom): an average digit's width. */
const ESTIMATE = { font: '', measureText: (text: string) => ({ width: text.length * 7.5 }) };

/** Moves each item's button over its drawing and gives it its drawn label, without a render. */
export function placeButtons(
  track: HTMLElement,
  items: readonly LayoutItem[],
  width: number,
): void {
  // Only badges are measured: a frame without any creates no canvas context for them.
  let measure: TextMeasurer | undefined;
  const measurer = () => {
    const canvas = track.querySelector('canvas');
    return (measure ??= (canvas && canvasContext(canvas)) ?? ESTIMATE);
  };
  const buttons = new Map<string, HTMLElement>();
  for (const el of track.querySelectorAll<HTMLElement>('[data-item-key]')) {
    buttons.set(el.dataset.itemKey as string, el);
  }
  for (const item of items) {
    const button = buttons.get(itemKey(item));
    if (!button) continue;
    if (item.type === 'cluster') {
      setStyle(button, 'transform', `translate(${Math.round(item.x)}px, ${item.top}px)`);
      setStyle(button, 'width', `${clusterBadge(measurer(), item.count).width}px`);
      setStyle(button, 'height', `${BADGE_HEIGHT}px`);
      const name = t().clusterName(item.count, formatRange(item.start, item.end));
      if (button.getAttribute('aria-label') !== name) {
        button.setAttribute('aria-label', name);
        button.title = `${name}: zoom in`;
      }
      if (button.dataset.start !== String(item.start)) button.dataset.start = String(item.start);
      if (button.dataset.end !== String(item.end)) button.dataset.end = String(item.end);
      continue;
    }
    // The button covers the visible part only, so that its focus ring is never cut off; a lone
    // dot's grows to a finger's size around it.
    const box = targetBox(markerGeometry(item), width);
    // Only what changed: each write restyles its button, and most stay put between rests.
    setStyle(button, 'transform', `translate(${box.left}px, ${box.top}px)`);
    setStyle(button, 'width', `${box.width}px`);
    setStyle(button, 'height', `${box.height}px`);
    const label = item.label?.lines.join(' ') ?? '';
    if (button.dataset.label !== label) button.dataset.label = label;
  }
  track.dispatchEvent(new Event(BUTTONS_PLACED, { bubbles: true }));
}

/** Whether the keyboard focus is on one of the track's buttons, which a new set may take away. */
export function holdsFocus(track: HTMLElement | null): boolean {
  return track?.contains(document.activeElement) ?? false;
}

/**
 * Hands the focus on to the new buttons (the tab stop, else the first) when the one that had it
 * has gone, rather than dropping it to the page; without scrolling.
 */
export function refocusButtons(track: HTMLElement): void {
  if (track.contains(document.activeElement)) return;
  track.querySelector<HTMLElement>('button[tabindex="0"], button')?.focus({ preventScroll: true });
}
