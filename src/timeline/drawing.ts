// The timeline's drawing, for surfaces other than its canvas (the exported image): the same
// code that draws each frame, drawn on an SvgSurface. Named re-exports only.
export { drawMarkers, type DrawOptions } from './draw-markers.ts';
export type { PlacedEra } from './draw-backdrop.ts';
export { eraStripOf, placeEras } from './frame-layout.ts';
export { SvgSurface, type SvgFont, type SvgMeasure } from './svg-surface.ts';
