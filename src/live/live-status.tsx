import { useTimelineStore } from '../state/store.ts';
import { t } from '../i18n/messages.ts';

/**
 * Says politely what a newer version of the store brought ("2 new events"), without moving the
 * focus or anything on the page: the region is there from the start, so that screen readers
 * hear each change of its text.
 */
export function LiveStatus() {
  const update = useTimelineStore((s) => s.liveUpdate);
  const text = update ? t().storeUpdated(update.added, update.changed, update.removed) : '';
  // Two alike updates in a row differ by a trailing space, or the second would go unsaid.
  const tail = update && update.seq % 2 === 0 ? '\u00a0' : '';
  return (
    <p className="visually-hidden" role="status">
      {text}
      {tail}
    </p>
  );
}
