import * as v from 'valibot';
import { memoResolveDate, type EventDateInput, type ResolvedDate } from './event-date.ts';
import { readPlainEvent } from './event-fast-path.ts';
import { readMediaItem, readMediaList, type Media } from './media.ts';
import { endOf, parsePartialDate, startOf } from './partial-date.ts';
import { isRecord } from '../lib/is-record.ts';
import { readDatasetUpdated, readEventChanges, type EventChanges } from './change-dates.ts';
import { linksThatLead, NO_LINKS } from './event-links.ts';
import { sortByTime } from './sort-by-time.ts';
import { failed, type Result } from './result.ts';
import type { DateResolution } from './event-date.ts';
import {
  type Problem,
  type ProblemReason,
  type ProblemRecord,
  type WantedType,
} from './problem.ts';
import {
  DATASET_STARTS,
  DatasetFrameSchema,
  EraSchema,
  EventLinkSchema,
  EventSchema,
  GroupSchema,
  schemaCheckReason,
  webUrl,
  type EventInput,
  type LINK_KINDS,
  type QuoteSchema,
  type SourceMetaSchema,
  type SourceSchema,
  type TopicSchema,
} from './store-shape.ts';

// The one boundary where untrusted JSON becomes typed data.

// One problem per field is enough to fix it: stop a field's checks at its first failure.
export const PARSE_CONFIG = { abortPipeEarly: true } as const;

const WANTED: readonly string[] = ['string', 'number', 'Array', 'Object'] satisfies WantedType[];
const isWanted = (expected: string | null): expected is WantedType =>
  expected !== null && WANTED.includes(expected);

/**
 * A valibot issue as a problem's reason: a field left out, a value of the wrong kind, or the code
 * store-shape.ts gives the check that failed. Anything else keeps valibot's own words.
 */
export function issueReason(issue: v.BaseIssue<unknown>): ProblemReason {
  // A check's own code first: valibot words an issue in the config's terms only without one.
  const own = schemaCheckReason(issue);
  if (own) return own;
  if (issue.kind === 'schema' && issue.input === undefined) return { code: 'missing' };
  if (issue.kind === 'schema' && isWanted(issue.expected)) {
    return { code: 'wrong-type', wanted: issue.expected, received: issue.received };
  }
  return { code: 'not-valid', expected: issue.expected, received: issue.received };
}

export type Topic = v.InferOutput<typeof TopicSchema>;
/** A named set of events that the timeline can draw as a band of its own (a swimlane). */
export type Group = v.InferOutput<typeof GroupSchema>;

/** A named period drawn behind the events, across every lane: "Reconstruction", "First term". */
export interface Era extends Pick<v.InferOutput<typeof EraSchema>, 'id' | 'title'> {
  /** [start, end) in UTC ms: from the start of its first period to the end of its last. */
  start: number;
  end: number;
  color: string | undefined;
  /** As the store wrote them, for exports to write back. */
  written: { start: string; end: string };
}
export type SourceMeta = v.InferOutput<typeof SourceMetaSchema>;
export type Quote = v.InferOutput<typeof QuoteSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
/** A link's kind: the three relations the details panel lists under headings of their own. */
export type LinkKind = (typeof LINK_KINDS)[number];
/** A link from one event to another, by the other's id. */
export type EventLink = v.InferOutput<typeof EventLinkSchema>;

/**
 * An event as the app holds it. Its date, lists and their items may be shared with other events
 * (a day's date, a topic's list, the empty list) and are frozen where they are: read only.
 */
export interface TimelineEvent
  extends
    Omit<
      EventInput,
      'date' | 'topics' | 'people' | 'quotes' | 'sources' | 'media' | 'links' | keyof EventChanges
    >,
    EventChanges {
  readonly date: Readonly<ResolvedDate>;
  /**
   * The date as the store wrote it: an export writes it back as it was, since the resolved date
   * cannot say whether "2016" or "2016-01" began a span, nor whether its label was the author's.
   */
  readonly writtenDate: Readonly<EventDateInput>;
  readonly topics: readonly string[];
  readonly people: readonly string[];
  readonly quotes: readonly Readonly<Quote>[];
  readonly sources: readonly Readonly<Source>[];
  /** Pictures, video and sound, in order; most events have none. */
  readonly media: readonly Readonly<Media>[];
  /** Links to other events of the dataset, each to one that exists; most events have none. */
  readonly links: readonly Readonly<EventLink>[];
}

