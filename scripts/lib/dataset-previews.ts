/**
 * The preview cards of a dataset: what the image of each event page and of the home page say.
 */
import type { Dataset, TimelineEvent } from '../../src/data/schema.ts';
import { formatIsoForReaders, yearLabel, yearSpanLabel } from '../../src/data/partial-date.ts';
import type { HomePreviewCard, PreviewCard } from '../preview-image.ts';

/**
 * The source as the masthead says it: "Source: CNN, “37 times President Trump was soft on
 * Russia”", with its dates when `withDates` (the home card has the room).
 */
export function attributionOf(dataset: Dataset, withDates = false): string {
  const source = dataset.source;
  if (!source) return '';
  let text = `Source: ${source.publisher}, “${source.title}”`;
  if (withDates && source.published) {
    text += `, first published ${formatIsoForReaders(source.published)}`;
  }
  if (withDates && source.updated) {
    text += `${source.published ? ';' : ','} updated ${formatIsoForReaders(source.updated)}`;
  }
  return text;
}

/**
 * An event's card; its topic is the first it lists, as the timeline colors its marker. `picture`
 * is the event's own picture (local-picture.ts), which the card then shows behind its text.
 */
export function eventPreviewCard(
  dataset: Dataset,
  event: TimelineEvent,
  picture: string | null = null,
): PreviewCard {
  const topic = dataset.topics.find((t) => t.id === event.topics[0]);
  return {
    title: event.title,
    dateLabel: event.date.label,
    topic: topic ? { label: topic.label, color: topic.color } : null,
    datasetTitle: dataset.title,
    attribution: attributionOf(dataset),
    picture,
  };
}

const yearOf = (time: number) => new Date(time).getUTCFullYear();

/** "2013–2020", or one year; '' for a dataset without events. */
export function spanOf(events: readonly TimelineEvent[]): string {
  const first = events[0];
  if (!first) return '';
  // Events are sorted by start; an end is exclusive, so one ending as 2021 begins lies in 2020.
  const from = yearOf(first.date.start);
  const to = yearOf(events.reduce((end, e) => Math.max(end, e.date.end), first.date.end) - 1);
  return from === to ? yearLabel(from) : yearSpanLabel(from, to);
}

export function homePreviewCard(dataset: Dataset): HomePreviewCard {
  return {
    datasetTitle: dataset.title,
    description: dataset.description,
    attribution: attributionOf(dataset, true),
    eventCount: dataset.events.length,
    span: spanOf(dataset.events),
    topics: dataset.topics.map((t) => ({ label: t.label, color: t.color })),
  };
}
