/**
 * A load result in a form that crosses from a worker to the page quickly. Structured clone of a
 * million event objects (each with its date, topics and three lists) costs more than parsing
 * them; columns of numbers and strings, with the rare rich fields kept aside, cost a fraction,
 * and the page rebuilds the same objects in one tight loop.
 */
import type { LoadResult } from './parse-result.ts';
import type { DateKind, Precision } from './event-date.ts';
import type { Dataset, TimelineEvent } from './schema.ts';

const PRECISIONS: readonly Precision[] = ['day', 'month', 'season', 'year', 'span'];
const KINDS: readonly DateKind[] = ['exact', 'fuzzy', 'span'];

/** What few events have: kept as objects, by their index in the sorted list. */
type RichFields = Pick<TimelineEvent, 'dateNote' | 'people' | 'quotes' | 'sources'>;

/**
 * Many strings as one, with where each ends: one string crosses to the page in a copy, where a
 * million strings each take their own, and slicing them out again is quicker.
 */
export interface StringColumn {
  text: string;
  ends: Uint32Array;
}

export interface PackedEvents {
  count: number;
  ids: StringColumn;
  titles: StringColumn;
  summaries: StringColumn;
  /** Few distinct labels (one per day, month or year), each kept once. */
  labelTable: string[];
  labels: Uint32Array;
  starts: Float64Array;
  ends: Float64Array;
  /** Index into PRECISIONS, and into KINDS. */
  precisions: Uint8Array;
  kinds: Uint8Array;
  /** Event i's topics are topicIndexes[topicOffsets[i] … topicOffsets[i + 1]) of the dataset's. */
  topicOffsets: Uint32Array;
  topicIndexes: Uint16Array;
  /**
   * The date as the store wrote it (for exports): its start and end ("" for none), and whether
   * the label was the author's (then it is the label above) or made by the app.
   */
  writtenStarts: StringColumn;
  writtenEnds: StringColumn;
  writtenLabels: Uint8Array;
  rich: [index: number, fields: RichFields][];
}

export type PackedResult =
  | Exclude<LoadResult, { status: 'ready' }>
  | (Omit<LoadResult & { status: 'ready' }, 'dataset'> & {
      dataset: Omit<Dataset, 'events'> & { events: PackedEvents };
    });

/** The typed arrays to transfer rather than copy along with a packed result. */
export function transferablesOf(packed: PackedResult): ArrayBuffer[] {
  if (packed.status !== 'ready') return [];
  const { ids, titles, summaries, labels, starts, ends, precisions, kinds } = packed.dataset.events;
  const { topicOffsets, topicIndexes, writtenStarts, writtenEnds, writtenLabels } =
    packed.dataset.events;
  return [
    writtenStarts.ends,
    writtenEnds.ends,
    writtenLabels,
    ids.ends,
    titles.ends,
    summaries.ends,
    labels,
    starts,
    ends,
    precisions,
    kinds,
    topicOffsets,
    topicIndexes,
  ].map((array) => array.buffer as ArrayBuffer);
}

export function packResult(result: LoadResult): PackedResult {
  if (result.status !== 'ready') return result;
  const { events, ...rest } = result.dataset;
  return { ...result, dataset: { ...rest, events: packEvents(events, rest.topics) } };
}

export function unpackResult(packed: PackedResult): LoadResult {
  if (packed.status !== 'ready') return packed;
  const { events, ...rest } = packed.dataset;
  return { ...packed, dataset: { ...rest, events: unpackEvents(events, rest.topics) } };
}

