/**
 * From a store's bytes to a dataset and its problems, or to one plain sentence: the part of
 * loading that needs no network and no page, so that it can run in a worker.
 */
import { readCsvStore, type CsvColumn } from './csv-store.ts';
import { decodeStore, type EncodedStore } from './decode-store.ts';
import { JSON_NAMING, parseDataset, rowNaming, type Dataset, type Problem } from './schema.ts';
import { quoteName } from '../lib/display-text.ts';

export type LoadResult =
  | {
      status: 'ready';
      dataset: Dataset;
      /** What is wrong in the data: each bad record, and anything else left out. */
      problems: Problem[];
      /** How many events were left out because of their problems. */
      skipped: number;
    }
  | { status: 'failed'; message: string; problems: Problem[] };

/** Told how many records the store holds once they are read, before they are checked. */
export type OnRecords = (count: number) => void;

export function parseStore(store: EncodedStore, onRecords?: OnRecords): LoadResult {
  const decoded = decodeStore(store);
  if (!decoded.ok) return failed(decoded.message);
  return decoded.format === 'csv'
    ? parseCsvText(decoded.text, store.name, store.path, onRecords)
    : parseJsonText(decoded.text, store.name, onRecords);
}

/** Parses and validates a JSON store already in memory. */
export function parseJsonText(text: string, name: string, onRecords?: OnRecords): LoadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return failed(jsonSyntaxMessage(text, name, error));
  }
  const events = (json as { events?: unknown } | null)?.events;
  if (Array.isArray(events)) onRecords?.(events.length);
  return validate(json, name, JSON_NAMING);
}

export function parseCsvText(
  text: string,
  name: string,
  path = name,
  onRecords?: OnRecords,
): LoadResult {
  const csv = readCsvStore(text, name, path);
  if (!csv.ok) return failed(csv.message);
  onRecords?.(csv.store.eventRows.length);
  const result = validate(csv.store.json, name, rowNaming(csv.store.eventRows, csvColumnOf));
  return { ...result, problems: [...csv.store.problems, ...result.problems] };
}

function validate(json: unknown, name: string, naming: typeof JSON_NAMING): LoadResult {
  const result = parseDataset(json, naming);
  if (!result.ok) {
    return {
      status: 'failed',
      message: `${quoteName(name)} is not a timeline in the expected format. What is wrong:`,
      problems: result.problems,
    };
  }
  return {
    status: 'ready',
    dataset: result.dataset,
    problems: result.problems,
    skipped: result.skipped,
  };
}

/**
 * The schema's field paths as a spreadsheet's columns: "date.start" is the start column, the
 * second quote's speaker is in quote_speakers.
 */
export function csvColumnOf(path: string): CsvColumn | string {
  const [head, , leaf] = path.split('.');
  switch (head) {
    case 'date':
      return path === 'date.label' ? 'date_label' : path.slice('date.'.length) || 'start';
    case 'dateNote':
      return 'date_note';
    case 'quotes':
      return leaf === 'speaker' ? 'quote_speakers' : 'quotes';
    case 'sources':
      return leaf === 'url' ? 'source_urls' : 'sources';
    case 'source':
      return path.replace('.', '_');
    case 'description':
      return 'summary';
    default:
      return head ?? path;
  }
}

/**
 * A JSON syntax error, said as where to look: line and column, or that the file ends too early
 * (a download cut off, a copy not finished).
 */
function jsonSyntaxMessage(text: string, name: string, error: unknown): string {
  const detail = error instanceof Error ? error.message : '';
  const position = positionOf(text, detail);
  // Past the last character, not at it: an extra "}" or a trailing comma there is a mistake of
  // its own, to be pointed at, not a file cut off.
  if (
    /end of (JSON|data)/i.test(detail) ||
    (position !== null && position >= text.trimEnd().length)
  ) {
    return `${quoteName(name)} ends too early: the file seems cut off. Download or save it again.`;
  }
  if (position === null) {
    return `${quoteName(name)} is not valid JSON, so the timeline cannot read it.`;
  }
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `${quoteName(name)} is not valid JSON: there is a mistake at line ${line}, column ${column}, such as a missing comma or quotation mark.`;
}

/** Where the parser stopped: V8 says "position 42", Firefox "line 3 column 5". */
function positionOf(text: string, detail: string): number | null {
  const position = /position (\d+)/.exec(detail)?.[1];
  if (position !== undefined) return Number(position);
  const lineColumn = /line (\d+) column (\d+)/.exec(detail);
  if (!lineColumn) return null;
  const lineStarts = text.split('\n').slice(0, Number(lineColumn[1]) - 1);
  return lineStarts.reduce((sum, line) => sum + line.length + 1, 0) + Number(lineColumn[2]) - 1;
}

function failed(message: string): LoadResult {
  return { status: 'failed', message, problems: [] };
}
