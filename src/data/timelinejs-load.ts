import { baseName } from './file-title.ts';
import { parseOwnJson } from './json-text.ts';
import type { LoadResult, OnRecords } from './parse-result.ts';
import { readTimelineJsJson } from './timelinejs-json.ts';
import { loadTimelineJs } from './timelinejs.ts';

/** TimelineJS's JSON, already parsed, as a dataset and its problems. */
export function loadTimelineJsJson(json: unknown, name: string, onRecords?: OnRecords): LoadResult {
  const source = readTimelineJsJson(json);
  // Not TimelineJS data after all: the schema says what is wrong with it as a store of ours.
  if (!source) return parseOwnJson(json, name, onRecords);
  onRecords?.(source.events.length);
  return loadTimelineJs(source, name, baseName(name));
}
