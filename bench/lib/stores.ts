/**
 * The event stores a run measures: where they are, generating the missing ones, and what the
 * apps need to know about them (the app's own padded extent, for the "1/10 zoom" window).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { problemsLine } from '../../src/ui/problem-text.ts';
import { fileURLToPath } from 'node:url';
import { parseDataset, type TimelineEvent } from '../../src/data/schema.ts';
import { paddedExtent } from '../../src/timeline/lib/time-window.ts';
import { defaultPath, writeDataset, type StoreVariant } from '../../scripts/generate-events.ts';
import {
  GROUPED_EVENTS,
  LINKED_EVENTS,
  THUMBNAILED_EVENTS,
  type Size,
  type StoreFacts,
} from './apps.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Every run uses the same generated data. */
const SEED = 1;

/**
 * From a million events on, stores hold minimal events (id, title, day, topic): a million full
 * ones would pass the app's 200 MB limit, and the question there is the cost per event.
 */
export const MINIMAL_FROM = 1_000_000;
/** A generated store's number of events and variant. */
function generated(size: Exclude<Size, 'seed'>): { count: number; variant: StoreVariant } {
  if (size === 'thumbnails') return { count: THUMBNAILED_EVENTS, variant: 'thumbnails' };
  if (size === 'groups') return { count: GROUPED_EVENTS, variant: 'groups' };
  if (size === 'links') return { count: LINKED_EVENTS, variant: 'links' };
  return { count: size, variant: size >= MINIMAL_FROM ? 'minimal' : 'full' };
}

/** The store file of a size. */
export const storeFile = (size: Size): string => {
  if (size === 'seed') return join(ROOT, 'public/data/trump-russia.json');
  const { count, variant } = generated(size);
  return defaultPath(count, variant);
};

/** Same-origin data URL for every page (absolute path, so it works from / and from /vis/). */
export const dataPath = (size: Size): string =>
  size === 'seed' ? '/data/trump-russia.json' : `/bench-data/${basename(storeFile(size))}`;

/** Generates the stores that are missing, all with the same seed. */
export function ensureStores(sizes: readonly Size[]): void {
  const missing = sizes.filter(
    (size): size is Exclude<Size, 'seed'> => size !== 'seed' && !existsSync(storeFile(size)),
  );
  if (missing.length) console.log(`Generating event stores for ${missing.join(', ')}…`);
  for (const size of missing) {
    const { count, variant } = generated(size);
    writeDataset(count, SEED, storeFile(size), variant);
  }
}

/** Reads a store through the app's schema, as the app will. */
async function readStore(size: Size) {
  const result = parseDataset(JSON.parse(await readFile(storeFile(size), 'utf8')));
  if (result.kind === 'failed') {
    throw new Error(`${storeFile(size)} does not load: ${problemsLine(result.reason.problems)}`);
  }
  if (result.problems.length)
    throw new Error(`${storeFile(size)} has ${result.problems.length} bad record(s)`);
  return result.dataset;
}

export async function storeFacts(size: Size): Promise<StoreFacts> {
  const { events } = await readStore(size);
  const hub = mostLinked(events);
  return { extent: paddedExtent(events), ...(hub === undefined ? {} : { linkHub: hub }) };
}

/** The id of the event with the most links (the first of those tied), if any has one. */
export function mostLinked(
  events: readonly Pick<TimelineEvent, 'id' | 'links'>[],
): string | undefined {
  let hub: Pick<TimelineEvent, 'id' | 'links'> | undefined;
  for (const event of events) if (event.links.length > (hub?.links.length ?? 0)) hub = event;
  return hub?.id;
}

/** Events in the bundled dataset: its place and label on the chart's axis of sizes. */
export async function bundledEventCount(): Promise<number> {
  return (await readStore('seed')).events.length;
}
