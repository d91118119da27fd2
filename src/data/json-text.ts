import { JSON_NAMING } from './schema.ts';
import { isTimelineJsJson } from './timelinejs-detect.ts';
import { validateStore, type LoadResult, type OnRecords } from './parse-result.ts';
import type { LoadFailure } from './load-failure.ts';
import { failed, type Result } from './result.ts';

/**
 * A JSON store's text read as JSON, or why it is not, saying where to look. Kept apart from
 * parse-json.ts so that the page can read its own stores without the TimelineJS reader, which it
 * fetches only for TimelineJS data.
 */
export function readJsonText(text: string, name: string): Result<{ json: unknown }, LoadFailure> {
  try {
    return { kind: 'ok', json: JSON.parse(text) };
  } catch (error) {
    return failed(jsonSyntaxFailure(text, name, error));
  }
}

/**
 * A JSON store's text as a load: a store of ours is checked here, TimelineJS's is handed to
 * `timelineJs`, which may fetch its reader first (the page does, since few stores need it).
 */
export function parseJson<TimelineJsResult>(
  text: string,
  name: string,
  timelineJs: (json: unknown) => TimelineJsResult,
  onRecords?: OnRecords,
): LoadResult | TimelineJsResult {
  const read = readJsonText(text, name);
  if (read.kind === 'failed') return read;
  // TimelineJS's JSON has no version, ours has one: its shape says which it is.
  return isTimelineJsJson(read.json)
    ? timelineJs(read.json)
    : parseOwnJson(read.json, name, onRecords);
}

/** Validates a parsed store in our own format. */
export function parseOwnJson(json: unknown, name: string, onRecords?: OnRecords): LoadResult {
  const events = (json as { events?: unknown } | null)?.events;
  if (Array.isArray(events)) onRecords?.(events.length);
  return validateStore(json, name, JSON_NAMING);
}

/**
 * A JSON syntax error, as where to look: line and column, or that the file ends too early (a
 * download cut off, a copy not finished).
 */
function jsonSyntaxFailure(text: string, name: string, error: unknown): LoadFailure {
  const detail = error instanceof Error ? error.message : '';
  const position = positionOf(text, detail);
  // Past the last character, not at it: an extra "}" or a trailing comma there is a mistake of
  // its own, to be pointed at, not a file cut off.
  if (
    /end of (JSON|data)/i.test(detail) ||
    (position !== null && position >= text.trimEnd().length)
  ) {
    return { code: 'json-cut-off', name };
  }
  if (position === null) return { code: 'json-invalid', name };
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return { code: 'json-mistake', name, line, column };
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
