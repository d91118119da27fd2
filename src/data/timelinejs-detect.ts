import { isRecord } from '../lib/is-record.ts';

/**
 * Whether a parsed JSON value is TimelineJS data rather than a store of ours: TimelineJS3's
 * `{ title, events, eras, scale }` or TimelineJS2's `{ timeline: { date: [...] } }`, neither with
 * our `version`. Small on purpose: the page asks it of every JSON store, and fetches the
 * TimelineJS reader only when it says yes.
 */
export function isTimelineJsJson(json: unknown): boolean {
  if (!isRecord(json) || 'version' in json) return false;
  if (Array.isArray(json.events)) return true;
  return isRecord(json.timeline) && Array.isArray(json.timeline.date);
}
