/**
 * A worker thread that renders preview images and writes them: the images are independent and
 * each costs tens of milliseconds of CPU, so a build spreads them over the machine's cores.
 */
import { writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { renderHomeImage, renderPreviewImage } from '../preview-image.ts';
import type { PreviewJob } from './preview-batch.ts';

if (!parentPort) throw new Error('preview-worker.ts runs as a worker thread');
const port = parentPort;

port.on('message', (job: PreviewJob) => {
  const render = job.kind === 'home' ? renderHomeImage(job.card) : renderPreviewImage(job.card);
  render.then(
    (png) => {
      writeFileSync(job.path, png);
      port.postMessage({ path: job.path });
    },
    (error: unknown) => port.postMessage({ path: job.path, error: String(error) }),
  );
});