function packEvents(events: readonly TimelineEvent[], topics: Dataset['topics']): PackedEvents {
  const n = events.length;
  const topicIndex = new Map(topics.map((topic, i) => [topic.id, i]));
  const labelIndex = new Map<string, number>();
  const packed: PackedEvents = {
    count: n,
    ids: joinStrings(events, (e) => e.id),
    titles: joinStrings(events, (e) => e.title),
    summaries: joinStrings(events, (e) => e.summary),
    labelTable: [],
    labels: new Uint32Array(n),
    starts: new Float64Array(n),
    ends: new Float64Array(n),
    precisions: new Uint8Array(n),
    kinds: new Uint8Array(n),
    topicOffsets: new Uint32Array(n + 1),
    topicIndexes: new Uint16Array(events.reduce((sum, e) => sum + e.topics.length, 0)),
    writtenStarts: joinStrings(events, (e) => e.writtenDate.start),
    writtenEnds: joinStrings(events, (e) => e.writtenDate.end ?? ''),
    writtenLabels: new Uint8Array(n),
    rich: [],
  };
  let t = 0;
  for (let i = 0; i < n; i++) {
    const event = events[i] as TimelineEvent;
    let label = labelIndex.get(event.date.label);
    if (label === undefined) {
      label = packed.labelTable.push(event.date.label) - 1;
      labelIndex.set(event.date.label, label);
    }
    packed.labels[i] = label;
    packed.starts[i] = event.date.start;
    packed.ends[i] = event.date.end;
    packed.precisions[i] = PRECISIONS.indexOf(event.date.precision);
    packed.kinds[i] = KINDS.indexOf(event.date.kind);
    if (event.writtenDate.label !== undefined) packed.writtenLabels[i] = 1;
    for (const topic of event.topics) packed.topicIndexes[t++] = topicIndex.get(topic) as number;
    packed.topicOffsets[i + 1] = t;
    const { dateNote, people, quotes, sources } = event;
    if (dateNote !== undefined || people.length || quotes.length || sources.length) {
      const fields: RichFields = { people, quotes, sources };
      if (dateNote !== undefined) fields.dateNote = dateNote;
      packed.rich.push([i, fields]);
    }
  }
  return packed;
}

function joinStrings<T>(items: readonly T[], text: (item: T) => string): StringColumn {
  const ends = new Uint32Array(items.length);
  const parts = new Array<string>(items.length);
  let end = 0;
  for (let i = 0; i < items.length; i++) {
    const part = text(items[i] as T);
    parts[i] = part;
    end += part.length;
    ends[i] = end;
  }
  return { text: parts.join(''), ends };
}

function stringAt(column: StringColumn, i: number): string {
  return column.text.slice(i === 0 ? 0 : column.ends[i - 1], column.ends[i]);
}

/**
 * The empty list that events without people, quotes or sources share: three million fresh empty
 * arrays would cost a tenth of a second and tens of megabytes. Frozen, so that nothing can fill
 * one event's list and with it every other's.
 */
const NONE = Object.freeze([]) as unknown as never[];

function unpackEvents(packed: PackedEvents, topics: Dataset['topics']): TimelineEvent[] {
  const { count, ids, titles, summaries, labelTable, labels, starts, ends, precisions, kinds } =
    packed;
  const { topicOffsets, topicIndexes, writtenStarts, writtenEnds, writtenLabels } = packed;
  const topicIds = topics.map((topic) => topic.id);
  const events = new Array<TimelineEvent>(count);
  for (let i = 0; i < count; i++) {
    const from = topicOffsets[i] as number;
    const to = topicOffsets[i + 1] as number;
    const eventTopics = new Array<string>(to - from);
    for (let j = from; j < to; j++)
      eventTopics[j - from] = topicIds[topicIndexes[j] as number] as string;
    const precision = PRECISIONS[precisions[i] as number] as Precision;
    const label = labelTable[labels[i] as number] as string;
    const writtenDate: TimelineEvent['writtenDate'] = {
      precision,
      start: stringAt(writtenStarts, i),
    };
    const writtenEnd = stringAt(writtenEnds, i);
    if (writtenEnd) writtenDate.end = writtenEnd;
    if (writtenLabels[i]) writtenDate.label = label;
    // The same keys in the same order as the schema's output, so both paths give equal objects.
    events[i] = {
      id: stringAt(ids, i),
      title: stringAt(titles, i),
      summary: stringAt(summaries, i),
      date: {
        precision,
        kind: KINDS[kinds[i] as number] as DateKind,
        start: starts[i] as number,
        end: ends[i] as number,
        label,
      },
      writtenDate,
      topics: eventTopics,
      people: NONE,
      quotes: NONE,
      sources: NONE,
    };
  }
  for (const [i, fields] of packed.rich) Object.assign(events[i] as TimelineEvent, fields);
  return events;
}
