/**
 * The story: the shown events played one after another in time order, and its rules. It follows
 * the reader: opening another event, or changing the filters, pauses it on that event's place
 * among the shown events, or ends it when the event is hidden or none is open.
 */
import type { SetState, Slice } from '../state/slice.ts';
import type { TimelineState } from '../state/store.ts';
import { selectShownEvents, selectShownPositions } from '../filters/filters-slice.ts';

/**
 * A story under way. `step` is the open event's place among the shown events (0-based; the
 * address says it 1-based), `speed` scales the pace. `by` says who opened the step: the story
 * moves the view to its steps, never to the reader's.
 */
export interface Story {
  step: number;
  playing: boolean;
  speed: number;
  by: 'story' | 'reader';
}

export interface StorySlice {
  story: Story | null;
  /** The speed last chosen, which the next story keeps. */
  storySpeed: number;
  /** Starts the story playing at a shown event's place (the first by default). */
  playStory: (from?: number) => void;
  pauseStory: () => void;
  resumeStory: () => void;
  /** Opens the next (+1) or previous (-1) step, playing or not; says whether there was one. */
  storyStep: (direction: 1 | -1) => boolean;
  setStorySpeed: (speed: number) => void;
  /** Leaves the story; the event it showed stays open. */
  exitStory: () => void;
}

/** What another store starts with: no story (the speed chosen stays). */
export const freshStory = (): Pick<StorySlice, 'story'> => ({ story: null });

export const storySlice: Slice<StorySlice> = (set, get) => {
  const update = (patch: Partial<Story>) =>
    set((s) => (s.story ? { story: { ...s.story, ...patch } } : {}));
  return {
    ...freshStory(),
    storySpeed: 1,
    playStory: (from = 0) => {
      const state = get();
      const shown = selectShownEvents(state);
      const event = shown[Math.min(Math.max(from, 0), shown.length - 1)];
      if (!event) return;
      set({
        story: {
          step: shown.indexOf(event),
          playing: true,
          speed: state.storySpeed,
          by: 'story',
        },
        selectedId: event.id,
        selectedBy: 'step',
      });
    },
    pauseStory: () => update({ playing: false }),
    resumeStory: () => update({ playing: true }),
    storyStep: (direction) => {
      const state = get();
      if (!state.story) return false;
      const step = state.story.step + direction;
      const event = selectShownEvents(state)[step];
      if (!event) return false;
      set({
        story: { ...state.story, step, by: 'story' },
        selectedId: event.id,
        selectedBy: 'step',
      });
      return true;
    },
    setStorySpeed: (speed) =>
      set((s) => ({ storySpeed: speed, ...(s.story && { story: { ...s.story, speed } }) })),
    exitStory: () => set({ story: null }),
  };
};

/**
 * The story after the reader changed the filters or opened an event: paused on that event's
 * place among the shown events, or over when the event is hidden or none is open.
 */
export function storyAfterChange(next: TimelineState, selectedId: string | null): Story | null {
  if (!next.story) return null;
  const step = selectedId === null ? undefined : selectShownPositions(next).get(selectedId);
  return step === undefined ? null : { ...next.story, step, playing: false, by: 'reader' };
}

/**
 * The `set` of the slices whose changes are the reader's doing (the filters, What's new, opening
 * an event): each change carries the story along (storyAfterChange), in the same update, so that
 * nothing ever sees the filters changed and the story not yet.
 */
export const followedByStory =
  (set: SetState): SetState =>
  (patch) =>
    set((s) => {
      const change = typeof patch === 'function' ? patch(s) : patch;
      const next = { ...s, ...change };
      return { ...change, story: storyAfterChange(next, next.selectedId) };
    });
