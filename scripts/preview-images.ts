/**
 * Renders the preview image of every event of a store, and of the home page, and says how long
 * it took:
 *
 *   npx tsx scripts/preview-images.ts [store.json] [outDir] [--threads N] [--no-cache]
 *
 * Defaults: public/data/trump-russia.json, dist/preview, one thread per core. Writes
 * <outDir>/home.png and <outDir>/e/<id>.png, and <outDir>/.preview-hashes.json, by which the
 * next run renders only the images whose card or renderer changed.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseJsonText } from '../src/data/parse-json.ts';
import { loadFailureText } from '../src/app/load-failure-text.ts';
import { eventPreviewCard, homePreviewCard } from './lib/dataset-previews.ts';
import { writePreviewImages, type PreviewJob } from './lib/preview-batch.ts';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { threads: { type: 'string' }, 'no-cache': { type: 'boolean', default: false } },
  });
  const [store = 'public/data/trump-russia.json', out = 'dist/preview'] = positionals;
  const [storePath, outDir] = [resolve(PROJECT_ROOT, store), resolve(PROJECT_ROOT, out)];
  const loaded = parseJsonText(readFileSync(storePath, 'utf8'), store);
  if (loaded.kind === 'failed') throw new Error(loadFailureText(loaded.reason));
  const { dataset } = loaded;

  const jobs: PreviewJob[] = [
    { kind: 'home', path: join(outDir, 'home.png'), card: homePreviewCard(dataset) },
    ...dataset.events.map((event) => ({
      kind: 'event' as const,
      path: join(outDir, 'e', `${event.id}.png`),
      card: eventPreviewCard(dataset, event),
    })),
  ];
  const started = performance.now();
  const { rendered, reused } = await writePreviewImages(jobs, {
    ...(values.threads ? { threads: Number(values.threads) } : {}),
    cacheFile: values['no-cache'] ? '' : join(outDir, '.preview-hashes.json'),
  });
  const ms = performance.now() - started;
  const per = rendered ? `, ${(ms / rendered).toFixed(0)} ms per image rendered` : '';
  console.log(
    `${jobs.length} images (${rendered} rendered, ${reused} unchanged) in ${(ms / 1000).toFixed(1)} s${per} → ${out}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
