/**
 * A JSON store written as the CSV a spreadsheet opens: the inverse of csv-store.ts, column for
 * column, so that the CSV reads back to the same events. It writes the bundled store as the
 * template newsrooms start from. No cell is written as a spreadsheet formula (csv-cell.ts).
 */
import { csvFormatRows } from 'd3-dsv';
import { inertCell } from './csv-cell.ts';
import { CSV_COLUMNS, type CsvColumn } from './csv-store.ts';
import type { MediaJson } from './media.ts';

export interface StoreJson {
  title: string;
  description?: string;
  note?: string;
  updated?: string;
  source?: { publisher: string; title: string; url?: string; published?: string; updated?: string };
  media?: MediaJson;
  topics: { id: string; label: string; color: string }[];
  groups?: { id: string; label: string; color?: string }[];
  eras?: { id: string; title: string; start: string; end: string; color?: string }[];
  /** Where the timeline opens: "latest" for its newest event. */
  start?: string;
  events: EventJson[];
}

export interface EventJson {
  id: string;
  title: string;
  summary?: string;
  date: { precision: string; start: string; end?: string; label?: string };
  dateNote?: string;
  added?: string;
  updated?: string;
  changeNote?: string;
  topics: string[];
  group?: string;
  people?: string[];
  quotes?: { text: string; speaker?: string }[];
  sources?: { name: string; url?: string }[];
  media?: MediaJson[];
  links?: { to: string; kind: string; note?: string }[];
}

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

function eventRow(event: EventJson): Row {
  const quotes = event.quotes ?? [];
  const sources = event.sources ?? [];
  const links = event.links ?? [];
  return {
    type: 'event',
    id: event.id,
    title: event.title,
    summary: event.summary,
    start: event.date.start,
    end: event.date.end,
    precision: event.date.precision,
    date_label: event.date.label,
    date_note: event.dateNote,
    added: event.added,
    updated: event.updated,
    change_note: event.changeNote,
    topics: event.topics.join('; '),
    group: event.group,
    people: event.people?.join('; '),
    quotes: quotes.map((q) => q.text).join('\n'),
    quote_speakers: quotes.some((q) => q.speaker)
      ? quotes.map((q) => q.speaker ?? '').join('\n')
      : '',
    sources: sources.map((s) => s.name).join('\n'),
    source_urls: sources.some((s) => s.url) ? sources.map((s) => s.url ?? '').join('\n') : '',
    links: links.map((link) => `${link.kind}:${link.to}`).join('; '),
    link_notes: links.some((l) => l.note) ? links.map((l) => l.note ?? '').join('\n') : '',
    // A row holds one item: a spreadsheet's columns have room for one picture an event.
    ...mediaCells(event.media?.[0]),
  };
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
