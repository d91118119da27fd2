/**
 * What changed between two versions of a store's events, by id: the new ones, the ones whose
 * content differs, and the ones taken out. Each list is in the time order of the version that
 * holds the events.
 */
import type { TimelineEvent } from './schema.ts';

export interface EventDiff {
  added: string[];
  changed: string[];
  removed: string[];
}

export function diffEvents(
  before: readonly TimelineEvent[],
  after: readonly TimelineEvent[],
): EventDiff {
  const old = new Map(before.map((event) => [event.id, event]));
  const added: string[] = [];
  const changed: string[] = [];
  for (const event of after) {
    const was = old.get(event.id);
    if (was === undefined) added.push(event.id);
    else if (!sameData(was, event)) changed.push(event.id);
  }
  const kept = new Set(after.map((event) => event.id));
  const removed = before.filter((event) => !kept.has(event.id)).map((event) => event.id);
  return { added, changed, removed };
}

export const isEmptyDiff = ({ added, changed, removed }: EventDiff): boolean =>
  added.length === 0 && changed.length === 0 && removed.length === 0;

/**
 * Whether two values of parsed data are equal, key for key: plain objects, arrays, Maps and
 * primitives, as a parsed store is made of. A key left out and a key set to undefined are equal,
 * since a store writes neither.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => sameData(item, b[i]))
    );
  }
  if (a instanceof Map || b instanceof Map) {
    return (
      a instanceof Map &&
      b instanceof Map &&
      a.size === b.size &&
      [...a].every(([key, value]) => b.has(key) && sameData(value, b.get(key)))
    );
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) if (!sameData(left[key], right[key])) return false;
  return true;
}
