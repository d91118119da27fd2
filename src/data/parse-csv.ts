/**
 * Parsing a CSV store, with d3-dsv: on the page it is loaded only when a store is CSV
 * (READERS_ON_DEMAND in parse-store.ts); the worker carries it always.
 */
import { dsvFormat } from 'd3-dsv';
import { delimiterOf, readCsvStore, type CsvColumn } from './csv-store.ts';
import { rowNaming } from './schema.ts';
import {
  validateStore,
  withProblemsBefore,
  type LoadResult,
  type OnRecords,
} from './parse-result.ts';
import { isTimelineJsSheet, readTimelineJsSheet } from './timelinejs-sheet.ts';
import { loadTimelineJs } from './timelinejs.ts';
import { baseName } from './file-title.ts';

export function parseCsvText(
  text: string,
  name: string,
  path = name,
  onRecords?: OnRecords,
): LoadResult {
  const format = dsvFormat(delimiterOf(text, path));
  // The header row alone tells a TimelineJS sheet from ours: a large store is parsed only once.
  if (isTimelineJsSheet(format.parseRows(text.slice(0, text.search(/\r?\n|$/)))[0] ?? [])) {
    const rows = format.parseRows(text);
    const sheet = readTimelineJsSheet(rows);
    onRecords?.(sheet.events.length);
    return loadTimelineJs(sheet, name, baseName(path));
  }
  const csv = readCsvStore(text, name, path);
  if (csv.kind === 'failed') return csv;
  onRecords?.(csv.store.eventRows.length);
  const result = validateStore(
    csv.store.json,
    name,
    rowNaming(csv.store.eventRows, csvColumnOf, csv.store.timelineRow, csv.store.partRows),
  );
  return withProblemsBefore(result, csv.store.problems);
}

/**
 * The schema's field paths as a spreadsheet's columns: "date.start" is the start column, the
 * second quote's speaker is in quote_speakers.
 */
export function csvColumnOf(path: string): CsvColumn | string {
  const [head, second, leaf] = path.split('.');
  switch (head) {
    case 'date':
      return path === 'date.label' ? 'date_label' : path.slice('date.'.length) || 'start';
    case 'dateNote':
      return 'date_note';
    case 'changeNote':
      return 'change_note';
    case 'quotes':
      return leaf === 'speaker' ? 'quote_speakers' : 'quotes';
    case 'sources':
      return leaf === 'url' ? 'source_urls' : 'sources';
    case 'links':
      return leaf === 'note' ? 'link_notes' : 'links';
    case 'source':
      return path.replace('.', '_');
    case 'description':
      return 'summary';
    case 'label':
      // A group's label is its row's title, as a topic's is.
      return 'title';
    case 'media':
      // An event's "media.0.alt", the timeline's "media.alt": a row has one item's columns.
      return `media_${leaf ?? second ?? 'url'}`;
    default:
      return head ?? path;
  }
}
