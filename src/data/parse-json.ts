import { loadTimelineJsJson } from './timelinejs-load.ts';
import { parseJson } from './json-text.ts';
import type { LoadResult, OnRecords } from './parse-result.ts';

/** Parses and validates a JSON store already in memory, ours or TimelineJS's, its reader at hand. */
export function parseJsonText(text: string, name: string, onRecords?: OnRecords): LoadResult {
  return parseJson(text, name, (json) => loadTimelineJsJson(json, name, onRecords), onRecords);
}
