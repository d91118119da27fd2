/**
 * An Arrow table, one row per event, turned into the shape of a JSON store so that the one schema
 * (schema.ts) judges its rows as it judges JSON's events. What only Arrow needs is done here:
 * each column's type is checked once, for the whole column, dates typed as Arrow dates become
 * days, and the dataset's own fields come from the schema's metadata. The columns are documented
 * in docs/data-format.md ("Arrow IPC").
 */
import { DataType, StructRow, Vector, makeVector, type Table } from 'apache-arrow';
import type { ArrowWanted, Problem } from './problem.ts';
import type { LoadFailure } from './load-failure.ts';
import { failed, type Result } from './result.ts';
import { baseName } from './file-title.ts';
import { DerivedTopics, type DerivedTopic } from './derived-topics.ts';
import { semicolonList } from './semicolon-list.ts';
import { impliedPrecision } from './implied-precision.ts';
import { formatIsoDate } from './partial-date.ts';

/** The columns read, each with what it must hold; they are named as the JSON event's fields. */
export const ARROW_COLUMNS = {
  id: 'text',
  title: 'text',
  summary: 'text',
  start: 'date',
  end: 'date',
  precision: 'text',
  dateLabel: 'text',
  dateNote: 'text',
  added: 'date',
  updated: 'date',
  changeNote: 'text',
  topics: 'text-list',
  group: 'text',
  people: 'text-list',
  quotes: 'struct-list',
  sources: 'struct-list',
  media: 'struct-list',
  links: 'struct-list',
} as const satisfies Record<string, ArrowWanted>;

export type ArrowColumn = keyof typeof ARROW_COLUMNS;

/** Without one of these no row is an event: the store is refused, naming the column. */
export const REQUIRED_ARROW_COLUMNS = ['id', 'title', 'start', 'topics'] as const;

/** The schema's metadata key whose value, JSON, gives the dataset's fields other than events. */
export const ARROW_METADATA_KEY = 'newsline';

export interface ArrowStore {
  /** A value of the JSON store's shape, for the schema to judge. */
  json: Record<string, unknown>;
  /** How many rows the table has: one event each. */
  rows: number;
  problems: Problem[];
}

export type ArrowStoreResult = Result<{ store: ArrowStore }, LoadFailure>;

const isColumn = (name: string): name is ArrowColumn => Object.hasOwn(ARROW_COLUMNS, name);

const COLUMNS_RECORD = { kind: 'arrow-columns' } as const;

/** One row's value of a column, as a JSON store would write it; undefined for a null. */
type Cell = (row: number) => unknown;

/**
 * Reads a table. `path` gives the timeline's title when the metadata gives none. A column the app
 * does not read, or an optional one of a type it cannot read, is listed and left out.
 */
export function readArrowTable(table: Table, name: string, path: string): ArrowStoreResult {
  // Named before any column is read: a table of a million rows is refused at once.
  const names = new Set(table.schema.names.map(String));
  for (const column of REQUIRED_ARROW_COLUMNS) {
    if (!names.has(column)) return failed({ code: 'arrow-column-missing', name, column });
  }
  const problems: Problem[] = [];
  const cells: Partial<Record<ArrowColumn, Cell>> = {};
  for (const field of table.schema.fields) {
    if (!isColumn(field.name)) {
      problems.push({
        record: COLUMNS_RECORD,
        field: field.name,
        reason: { code: 'unknown-column' },
      });
      continue;
    }
    const wanted = ARROW_COLUMNS[field.name];
    const vector = table.getChild(field.name);
    const cell = vector && cellReader(vector, wanted);
    if (cell) {
      cells[field.name] = cell;
      continue;
    }
    const type = String(field.type);
    if ((REQUIRED_ARROW_COLUMNS as readonly string[]).includes(field.name)) {
      return failed({ code: 'arrow-column-type', name, column: field.name, type, wanted });
    }
    problems.push({
      record: COLUMNS_RECORD,
      field: field.name,
      reason: { code: 'arrow-column-left-out', type, wanted },
    });
  }
  const events = eventsOf(cells, table.numRows);
  const meta = metadataOf(table.schema.metadata.get(ARROW_METADATA_KEY), problems);
  const json: Record<string, unknown> = { version: 1, title: baseName(path), ...meta, events };
  if (meta.topics === undefined) json.topics = topicsNamedBy(events);
  return { kind: 'ok', store: { json, rows: table.numRows, problems } };
}

