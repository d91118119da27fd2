/**
 * How the timeline sorts a dataset's events into bands (swimlanes): not at all (packed lanes),
 * by each event's first topic, or by the dataset's own groups.
 */
export const GROUP_BY = ['none', 'topic', 'groups'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

export function isGroupBy(value: string | undefined): value is GroupBy {
  return (GROUP_BY as readonly (string | undefined)[]).includes(value);
}
