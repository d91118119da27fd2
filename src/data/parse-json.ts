import { isTimelineJsJson } from './timelinejs-detect.ts';
import { loadTimelineJsJson } from './timelinejs-load.ts';
import { parseOwnJson, readJsonText } from './json-text.ts';
import type { LoadResult, OnRecords } from './parse-result.ts';

/** Parses and validates a JSON store already in memory: ours, or TimelineJS's. */
export function parseJsonText(text: string, name: string, onRecords?: OnRecords): LoadResult {
  const read = readJsonText(text, name);
  if (!read.ok) return read.result;
  // TimelineJS's JSON has no version, ours has one: its shape says which it is.
  return isTimelineJsJson(read.json)
    ? loadTimelineJsJson(read.json, name, onRecords)
    : parseOwnJson(read.json, name, onRecords);
}
