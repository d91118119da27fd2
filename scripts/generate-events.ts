/**
 * Writes synthetic event stores (docs/data-format.md) for load and performance tests; the stores
 * themselves are made in lib/generated-store.ts.
 *
 *   npx tsx scripts/generate-events.ts --events 10000 --seed 1 [--out path]
 *   npx tsx scripts/generate-events.ts --sizes 1000,10000,100000 --seed 1
 *   npx tsx scripts/generate-events.ts --events 1000000 --minimal
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makeDataset, makeMinimalDataset } from './lib/generated-store.ts';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const USAGE = `Usage:
  npm run gen -- --events <N> [--seed <S>] [--out <path>]
  npm run gen -- --sizes <N,N,...> [--seed <S>]

--minimal writes the smallest valid events (id, title, one day, one topic), to
bench/data/events-<N>-minimal.json by default.

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
  minimal: boolean;
  help: boolean;
}

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
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return { counts: [], seed: 1, out: undefined, minimal: false, help: true };
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
    minimal: values.minimal,
    help: false,
  };
}

/** Where the benchmark looks for a store of `count` events, full or minimal. */
export function defaultPath(count: number, minimal = false): string {
  return resolve(PROJECT_ROOT, 'bench', 'data', `events-${count}${minimal ? '-minimal' : ''}.json`);
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
  minimal = false,
): void {
  const started = performance.now();
  const store = minimal ? makeMinimalDataset(count, seed) : makeDataset(count, seed);
  // No indentation: it would add about a fifth to the 100,000-event file for no reader.
  const text = JSON.stringify(store);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  const ms = Math.round(performance.now() - started);
  const mb = (Buffer.byteLength(text) / 1e6).toFixed(2);
  console.log(`${displayPath(path)}  ${count} events  ${mb} MB  ${ms} ms`);
}

function main(): void {
  const { counts, seed, out, minimal, help } = parseCli(process.argv.slice(2));
  if (help) {
    console.log(USAGE);
    return;
  }
  for (const count of counts)
    writeDataset(count, seed, out ? resolve(out) : defaultPath(count, minimal), minimal);
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
