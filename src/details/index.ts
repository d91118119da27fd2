// The details' public face: the panel, the introduction and the source line. Named re-exports
// only.
export { DetailsPanel } from './details-panel.tsx';
export { EventBody } from './event-body.tsx';
export { IntroCard } from './intro-card.tsx';
export { SourceLine } from './source-line.tsx';