export type DatasetStart = (typeof DATASET_STARTS)[number];

export interface Dataset {
  title: string;
  description: string;
  /** Plain text about the dataset itself (what it holds, how it differs from its source), or ''. */
  note: string;
  /** When the dataset was last changed (a partial ISO date), if it says. */
  updated?: string;
  source: SourceMeta | undefined;
  /** The dataset's lead picture or video, if it has one. */
  media: Media | null;
  topics: Topic[];
  /** In the store's order, which is the order of their bands; most datasets have none. */
  groups: Group[];
  /** In the store's order; they may overlap. */
  eras: Era[];
  /** Where the timeline opens when the link names no event: `latest`, its newest event. */
  start?: DatasetStart;
  /** Sorted by start, then end, then id: every view and index relies on this order. */
  events: TimelineEvent[];
  /**
   * The ids events had where the data came from, when they differ from their id here: a
   * TimelineJS slide's unique_id, which its old links (`#event-<unique_id>`) name.
   */
  formerIds?: ReadonlyMap<string, string>;
}

export type { Problem } from './problem.ts';

/** A dataset and what is wrong in it, or, when its frame is wrong, only what is wrong. */
export type ParseResult = Result<Parsed, { problems: Problem[] }>;

export interface Parsed {
  dataset: Dataset;
  /** What is wrong in the data: each bad record, and anything else left out. */
  problems: Problem[];
  /** How many events were left out because of their problems. */
  skipped: number;
}

/** How problems name what they are about, so that an author finds it in their own file. */
export interface ProblemNaming {
  /** The record: "event 3 "id"" in JSON, "row 4 "id"" in a spreadsheet. */
  record: (raw: unknown, index: number) => ProblemRecord;
  /** The field: a dotted path in JSON ("date.start"), a column in a spreadsheet ("start"). */
  field: (path: string) => string;
  /** The dataset's own fields: "dataset" in JSON, the timeline's row in a spreadsheet. */
  dataset?: ProblemRecord;
  /** A group or an era: "era 2 "id"" in JSON, its own row in a spreadsheet. */
  part?: (kind: PartKind, raw: unknown, index: number) => ProblemRecord;
}

/** The dataset's parts that are read each on its own, beside its events. */
export type PartKind = 'group' | 'era';

/** The record's id, when it has one as text; the interface shortens it, as it may be anything. */
const idOf = (raw: unknown): { id?: string } =>
  typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string'
    ? { id: raw.id }
    : {};

const DATASET: ProblemRecord = { kind: 'dataset' };

export const JSON_NAMING: ProblemNaming = {
  record: (raw, index) => ({ kind: 'event', number: index + 1, ...idOf(raw) }),
  field: (path) => path,
};

/** Names records by a row number of their own, as a CSV file counts them. */
export function rowNaming(
  rows: readonly number[],
  field: (path: string) => string,
  timelineRow?: number,
  partRows?: Readonly<Record<PartKind, readonly number[]>>,
): ProblemNaming {
  return {
    record: (raw, index) => ({ kind: 'row', number: rows[index] ?? index + 1, ...idOf(raw) }),
    field,
    ...(timelineRow !== undefined && { dataset: { kind: 'row', number: timelineRow } }),
    ...(partRows && {
      part: (kind, raw, index) => ({
        kind: 'row',
        number: partRows[kind][index] ?? index + 1,
        ...idOf(raw),
      }),
    }),
  };
}

const partRecord = (
  naming: ProblemNaming,
  kind: PartKind,
  raw: unknown,
  index: number,
): ProblemRecord => naming.part?.(kind, raw, index) ?? { kind, number: index + 1, ...idOf(raw) };

function issuesToProblems(
  record: ProblemRecord,
  issues: readonly v.BaseIssue<unknown>[],
  field: (path: string) => string = (path) => path,
): Problem[] {
  return issues.map((issue) => ({
    record,
    field: field(v.getDotPath(issue) ?? '(record)'),
    reason: issueReason(issue),
  }));
}

