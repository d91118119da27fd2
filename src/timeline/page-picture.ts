/**
 * The picture of the timeline a page built ahead of time shows: the frame the Timeline component
 * draws first for the store's state (its inputs worked out as timeline.tsx works them out), drawn
 * as SVG (frame-picture.ts) for one width and screen height.
 */
import { storeAddressOnPage } from '../data/store-address.ts';
import { t } from '../i18n/messages.ts';
import {
  selectAllEvents,
  selectDataset,
  selectShownEvents,
  selectShownPositions,
  type TimelineState,
} from '../state/store.ts';
import type { CanvasPalette } from '../ui/theme.ts';
import {
  framePicture,
  type FramePicture,
  type PictureInputs,
  type TrackSize,
} from './frame-picture.ts';
import { bandsOf } from './lib/bands.ts';
import { indexBands } from './lib/track-layout.ts';
import { selectPinnedEvent } from './pinned-event.ts';
import { sharedTimeIndex } from './lib/time-index.ts';
import { paddedExtent } from './lib/time-window.ts';
import { thumbnailAddresses } from './marker-thumbnails.ts';
import type { SvgMeasure } from './svg-surface.ts';
import { topicColorOf } from './use-topic-colors.ts';
import { linkedEvents } from './use-linked-events.ts';

export interface PageScreen {
  /** The timeline's width on that screen, in px. */
  width: number;
  /** The screen's height, in px. */
  height: number;
}

export function pagePicture(
  state: TimelineState,
  screen: PageScreen,
  palette: CanvasPalette,
  text: { measure: SvgMeasure; baselineShift: PictureInputs['baselineShift'] },
  className: (size: TrackSize) => string,
): FramePicture {
  const all = selectAllEvents(state);
  const shown = selectShownEvents(state);
  const positions = selectShownPositions(state);
  const dataset = selectDataset(state);
  const bands = indexBands(bandsOf(shown, state.groupBy, dataset ?? NO_GROUPS, t().ungrouped));
  const extent = paddedExtent(all);
  const selectedId = state.selectedId;
  return framePicture(
    {
      index: sharedTimeIndex(shown),
      bands,
      eras: dataset?.eras ?? [],
      width: screen.width,
      screenHeight: screen.height,
      view: state.timeWindow ?? extent,
      pinned: selectPinnedEvent(state),
      colorOf: topicColorOf(dataset?.topics ?? [], state.activeTopics),
      palette,
      selectedId,
      thumbnailAddress: thumbnailAddresses(storeAddressOnPage(state.origin)),
      // As hydrating renders them: badges wait for the browser's own render (timeline.tsx).
      changes: null,
      changeText: { new: t().changeBadge('new'), updated: t().changeBadge('updated') },
      // The open event's links; no marker has the keyboard focus yet.
      linked: linkedEvents([selectedId], all, shown, positions),
      ...text,
    },
    className,
  );
}

const NO_GROUPS = { topics: [], groups: [] };
