/**
 * A load result in a form that crosses from a worker to the page quickly. Structured clone of a
 * million event objects (each with its date, topics and three lists) costs more than parsing
 * them, and holds the page while it is read; columns of numbers and strings cost a fraction, and
 * the page rebuilds the same objects in one tight loop.
 */
import { assertNever } from '../lib/assert-never.ts';
import type { Loaded, LoadResult } from './parse-result.ts';
import type { EventDateInput, ResolvedDate } from './event-date.ts';
import type { Dataset, Quote, Source, TimelineEvent } from './schema.ts';
import type { Media } from './media.ts';

/**
 * Many strings as one, with where each ends: one string crosses to the page in a copy, where a
 * million strings each take their own, and slicing them out again is quicker.
 */
export interface StringColumn {
  text: string;
  ends: Uint32Array;
}

/**
 * A date as drawn and as written. Events on the same day share one: a large store has a few
 * thousand days among a million events.
 */
interface DateEntry {
  date: ResolvedDate;
  written: EventDateInput;
}

export interface PackedEvents {
  count: number;
  /** The dataset's topics' ids, which topicIndexes point into. */
  topicIds: string[];
  ids: StringColumn;
  titles: StringColumn;
  /** Null when no event has a summary, as in most very large stores. */
  summaries: StringColumn | null;
  dateTable: DateEntry[];
  /** Event i's date is dateTable[dates[i]]. */
  dates: Uint32Array;
  /** Event i's topics are topicIndexes[topicOffsets[i] … topicOffsets[i + 1]) of the dataset's. */
  topicOffsets: Uint32Array;
  topicIndexes: Uint16Array;
  /** Present where `hasDateNote[i]` is 1 ('' otherwise): a note may be empty. */
  dateNotes: StringColumn;
  hasDateNote: Uint8Array;
  /** Event i's people are people[peopleOffsets[i] … peopleOffsets[i + 1]). */
  people: StringColumn;
  peopleOffsets: Uint32Array;
  quotes: { offsets: Uint32Array; texts: StringColumn; speakers: OptionalColumn };
  sources: { offsets: Uint32Array; names: StringColumn; urls: OptionalColumn };
  /** The media of the events that have any, by the event's index in the part: few events do. */
  media: [number, readonly Media[]][];
  /** The group, HTML summary, links and record of changes of the events that have any, by index:
   * few events do, and stores imported from TimelineJS, which are small, have groups and HTML. */
  extras: [number, EventExtras][];
}

interface EventExtras {
  group?: string;
  summaryHtml?: string;
  links?: TimelineEvent['links'];
  added?: string;
  updated?: string;
  changeNote?: string;
}

/** Strings some of which are left out: `present[i]` says which. */
interface OptionalColumn {
  strings: StringColumn;
  present: Uint8Array;
}

/** A load result without its events, which cross in parts before it. */
export type PackedResult =
  | Exclude<LoadResult, { kind: 'ok' }>
  | (Omit<Loaded, 'dataset'> & { dataset: Omit<Dataset, 'events'> });

/** What the worker sends of a result: its events, part after part, then the rest. */
export type ResultMessage =
  { type: 'events'; events: PackedEvents } | { type: 'done'; result: PackedResult };

/**
 * Events cross in parts of this many, so that the page rebuilds one part while the worker packs
 * the next, instead of each waiting for the other.
 */
export const PART_SIZE = 50_000;

/** Sends a result as messages, the typed arrays of each transferred rather than copied. */
export function sendResult(
  result: LoadResult,
  send: (message: ResultMessage, transfer: ArrayBuffer[]) => void,
  partSize = PART_SIZE,
): void {
  if (result.kind === 'failed') {
    send({ type: 'done', result }, []);
    return;
  }
  const { events, ...rest } = result.dataset;
  const topicIds = rest.topics.map((topic) => topic.id);
  for (let from = 0; from < events.length; from += partSize) {
    const part = packEvents(events.slice(from, from + partSize), topicIds);
    send({ type: 'events', events: part }, transferablesOf(part));
  }
  send({ type: 'done', result: { ...result, dataset: rest } }, []);
}