/**
 * Validates a parsed JSON value. A dataset whose frame is wrong (no topics, no event list) fails
 * whole; a bad event is reported and left out, so the valid ones still show.
 */
export function parseDataset(json: unknown, naming: ProblemNaming = JSON_NAMING): ParseResult {
  if (Array.isArray(json)) {
    // valibot takes a list for an object, and would blame its every missing key instead.
    return failed({
      problems: [{ record: DATASET, field: '(file)', reason: { code: 'timeline-is-list' } }],
    });
  }
  const linked = withoutBadSourceLink(json, naming);
  const frame = v.safeParse(DatasetFrameSchema, linked.json, PARSE_CONFIG);
  if (!frame.success) {
    return failed({ problems: issuesToProblems(DATASET, frame.issues, naming.field) });
  }

  const problems: Problem[] = [...linked.problems];
  const topics: Topic[] = [];
  const topicIds = new Set<string>();
  for (const topic of frame.output.topics) {
    if (topicIds.has(topic.id)) {
      problems.push({
        record: { kind: 'topic', id: topic.id },
        field: 'id',
        reason: { code: 'declared-twice' },
      });
      continue;
    }
    topicIds.add(topic.id);
    topics.push(topic);
  }

  const groups = readGroups(frame.output.groups, problems, naming);
  const groupIds = new Set(groups.map((group) => group.id));
  const eras = readEras(frame.output.eras, problems, naming);

  const events: TimelineEvent[] = [];
  const eventIds = new Set<string>();
  /** The events with links, by their place in `events`, and how problems name them. */
  const withLinks: { at: number; record: ProblemRecord }[] = [];
  let skipped = 0;
  const resolveDate = memoResolveDate();
  const raws = frame.output.events;
  // A plain loop, with nothing made per event that a valid event does not keep: at a million
  // events, a closure or a filtered list each is a good part of the load.
  for (let index = 0; index < raws.length; index++) {
    const raw = raws[index];
    // Plainly valid events skip valibot's general machinery; the schema judges all the others.
    let input: EventInput | null = readPlainEvent(raw);
    if (!input) {
      const parsed = v.safeParse(EventSchema, raw, PARSE_CONFIG);
      if (!parsed.success) {
        problems.push(...issuesToProblems(naming.record(raw, index), parsed.issues, naming.field));
        skipped++;
        continue;
      }
      input = parsed.output;
    }
    const checked = checkEvent(input, resolveDate, topicIds, eventIds);
    if (checked.kind === 'ok') {
      eventIds.add(input.id);
      const media = readMediaList(input.media);
      if (media.problems.length) {
        const record = naming.record(raw, index);
        for (const { field, reason } of media.problems) {
          problems.push({ record, field: naming.field(field), reason });
        }
      }
      const changes = readEventChanges(input);
      if (changes.problems.length) {
        const record = naming.record(raw, index);
        for (const { field, reason } of changes.problems) {
          problems.push({ record, field: naming.field(field), reason });
        }
      }
      let links = NO_LINKS;
      if (input.links !== undefined) {
        const read = readLinks(input.links);
        const record = naming.record(raw, index);
        for (const { field, reason } of read.problems) {
          problems.push({ record, field: naming.field(field), reason });
        }
        links = read.links;
        // Checked once every event is read: a link may name an event further down the store.
        if (links.length) withLinks.push({ at: events.length, record });
      }
      let event = timelineEvent(input, checked.date, media.media, links, changes.changes);
      if (event.group !== undefined && !groupIds.has(event.group)) {
        problems.push({
          record: naming.record(raw, index),
          field: naming.field('group'),
          reason: { code: 'undeclared-group', group: event.group },
        });
        event = withoutGroup(event);
      }
      events.push(event);
      continue;
    }
    const record = naming.record(raw, index);
    problems.push(
      ...checked.reason.map(({ field, reason }) => ({
        record,
        field: naming.field(field),
        reason,
      })),
    );
    skipped++;
  }

  for (const { at, record } of withLinks) {
    const event = events[at] as TimelineEvent;
    const checked = linksThatLead(event.id, event.links, (id) => eventIds.has(id));
    if (!checked.problems.length) continue;
    for (const { field, reason } of checked.problems) {
      problems.push({ record, field: naming.field(field), reason });
    }
    events[at] = { ...event, links: checked.links };
  }

  const start = readStart(frame.output.start, problems, naming);

  let lead: Media | null = null;
  if (frame.output.media !== undefined) {
    const read = readMediaItem(frame.output.media, 'media');
    lead = read.media;
    for (const { field, reason } of read.problems) {
      problems.push({ record: naming.dataset ?? DATASET, field: naming.field(field), reason });
    }
  }

  const updated = readDatasetUpdated(frame.output.updated);
  if (updated.problem !== null) {
    const record = naming.dataset ?? DATASET;
    problems.push({ record, field: naming.field('updated'), reason: updated.problem });
  }

  return {
    kind: 'ok',
    dataset: {
      title: frame.output.title,
      description: frame.output.description ?? '',
      note: frame.output.note ?? '',
      ...(updated.updated !== undefined && { updated: updated.updated }),
      source: frame.output.source,
      media: lead,
      topics,
      groups,
      eras,
      ...(start && { start }),
      events: sortByTime(events),
    },
    problems,
    skipped,
  };
}

