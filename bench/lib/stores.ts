/**
 * The event stores a run measures: where they are, generating the missing ones, and what the
 * apps need to know about them (the app's own padded extent, for the "1/10 zoom" window).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDataset } from '../../src/data/schema.ts';
import { paddedExtent } from '../../src/timeline/lib/time-window.ts';
import { defaultPath, writeDataset } from '../../scripts/generate-events.ts';
import type { Size, StoreFacts } from './apps.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Every run uses the same generated data. */
const SEED = 1;

/**
 * From a million events on, stores hold minimal events (id, title, day, topic): a million full
 * ones would pass the app's 200 MB limit, and the question there is the cost per event.
 */
export const MINIMAL_FROM = 1_000_000;
const isMinimal = (size: number): boolean => size >= MINIMAL_FROM;

const fileOf = (size: Size): string =>
  size === 'seed'
    ? join(ROOT, 'public/data/trump-russia.json')
    : defaultPath(size, isMinimal(size));

/** Same-origin data URL for every page (absolute path, so it works from / and from /vis/). */
export const dataPath = (size: Size): string =>
  size === 'seed'
    ? '/data/trump-russia.json'
    : `/bench-data/events-${size}${isMinimal(size) ? '-minimal' : ''}.json`;

/** Generates the stores that are missing, all with the same seed. */
export function ensureStores(sizes: readonly Size[]): void {
  const missing = sizes.filter(
    (size): size is number => size !== 'seed' && !existsSync(fileOf(size)),
  );
  if (missing.length) console.log(`Generating event stores for ${missing.join(', ')} events…`);
  for (const size of missing) writeDataset(size, SEED, fileOf(size), isMinimal(size));
}

/** Reads a store through the app's schema, as the app will. */
export async function storeFacts(size: Size): Promise<StoreFacts> {
  const result = parseDataset(JSON.parse(await readFile(fileOf(size), 'utf8')));
  if (!result.ok) throw new Error(`${fileOf(size)} does not load: ${result.problems[0]?.message}`);
  if (result.problems.length)
    throw new Error(`${fileOf(size)} has ${result.problems.length} bad record(s)`);
  return { extent: paddedExtent(result.dataset.events) };
}
