/**
 * Writes synthetic event stores (docs/data-format.md) for load and performance tests; the stores
 * themselves are made in lib/generated-store.ts.
 *
 *   npx tsx scripts/generate-events.ts --events 10000 --seed 1 [--out path]
 *   npx tsx scripts/generate-events.ts --sizes 1000,10000,100000 --seed 1
 *   npx tsx scripts/generate-events.ts --events 1000000 --minimal
 *   npx tsx scripts/generate-events.ts --events 1000 --thumbnails
 *   npx tsx scripts/generate-events.ts --events 10000 --groups
 *   npx tsx scripts/generate-events.ts --events 1000 --links
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { assertNever } from '../src/lib/assert-never.ts';
import { generatedPicture, withPictures } from './lib/generated-pictures.ts';
import { makeDataset, makeMinimalDataset, withGroups, withLinks } from './lib/generated-store.ts';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const USAGE = `Usage:
  npm run gen -- --events <N> [--seed <S>] [--out <path>]
  npm run gen -- --sizes <N,N,...> [--seed <S>]

--minimal writes the smallest valid events (id, title, one day, one topic), to
bench/data/events-<N>-minimal.json by default.
--thumbnails gives every event a picture of its own (a small generated PNG), written to
bench/data/events-<N>-thumbnails.json and the folder beside it of the same name.
--groups declares 10 groups ("Desk 1" to "Desk 10") and puts every event in one of them, to
bench/data/events-<N>-groups.json; its events are those of the plain store of the same seed.
--links gives the event nearest the middle of the range 12 links to events across the range and
a link to it from 4 others, to bench/data/events-<N>-links.json; its events are those of the
plain store of the same seed.

Defaults: --events 10000, --seed 1, --out bench/data/events-<N>.json`;

class UsageError extends Error {}

function parseCount(text: string, flag: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1)
    throw new UsageError(`${flag} must be a positive integer`);
  return Number(text);
}

interface CliOptions {
  counts: number[];
  seed: number;
  out: string | undefined;
  variant: StoreVariant;
  help: boolean;
}

/**
 * Full events; the smallest valid ones; full ones, each with a picture; full ones in groups; or
 * full ones with links around the one in the middle.
 */
export type StoreVariant = 'full' | 'minimal' | 'thumbnails' | 'groups' | 'links';

export function parseCli(argv: string[]): CliOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        events: { type: 'string' },
        sizes: { type: 'string' },
        seed: { type: 'string', default: '1' },
        out: { type: 'string' },
        minimal: { type: 'boolean', default: false },
        thumbnails: { type: 'boolean', default: false },
        groups: { type: 'boolean', default: false },
        links: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return { counts: [], seed: 1, out: undefined, variant: 'full', help: true };
  const variants = (['minimal', 'thumbnails', 'groups', 'links'] as const).filter(
    (name) => values[name],
  );
  if (variants.length > 1)
    throw new UsageError(
      `use one of --minimal, --thumbnails, --groups and --links, not ${variants.length}`,
    );
  if (values.sizes && values.events)
    throw new UsageError('use either --events or --sizes, not both');
  if (values.sizes && values.out)
    throw new UsageError('--out names one file; --sizes writes to default paths');
  // mulberry32 takes a 32-bit seed; larger ones would silently alias smaller ones.
  if (!/^\d+$/.test(values.seed) || Number(values.seed) > 0xffffffff) {
    throw new UsageError('--seed must be an integer from 0 to 4294967295');
  }
  const counts = values.sizes
    ? values.sizes.split(',').map((part) => parseCount(part.trim(), '--sizes'))
    : [parseCount(values.events ?? '10000', '--events')];
  return {
    counts,
    seed: Number(values.seed),
    out: values.out,
    variant: variants[0] ?? 'full',
    help: false,
  };
}

/** Where the benchmark looks for a store of `count` events of a variant. */
export function defaultPath(count: number, variant: StoreVariant = 'full'): string {
  const suffix = variant === 'full' ? '' : `-${variant}`;
  return resolve(PROJECT_ROOT, 'bench', 'data', `events-${count}${suffix}.json`);
}

/** Paths relative to where the user stands, unless that would climb out of it. */
function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** Generates one store and writes it, saying where, how big and how long it took. */
export function writeDataset(
  count: number,
  seed: number,
  path = defaultPath(count),
  variant: StoreVariant = 'full',
): void {
  const started = performance.now();
  const store = storeOf(variant, count, seed, basename(path, '.json'));
  // No indentation: it would add about a fifth to the 100,000-event file for no reader.
  const text = JSON.stringify(store);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  if (variant === 'thumbnails') {
    // Beside the store, named after it: its events' addresses are relative to it.
    const folder = join(dirname(path), basename(path, '.json'));
    mkdirSync(folder, { recursive: true });
    store.events.forEach((event, i) =>
      writeFileSync(join(folder, `${event.id}.png`), generatedPicture(i)),
    );
  }
  const ms = Math.round(performance.now() - started);
  const mb = (Buffer.byteLength(text) / 1e6).toFixed(2);
  console.log(`${displayPath(path)}  ${count} events  ${mb} MB  ${ms} ms`);
}

function storeOf(variant: StoreVariant, count: number, seed: number, folder: string) {
  switch (variant) {
    case 'full':
      return makeDataset(count, seed);
    case 'minimal':
      return makeMinimalDataset(count, seed);
    case 'thumbnails':
      return withPictures(makeDataset(count, seed), folder);
    case 'groups':
      return withGroups(makeDataset(count, seed), seed);
    case 'links':
      return withLinks(makeDataset(count, seed), seed);
    default:
      return assertNever(variant);
  }
}

function main(): void {
  const { counts, seed, out, variant, help } = parseCli(process.argv.slice(2));
  if (help) {
    console.log(USAGE);
    return;
  }
  for (const count of counts)
    writeDataset(count, seed, out ? resolve(out) : defaultPath(count, variant), variant);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    process.exit(1);
  }
}