/** The columns that hold an event's date, each with its field in the JSON event's `date`. */
export const ARROW_DATE_FIELDS: Readonly<Partial<Record<ArrowColumn, string>>> = {
  start: 'start',
  end: 'end',
  precision: 'precision',
  dateLabel: 'label',
};

/**
 * Each row as a JSON event. A null is a field left out, not a field present and undefined: the
 * schema's quick path (event-fast-path.ts) takes only events whose every key holds a value, as a
 * JSON store's do, and leaves the others to valibot, many times slower.
 */
function eventsOf(
  cells: Partial<Record<ArrowColumn, Cell>>,
  rows: number,
): Record<string, unknown>[] {
  const columns = (Object.entries(cells) as [ArrowColumn, Cell][]).map(
    ([column, cell]) => [column, ARROW_DATE_FIELDS[column], cell] as const,
  );
  const events: Record<string, unknown>[] = [];
  for (let row = 0; row < rows; row++) {
    const event: Record<string, unknown> = {};
    const date: Record<string, unknown> = {};
    for (const [column, dateField, cell] of columns) {
      const value = cell(row);
      if (value === undefined) continue;
      if (dateField) date[dateField] = value;
      else event[column] = value;
    }
    date.precision ??= impliedPrecision(
      date.start as string | undefined,
      date.end as string | undefined,
    );
    event.date = date;
    events.push(event);
  }
  return events;
}

/**
 * The schema's field paths as the table's columns: an event's date is in the start, end,
 * precision and dateLabel columns. The dataset's fields (from the metadata) keep their paths.
 */
export function arrowColumnOf(path: string): string {
  return path === 'date' ? 'start' : (COLUMN_OF_DATE_PATH.get(path) ?? path);
}

const COLUMN_OF_DATE_PATH = new Map(
  Object.entries(ARROW_DATE_FIELDS).map(([column, field]) => [`date.${field}`, column]),
);

/** How a column of this type is read as `wanted`, or null when it cannot be. */
function cellReader(vector: Vector, wanted: ArrowWanted): Cell | null {
  const { type } = vector;
  const values = () => valuesOf(vector);
  switch (wanted) {
    case 'text': {
      if (!isText(type)) return null;
      const all = values();
      return (row) => all[row] ?? undefined;
    }
    case 'date': {
      if (!isText(type) && !DataType.isDate(type) && !DataType.isTimestamp(type)) return null;
      const all = values();
      if (isText(type)) return (row) => all[row] ?? undefined;
      return (row) => {
        const time = all[row];
        return typeof time === 'number' ? isoDayOf(time) : undefined;
      };
    }
    case 'text-list': {
      if (isText(type)) {
        const all = values();
        return (row) => {
          const text = all[row];
          return typeof text === 'string' ? semicolonList(text) : undefined;
        };
      }
      if (!isListOf(type, isText)) return null;
      const lists = textLists(vector);
      return (row) => lists[row];
    }
    case 'struct-list': {
      if (!isListOf(type, (item) => DataType.isStruct(item))) return null;
      const all = values();
      return (row) => plainOf(all[row]) ?? undefined;
    }
    default:
      return wanted satisfies never;
  }
}

/**
 * A list-of-text column's lists, read through each batch's offsets into its items: a vector made
 * for every row's list would cost more than the rest of the table's reading.
 */
function textLists(vector: Vector): (string[] | undefined)[] {
  const lists: (string[] | undefined)[] = [];
  for (const data of vector.data) {
    const child = data.children[0];
    const items = child ? valuesOf(makeVector(child)) : [];
    const offsets = data.valueOffsets as ArrayLike<number | bigint>;
    for (let i = 0; i < data.length; i++) {
      if (!data.getValid(i)) {
        lists.push(undefined);
        continue;
      }
      // A slice's offsets are cut to it already (Data.slice), its values and children are not.
      const from = Number(offsets[i]);
      const to = Number(offsets[i + 1]);
      const list: string[] = [];
      for (let item = from; item < to; item++) {
        const text = items[item];
        if (typeof text === 'string') list.push(text);
      }
      lists.push(list);
    }
  }
  return lists;
}