/** Rebuilds a result from the messages `sendResult` sent, given in their order. */
export function resultReceiver(): (message: ResultMessage) => LoadResult | null {
  const parts: TimelineEvent[][] = [];
  const knownDates = new Map<string, DateEntry>();
  return (message) => {
    switch (message.type) {
      case 'events':
        parts.push(unpackEvents(message.events, knownDates));
        return null;
      case 'done': {
        const { result } = message;
        if (result.kind === 'failed') return result;
        return { ...result, dataset: { ...result.dataset, events: parts.flat() } };
      }
      default:
        return assertNever(message);
    }
  };
}

/** The typed arrays to transfer rather than copy with a part. */
function transferablesOf(events: PackedEvents): ArrayBuffer[] {
  const { ids, titles, summaries, dates, topicOffsets, topicIndexes, quotes, sources } = events;
  return [
    ids.ends,
    titles.ends,
    summaries?.ends,
    dates,
    topicOffsets,
    topicIndexes,
    events.dateNotes.ends,
    events.hasDateNote,
    events.people.ends,
    events.peopleOffsets,
    quotes.offsets,
    quotes.texts.ends,
    quotes.speakers.strings.ends,
    quotes.speakers.present,
    sources.offsets,
    sources.names.ends,
    sources.urls.strings.ends,
    sources.urls.present,
  ]
    .filter((array) => array !== undefined)
    .map((array) => array.buffer as ArrayBuffer);
}

/** One pass over the events, which at a million costs more in reading them than in the rest. */
function packEvents(events: readonly TimelineEvent[], topicIds: string[]): PackedEvents {
  const n = events.length;
  const topicIndex = new Map(topicIds.map((id, i) => [id, i]));
  const dateIndex = new Map<ResolvedDate, number>();
  const dateTable: DateEntry[] = [];
  const dates = new Uint32Array(n);
  const ids = new StringColumnWriter(n);
  const titles = new StringColumnWriter(n);
  const summaries = new StringColumnWriter(n);
  const topicOffsets = new Uint32Array(n + 1);
  const topicIndexes: number[] = [];
  const dateNotes = new StringColumnWriter(n);
  const hasDateNote = new Uint8Array(n);
  const people = new ListWriter(n);
  const quotes = new ListWriter(n);
  const quoteTexts = new StringColumnWriter();
  const speakers = new OptionalColumnWriter();
  const sources = new ListWriter(n);
  const sourceNames = new StringColumnWriter();
  const urls = new OptionalColumnWriter();
  const media: [number, readonly Media[]][] = [];
  const extras: [number, EventExtras][] = [];
  for (let i = 0; i < n; i++) {
    const event = events[i] as TimelineEvent;
    ids.add(event.id);
    if (event.media.length) media.push([i, event.media]);
    const extra = extrasOfEvent(event);
    if (extra) extras.push([i, extra]);
    titles.add(event.title);
    summaries.add(event.summary);
    dates[i] = dateEntryOf(event, dateIndex, dateTable);
    for (const topic of event.topics) topicIndexes.push(topicIndex.get(topic) as number);
    topicOffsets[i + 1] = topicIndexes.length;
    dateNotes.add(event.dateNote ?? '');
    if (event.dateNote !== undefined) hasDateNote[i] = 1;
    for (const person of event.people) people.strings.add(person);
    people.endEvent(i);
    for (const quote of event.quotes) {
      quoteTexts.add(quote.text);
      speakers.add(quote.speaker);
    }
    quotes.endEvent(i, event.quotes.length);
    for (const source of event.sources) {
      sourceNames.add(source.name);
      urls.add(source.url);
    }
    sources.endEvent(i, event.sources.length);
  }
  return {
    count: n,
    topicIds,
    ids: ids.column(),
    titles: titles.column(),
    summaries: summaries.isEmpty() ? null : summaries.column(),
    dateTable,
    dates,
    topicOffsets,
    topicIndexes: new Uint16Array(topicIndexes),
    dateNotes: dateNotes.column(),
    hasDateNote,
    people: people.strings.column(),
    peopleOffsets: people.offsets,
    quotes: { offsets: quotes.offsets, texts: quoteTexts.column(), speakers: speakers.column() },
    sources: { offsets: sources.offsets, names: sourceNames.column(), urls: urls.column() },
    media,
    extras,
  };
}