/** The dataset's `start`; one the app does not know is reported, and the timeline opens as usual. */
function readStart(
  value: unknown,
  problems: Problem[],
  naming: ProblemNaming,
): DatasetStart | undefined {
  if (value === undefined) return undefined;
  const known = DATASET_STARTS.find((start) => start === value);
  if (known) return known;
  problems.push({
    record: naming.dataset ?? DATASET,
    field: naming.field('start'),
    reason: { code: 'unknown-start' },
  });
  return undefined;
}

/**
 * The event's resolved date when nothing is wrong with it beyond its shape, or what is: its date,
 * its topics or a repeated id. A good date's resolution is passed on as it is, shared by every
 * event on that date: nothing is made per event.
 */
function checkEvent(
  input: EventInput,
  resolveDate: (date: EventDateInput) => DateResolution,
  topicIds: ReadonlySet<string>,
  eventIds: ReadonlySet<string>,
): Result<{ date: ResolvedDate }, FieldProblem[]> {
  const resolved = resolveDate(input.date);
  if (resolved.kind === 'failed') {
    return failed(resolved.reason.map(({ field, reason }) => ({ field, reason })));
  }
  if (!allIn(input.topics, topicIds)) {
    const unknown = input.topics.filter((id) => !topicIds.has(id));
    return failed([{ field: 'topics', reason: { code: 'undeclared-topics', topics: unknown } }]);
  }
  if (eventIds.has(input.id)) {
    return failed([{ field: 'id', reason: { code: 'id-used-before', id: input.id } }]);
  }
  return resolved;
}

function allIn(ids: readonly string[], known: ReadonlySet<string>): boolean {
  for (const id of ids) if (!known.has(id)) return false;
  return true;
}

/** The list an event without media shares with every other, frozen so that none can fill it. */
const NO_MEDIA: readonly Media[] = Object.freeze([]);

/**
 * The event in its final shape, made at once rather than given its dates afterwards: adding keys
 * to a million objects one by one costs more than making them whole.
 */
function timelineEvent(
  input: EventInput,
  date: ResolvedDate,
  media: Media[],
  links: readonly EventLink[],
  changes: EventChanges,
): TimelineEvent {
  const event: TimelineEvent = {
    id: input.id,
    title: input.title,
    summary: input.summary,
    date,
    writtenDate: input.date,
    topics: input.topics,
    people: input.people,
    quotes: input.quotes,
    sources: input.sources,
    media: media.length ? media : NO_MEDIA,
    links,
  };
  if (input.dateNote !== undefined) event.dateNote = input.dateNote;
  if (input.summaryHtml !== undefined) event.summaryHtml = input.summaryHtml;
  if (input.group !== undefined) event.group = input.group;
  if (changes.added !== undefined) event.added = changes.added;
  if (changes.updated !== undefined) event.updated = changes.updated;
  if (changes.changeNote !== undefined) event.changeNote = changes.changeNote;
  return event;
}

function withoutGroup(event: TimelineEvent): TimelineEvent {
  const rest = { ...event };
  delete rest.group;
  return rest;
}

/** A problem in one of a record's fields, before the record is named. */
interface FieldProblem {
  field: string;
  reason: ProblemReason;
}

