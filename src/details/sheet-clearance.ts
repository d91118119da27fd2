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