/** The event's rarer fields, or null for the many events that have none of them. */
function extrasOfEvent(event: TimelineEvent): EventExtras | null {
  const { group, summaryHtml, links, added, updated, changeNote } = event;
  if (
    group === undefined &&
    summaryHtml === undefined &&
    !links.length &&
    added === undefined &&
    updated === undefined &&
    changeNote === undefined
  ) {
    return null;
  }
  const extra: EventExtras = {};
  if (group !== undefined) extra.group = group;
  if (summaryHtml !== undefined) extra.summaryHtml = summaryHtml;
  if (links.length) extra.links = links;
  if (added !== undefined) extra.added = added;
  if (updated !== undefined) extra.updated = updated;
  if (changeNote !== undefined) extra.changeNote = changeNote;
  return extra;
}

/**
 * The event's place in the table of dates. Events that share a resolved date (as the schema gives
 * the same day to every event on it) nearly always wrote it alike; one that wrote it otherwise
 * (an author's label, "2016-01" for a span) gets an entry of its own.
 */
function dateEntryOf(
  event: TimelineEvent,
  index: Map<ResolvedDate, number>,
  table: DateEntry[],
): number {
  const known = index.get(event.date);
  if (known !== undefined && sameWritten((table[known] as DateEntry).written, event.writtenDate)) {
    return known;
  }
  const entry = table.push({ date: event.date, written: event.writtenDate }) - 1;
  if (known === undefined) index.set(event.date, entry);
  return entry;
}

function sameWritten(a: EventDateInput, b: EventDateInput): boolean {
  return (
    a.precision === b.precision && a.start === b.start && a.end === b.end && a.label === b.label
  );
}

/** A column of strings: of one per event when `count` says how many, of any number otherwise. */
class StringColumnWriter {
  /** Empty strings are left out: most events of a large store have no summary and no note. */
  private readonly parts: string[] = [];
  private readonly ends: Uint32Array | number[];
  private added = 0;
  private length = 0;

  constructor(count?: number) {
    this.ends = count === undefined ? [] : new Uint32Array(count);
  }

  add(text: string): void {
    if (text.length) {
      this.length += text.length;
      this.parts.push(text);
    }
    this.ends[this.added++] = this.length;
  }

  get count(): number {
    return this.added;
  }

  isEmpty(): boolean {
    return this.length === 0;
  }

  column(): StringColumn {
    const ends = this.ends instanceof Uint32Array ? this.ends : new Uint32Array(this.ends);
    return { text: this.parts.join(''), ends };
  }
}

class OptionalColumnWriter {
  private readonly strings = new StringColumnWriter();
  private readonly present: number[] = [];

  add(text: string | undefined): void {
    this.strings.add(text ?? '');
    this.present.push(text === undefined ? 0 : 1);
  }

  column(): OptionalColumn {
    return { strings: this.strings.column(), present: new Uint8Array(this.present) };
  }
}

/** Where each event's items end in a column of items shared by all events. */
class ListWriter {
  readonly offsets: Uint32Array;
  readonly strings = new StringColumnWriter();
  private items = 0;

  constructor(count: number) {
    this.offsets = new Uint32Array(count + 1);
  }

  /** Items counted by the caller, or the strings added here. */
  endEvent(i: number, added?: number): void {
    this.items = added === undefined ? this.strings.count : this.items + added;
    this.offsets[i + 1] = this.items;
  }
}

function stringAt(column: StringColumn, i: number): string {
  return column.text.slice(i === 0 ? 0 : column.ends[i - 1], column.ends[i]);
}

/**
 * One date object for every event on the same day, across the parts (each part has its own
 * table), frozen since they are shared.
 */
