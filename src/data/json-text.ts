import { JSON_NAMING } from './schema.ts';
import { quoteName } from '../lib/display-text.ts';
import { failedLoad, validateStore, type LoadResult, type OnRecords } from './parse-result.ts';

/**
 * A JSON store's text read as JSON, or the load that failed with a sentence saying where to look.
 * Kept apart from parse-json.ts so that the page can read its own stores without the TimelineJS
 * reader, which it fetches only for TimelineJS data.
 */
export function readJsonText(
  text: string,
  name: string,
): { ok: true; json: unknown } | { ok: false; result: LoadResult } {
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    return { ok: false, result: failedLoad(jsonSyntaxMessage(text, name, error)) };
  }
}

/** Validates a parsed store in our own format. */
export function parseOwnJson(json: unknown, name: string, onRecords?: OnRecords): LoadResult {
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
