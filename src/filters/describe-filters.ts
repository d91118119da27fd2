import type { Topic } from '../data/schema.ts';
import { isolate } from '../lib/display-text.ts';
import { t } from '../i18n/messages.ts';
import { formatIsoForReaders } from '../data/partial-date.ts';

/**
 * The filters in words, for a printout where the pressed toggles and the search box are gone:
 * "5 of 27 events, in the topics Sanctions or NATO, matching the search “putin”." With What's
 * new on, `whatsNewSince` is the day it counts from: "…, new or updated since July 1, 2020."
 */
export function describeFilters(
  topics: readonly Topic[],
  activeTopics: readonly string[],
  query: string,
  shown: number,
  total: number,
  whatsNewSince: string | null = null,
): string {
  const search = query.trim();
  if (!activeTopics.length && !search && whatsNewSince === null) {
    return t().allEventsNoFilters(total);
  }
  const parts = [t().eventsShown(shown, total)];
  if (activeTopics.length) {
    const labelOf = new Map(topics.map((t) => [t.id, t.label]));
    // Isolated: a label's right-to-left override must not reverse the rest of the sentence.
    const labels = activeTopics.map((id) => isolate(labelOf.get(id) ?? id));
    // An event shows when it has any of the pressed topics (filterEvents): "or", not "and".
    parts.push(labels.length === 1 ? t().inTopic(labels[0] ?? '') : t().inTopics(labels));
  }
  if (search) parts.push(t().matchingSearch(isolate(search)));
  if (whatsNewSince !== null) parts.push(t().newOrUpdatedSince(formatIsoForReaders(whatsNewSince)));
  return `${parts.join(', ')}.`;
}
