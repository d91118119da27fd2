/**
 * A spreadsheet's CSV export, one row per event, turned into the shape of a JSON store so that the
 * one schema (schema.ts) judges both. What only a spreadsheet needs is done here: columns named
 * loosely, ids and precisions left blank, topics and groups written as words, lists written one
 * per line. Rows of other types declare the topics, the groups and the eras, and give the
 * timeline's own fields. The columns are documented in docs/data-format.md.
 */
import { dsvFormat } from 'd3-dsv';
import { restoreCell } from './csv-cell.ts';
import type { PartKind, Problem } from './schema.ts';
import type { LoadFailure } from './load-failure.ts';
import { failed, type Result } from './result.ts';
import { slugOf } from '../lib/slug.ts';
import { TOPIC_COLORS } from './topic-colors.ts';
import { DerivedTopics } from './derived-topics.ts';
import { semicolonList } from './semicolon-list.ts';
import { baseName } from './file-title.ts';
import { impliedPrecision } from './implied-precision.ts';

export { slugOf };

export const CSV_COLUMNS = [
  'type',
  'id',
  'title',
  'summary',
  'start',
  'end',
  'precision',
  'date_label',
  'date_note',
  'added',
  'updated',
  'change_note',
  'topics',
  'group',
  'people',
  'quotes',
  'quote_speakers',
  'sources',
  'source_urls',
  'links',
  'link_notes',
  'color',
  'note',
  'source_publisher',
  'source_title',
  'source_url',
  'source_published',
  'source_updated',
  'media_url',
  'media_type',
  'media_alt',
  'media_caption',
  'media_credit',
  'media_thumbnail',
  'media_link',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];
type Row = Partial<Record<CsvColumn, string>>;

export interface CsvStore {
  /** A value of the JSON store's shape, for the schema to judge. */
  json: Record<string, unknown>;
  /** The spreadsheet row of each event in `json.events`, for naming it in problems. */
  eventRows: number[];
  /** The row of type timeline, if there is one: the dataset's own problems name it. */
  timelineRow?: number;
  /** The spreadsheet row of each group in `json.groups` and each era in `json.eras`. */
  partRows: Record<PartKind, number[]>;
  problems: Problem[];
}

export type CsvResult = Result<{ store: CsvStore }, LoadFailure>;

const KNOWN = new Set<string>(CSV_COLUMNS);

/** The one topic of a sheet that names none. */
const ALL_EVENTS = 'Events';

/** Header cells as editors write them: "Date label", "date-label" and "DATE_LABEL" all count. */
const columnKey = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** Comma, or the semicolon some spreadsheets write where the comma is a decimal mark, or tab. */
export function delimiterOf(text: string, path: string): string {
  if (/\.tsv$/i.test(path)) return '\t';
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (d: string) => header.split(d).length - 1;
  const candidates = [',', ';', '\t'].sort((a, b) => count(b) - count(a));
  return count(candidates[0] as string) > 0 ? (candidates[0] as string) : ',';
}

