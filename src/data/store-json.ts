/**
 * Events written back in the store's own form: the JSON the loader reads (and, through
 * storeToCsv, the CSV), with the dataset's title, description, note, source, groups and eras, so
 * that an export carries its attribution and opens again as the same events, in the same bands.
 */
import { storeToCsv, type EventJson, type StoreJson } from './csv-write.ts';
import type { Dataset, TimelineEvent } from './schema.ts';
import { mediaJsonOf, type Media, type MediaJson } from './media.ts';

export type StoreFile = StoreJson & { version: 1 };

/**
 * A store holding `events` (some or all of the dataset's). Its topics are those the events name,
 * in the dataset's order, so that a filtered export opens without empty topics; all of them when
 * there is no event, since a store must declare at least one. Its groups, likewise, are those the
 * events name. Every era comes along: eras are the setting of whatever events are shown. An
 * event's links come along where they lead to an event of the store: a filtered export would
 * otherwise open with a problem for each link to an event it left out.
 */
export function storeOf(dataset: Dataset, events: readonly TimelineEvent[]): StoreFile {
  const used = new Set(events.flatMap((event) => event.topics));
  const topics = used.size ? dataset.topics.filter((t) => used.has(t.id)) : dataset.topics;
  const usedGroups = new Set(events.map((event) => event.group));
  const groups = dataset.groups.filter((group) => usedGroups.has(group.id));
  const exported = new Set(events.map((event) => event.id));
  return {
    version: 1,
    title: dataset.title,
    ...(dataset.description && { description: dataset.description }),
    ...(dataset.note && { note: dataset.note }),
    ...(dataset.updated !== undefined && { updated: dataset.updated }),
    ...(dataset.source && { source: definedOnly(dataset.source) }),
    ...leadMedia(dataset.media),
    topics: topics.map(({ id, label, color }) => ({ id, label, color })),
    ...(groups.length && {
      groups: groups.map(({ id, label, color }) => definedOnly({ id, label, color })),
    }),
    ...(dataset.eras.length && {
      eras: dataset.eras.map(({ id, title, written, color }) =>
        definedOnly({ id, title, start: written.start, end: written.end, color }),
      ),
    }),
    ...(dataset.start && { start: dataset.start }),
    events: events.map((event) => eventJsonOf(event, exported)),
  };
}

function eventJsonOf(event: TimelineEvent, exported: ReadonlySet<string>): EventJson {
  const links = event.links.filter((link) => exported.has(link.to));
  return {
    id: event.id,
    title: event.title,
    ...(event.summary && { summary: event.summary }),
    ...(event.summaryHtml !== undefined && { summaryHtml: event.summaryHtml }),
    date: writtenDateJson(event.writtenDate),
    ...(event.dateNote !== undefined && { dateNote: event.dateNote }),
    ...(event.added !== undefined && { added: event.added }),
    ...(event.updated !== undefined && { updated: event.updated }),
    ...(event.changeNote !== undefined && { changeNote: event.changeNote }),
    topics: [...event.topics],
    ...(event.group !== undefined && { group: event.group }),
    ...(event.people.length && { people: [...event.people] }),
    ...(event.quotes.length && {
      quotes: event.quotes.map(({ text, speaker }) => definedOnly({ text, speaker })),
    }),
    ...(event.sources.length && {
      sources: event.sources.map(({ name, url }) => definedOnly({ name, url })),
    }),
    ...(mediaList(event.media).length && { media: mediaList(event.media) }),
    ...(links.length && {
      links: links.map(({ to, kind, note }) => definedOnly({ to, kind, note })),
    }),
  };
}

function leadMedia(media: Media | null): { media?: MediaJson } {
  const json = media && mediaJsonOf(media);
  return json ? { media: json } : {};
}

function mediaList(media: readonly Media[]): MediaJson[] {
  return media.map(mediaJsonOf).filter((item): item is MediaJson => item !== null);
}

/**
 * The date in one order of keys, whatever order the store that was read wrote it in: an export
 * lists every event's date alike.
 */
function writtenDateJson({ precision, start, end, label }: TimelineEvent['writtenDate']) {
  return definedOnly({ precision, start, end, label });
}

/** A copy without the keys whose value is undefined, which a store leaves out. */
function definedOnly<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}

/** The store as a JSON file's text. */
export function storeJsonText(dataset: Dataset, events: readonly TimelineEvent[]): string {
  return `${JSON.stringify(storeOf(dataset, events), null, 2)}\n`;
}

/** The store as the CSV a spreadsheet opens and the loader reads (see csv-store.ts). */
export function storeCsvText(dataset: Dataset, events: readonly TimelineEvent[]): string {
  return storeToCsv(storeOf(dataset, events));
}
