import { useId } from 'react';
import { selectSelectedEvent, selectShownEvents, useTimelineStore } from '../state/store.ts';
import { STORY_SPEEDS } from './hold-time.ts';
import { leaveStory, STORY_CONTROLS_ID, STORY_PLAY_ID } from './leave-story.ts';
import { useStoryTimer } from './use-story-timer.ts';
import { formatNumber } from '../i18n/format.ts';
import { t } from '../i18n/messages.ts';

const speedLabel = (speed: number) => `${formatNumber(speed)}×`;

/**
 * The story's controls, in the timeline's toolbar: "Play story", which becomes Pause and Resume
 * (one button, so focus stays on it), and while the story is on its progress ("7 / 27"), steps,
 * speed and a way out. Each step's title is announced politely, and only the title; nothing here
 * takes the focus while the story plays.
 */
export function StoryControls() {
  useStoryTimer();
  const story = useTimelineStore((s) => s.story);
  const count = useTimelineStore((s) => selectShownEvents(s).length);
  const title = useTimelineStore((s) => (s.story ? (selectSelectedEvent(s)?.title ?? '') : ''));
  const speedId = useId();

  const state = useTimelineStore.getState;
  const atFirst = !story || story.step <= 0;
  const atLast = !story || story.step >= count - 1;
  const main = !story
    ? { label: t().playStory, act: () => state().playStory() }
    : story.playing
      ? { label: t().pauseStory, act: () => state().pauseStory() }
      : atLast
        ? { label: t().playStoryAgain, act: () => state().playStory() }
        : { label: t().resumeStory, act: () => state().resumeStory() };
  const unavailable = !story && count === 0;

  return (
    <div
      id={STORY_CONTROLS_ID}
      className={story ? 'story story--on' : 'story'}
      role="group"
      aria-label={t().story}
    >
      {/* Always first, so that React keeps this very button, and its focus, as its label changes. */}
      <button
        id={STORY_PLAY_ID}
        type="button"
        className="story__play"
        aria-disabled={unavailable}
        onClick={() => {
          if (!unavailable) main.act();
        }}
      >
        {main.label}
      </button>
      {story && (
        <>
          <p className="story__progress">
            <span className="visually-hidden">{t().storyStep}</span>
            {formatNumber(story.step + 1)} / {formatNumber(count)}
          </p>
          {/* aria-disabled, not disabled: a disabled button would drop the keyboard focus. */}
          <button
            type="button"
            aria-disabled={atFirst}
            aria-keyshortcuts="ArrowLeft"
            onClick={() => {
              if (!atFirst) state().storyStep(-1);
            }}
          >
            <span aria-hidden="true">← </span>
            {t().storyPrevious}
          </button>
          <button
            type="button"
            aria-disabled={atLast}
            aria-keyshortcuts="ArrowRight"
            onClick={() => {
              if (!atLast) state().storyStep(1);
            }}
          >
            {t().storyNext}
            <span aria-hidden="true"> →</span>
          </button>
          <label className="story__speed" htmlFor={speedId}>
            {t().storySpeed}
            <select
              id={speedId}
              value={story.speed}
              onChange={(event) => state().setStorySpeed(Number(event.target.value))}
            >
              {STORY_SPEEDS.map((speed) => (
                <option key={speed} value={speed}>
                  {speedLabel(speed)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" aria-keyshortcuts="Escape" onClick={leaveStory}>
            {t().exitStory}
          </button>
        </>
      )}
      {/* Present before the story starts, so that the first title is announced too. */}
      <p className="visually-hidden" aria-live="polite" dir="auto">
        {title}
      </p>
    </div>
  );
}
