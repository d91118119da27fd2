// The story's public face: its controls, and leaving it. Named re-exports only.
export { StoryControls } from './story-controls.tsx';
export { leaveStory } from './leave-story.ts';