/** Reads a CSV store. `name` is the file's name, the timeline's title when no row gives one. */
export function readCsvStore(text: string, name: string, path = name): CsvResult {
  const parsed = dsvFormat(delimiterOf(text, path)).parseRows(text);
  const header = (parsed[0] ?? []).map(columnKey);
  const problems: Problem[] = [];
  header.forEach((column, i) => {
    if (column && !KNOWN.has(column)) {
      problems.push({
        record: { kind: 'column-names' },
        field: parsed[0]?.[i]?.trim() ?? column,
        reason: { code: 'unknown-column' },
      });
    }
  });
  for (const required of ['title', 'start'] as const) {
    if (!header.includes(required)) {
      return failed({ code: 'csv-column-missing', name, column: required });
    }
  }

  const rows: { row: Row; number: number }[] = [];
  parsed.slice(1).forEach((cells, i) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    const row: Row = {};
    header.forEach((column, c) => {
      const cell = cells[c];
      if (KNOWN.has(column) && cell !== undefined && cell.trim() !== '') {
        row[column as CsvColumn] = restoreCell(cell);
      }
    });
    rows.push({ row, number: i + 2 });
  });

  const meta = { title: baseName(path) } as Record<string, unknown>;
  const topics = new TopicTable();
  const groups = new GroupTable();
  const eras: Record<string, string>[] = [];
  const partRows: Record<PartKind, number[]> = { group: [], era: [] };
  const eventRows: { row: Row; number: number }[] = [];
  let timelineRow: number | undefined;
  for (const entry of rows) {
    const type = entry.row.type?.trim().toLowerCase() || 'event';
    switch (type) {
      case 'event':
        eventRows.push(entry);
        break;
      case 'topic':
        topics.declare(entry.row, entry.number, problems);
        break;
      case 'group':
        groups.declare(entry.row, entry.number, problems);
        partRows.group.push(entry.number);
        break;
      case 'era':
        eras.push(eraOf(entry.row, entry.number, problems, eras.length));
        partRows.era.push(entry.number);
        break;
      case 'timeline':
        Object.assign(meta, timelineMeta(entry.row));
        timelineRow = entry.number;
        break;
      default:
        problems.push({
          record: { kind: 'row', number: entry.number },
          field: 'type',
          reason: { code: 'unknown-row-type', type: entry.row.type ?? '' },
        });
    }
  }

  const ids = new Set(eventRows.map(({ row }) => row.id?.trim()).filter(Boolean));
  // A sheet that names no topic at all is one topic's worth of events, not a sheet of errors.
  const untopical =
    topics.isEmpty() && eventRows.every(({ row }) => !semicolonList(row.topics).length);
  const events = eventRows.map(({ row, number }) => {
    const id = row.id?.trim() || uniqueId(row.title ?? '', number, ids);
    const event = eventOf(untopical ? { ...row, topics: ALL_EVENTS } : row, id, topics, groups);
    const links = linksOf(row, number, problems);
    return links ? { ...event, links } : event;
  });
  // Groups derived from the events' cells have no row of their own to be named by.
  const groupList = groups.list();
  if (!groups.isDeclared()) partRows.group = [];
  return {
    kind: 'ok',
    store: {
      json: {
        version: 1,
        ...meta,
        topics: topics.list(),
        ...(groupList.length && { groups: groupList }),
        ...(eras.length && { eras }),
        events,
      },
      eventRows: eventRows.map(({ number }) => number),
      ...(timelineRow !== undefined && { timelineRow }),
      partRows,
      problems,
    },
  };
}

function timelineMeta(row: Row): Record<string, unknown> {
  const meta: Record<string, unknown> = {};
  if (row.title !== undefined) meta.title = row.title;
  if (row.summary !== undefined) meta.description = row.summary;
  if (row.note !== undefined) meta.note = row.note;
  const updated = dateCell(row.updated);
  if (updated !== undefined) meta.updated = updated;
  // A timeline's row has no date: its start column says where the timeline opens ("latest").
  const start = row.start?.trim().toLowerCase();
  if (start) meta.start = start;
  if (row.source_publisher || row.source_title || row.source_url) {
    meta.source = {
      publisher: row.source_publisher ?? '',
      title: row.source_title ?? '',
      url: row.source_url?.trim(),
      published: row.source_published?.trim(),
      updated: row.source_updated?.trim(),
    };
  }
  const media = mediaOf(row);
  if (media) meta.media = media;
  return meta;
}

function eventOf(
  row: Row,
  id: string,
  topics: TopicTable,
  groups: GroupTable,
): Record<string, unknown> {
  const start = dateCell(row.start);
  const end = dateCell(row.end);
  const quotes = lines(row.quotes);
  const speakers = parallel(row.quote_speakers);
  const sources = lines(row.sources);
  const urls = parallel(row.source_urls);
  const media = mediaOf(row);
  const group = row.group?.trim();
  return {
    id,
    title: row.title ?? '',
    summary: row.summary,
    date: {
      precision: row.precision?.trim().toLowerCase() || impliedPrecision(start, end),
      start,
      end,
      label: row.date_label,
    },
    dateNote: row.date_note,
    added: dateCell(row.added),
    updated: dateCell(row.updated),
    changeNote: row.change_note,
    topics: semicolonList(row.topics).map((topic) => topics.idOf(topic)),
    people: semicolonList(row.people),
    quotes: quotes.map((text, i) => ({ text, speaker: speakers[i] })),
    sources: sources.map((name, i) => ({ name, url: urls[i] })),
    media: media && [media],
    // Only when given: most events belong to no group.
    ...(group && { group: groups.idOf(group) }),
  };
}

