import type { Group, TimelineEvent, Topic } from '../../data/schema.ts';
import { assertNever } from '../../lib/assert-never.ts';
import type { GroupBy } from '../../data/group-by.ts';

/** One swimlane: a labelled band with lanes of its own. */
export interface Band {
  key: string;
  /** Null for the one unlabelled band of a timeline that is not grouped. */
  label: string | null;
  /** The group's or topic's colour as the data gives it, if any. */
  color: string | undefined;
  /** Its place among the dataset's bands: what shades it, so that a filter never reshades. */
  order: number;
  /** Its events, in the timeline's order. */
  events: readonly TimelineEvent[];
}

export interface BandSource {
  topics: readonly Topic[];
  groups: readonly Group[];
}

/** The key of the band of events outside every group: no id of the data's can be it (slug.ts). */
export const UNGROUPED = '~ungrouped';

/**
 * The shown events sorted into bands: one for all of them, one per first topic, or one per
 * group (and one for the events outside any group, last). Bands keep the dataset's order and
 * hold only bands with events, so that a filter never leaves an empty band on screen.
 */
export function bandsOf(
  events: readonly TimelineEvent[],
  groupBy: GroupBy,
  source: BandSource,
  ungroupedLabel: string,
): Band[] {
  switch (groupBy) {
    case 'none':
      return [{ key: 'all', label: null, color: undefined, order: 0, events }];
    case 'topic':
      return sortInto(
        events,
        source.topics.map((topic, order) => ({
          key: topic.id,
          label: topic.label,
          color: topic.color,
          order,
        })),
        (event) => event.topics[0],
        ungroupedLabel,
      );
    case 'groups':
      return sortInto(
        events,
        source.groups.map((group, order) => ({
          key: group.id,
          label: group.label,
          color: group.color,
          order,
        })),
        (event) => event.group,
        ungroupedLabel,
      );
    default:
      return assertNever(groupBy);
  }
}

function sortInto(
  events: readonly TimelineEvent[],
  declared: readonly Omit<Band, 'events'>[],
  keyOf: (event: TimelineEvent) => string | undefined,
  ungroupedLabel: string,
): Band[] {
  const members = new Map<string, TimelineEvent[]>(declared.map((band) => [band.key, []]));
  const rest: TimelineEvent[] = [];
  for (const event of events) {
    const key = keyOf(event);
    const list = key === undefined ? undefined : members.get(key);
    (list ?? rest).push(event);
  }
  const bands: Band[] = [];
  for (const band of declared) {
    const list = members.get(band.key);
    if (list?.length) bands.push({ ...band, events: list });
  }
  if (rest.length) {
    bands.push({
      key: UNGROUPED,
      label: ungroupedLabel,
      color: undefined,
      order: declared.length,
      events: rest,
    });
  }
  return bands;
}