/**
 * A column's values, read once and in order (a value at a time, a table of many batches looks
 * up its batch for each). A batch of plain text that is all ASCII is decoded in one call and cut
 * at its offsets, which then count characters as they count bytes: decoding each value on its own
 * is most of the time an Arrow store takes to read.
 */
function valuesOf(vector: Vector): unknown[] {
  const values: unknown[] = [];
  for (const data of vector.data) {
    const bytes = data.values as unknown;
    if (!DataType.isUtf8(data.type) || !(bytes instanceof Uint8Array) || !isAscii(bytes)) {
      for (const value of makeVector(data) as Iterable<unknown>) values.push(value);
      continue;
    }
    const text = ASCII.decode(bytes);
    const offsets = data.valueOffsets as ArrayLike<number>;
    for (let i = 0; i < data.length; i++) {
      values.push(data.getValid(i) ? text.slice(offsets[i], offsets[i + 1]) : null);
    }
  }
  return values;
}

const ASCII = new TextDecoder('utf-8');

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) > 0x7f) return false;
  return true;
}

/** Text, however Arrow lays it out: plain, large, as views, or as a dictionary of text. */
function isText(type: DataType): boolean {
  return (
    DataType.isUtf8(type) ||
    DataType.isLargeUtf8(type) ||
    DataType.isUtf8View(type) ||
    (DataType.isDictionary(type) && isText(type.dictionary))
  );
}

function isListOf(type: DataType, item: (type: DataType) => boolean): boolean {
  if (!DataType.isList(type) && !DataType.isLargeList(type)) return false;
  const child = type.children[0];
  return child !== undefined && item(child.type);
}

/**
 * A value of a list or a struct as JSON would hold it: lists as arrays, structs as objects
 * without their null fields (JSON leaves an absent field out); the schema judges the rest.
 */
function plainOf(value: unknown): unknown {
  if (value instanceof Vector) return Array.from(value as Iterable<unknown>, plainOf);
  if (value instanceof StructRow) {
    const object: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value.toJSON() as Record<string, unknown>)) {
      const plain = plainOf(field);
      if (plain !== null && plain !== undefined) object[key] = plain;
    }
    return object;
  }
  return value;
}

/** The day of an Arrow date or timestamp, in UTC, written as a JSON store writes a day. */
export function isoDayOf(time: number): string {
  const date = new Date(time);
  if (Number.isNaN(date.getTime())) return String(time);
  return formatIsoDate({
    unit: 'day',
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  });
}

/** The dataset's fields from the metadata's JSON; none, with a problem, when it is not an object. */
function metadataOf(text: string | undefined, problems: Problem[]): Record<string, unknown> {
  if (text === undefined) return {};
  let meta: unknown;
  try {
    meta = JSON.parse(text);
  } catch {
    meta = null;
  }
  if (typeof meta === 'object' && meta !== null && !Array.isArray(meta)) {
    // The events are the table's rows, whatever the metadata says.
    const fields = { ...(meta as Record<string, unknown>) };
    delete fields.events;
    return fields;
  }
  problems.push({
    record: { kind: 'dataset' },
    field: ARROW_METADATA_KEY,
    reason: { code: 'arrow-metadata-left-out' },
  });
  return {};
}

/**
 * The topics of a table whose metadata declares none, as a spreadsheet's: the words its rows
 * name, in the order first named, each its label, given an id (`Arms control` → `arms-control`)
 * that the rows are then made to name, and a colour.
 */
function topicsNamedBy(events: Record<string, unknown>[]): DerivedTopic[] {
  const topics = new DerivedTopics();
  for (const event of events) {
    if (!Array.isArray(event.topics)) continue;
    event.topics = event.topics.map((word: unknown) =>
      typeof word === 'string' ? topics.idOf(word) : word,
    );
  }
  return topics.list();
}
