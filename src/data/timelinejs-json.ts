/**
 * TimelineJS's JSON, told from ours by its shape: TimelineJS3's `{ title, events, eras, scale }`
 * (ours has `version: 1`), and TimelineJS2's `{ timeline: { headline, date: [...] } }`, read into
 * TimelineJS3's shape.
 */
import { SLIDE_KEYS, slideName, type TlRecord, type TlSource } from './timelinejs.ts';
import { parseOldSheetDate } from './timelinejs-date.ts';
import { isTimelineJsJson } from './timelinejs-detect.ts';
import { isRecord } from '../lib/is-record.ts';
import type { ProblemRecord } from './problem.ts';

/** Where a slide sits in the file, which names it in problems. */
type Slot = Parameters<typeof slideName>[0];

/** TimelineJS data as slides, or null when it is not TimelineJS data. */
export function readTimelineJsJson(json: unknown): TlSource | null {
  if (!isTimelineJsJson(json) || !isRecord(json)) return null;
  if (Array.isArray(json.events)) return readVersion3(json, json.events);
  return isRecord(json.timeline) ? readVersion2(json.timeline) : null;
}

function readVersion3(json: Record<string, unknown>, events: unknown[]): TlSource {
  const record = (raw: unknown, slot: Slot): TlRecord => {
    const slide = isRecord(raw) ? raw : {};
    return { slide, name: slideName(slot, slide) };
  };
  return {
    title: isRecord(json.title) ? record(json.title, { kind: 'title-slide' }) : null,
    events: events.map((raw, i) => record(raw, { kind: 'slide', number: i + 1 })),
    eras: Array.isArray(json.eras)
      ? json.eras.map((raw, i) => record(raw, { kind: 'era', number: i + 1 }))
      : [],
    scale: json.scale,
    field: (path) => path,
    datasetRecord: { kind: 'timeline' },
    problems: [],
    knownKeys: SLIDE_KEYS,
  };
}

/** TimelineJS2's names for the fields of TimelineJS3's JSON. */
function version2Field(path: string): string {
  const [head, leaf] = path.split('.');
  switch (head) {
    case 'start_date':
      return 'startDate';
    case 'end_date':
      return 'endDate';
    case 'text':
      return leaf === 'text' ? 'text' : 'headline';
    case 'media':
      return leaf === undefined || leaf === 'url' ? 'asset.media' : `asset.${leaf}`;
    case 'group':
      return 'tag';
    case 'unique_id':
      return 'headline';
    default:
      return path;
  }
}

const VERSION2_KEYS: ReadonlySet<string> = new Set([
  'startDate',
  'endDate',
  'headline',
  'text',
  'asset',
  'tag',
  'classname',
]);

/** The timeline's own keys: its slides (`date`, `era`) are read one by one. */
const TITLE_KEYS: ReadonlySet<string> = new Set([...VERSION2_KEYS, 'type', 'date', 'era']);

/**
 * TimelineJS2's dates: "2011,3,23" (year, month, day, and perhaps hour and minute), or a year,
 * or the forms its sheets took ("3/23/2011").
 */
function version2Date(value: unknown): Record<string, string> | null {
  const written =
    typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
  if (!written.trim()) return null;
  if (written.includes(',')) {
    const [year = '', month = '', day = '', hour = '', minute = ''] = written.split(',');
    return { year, month, day, hour, minute };
  }
  return parseOldSheetDate(written) ?? { year: written };
}

function readVersion2(timeline: Record<string, unknown>): TlSource {
  const problems: TlSource['problems'] = [];
  const slideOf = (
    raw: Record<string, unknown>,
    name: ProblemRecord,
    known: ReadonlySet<string>,
  ): Record<string, unknown> => {
    const asset = isRecord(raw.asset) ? raw.asset : {};
    const slide: Record<string, unknown> = {
      text: { headline: raw.headline ?? '', text: raw.text ?? '' },
      media: {
        url: asset.media ?? '',
        caption: asset.caption ?? '',
        credit: asset.credit ?? '',
        thumbnail: asset.thumbnail ?? '',
      },
      group: raw.tag ?? '',
    };
    const start = version2Date(raw.startDate);
    const end = version2Date(raw.endDate);
    if (start) slide.start_date = start;
    if (end) slide.end_date = end;
    for (const key of Object.keys(raw)) {
      if (!known.has(key)) {
        problems.push({
          record: name,
          field: key,
          reason: { code: 'tl-unknown-field' },
        });
      }
    }
    return slide;
  };
  const record = (raw: unknown, slot: Slot, known = VERSION2_KEYS): TlRecord => {
    const source = isRecord(raw) ? raw : {};
    const name = slideName(slot, { text: { headline: source.headline } });
    return { slide: slideOf(source, name, known), name };
  };
  const dates = Array.isArray(timeline.date) ? timeline.date : [];
  const eras = Array.isArray(timeline.era) ? timeline.era : [];
  const title = record(timeline, { kind: 'title-slide' }, TITLE_KEYS);
  // The title's own start date places nothing: TimelineJS2 showed it as the first slide.
  delete title.slide.start_date;
  return {
    title,
    events: dates.map((raw, i) => record(raw, { kind: 'slide', number: i + 1 })),
    eras: eras.map((raw, i) => record(raw, { kind: 'era', number: i + 1 })),
    scale: undefined,
    field: version2Field,
    datasetRecord: { kind: 'timeline' },
    problems,
    // Its keys were checked as they were read; the slides hold TimelineJS3's.
    knownKeys: SLIDE_KEYS,
  };
}
