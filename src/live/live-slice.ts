/**
 * A newer version of the shown store, put in place of the old one while the reader reads. What
 * the reader has made of the page stays: the window, the filters (less any topic the new version
 * no longer has), the open event and the story's place on it. What changed is counted, for a
 * polite announcement, and an open event the new version no longer holds is closed with a notice.
 */
import { changesDayOf, NOTHING_SEEN, seenAfterUpdate, type SeenChanges } from '../state/changes.ts';
import { localDay } from '../state/local-day.ts';
import type { Slice } from '../state/slice.ts';
import type { TimelineState } from '../state/store.ts';
import { diffEvents, isEmptyDiff, sameData } from '../data/event-diff.ts';
import type { Loaded } from '../data/parse-result.ts';
import { quote } from '../lib/display-text.ts';
import { t } from '../i18n/messages.ts';
import { changesOf } from '../filters/changes-slice.ts';
import { shownEventsOf } from '../filters/filters-slice.ts';
import type { Story } from '../story/story-slice.ts';

/** What the last update changed; `seq` tells two alike apart, so that each is announced. */
export interface LiveUpdate {
  added: number;
  changed: number;
  removed: number;
  seq: number;
}

export const OPEN_EVENT_REMOVED = 'open-event-removed';

type Ready = Loaded;

export interface LiveSlice {
  /**
   * Shows a newer version of the same store: the view, filters, open event and story stay
   * (stateAfterUpdate), `liveUpdate` counts what changed, and `seenChanges` keeps it. `today` is
   * the reader's day (YYYY-MM-DD), their clock's by default.
   */
  updateStore: (result: Ready, today?: string) => void;
  liveUpdate: LiveUpdate | null;
  /** The events updates in place have brought or changed while the page was open. */
  seenChanges: SeenChanges;
}

/** What another store starts with: nothing updated, nothing seen. */
export const freshLive = (): Pick<LiveSlice, 'liveUpdate' | 'seenChanges'> => ({
  liveUpdate: null,
  seenChanges: NOTHING_SEEN,
});

export const liveSlice: Slice<LiveSlice> = (set) => ({
  ...freshLive(),
  updateStore: (result, today = localDay(new Date())) =>
    set((s) => stateAfterUpdate(s, result, today)),
});

/**
 * The state's change for a newer version, seen on the reader's day `today`: none when nothing in
 * it differs from what is shown.
 */
export function stateAfterUpdate(
  s: TimelineState,
  result: Ready,
  today: string,
): Partial<TimelineState> {
  if (s.load.kind !== 'ok') return { load: result };
  const before = s.load;
  const diff = diffEvents(before.dataset.events, result.dataset.events);
  if (isEmptyDiff(diff) && sameData(withoutEvents(before), withoutEvents(result))) return {};

  const next = result.dataset;
  const topicIds = new Set(next.topics.map((topic) => topic.id));
  const activeTopics = s.activeTopics.every((id) => topicIds.has(id))
    ? s.activeTopics
    : s.activeTopics.filter((id) => topicIds.has(id));
  const groupBy = s.groupBy === 'groups' && next.groups.length === 0 ? 'none' : s.groupBy;

  const gone =
    s.selectedId === null || !diff.removed.includes(s.selectedId)
      ? undefined
      : before.dataset.events.find((event) => event.id === s.selectedId);
  const selectedId = gone ? null : s.selectedId;
  const seenChanges = seenAfterUpdate(s.seenChanges, diff, today);
  // What's new keeps to the changes of the new version: its new events are among them.
  const day = s.whatsNew
    ? changesDayOf(s.since, s.lastVisit, next, seenChanges.size ? () => true : undefined)
    : null;
  const news = day === null ? null : changesOf(next.events, next, day, seenChanges);
  const shown = shownEventsOf(next.events, activeTopics, s.query, news);
  // The story stays on its event, at that event's place among the events now shown.
  const step = selectedId === null ? -1 : shown.findIndex((event) => event.id === selectedId);
  const story: Story | null =
    s.story && step >= 0 ? (s.story.step === step ? s.story : { ...s.story, step }) : null;

  return {
    load: result,
    seenChanges,
    activeTopics,
    groupBy,
    selectedId,
    // Not the reader's doing: the address is rewritten, not given a history entry of its own.
    ...(gone && { selectedBy: 'update' as const }),
    story,
    notices: gone
      ? [
          ...s.notices.filter((notice) => notice.id !== OPEN_EVENT_REMOVED),
          { id: OPEN_EVENT_REMOVED, text: t().openEventRemoved(quote(gone.title)) },
        ]
      : s.notices,
    liveUpdate: isEmptyDiff(diff)
      ? s.liveUpdate
      : {
          added: diff.added.length,
          changed: diff.changed.length,
          removed: diff.removed.length,
          seq: (s.liveUpdate?.seq ?? 0) + 1,
        },
  };
}

/** All a version holds but its events, which diffEvents compares. */
const withoutEvents = ({ dataset, problems, skipped }: Ready) => ({
  dataset: { ...dataset, events: null },
  problems,
  skipped,
});
