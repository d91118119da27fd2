import { eventFromPath } from '../state/event-page.ts';
import { parseUrl } from '../state/url.ts';
import { appRootPath } from '../state/url-sync.ts';

/** Room kept between the marker and the edges of what the sheet leaves visible. */
export const CLEARANCE = 12;

/**
 * How far to scroll the page (positive: down) so that a marker, in viewport coordinates, sits
 * between the top of the screen and the top of the details sheet; 0 when it already does.
 * The top wins when the gap is too small for both. `keepTop`, the top of something on screen
 * that must stay in sight, limits how far the page scrolls down.
 */
export function scrollToClearSheet(
  marker: { top: number; bottom: number },
  sheetTop: number,
  keepTop = Number.POSITIVE_INFINITY,
): number {
  let offset = 0;
  if (marker.top < CLEARANCE) offset = marker.top - CLEARANCE;
  else if (marker.bottom + CLEARANCE > sheetTop) {
    offset = Math.min(marker.bottom + CLEARANCE - sheetTop, marker.top - CLEARANCE);
  }
  // What is already above the screen cannot be kept in sight: it limits nothing.
  if (offset <= 0 || keepTop < 0) return offset;
  return Math.min(offset, Math.max(0, keepTop - CLEARANCE));
}

/** The event the page's address named when it loaded, until the reader first acts. */
let arrival: string | null | undefined;

/**
 * Whether a sheet for this event is the one a shared link opened the page on, before the reader
 * has tapped, clicked or pressed a key: such a sheet leaves the masthead's title in sight, so that
 * the reader first sees whose page this is. The reader's own taps scroll as far as they need.
 */
export function isArrivalSheet(id: string, win: Window = window): boolean {
  if (arrival === undefined) {
    arrival = arrivalEvent(win);
    const end = () => {
      arrival = null;
    };
    win.addEventListener('pointerdown', end, { capture: true, once: true });
    win.addEventListener('keydown', end, { capture: true, once: true });
  }
  return arrival === id;
}

/** The event named by the address the document was loaded from (later ones are pushed). */
function arrivalEvent(win: Window): string | null {
  const [entry] = win.performance.getEntriesByType?.('navigation') ?? [];
  if (!entry) return null;
  let url: URL;
  try {
    url = new URL(entry.name);
  } catch {
    return null;
  }
  return parseUrl(url.search).event ?? eventFromPath(url.pathname, appRootPath(win));
}

/**
 * A story step on a phone: how far to scroll so that `showFrom` (the top of the story's controls,
 * in viewport coordinates, negative once scrolled past) meets the top of the screen, with the axis
 * and the lanes below it down to the sheet, and the step's marker among them clear of the sheet
 * (scrolling further if need be: the axis then sticks to the top).
 */
export function scrollForStoryStep(
  showFrom: number,
  marker: { top: number; bottom: number },
  sheetTop: number,
): number {
  const offset = showFrom;
  const below = marker.bottom - offset + CLEARANCE - sheetTop;
  return below > 0 ? offset + below : offset;
}
