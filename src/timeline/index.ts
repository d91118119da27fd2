// The timeline's public face; its pure maths (./lib) is a public library of its own. Named
// re-exports only.
export { Timeline } from './timeline.tsx';
export { EventsInView } from './events-in-view.tsx';
export { isMarkerFocused } from './focus-marker.ts';
export { zoomTimeline } from './zoom-timeline.ts';
export { ServedPictureContext, readServedPicture } from './served-picture-context.ts';
export { pagePicture, type PageScreen } from './page-picture.ts';
export type { TrackSize } from './frame-picture.ts';
export { screensWithSameLanes } from './frame-layout.ts';