/** An event's links, each read on its own: one of the wrong shape is reported and left out. */
function readLinks(raw: unknown): { links: readonly EventLink[]; problems: FieldProblem[] } {
  if (!Array.isArray(raw)) {
    return {
      links: NO_LINKS,
      problems: [{ field: 'links', reason: { code: 'links-not-a-list' } }],
    };
  }
  const links: EventLink[] = [];
  const problems: FieldProblem[] = [];
  raw.forEach((item: unknown, i) => {
    const parsed = v.safeParse(EventLinkSchema, item, PARSE_CONFIG);
    if (parsed.success) {
      links.push(parsed.output);
      return;
    }
    for (const issue of parsed.issues) {
      const path = v.getDotPath(issue);
      problems.push({
        field: path === null ? `links.${i}` : `links.${i}.${path}`,
        reason: { code: 'link-left-out', because: issueReason(issue) },
      });
    }
  });
  return { links: links.length ? links : NO_LINKS, problems };
}

/** The declared groups, each checked on its own: a bad or repeated one is reported and left out. */
function readGroups(
  raws: readonly unknown[] | undefined,
  problems: Problem[],
  naming: ProblemNaming,
): Group[] {
  const groups: Group[] = [];
  const ids = new Set<string>();
  (raws ?? []).forEach((raw, index) => {
    const record = partRecord(naming, 'group', raw, index);
    const parsed = v.safeParse(GroupSchema, raw, PARSE_CONFIG);
    if (!parsed.success) {
      problems.push(...issuesToProblems(record, parsed.issues, naming.field));
      return;
    }
    if (ids.has(parsed.output.id)) {
      problems.push({ record, field: naming.field('id'), reason: { code: 'declared-twice' } });
      return;
    }
    ids.add(parsed.output.id);
    groups.push(parsed.output);
  });
  return groups;
}

/** The eras, each checked on its own; one that ends before it starts is reported, not drawn. */
function readEras(
  raws: readonly unknown[] | undefined,
  problems: Problem[],
  naming: ProblemNaming,
): Era[] {
  const eras: Era[] = [];
  const ids = new Set<string>();
  (raws ?? []).forEach((raw, index) => {
    const record = partRecord(naming, 'era', raw, index);
    const parsed = v.safeParse(EraSchema, raw, PARSE_CONFIG);
    if (!parsed.success) {
      problems.push(...issuesToProblems(record, parsed.issues, naming.field));
      return;
    }
    const { id, title, start, end, color } = parsed.output;
    const readFrom = parsePartialDate(start);
    const readTo = parsePartialDate(end);
    if (readFrom.kind === 'failed') {
      problems.push({ record, field: naming.field('start'), reason: readFrom.reason });
      return;
    }
    if (readTo.kind === 'failed') {
      problems.push({ record, field: naming.field('end'), reason: readTo.reason });
      return;
    }
    const [from, to] = [readFrom.date, readTo.date];
    if (endOf(to) <= startOf(from)) {
      const reason: ProblemReason = { code: 'ends-before-start', start, end };
      problems.push({ record, field: naming.field('end'), reason });
      return;
    }
    if (ids.has(id)) {
      problems.push({ record, field: naming.field('id'), reason: { code: 'declared-twice' } });
      return;
    }
    ids.add(id);
    eras.push({ id, title, start: startOf(from), end: endOf(to), color, written: { start, end } });
  });
  return eras;
}

/**
 * The timeline's own source link, when it is not a web address, is left out with a problem rather
 * than made the reason that nothing shows: the masthead still names the source, without a link.
 */
function withoutBadSourceLink(
  json: unknown,
  naming: ProblemNaming,
): { json: unknown; problems: Problem[] } {
  if (!isRecord(json) || !isRecord(json.source) || json.source.url === undefined) {
    return { json, problems: [] };
  }
  const link = v.safeParse(webUrl, json.source.url, PARSE_CONFIG);
  if (link.success) return { json, problems: [] };
  const source = { ...json.source };
  delete source.url;
  const problem: Problem = {
    record: naming.dataset ?? DATASET,
    field: naming.field('source.url'),
    reason: { code: 'link-left-out', because: issueReason(link.issues[0]) },
  };
  return { json: { ...json, source }, problems: [problem] };
}
