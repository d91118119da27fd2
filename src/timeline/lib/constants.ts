/** Values the timeline shares with the benchmark and the store generator (bench/, scripts/). */

/** How far one press of Zoom in, Zoom out, `+` or `-` zooms. */
export const ZOOM_STEP = 1.6;

/** Past this many events starting in the window, the timeline shows cluster badges only. */
export const DENSE_THRESHOLD = 1500;

/** The User Timing mark left when markers first reach the screen. */
export const MARKERS_PAINTED = 'markers-painted';

/** The lanes a track keeps however few events it holds, on the page and in the exported image. */
export const MIN_LANES = 3;
