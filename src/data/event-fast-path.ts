/**
 * A quick check for events that are plainly valid, beside the schema in schema.ts and never in
 * its place. At a million events, valibot's general machinery costs more than everything else in
 * a load together; most events are a handful of strings that a few typeof tests and the schema's
 * own patterns (store-shape.ts) settle. Whatever this does not accept, for any reason, goes through the schema,
 * which alone says what is wrong. It must accept only what the schema accepts, and give the same
 * output: event-fast-path.test.ts checks both on random events.
 */
import { isSlug } from '../lib/slug.ts';
import { hasVisibleText } from './visible-text.ts';
import {
  PARTIAL_ISO,
  PRECISIONS,
  WEB_URL,
  type EventDateSchema,
  type EventInput,
  type EventSchema,
  type QuoteSchema,
  type SourceSchema,
} from './store-shape.ts';

type KeysOf<T extends { entries: object }> = readonly (keyof T['entries'])[];

/**
 * The fields of an event this path reads, each below by name: an event with any other field goes
 * to the schema. Listed rather than taken from the schema, so that a field added there goes to
 * the schema until this path learns to check it (event-fast-path.test.ts holds the two lists to
 * the schema's fields).
 */
export const PLAIN_EVENT_KEYS = [
  'id',
  'title',
  'summary',
  'date',
  'dateNote',
  'topics',
  'people',
  'quotes',
  'sources',
  'added',
  'updated',
  'changeNote',
] as const satisfies KeysOf<typeof EventSchema>;

/** The fields left to the schema: rare, so their events are few. */
export const SCHEMA_ONLY_KEYS = [
  'summaryHtml',
  'group',
  'media',
  'links',
] as const satisfies KeysOf<typeof EventSchema>;

/** The keys of the parts this path passes on as the record has them, each checked below. */
export const PLAIN_DATE_KEYS = ['precision', 'start', 'end', 'label'] as const satisfies KeysOf<
  typeof EventDateSchema
>;
export const PLAIN_QUOTE_KEYS = ['text', 'speaker'] as const satisfies KeysOf<typeof QuoteSchema>;
export const PLAIN_SOURCE_KEYS = ['name', 'url'] as const satisfies KeysOf<typeof SourceSchema>;

/** The schema's output for an event without the fields left to the schema. */
export type PlainEvent = Omit<EventInput, (typeof SCHEMA_ONLY_KEYS)[number]>;

const PRECISION_SET: ReadonlySet<unknown> = new Set(PRECISIONS);

type Fields = Record<string, unknown>;

/** A plain object, as JSON.parse makes: its parts are passed on as the schema would make them. */
const isRecord = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
const isNonEmpty = (value: unknown): value is string =>
  typeof value === 'string' && hasVisibleText(value);
const isId = (value: unknown): value is string => typeof value === 'string' && isSlug(value);
const isDate = (value: unknown): value is string =>
  typeof value === 'string' && PARTIAL_ISO.test(value);
/** A key the store leaves out; one present but undefined is left to the schema. */
const isAbsent = (fields: Fields, key: string) => !(key in fields);

const EVENT_KEYS: ReadonlySet<string> = new Set(PLAIN_EVENT_KEYS);
const DATE_KEYS: ReadonlySet<string> = new Set(PLAIN_DATE_KEYS);
const QUOTE_KEYS: ReadonlySet<string> = new Set(PLAIN_QUOTE_KEYS);
const SOURCE_KEYS: ReadonlySet<string> = new Set(PLAIN_SOURCE_KEYS);

/** Whether the record holds only these keys: the schema drops any other, so those go to it. */
function hasOnlyKeys(fields: Fields, keys: ReadonlySet<string>): boolean {
  for (const key in fields) if (!keys.has(key)) return false;
  return true;
}

/**
 * The list an event leaves out, shared: a million fresh empty arrays would cost time and memory.
 * Frozen, so that nothing can fill one event's list and with it every other's.
 */
const NONE = Object.freeze([]) as unknown as never[];

/**
 * The event as the schema would output it, or null to let the schema decide. Its parts (the date,
 * the lists) are the record's own, not copies: at a million events, copies cost more than the
 * checks. The record itself is never changed.
 */
export function readPlainEvent(raw: unknown): PlainEvent | null {
  if (!isRecord(raw) || !hasOnlyKeys(raw, EVENT_KEYS)) return null;
  const { id, title, summary, date, dateNote, topics, people, quotes, sources } = raw;
  if (!isId(id) || !isNonEmpty(title)) return null;
  if (!(typeof summary === 'string' || isAbsent(raw, 'summary'))) return null;
  if (!(typeof dateNote === 'string' || isAbsent(raw, 'dateNote'))) return null;
  if (!isPlainDate(date)) return null;
  if (!Array.isArray(topics) || topics.length === 0 || !topics.every(isId)) return null;
  if (!isPlainList(raw, 'people', people, isNonEmpty)) return null;
  if (!isPlainList(raw, 'quotes', quotes, isPlainQuote)) return null;
  if (!isPlainList(raw, 'sources', sources, isPlainSource)) return null;
  const event: PlainEvent = {
    id,
    title,
    summary: typeof summary === 'string' ? summary : '',
    date: date as PlainEvent['date'],
    topics: topics as string[],
    people: (people as PlainEvent['people'] | undefined) ?? NONE,
    quotes: (quotes as PlainEvent['quotes'] | undefined) ?? NONE,
    sources: (sources as PlainEvent['sources'] | undefined) ?? NONE,
  };
  if (typeof dateNote === 'string') event.dateNote = dateNote;
  // Passed on as they are, as the schema does: what cannot be read is said after either path.
  if ('added' in raw) event.added = raw.added;
  if ('updated' in raw) event.updated = raw.updated;
  if ('changeNote' in raw) event.changeNote = raw.changeNote;
  return event;
}

function isPlainDate(date: unknown): boolean {
  if (!isRecord(date) || !hasOnlyKeys(date, DATE_KEYS)) return false;
  const { precision, start, end, label } = date;
  if (!PRECISION_SET.has(precision) || !isDate(start)) return false;
  if (!(isDate(end) || isAbsent(date, 'end'))) return false;
  return isNonEmpty(label) || isAbsent(date, 'label');
}

function isPlainQuote(quote: unknown): boolean {
  if (!isRecord(quote) || !hasOnlyKeys(quote, QUOTE_KEYS) || !isNonEmpty(quote.text)) return false;
  return isNonEmpty(quote.speaker) || isAbsent(quote, 'speaker');
}

function isPlainSource(source: unknown): boolean {
  if (!isRecord(source) || !hasOnlyKeys(source, SOURCE_KEYS) || !isNonEmpty(source.name)) {
    return false;
  }
  return isAbsent(source, 'url') || isWebUrl(source.url);
}

/** The schema's test for a link: a URL the browser reads, beginning http:// or https://. */
function isWebUrl(value: unknown): boolean {
  return typeof value === 'string' && WEB_URL.test(value) && canParseUrl(value);
}

/** As valibot's `url()` asks it: URL.canParse where there is one. */
function canParseUrl(value: string): boolean {
  try {
    if (typeof URL.canParse === 'function') return URL.canParse(value);
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/** An optional list: left out, or a list of plainly valid items. */
function isPlainList(
  fields: Fields,
  key: string,
  value: unknown,
  isPlainItem: (item: unknown) => boolean,
): boolean {
  if (isAbsent(fields, key)) return true;
  return Array.isArray(value) && (value as unknown[]).every(isPlainItem);
}
