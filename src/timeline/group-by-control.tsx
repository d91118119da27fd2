import { isGroupBy, type GroupBy } from '../data/group-by.ts';
import { selectDataset, useTimelineStore } from '../state/store.ts';
import { t } from '../i18n/messages.ts';
import { pauseStoryForReader } from './reader-moves.ts';

/**
 * "Group by": the timeline in one set of packed lanes, or in a band per first topic, or per group
 * of the dataset's own (offered only where it has groups). The choice is part of the address.
 */
export function GroupByControl() {
  const groupBy = useTimelineStore((s) => s.groupBy);
  const hasGroups = useTimelineStore((s) => (selectDataset(s)?.groups.length ?? 0) > 0);
  const setGroupBy = useTimelineStore((s) => s.setGroupBy);
  const options: { value: GroupBy; label: string }[] = [
    { value: 'none', label: t().groupByNone },
    { value: 'topic', label: t().groupByTopic },
    ...(hasGroups ? [{ value: 'groups' as const, label: t().groupByGroups }] : []),
  ];
  return (
    <label className="timeline__group-by">
      {t().groupBy}{' '}
      <select
        value={groupBy}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (!isGroupBy(value)) return;
          pauseStoryForReader();
          setGroupBy(value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
