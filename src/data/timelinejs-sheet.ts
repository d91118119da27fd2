/**
 * TimelineJS's Google Sheet template as a CSV export, told from our own CSV by its column names
 * (Year and Headline, or an old sheet's Start Date and Headline) and read into TimelineJS3's JSON
 * shape, as TimelineJS3's ConfigFactory.js reads it: one slide per row, the row of Type "title"
 * the timeline's own, rows of Type "era" its eras. Columns match by name in any order, whatever
 * their case and spaces; blank rows in the middle do not end the data.
 */
import type { Problem } from './schema.ts';
import type { ProblemRecord } from './problem.ts';
import { SLIDE_KEYS, type TlRecord, type TlSource } from './timelinejs.ts';
import { parseOldSheetDate, parseSheetTime } from './timelinejs-date.ts';

/** The template's columns, as its header row writes them; the old sheets' at the end. */
export const SHEET_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Alt Text',
  'Type',
  'Group',
  'Background',
  'Start Date',
  'End Date',
  'Tag',
] as const;

type SheetColumn = (typeof SHEET_COLUMNS)[number];

const keyOf = (header: string) => header.toLowerCase().replace(/\s+/g, '');

const COLUMN_BY_KEY = new Map<string, SheetColumn>(SHEET_COLUMNS.map((c) => [keyOf(c), c]));

/** Whether a CSV's header row is TimelineJS's: it has a Headline, and a Year or a Start Date. */
export function isTimelineJsSheet(header: readonly string[]): boolean {
  const keys = new Set(header.map(keyOf));
  return keys.has('headline') && (keys.has('year') || keys.has('startdate'));
}

type Row = Partial<Record<SheetColumn, string>>;

/** The sheet's rows (header first, as d3-dsv's parseRows gives them) as slides. */
export function readTimelineJsSheet(rows: readonly (readonly string[])[]): TlSource {
  const header = rows[0] ?? [];
  const problems: Problem[] = [];
  const columns = header.map((cell) => COLUMN_BY_KEY.get(keyOf(cell)) ?? null);
  header.forEach((cell, i) => {
    if (cell.trim() && columns[i] === null) {
      problems.push({
        record: { kind: 'column-names' },
        field: cell.trim(),
        reason: { code: 'tl-unknown-column' },
      });
    }
  });
  const present = new Set(columns.filter((c): c is SheetColumn => c !== null));
  const oldDates = present.has('Start Date') || present.has('End Date');
  const groupColumn: SheetColumn = present.has('Group') || !present.has('Tag') ? 'Group' : 'Tag';

  let title: TlRecord | null = null;
  let titleRow: number | null = null;
  const events: TlRecord[] = [];
  const eras: TlRecord[] = [];
  rows.slice(1).forEach((cells, i) => {
    const number = i + 2;
    const row: Row = {};
    columns.forEach((column, c) => {
      const cell = cells[c]?.trim() ?? '';
      // Of two columns of one name, the first that has something.
      if (column && cell && row[column] === undefined) row[column] = cell;
    });
    if (Object.keys(row).length === 0) return;
    const headline = row.Headline ?? '';
    const name: ProblemRecord = headline
      ? { kind: 'row', number, label: headline }
      : { kind: 'row', number };
    const record: TlRecord = { slide: {}, name };
    fillSlide(record, row, { oldDates, groupColumn, altColumn: present.has('Alt Text') }, problems);
    const type = row.Type?.toLowerCase() ?? '';
    if (type === 'title' && title === null) {
      title = record;
      titleRow = number;
    } else if (type === 'era') {
      eras.push(record);
    } else {
      if (type === 'title') {
        problems.push({
          record: name,
          field: 'Type',
          reason: { code: 'tl-second-title' },
        });
      }
      events.push(record);
    }
  });

  return {
    title,
    events,
    eras,
    scale: undefined,
    field: sheetField(groupColumn, oldDates),
    datasetRecord: titleRow === null ? { kind: 'timeline' } : { kind: 'row', number: titleRow },
    problems,
    knownKeys: SLIDE_KEYS,
  };
}

