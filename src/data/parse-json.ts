import { JSON_NAMING } from './schema.ts';
import { quoteName } from '../lib/display-text.ts';
import { failedLoad, validateStore, type LoadResult, type OnRecords } from './parse-result.ts';
import { readTimelineJsJson } from './timelinejs-json.ts';
import { loadTimelineJs } from './timelinejs.ts';
import { baseName } from './file-title.ts';

/** Parses and validates a JSON store already in memory. */
export function parseJsonText(text: string, name: string, onRecords?: OnRecords): LoadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return failedLoad(jsonSyntaxMessage(text, name, error));
  }
  // TimelineJS's JSON has no version, ours has one: its shape says which it is.
  const timelineJs = readTimelineJsJson(json);
  if (timelineJs) {
    onRecords?.(timelineJs.events.length);
    return loadTimelineJs(timelineJs, name, baseName(name));
  }
  const events = (json as { events?: unknown } | null)?.events;
  if (Array.isArray(events)) onRecords?.(events.length);
  return validateStore(json, name, JSON_NAMING);
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
