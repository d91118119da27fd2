/**
 * A JSON store (docs/data-format.md) as an Arrow table of the columns the app reads
 * (src/data/arrow-store.ts): one row per event, the dataset's other fields as JSON in the
 * schema's metadata. Dates stay text, exactly as the store writes them (a partial date such as
 * "2016-03" has no Arrow type). An optional column is written only when some event uses it.
 */
import {
  Field,
  List,
  Struct,
  Table,
  Utf8,
  vectorFromArray,
  type DataType,
  type Vector,
} from 'apache-arrow';
import {
  ARROW_COLUMNS,
  ARROW_DATE_FIELDS,
  ARROW_METADATA_KEY,
  REQUIRED_ARROW_COLUMNS,
  type ArrowColumn,
} from '../../src/data/arrow-store.ts';

type Json = Record<string, unknown>;

/** The fields of each list of structs, as the JSON store names them. */
const STRUCT_FIELDS = {
  quotes: ['text', 'speaker'],
  sources: ['name', 'url'],
  media: ['url', 'type', 'alt', 'caption', 'credit', 'thumbnail', 'link'],
  links: ['to', 'kind', 'note'],
} as const;

const textList = () => new List(new Field('item', new Utf8(), true));

const structList = (fields: readonly string[]) =>
  new List(
    new Field('item', new Struct(fields.map((name) => new Field(name, new Utf8(), true))), true),
  );

/** An event's value for a column, as the JSON store holds it. */
function valueOf(event: Json, column: ArrowColumn): unknown {
  const dateField = ARROW_DATE_FIELDS[column];
  return dateField === undefined ? event[column] : ((event.date ?? {}) as Json)[dateField];
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** A list of structs with every field present (null where the JSON leaves it out). */
function structs(value: unknown, fields: readonly string[]): Json[] | null {
  if (!Array.isArray(value)) return null;
  return value.map((item: unknown) => {
    const object = (typeof item === 'object' && item !== null ? item : {}) as Json;
    return Object.fromEntries(fields.map((field) => [field, text(object[field])]));
  });
}

function columnOf(events: readonly Json[], column: ArrowColumn): Vector | null {
  const values = events.map((event) => valueOf(event, column));
  const required = (REQUIRED_ARROW_COLUMNS as readonly string[]).includes(column);
  if (!required && values.every((value) => value === undefined)) return null;
  const build = (rows: unknown[], type: DataType) => vectorFromArray(rows, type);
  switch (column) {
    case 'quotes':
    case 'sources':
    case 'media':
    case 'links': {
      const fields = STRUCT_FIELDS[column];
      return build(
        values.map((value) => structs(value, fields)),
        structList(fields),
      );
    }
    default:
      switch (ARROW_COLUMNS[column]) {
        case 'text-list':
          return build(
            values.map((value) =>
              Array.isArray(value) ? value.filter((item) => typeof item === 'string') : null,
            ),
            textList(),
          );
        default:
          return build(values.map(text), new Utf8());
      }
  }
}

export function arrowTableOf(json: object): Table {
  const store = json as Json;
  const events = (Array.isArray(store.events) ? store.events : []) as Json[];
  const columns: Record<string, Vector> = {};
  for (const column of Object.keys(ARROW_COLUMNS) as ArrowColumn[]) {
    const vector = columnOf(events, column);
    if (vector) columns[column] = vector;
  }
  const table = new Table(columns);
  const meta = { ...store };
  delete meta.events;
  delete meta.$schema;
  table.schema.metadata.set(ARROW_METADATA_KEY, JSON.stringify(meta));
  return table;
}