/**
 * The `links` cell's links ("led-to:helsinki-2018; see-also:g20-2017"), each with its note from
 * the `link_notes` cell, line by line in the same order; undefined where the row names none. An
 * item that is not `kind:id` is a problem of this row; the schema judges the kinds and the ids.
 */
function linksOf(
  row: Row,
  number: number,
  problems: Problem[],
): Record<string, string>[] | undefined {
  const items = semicolonList(row.links);
  if (!items.length) return undefined;
  const notes = parallel(row.link_notes);
  const links: Record<string, string>[] = [];
  items.forEach((item, i) => {
    const colon = item.indexOf(':');
    const to = item.slice(colon + 1).trim();
    if (colon < 0 || !to) {
      problems.push({
        record: { kind: 'row', number },
        field: 'links',
        reason: { code: 'not-a-link-cell', text: item },
      });
      return;
    }
    // "See also", "see_also" and "SEE-ALSO" are the same kind, as column names are read loosely.
    const kind = columnKey(item.slice(0, colon)).replace(/_/g, '-');
    const note = notes[i];
    links.push(note === undefined ? { to, kind } : { to, kind, note });
  });
  return links;
}

/**
 * An era row as the schema reads an era, which judges what is missing or out of order (a row
 * without an end, an end before the start) and names this row.
 */
function eraOf(row: Row, number: number, problems: Problem[], index: number) {
  const title = row.title?.trim() ?? '';
  const era: Record<string, string> = {
    id: row.id?.trim() || slugOf(title) || `era-${index + 1}`,
  };
  if (row.title !== undefined) era.title = row.title;
  const start = dateCell(row.start);
  const end = dateCell(row.end);
  if (start !== undefined) era.start = start;
  if (end !== undefined) era.end = end;
  const color = optionalColor(row, number, problems);
  if (color) era.color = color;
  return era;
}

