/**
 * The markers frame by frame, as the view moves and rests. A moving frame draws only the rows on
 * screen (where the track's top is, measured once per motion), and a scroll meanwhile draws the
 * rows it brings in; the buttons hide. Once the view rests (settle-delay), the whole track is
 * drawn and the buttons are placed, or, when the set of drawn items has changed, handed to React
 * to render (`onItems`), and placed when it has (`buttonsRendered`).
 */
import type { TimeWindow } from '../data/time-window.ts';
import { holdsFocus, placeButtons, refocusButtons } from './frame-buttons.ts';
import { settleDelay } from './lib/settle-delay.ts';
import type { TrackLayout } from './lib/track-layout.ts';
import {
  drawFrame,
  EMPTY_LAYOUT,
  itemsKey,
  sameFrame,
  type MarkerFrameInputs,
  type MarkerFrameParts,
} from './marker-frame.ts';
import { createThumbnailBitmaps } from './marker-thumbnails.ts';
import { setStyle } from './set-style.ts';

export interface MarkerFrames {
  /** Draws the window: a step of the view's motion (`moving`), or a render's new inputs. */
  show: (view: TimeWindow, moving: boolean, inputs: MarkerFrameInputs) => void;
  /** The page scrolled: a moving frame's rows on screen have changed. */
  scrolled: () => void;
  /** React has rendered the buttons of the set it was given: they take their places. */
  buttonsRendered: (width: number) => void;
  /** Stops what is waiting (the settle, a scroll's redraw); the frames may start again. */
  stop: () => void;
}

export function createMarkerFrames(
  parts: MarkerFrameParts,
  onItems: (layout: TrackLayout, selectedId: string | null) => void,
): MarkerFrames {
  /** The frame last drawn, its layout, and whether only its rows on screen were drawn. */
  let view: TimeWindow | null = null;
  let inputs: MarkerFrameInputs | null = null;
  let latest = EMPTY_LAYOUT;
  let partial = false;
  /** The frame drawn at rest, which a render with the same inputs need not draw again. */
  let rested: { view: TimeWindow; inputs: MarkerFrameInputs } | null = null;
  let renderedKey = '';
  let refocus = false;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  const pace = { last: 0, interval: 0 };
  let scrollFrame = 0;
  // Where the track's top is on screen, measured once per motion: measuring in each frame would
  // lay the page out in the middle of it, after the axis has moved its ticks.
  let trackTop: number | null = null;
  // The tallest track of the motion so far, which the track keeps until the view rests: a lane
  // that opens and closes as the view zooms (the open event's whole title wants one at some
  // scales) would move the page below, and repaint all of it, at every step.
  let heldHeight = 0;

  // Thumbnails that arrive are drawn into the frame at rest; a moving view draws them anyway.
  const bitmaps = createThumbnailBitmaps(() => {
    if (!view || !inputs || parts.track.current?.hasAttribute('data-moving')) return;
    drawFrame(parts, inputs, view, bitmaps, null);
  });

  const settle = () => {
    if (!view || !inputs) return;
    const track = parts.track.current;
    track?.removeAttribute('data-moving');
    trackTop = null;
    heldHeight = 0;
    // At rest the whole track is drawn, so that scrolling it costs no drawing.
    if (partial) {
      partial = false;
      drawFrame(parts, inputs, view, bitmaps, null);
    } else if (track) {
      setStyle(track, 'height', `${latest.height}px`);
    }
    // This frame is the one at rest: the render the new buttons bring need not draw it again
    // (nor place them twice), as long as the view and the inputs are still the same.
    if (rested?.view !== view || rested.inputs !== inputs) rested = { view, inputs };
    const key = itemsKey(latest);
    if (key !== renderedKey) {
      // A focused button about to go (its event now in a cluster, or out of view) hands the
      // focus on once the new buttons are there, rather than dropping it to the page.
      refocus = holdsFocus(track);
      renderedKey = key;
      onItems(latest, inputs.selectedId);
    } else if (track) {
      placeButtons(track, latest.items, inputs.width);
    }
  };

  const redrawRowsOnScreen = () => {
    scrollFrame = 0;
    if (!partial || !view || !inputs) return;
    const top = parts.track.current?.getBoundingClientRect().top ?? null;
    trackTop = top;
    partial = drawFrame(parts, inputs, view, bitmaps, top, heldHeight).partial;
  };

  return {
    show: (nextView, moving, nextInputs) => {
      // A render that changes none of the inputs of a frame at rest (its own buttons arriving,
      // say) would draw that frame again: on a page's first frames, that doubles the longest
      // task. While the view moves, a render draws and settles at once: the motion's next frame
      // needs it.
      if (!moving && rested?.view === nextView && sameFrame(rested.inputs, nextInputs)) return;
      rested = moving ? null : { view: nextView, inputs: nextInputs };
      view = nextView;
      inputs = nextInputs;
      const track = parts.track.current;
      if (!moving) trackTop = null;
      else if (trackTop === null && track) trackTop = track.getBoundingClientRect().top;
      const frame = moving
        ? drawFrame(parts, nextInputs, nextView, bitmaps, trackTop, heldHeight)
        : drawFrame(parts, nextInputs, nextView, bitmaps, null);
      latest = frame.layout;
      partial = frame.partial;
      heldHeight = moving ? Math.max(heldHeight, frame.layout.height) : 0;
      clearTimeout(settleTimer);
      if (!moving) {
        settle();
        return;
      }
      // While the view moves, only the canvas follows: the buttons (invisible hit and focus
      // targets) wait until it rests, and hide meanwhile so that no focus ring floats astray.
      // Set once per motion: every write restyles the hundreds of buttons the attribute hides.
      if (track && !track.hasAttribute('data-moving')) track.setAttribute('data-moving', '');
      settleTimer = setTimeout(settle, settleDelay(pace, performance.now()));
    },
    scrolled: () => {
      trackTop = null;
      if (!partial || scrollFrame) return;
      scrollFrame = requestAnimationFrame(redrawRowsOnScreen);
    },
    buttonsRendered: (width) => {
      const track = parts.track.current;
      if (!track) return;
      placeButtons(track, latest.items, width);
      if (refocus) refocusButtons(track);
      refocus = false;
    },
    stop: () => {
      clearTimeout(settleTimer);
      cancelAnimationFrame(scrollFrame);
      scrollFrame = 0;
    },
  };
}
