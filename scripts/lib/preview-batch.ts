/**
 * Writes many preview images at once, for a build: on worker threads, and only those whose card
 * or renderer changed since the last run (a content hash per file, kept beside the images).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { HomePreviewCard, PreviewCard } from '../preview-image.ts';

export type PreviewJob =
  | { kind: 'event'; path: string; card: PreviewCard }
  | { kind: 'home'; path: string; card: HomePreviewCard };

export interface BatchOptions {
  /** Worker threads; by default one per core, at most 8. */
  threads?: number;
  /** Where the content hashes are kept; '' to render everything, every time. */
  cacheFile?: string;
}

export interface BatchResult {
  rendered: number;
  reused: number;
}

const HERE = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

// What the pixels depend on besides the card: our layout code and the libraries and fonts.
const RENDERER_FILES = [
  '../preview-image.ts',
  'preview-cards.ts',
  'preview-fonts.ts',
  'preview-text.ts',
  '../../src/ui/contrast.ts',
  '../../src/ui/color-space.ts',
];
const RENDERER_PACKAGES = [
  'satori',
  '@resvg/resvg-js',
  '@fontsource/inter',
  '@fontsource/source-serif-4',
];

let rendererHash: string | undefined;

function renderer(): string {
  if (rendererHash) return rendererHash;
  const hash = createHash('sha256');
  for (const file of RENDERER_FILES) hash.update(readFileSync(join(HERE, file)));
  for (const pkg of RENDERER_PACKAGES) {
    const { version } = require(`${pkg}/package.json`) as { version: string };
    hash.update(`${pkg}@${version}`);
  }
  rendererHash = hash.digest('hex');
  return rendererHash;
}

/** The hash of what a job's image would show, drawn by this renderer. */
export function jobHash(job: PreviewJob): string {
  return createHash('sha256')
    .update(renderer())
    .update(JSON.stringify({ kind: job.kind, card: job.card }))
    .digest('hex')
    .slice(0, 32);
}

function readCache(file: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

export async function writePreviewImages(
  jobs: readonly PreviewJob[],
  { threads = Math.min(availableParallelism(), 8), cacheFile = '' }: BatchOptions = {},
): Promise<BatchResult> {
  const cached = cacheFile ? readCache(cacheFile) : {};
  const cacheDir = cacheFile ? dirname(cacheFile) : '';
  const keyOf = (path: string) => (cacheFile ? relative(cacheDir, path) : path);
  const hashes = new Map(jobs.map((job) => [job.path, jobHash(job)]));
  const todo = jobs.filter(
    (job) => !(cached[keyOf(job.path)] === hashes.get(job.path) && existsSync(job.path)),
  );
  for (const job of todo) mkdirSync(dirname(job.path), { recursive: true });

  await renderOnWorkers(todo, Math.max(1, Math.min(threads, todo.length)));

  if (cacheFile) {
    const next = Object.fromEntries(jobs.map((job) => [keyOf(job.path), hashes.get(job.path)]));
    writeFileSync(cacheFile, `${JSON.stringify(next, null, 1)}\n`);
  }
  return { rendered: todo.length, reused: jobs.length - todo.length };
}

const WORKER_URL = pathToFileURL(join(HERE, 'preview-worker.ts')).href;
// Node cannot run the worker's TypeScript by itself, and a worker does not inherit the loader
// tsx registered here: the worker registers tsx's own, then imports its module.
const WORKER_BOOT = `
const { workerData } = require('node:worker_threads');
import(${JSON.stringify(tsxEsmApi())}).then(({ register }) => {
  register();
  return import(workerData);
});
`;

/** tsx's ESM API (its `register`), found through the exports of its package.json. */
function tsxEsmApi(): string {
  const manifest = require.resolve('tsx/package.json');
  const { exports } = require(manifest) as {
    exports: { './esm/api': { import: { default: string } } };
  };
  return pathToFileURL(join(dirname(manifest), exports['./esm/api'].import.default)).href;
}

async function renderOnWorkers(jobs: readonly PreviewJob[], threads: number): Promise<void> {
  if (!jobs.length) return;
  let next = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolveAll, rejectAll) => {
      const give = () => {
        const job = jobs[next++];
        if (job) worker.postMessage(job);
        else resolveAll();
      };
      worker.on('message', (done: { path: string; error?: string }) => {
        if (done.error) rejectAll(new Error(`${done.path}: ${done.error}`));
        else give();
      });
      worker.on('error', rejectAll);
      give();
    });
  const workers = Array.from(
    { length: threads },
    () => new Worker(WORKER_BOOT, { eval: true, workerData: WORKER_URL }),
  );
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
