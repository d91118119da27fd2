import type { Dataset, TimelineEvent } from '../data/schema.ts';
import { endOf, parsePartialDate, startOf, type PartialDate } from '../data/partial-date.ts';

/** What happened to an event since a day: it joined the timeline, or it was changed. */
export type ChangeKind = 'new' | 'updated';

/** Each changed event's id and what changed; events not in it are as they were. */
export type Changes = ReadonlyMap<string, ChangeKind>;

/**
 * The events this page has seen arrive or change, by id, with the reader's day it saw it: an
 * update in place brought them while the reader was reading. What the page saw needs no date in
 * the data: such an event was not in the version loaded at this visit, so it is new (or changed)
 * since any earlier day, whatever its record says, or fails to say.
 */
export type SeenChanges = ReadonlyMap<string, { kind: ChangeKind; day: string }>;

export const NOTHING_SEEN: SeenChanges = new Map();

/** The dataset's dates that an event's own change dates fall back to. */
export type ChangeFallbacks = Pick<Dataset, 'source'>;

/**
 * An event's change dates as written, with the fallbacks where it has none: `added` falls back to
 * the first publication of the source (`source.published`), since an event without a date of its
 * own was there from the start; `updated` falls back to `added`, since an event never changed was
 * last changed when it arrived. Null where neither the event nor the dataset says.
 */
export function changeDatesOf(
  event: Pick<TimelineEvent, 'added' | 'updated'>,
  dataset: ChangeFallbacks,
): { added: string | null; updated: string | null } {
  const added = event.added ?? dataset.source?.published ?? null;
  return { added, updated: event.updated ?? added };
}

/** Whether the dataset says anything of its changes: where it does not, there is nothing to show. */
export function hasChangeDates(dataset: {
  events: readonly Pick<TimelineEvent, 'added' | 'updated'>[];
  updated?: string;
}): boolean {
  if (dataset.updated !== undefined) return true;
  // A plain loop: most large stores date nothing, so this reads every event, a million at most.
  for (const event of dataset.events) {
    if (event.added !== undefined || event.updated !== undefined) return true;
  }
  return false;
}

/**
 * The day changes are shown since: a link's (`since`), else the reader's last visit, which counts
 * only for a dataset that dates its changes (any other would say "nothing new" at every visit).
 */
export function changesDayOf(
  since: string | null,
  lastVisit: string | null,
  dataset: Parameters<typeof hasChangeDates>[0] | null,
  datesChanges: typeof hasChangeDates = hasChangeDates,
): string | null {
  if (since !== null) return since;
  return lastVisit !== null && dataset && datesChanges(dataset) ? lastVisit : null;
}

const parsedDates = new Map<string, PartialDate | null>();

/** Change dates repeat (a whole update adds its events on one day): each is read once. */
function parsed(text: string): PartialDate | null {
  let date = parsedDates.get(text);
  if (date === undefined) {
    const read = parsePartialDate(text);
    date = read.kind === 'ok' ? read.date : null;
    parsedDates.set(text, date);
  }
  return date;
}

/**
 * Whether a change dated `text` may have happened on or after the day that begins at `since`. A
 * change known only to its month or year counts when any of it reaches that day: a reader is
 * told of a change that may be new rather than left to miss one. A change on that day counts, as
 * it may have come after a visit earlier that day.
 */
function isSince(text: string | null, since: number): boolean {
  if (text === null) return false;
  const date = parsed(text);
  return date !== null && endOf(date) > since;
}

/**
 * The events added or changed on or after `day` (YYYY-MM-DD): new where added since, else updated
 * where changed since. An event added since that was changed again is new: it is all news to a
 * reader who last came before it. What the page saw arrive or change (`seen`) counts as its
 * dates say, on the day it was seen.
 */
export function changesSince(
  events: readonly Pick<TimelineEvent, 'id' | 'added' | 'updated'>[],
  dataset: ChangeFallbacks,
  day: string,
  seen: SeenChanges = NOTHING_SEEN,
): Changes {
  const changes = new Map<string, ChangeKind>();
  const date = parsed(day);
  if (date === null) return changes;
  const since = startOf(date);
  for (const event of events) {
    const { added, updated } = changeDatesOf(event, dataset);
    const saw = seen.get(event.id);
    const sawSince = saw !== undefined && isSince(saw.day, since);
    if (isSince(added, since) || (sawSince && saw.kind === 'new')) changes.set(event.id, 'new');
    else if (isSince(updated, since) || sawSince) changes.set(event.id, 'updated');
  }
  return changes;
}

/**
 * What the page has seen after an update in place (`diff`, on the reader's day `today`): the
 * events it brought are new, those it changed are updated, unless already seen arriving (then
 * they stay new), and those it took out are forgotten, so that one brought back is new again.
 */
export function seenAfterUpdate(
  seen: SeenChanges,
  diff: { added: readonly string[]; changed: readonly string[]; removed: readonly string[] },
  today: string,
): SeenChanges {
  if (!diff.added.length && !diff.changed.length && !diff.removed.length) return seen;
  const next = new Map(seen);
  for (const id of diff.removed) next.delete(id);
  for (const id of diff.added) next.set(id, { kind: 'new', day: today });
  for (const id of diff.changed) if (!next.has(id)) next.set(id, { kind: 'updated', day: today });
  return next;
}

/** How many events are new, and how many updated. */
export function countChanges(changes: Changes): { added: number; updated: number } {
  let added = 0;
  let updated = 0;
  for (const kind of changes.values()) {
    if (kind === 'new') added++;
    else updated++;
  }
  return { added, updated };
}
