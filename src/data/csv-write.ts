/**
 * A JSON store written as the CSV a spreadsheet opens: the inverse of csv-store.ts, column for
 * column, so that the CSV reads back to the same events. It writes the bundled store as the
 * template newsrooms start from. No cell is written as a spreadsheet formula (csv-cell.ts).
 */
import { csvFormatRows } from 'd3-dsv';
import { inertCell } from './csv-cell.ts';
import { CSV_COLUMNS, type CsvColumn } from './csv-store.ts';
import type { MediaJson } from './media.ts';
import type { EventFile, StoreFile } from './store-shape.ts';

/** A store as exports write it, without its version, which the CSV does not carry. */
export type StoreJson = Omit<StoreFile, 'version'>;
export type EventJson = EventFile;

type Row = Partial<Record<CsvColumn, string | undefined>>;

export function storeToCsv(store: StoreJson): string {
  const rows: Row[] = [
    {
      type: 'timeline',
      title: store.title,
      summary: store.description,
      note: store.note,
      updated: store.updated,
      // The timeline's row has no date of its own: its start says where the timeline opens.
      start: store.start,
      source_publisher: store.source?.publisher,
      source_title: store.source?.title,
      source_url: store.source?.url,
      source_published: store.source?.published,
      source_updated: store.source?.updated,
      ...mediaCells(store.media),
    },
    ...store.topics.map((t): Row => ({ type: 'topic', id: t.id, title: t.label, color: t.color })),
    ...(store.groups ?? []).map((g): Row => ({
      type: 'group',
      id: g.id,
      title: g.label,
      color: g.color,
    })),
    ...(store.eras ?? []).map((e): Row => ({
      type: 'era',
      id: e.id,
      title: e.title,
      start: e.start,
      end: e.end,
      color: e.color,
    })),
    ...store.events.map(eventRow),
  ];
  // Every cell, the dates too: BC years ("-0508") begin with a minus.
  const cells = rows.map((row) => CSV_COLUMNS.map((column) => inertCell(row[column] ?? '')));
  return `${csvFormatRows([[...CSV_COLUMNS], ...cells])}\n`;
}

/**
 * Each field of an event as the cells it writes: keyed by the schema's fields (store-shape.ts),
 * so that a field added there fails to compile here until the CSV writes it.
 */
const EVENT_CELLS: { [K in keyof EventJson]-?: (event: EventJson) => Row } = {
  id: (event) => ({ id: event.id }),
  title: (event) => ({ title: event.title }),
  summary: (event) => ({ summary: event.summary }),
  // The CSV has no column for HTML: the plain summary stands in for it.
  summaryHtml: () => ({}),
  date: ({ date }) => ({
    start: date.start,
    end: date.end,
    precision: date.precision,
    date_label: date.label,
  }),
  dateNote: (event) => ({ date_note: event.dateNote }),
  added: (event) => ({ added: event.added }),
  updated: (event) => ({ updated: event.updated }),
  changeNote: (event) => ({ change_note: event.changeNote }),
  topics: (event) => ({ topics: event.topics.join('; ') }),
  group: (event) => ({ group: event.group }),
  people: (event) => ({ people: event.people?.join('; ') }),
  quotes: ({ quotes = [] }) => ({
    quotes: quotes.map((q) => q.text).join('\n'),
    quote_speakers: quotes.some((q) => q.speaker)
      ? quotes.map((q) => q.speaker ?? '').join('\n')
      : '',
  }),
  sources: ({ sources = [] }) => ({
    sources: sources.map((s) => s.name).join('\n'),
    source_urls: sources.some((s) => s.url) ? sources.map((s) => s.url ?? '').join('\n') : '',
  }),
  links: ({ links = [] }) => ({
    links: links.map((link) => `${link.kind}:${link.to}`).join('; '),
    link_notes: links.some((l) => l.note) ? links.map((l) => l.note ?? '').join('\n') : '',
  }),
  // A row holds one item: a spreadsheet's columns have room for one picture an event.
  media: (event) => mediaCells(event.media?.[0]),
};

/** The fields of an event the CSV writes: every one the schema describes. */
export const EVENT_FIELDS = Object.keys(EVENT_CELLS) as (keyof EventJson)[];

function eventRow(event: EventJson): Row {
  const row: Row = { type: 'event' };
  for (const field of EVENT_FIELDS) Object.assign(row, EVENT_CELLS[field](event));
  return row;
}

function mediaCells(media: MediaJson | undefined): Row {
  if (!media) return {};
  return {
    media_url: media.url,
    media_type: media.type,
    media_alt: media.alt,
    media_caption: media.caption,
    media_credit: media.credit,
    media_thumbnail: media.thumbnail,
    media_link: media.link,
  };
}