function fillSlide(
  record: TlRecord,
  row: Row,
  sheet: { oldDates: boolean; groupColumn: SheetColumn; altColumn: boolean },
  problems: Problem[],
): void {
  const { slide, name } = record;
  slide.text = { headline: row.Headline ?? '', text: row.Text ?? '' };
  const media: Record<string, string> = {
    url: row.Media ?? '',
    credit: row['Media Credit'] ?? '',
    caption: row['Media Caption'] ?? '',
    thumbnail: row['Media Thumbnail'] ?? '',
  };
  // A sheet without the column (made before December 2024) gives no alt text; a blank cell gives
  // none either, which the timeline lists for the author to write.
  if (sheet.altColumn && row['Alt Text']) media.alt = row['Alt Text'];
  slide.media = media;
  if (row['Display Date']) slide.display_date = row['Display Date'];
  const group = row[sheet.groupColumn];
  if (group) slide.group = group;
  if (row.Background) slide.background = row.Background;

  if (sheet.oldDates) {
    for (const [column, key] of [
      ['Start Date', 'start_date'],
      ['End Date', 'end_date'],
    ] as const) {
      const cell = row[column];
      if (!cell) continue;
      const parts = parseOldSheetDate(cell);
      if (parts) slide[key] = parts;
      else if (key === 'start_date') {
        record.unreadableDate = {
          field: column,
          reason: { code: 'tl-not-a-sheet-date', text: cell },
        };
      } else {
        problems.push({
          record: name,
          field: column,
          reason: { code: 'tl-end-not-a-sheet-date', text: cell },
        });
      }
    }
    return;
  }
  for (const [prefix, key] of [
    ['', 'start_date'],
    ['End ', 'end_date'],
  ] as const) {
    const year = row[`${prefix}Year` as SheetColumn];
    const timeColumn = `${prefix}Time` as SheetColumn;
    const timeCell = row[timeColumn];
    if (!year) {
      if (timeCell) {
        problems.push({
          record: name,
          field: timeColumn,
          reason: { code: 'tl-time-without-year', column: `${prefix}Year` },
        });
      }
      continue;
    }
    const date: Record<string, string> = {
      year,
      month: row[`${prefix}Month` as SheetColumn] ?? '',
      day: row[`${prefix}Day` as SheetColumn] ?? '',
    };
    if (timeCell) {
      const time = parseSheetTime(timeCell);
      if (time.kind === 'failed') {
        problems.push({
          record: name,
          field: timeColumn,
          reason: { code: 'left-out', because: time.reason },
        });
      } else Object.assign(date, time.time);
    }
    slide[key] = date;
  }
}

/** TimelineJS3's JSON fields as the sheet's columns. */
function sheetField(groupColumn: SheetColumn, oldDates: boolean): (path: string) => string {
  return (path) => {
    const [head, leaf] = path.split('.');
    switch (head) {
      case 'start_date':
      case 'end_date': {
        const prefix = head === 'end_date' ? 'End ' : '';
        if (oldDates) return head === 'end_date' ? 'End Date' : 'Start Date';
        if (leaf === 'hour' || leaf === 'minute' || leaf === 'second') return `${prefix}Time`;
        if (leaf === 'month') return `${prefix}Month`;
        if (leaf === 'day') return `${prefix}Day`;
        return `${prefix}Year`;
      }
      case 'display_date':
        return 'Display Date';
      case 'text':
        return leaf === 'text' ? 'Text' : 'Headline';
      case 'unique_id':
        return 'Headline';
      case 'media':
        switch (leaf) {
          case 'credit':
            return 'Media Credit';
          case 'caption':
            return 'Media Caption';
          case 'thumbnail':
            return 'Media Thumbnail';
          case 'alt':
            return 'Alt Text';
          default:
            return 'Media';
        }
      case 'group':
        return groupColumn;
      case 'background':
        return 'Background';
      case 'type':
        return 'Type';
      default:
        return path;
    }
  };
}
