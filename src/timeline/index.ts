// The timeline's public face; its pure maths (./lib) is a public library of its own. Named
// re-exports only.
export { Timeline } from './timeline.tsx';
export { EventsInView } from './events-in-view.tsx';
export { isMarkerFocused } from './focus-marker.ts';
