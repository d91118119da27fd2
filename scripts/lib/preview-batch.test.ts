import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writePreviewImages, type PreviewJob } from './preview-batch.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function jobsIn(dir: string, title = 'Trump hires Manafort'): PreviewJob[] {
  const card = {
    title,
    dateLabel: 'March 2016',
    topic: { label: 'Elections', color: '#006af4' },
    datasetTitle: 'Trump and Russia',
    attribution: 'Source: CNN',
  };
  return [
    { kind: 'event', path: join(dir, 'e', 'a.png'), card },
    { kind: 'event', path: join(dir, 'e', 'b.png'), card: { ...card, title: 'Another' } },
  ];
}

describe('writePreviewImages', () => {
  it('writes PNGs on worker threads, then renders only what changed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'previews-'));
    dirs.push(dir);
    const cacheFile = join(dir, '.preview-hashes.json');

    expect(await writePreviewImages(jobsIn(dir), { threads: 2, cacheFile })).toEqual({
      rendered: 2,
      reused: 0,
    });
    expect(Array.from(readFileSync(join(dir, 'e', 'a.png')).subarray(1, 4))).toEqual([
      0x50, 0x4e, 0x47,
    ]);

    expect(await writePreviewImages(jobsIn(dir), { threads: 2, cacheFile })).toEqual({
      rendered: 0,
      reused: 2,
    });
    expect(
      await writePreviewImages(jobsIn(dir, 'Trump fires Comey'), { threads: 2, cacheFile }),
    ).toEqual({ rendered: 1, reused: 1 });
  }, 60_000);
});
