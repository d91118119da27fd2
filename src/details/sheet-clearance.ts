/** Room kept between the marker and the edges of what the sheet leaves visible. */
export const CLEARANCE = 12;

/**
 * How far to scroll the page (positive: down) so that a marker, in viewport coordinates, sits
 * between the top of the screen and the top of the details sheet; 0 when it already does.
 * The top wins when the gap is too small for both.
 */
export function scrollToClearSheet(
  marker: { top: number; bottom: number },
  sheetTop: number,
): number {
  if (marker.top < CLEARANCE) return marker.top - CLEARANCE;
  if (marker.bottom + CLEARANCE > sheetTop) {
    return Math.min(marker.bottom + CLEARANCE - sheetTop, marker.top - CLEARANCE);
  }
  return 0;
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