function sharedDate(entry: DateEntry, known: Map<string, DateEntry>): DateEntry {
  const key = JSON.stringify(entry);
  let shared = known.get(key);
  if (!shared) {
    shared = { date: Object.freeze(entry.date), written: Object.freeze(entry.written) };
    known.set(key, shared);
  }
  return shared;
}

function optionalAt(column: OptionalColumn, i: number): string | undefined {
  return column.present[i] ? stringAt(column.strings, i) : undefined;
}

/** Readers of one item of each list column, made once for a part rather than for each event. */
function itemReaders(packed: PackedEvents) {
  const { quotes, sources } = packed;
  return {
    person: (j: number) => stringAt(packed.people, j),
    quote: (j: number): Quote => {
      const speaker = optionalAt(quotes.speakers, j);
      const text = stringAt(quotes.texts, j);
      return speaker === undefined ? { text } : { text, speaker };
    },
    source: (j: number): Source => {
      const url = optionalAt(sources.urls, j);
      const name = stringAt(sources.names, j);
      return url === undefined ? { name } : { name, url };
    },
  };
}

/** Event i's items, or the shared empty list for none. */
function itemsOf<T>(offsets: Uint32Array, i: number, item: (j: number) => T): T[] {
  const from = offsets[i] as number;
  const to = offsets[i + 1] as number;
  if (from === to) return NONE;
  const items = new Array<T>(to - from);
  for (let j = from; j < to; j++) items[j - from] = item(j);
  return items;
}

/**
 * The empty list that events without people, quotes or sources share: three million fresh empty
 * arrays would cost a tenth of a second and tens of megabytes. Frozen, so that nothing can fill
 * one event's list and with it every other's.
 */
const NONE = Object.freeze([]) as unknown as never[];

function unpackEvents(packed: PackedEvents, knownDates: Map<string, DateEntry>): TimelineEvent[] {
  const { count, ids, titles, summaries, dates, topicOffsets, topicIndexes, topicIds } = packed;
  // Shared and frozen, like the dates: most events have one topic, and a list of one is
  // the same list for every event of that topic.
  const onlyTopic = topicIds.map((id) => Object.freeze([id]) as unknown as string[]);
  const dateTable = packed.dateTable.map((entry) => sharedDate(entry, knownDates));
  const read = itemReaders(packed);
  const events = new Array<TimelineEvent>(count);
  const mediaOf = new Map(packed.media);
  const extrasOf = new Map(packed.extras);
  for (let i = 0; i < count; i++) {
    const from = topicOffsets[i] as number;
    const to = topicOffsets[i + 1] as number;
    let eventTopics: string[];
    if (to - from === 1) eventTopics = onlyTopic[topicIndexes[from] as number] as string[];
    else {
      eventTopics = new Array<string>(to - from);
      for (let j = from; j < to; j++)
        eventTopics[j - from] = topicIds[topicIndexes[j] as number] as string;
    }
    const { date, written } = dateTable[dates[i] as number] as DateEntry;
    const extra = extrasOf.get(i);
    // The keys in the order parseDataset gives them: events from either path share one shape.
    const event: TimelineEvent = {
      id: stringAt(ids, i),
      title: stringAt(titles, i),
      summary: summaries ? stringAt(summaries, i) : '',
      date,
      writtenDate: written,
      topics: eventTopics,
      people: itemsOf(packed.peopleOffsets, i, read.person),
      quotes: itemsOf(packed.quotes.offsets, i, read.quote),
      sources: itemsOf(packed.sources.offsets, i, read.source),
      media: mediaOf.get(i) ?? NONE,
      links: extra?.links ?? NONE,
    };
    if (packed.hasDateNote[i]) event.dateNote = stringAt(packed.dateNotes, i);
    // In the order parseDataset gives them.
    if (extra?.summaryHtml !== undefined) event.summaryHtml = extra.summaryHtml;
    if (extra?.group !== undefined) event.group = extra.group;
    if (extra?.added !== undefined) event.added = extra.added;
    if (extra?.updated !== undefined) event.updated = extra.updated;
    if (extra?.changeNote !== undefined) event.changeNote = extra.changeNote;
    events[i] = event;
  }
  return events;
}
