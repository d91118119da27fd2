/**
 * A quick check for events that are plainly valid, beside the schema in schema.ts and never in
 * its place. At a million events, valibot's general machinery costs more than everything else in
 * a load together; most events are a handful of strings that a few typeof tests and the schema's
 * own patterns settle. Whatever this does not accept, for any reason, goes through the schema,
 * which alone says what is wrong. It must accept only what the schema accepts, and give the same
 * output: event-fast-path.test.ts checks both on random events.
 */
import type { Precision } from './event-date.ts';
import { hasVisibleText } from './visible-text.ts';

/** The schema's output for an event, before its date is resolved. */
export interface PlainEvent {
  id: string;
  title: string;
  summary: string;
  date: { precision: Precision; start: string; end?: string; label?: string };
  dateNote?: string;
  topics: string[];
  people: string[];
  quotes: { text: string; speaker?: string }[];
  sources: { name: string }[];
}

// The schema's patterns, repeated: the test holds them to the schema's answers.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PARTIAL_ISO = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const PRECISIONS: ReadonlySet<unknown> = new Set(['day', 'month', 'season', 'year', 'span']);

type Fields = Record<string, unknown>;

const isRecord = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isNonEmpty = (value: unknown): value is string =>
  typeof value === 'string' && hasVisibleText(value);
const isSlug = (value: unknown): value is string => typeof value === 'string' && SLUG.test(value);
const isDate = (value: unknown): value is string =>
  typeof value === 'string' && PARTIAL_ISO.test(value);
/** A key the store leaves out; one present but undefined is left to the schema. */
const isAbsent = (fields: Fields, key: string) => !(key in fields);

/** The event as the schema would output it, or null to let the schema decide. */
export function readPlainEvent(raw: unknown): PlainEvent | null {
  if (!isRecord(raw)) return null;
  const { id, title, summary, date, dateNote, topics, people, quotes, sources } = raw;
  if (!isSlug(id) || !isNonEmpty(title)) return null;
  if (!(typeof summary === 'string' || isAbsent(raw, 'summary'))) return null;
  if (!(typeof dateNote === 'string' || isAbsent(raw, 'dateNote'))) return null;
  const plainDate = readDate(date);
  if (!plainDate) return null;
  if (!Array.isArray(topics) || topics.length === 0 || !topics.every(isSlug)) return null;
  const plainPeople = readList(raw, 'people', people, (p) => (isNonEmpty(p) ? p : null));
  const plainQuotes = readList(raw, 'quotes', quotes, readQuote);
  const plainSources = readList(raw, 'sources', sources, readSource);
  if (!plainPeople || !plainQuotes || !plainSources) return null;
  const event: PlainEvent = {
    id,
    title,
    summary: typeof summary === 'string' ? summary : '',
    date: plainDate,
    topics: topics.slice(),
    people: plainPeople,
    quotes: plainQuotes,
    sources: plainSources,
  };
  if (typeof dateNote === 'string') event.dateNote = dateNote;
  return event;
}

function readDate(date: unknown): PlainEvent['date'] | null {
  if (!isRecord(date)) return null;
  const { precision, start, end, label } = date;
  if (!PRECISIONS.has(precision) || !isDate(start)) return null;
  if (!(isDate(end) || isAbsent(date, 'end'))) return null;
  if (!(isNonEmpty(label) || isAbsent(date, 'label'))) return null;
  const plain: PlainEvent['date'] = { precision: precision as Precision, start };
  if (typeof end === 'string') plain.end = end;
  if (typeof label === 'string') plain.label = label;
  return plain;
}

function readQuote(quote: unknown): PlainEvent['quotes'][number] | null {
  if (!isRecord(quote) || !isNonEmpty(quote.text)) return null;
  if (isAbsent(quote, 'speaker')) return { text: quote.text };
  return isNonEmpty(quote.speaker) ? { text: quote.text, speaker: quote.speaker } : null;
}

/** A source with a link goes to the schema, whose URL check is not worth repeating here. */
function readSource(source: unknown): PlainEvent['sources'][number] | null {
  if (!isRecord(source) || !isNonEmpty(source.name) || !isAbsent(source, 'url')) return null;
  return { name: source.name };
}

/** An optional list of items: empty when left out, null when any item is not plainly valid. */
function readList<T>(
  fields: Fields,
  key: string,
  value: unknown,
  readItem: (item: unknown) => T | null,
): T[] | null {
  if (isAbsent(fields, key)) return [];
  if (!Array.isArray(value)) return null;
  const items: T[] = [];
  for (const item of value as unknown[]) {
    const read = readItem(item);
    if (read === null) return null;
    items.push(read);
  }
  return items;
}