/** A group's or an era's colour: they may have none, so a bad one is left out, and said so. */
function optionalColor(row: Row, number: number, problems: Problem[]): string | undefined {
  const color = row.color?.trim();
  if (!color || /^#[0-9a-f]{6}$/i.test(color)) return color;
  problems.push({
    record: { kind: 'row', number },
    field: 'color',
    reason: { code: 'colour-left-out', color },
  });
  return undefined;
}

/** The row's one picture, video or sound, for the schema (media.ts) to read; undefined if none. */
function mediaOf(row: Row): Record<string, string | undefined> | undefined {
  const url = row.media_url?.trim();
  if (!url) return undefined;
  return {
    url,
    type: row.media_type?.trim(),
    // A blank alt cell is read as none given, which is a problem to fix, not decoration.
    alt: row.media_alt,
    caption: row.media_caption,
    credit: row.media_credit,
    thumbnail: row.media_thumbnail?.trim(),
    link: row.media_link?.trim(),
  };
}

/**
 * A date cell, trimmed. Spreadsheets export a date cell with a midnight time ("2017-01-20
 * 00:00:00"); that time says nothing, so it is dropped. Anything else is left for the schema to
 * name as a date it cannot read.
 */
function dateCell(cell: string | undefined): string | undefined {
  const text = cell?.trim();
  if (!text) return undefined;
  const midnight = /^(-?\d{4}-\d{2}-\d{2})[T ]00:00(?::00(?:\.0+)?)?Z?$/.exec(text);
  return midnight ? midnight[1] : text;
}

/** One item per line (a line break inside the cell): quotes, sources. */
const lines = (cell: string | undefined) =>
  (cell ?? '').split(/\r?\n/).filter((line) => line.trim() !== '');

/** Lines that pair with another column's by position: a blank line leaves its item without one. */
const parallel = (cell: string | undefined) =>
  (cell ?? '').split(/\r?\n/).map((line) => line.trim() || undefined);

/** An id for a row that has none, from its title: stable while the title stays the same. */
function uniqueId(title: string, row: number, taken: Set<string | undefined>): string {
  const base = slugOf(title, 60) || `row-${row}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * The file's topics: declared by rows of type "topic", or, when none is, taken from the events'
 * topics column as written, in order of first use.
 */
class TopicTable {
  private readonly declared: { id: string; label: string; color: string }[] = [];
  private readonly derived = new DerivedTopics();

  declare(row: Row, number: number, problems: Problem[]): void {
    const label = row.title?.trim() ?? '';
    const id = row.id?.trim() || slugOf(label) || `topic-${this.declared.length + 1}`;
    if (!label) {
      problems.push({
        record: { kind: 'row', number },
        field: 'title',
        reason: { code: 'topic-needs-title' },
      });
      return;
    }
    let color = row.color?.trim() ?? '';
    if (!/^#[0-9a-f]{6}$/i.test(color)) {
      if (color) {
        problems.push({
          record: { kind: 'row', number },
          field: 'color',
          reason: { code: 'colour-chosen', color },
        });
      }
      color = TOPIC_COLORS[this.declared.length % TOPIC_COLORS.length] as string;
    }
    this.declared.push({ id, label, color });
  }

  /** The topic id a cell's word stands for: a declared topic's id or title, any case. */
  idOf(word: string): string {
    const lower = word.toLowerCase();
    if (this.declared.length) {
      const topic = this.declared.find(
        (t) => t.id.toLowerCase() === lower || t.label.toLowerCase() === lower,
      );
      // Made an id as the schema reads them, so that it names the topic as undeclared.
      return topic?.id ?? (slugOf(word) || word);
    }
    return this.derived.idOf(word);
  }

  isEmpty(): boolean {
    return this.declared.length === 0 && this.derived.size === 0;
  }

  list(): { id: string; label: string; color: string }[] {
    return this.declared.length ? this.declared : this.derived.list();
  }
}

interface GroupJson {
  id: string;
  label?: string;
  color?: string;
}

/**
 * The file's groups: declared by rows of type "group", or, when none is, taken from the events'
 * group column as written, in order of first use. An event names its group by id or title, in any
 * case, as it names its topics.
 */
class GroupTable {
  private readonly declared: GroupJson[] = [];
  private readonly derived = new Map<string, GroupJson>();

  declare(row: Row, number: number, problems: Problem[]): void {
    const label = row.title?.trim() ?? '';
    const group: GroupJson = {
      id: row.id?.trim() || slugOf(label) || `group-${this.declared.length + 1}`,
    };
    // A blank title is left for the schema to name as missing, on this row.
    if (label) group.label = label;
    const color = optionalColor(row, number, problems);
    if (color) group.color = color;
    this.declared.push(group);
  }

  idOf(word: string): string {
    const lower = word.toLowerCase();
    if (this.declared.length) {
      const group = this.declared.find(
        (g) => g.id.toLowerCase() === lower || g.label?.toLowerCase() === lower,
      );
      // Made an id as the schema reads them, so that it names the group as undeclared.
      return group?.id ?? (slugOf(word) || word);
    }
    let group = this.derived.get(lower);
    if (!group) {
      const base = slugOf(word) || `group-${this.derived.size + 1}`;
      const taken = new Set([...this.derived.values()].map((g) => g.id));
      let id = base;
      for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
      group = { id, label: word };
      this.derived.set(lower, group);
    }
    return group.id;
  }

  isDeclared(): boolean {
    return this.declared.length > 0;
  }

  list(): GroupJson[] {
    return this.declared.length ? this.declared : [...this.derived.values()];
  }
}
