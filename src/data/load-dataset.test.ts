import { describe, expect, it } from 'vitest';
import { loadDataset } from './load-dataset.ts';

const respond =
  (body: string, status = 200) =>
  () =>
    Promise.resolve(new Response(body, { status }));

describe('loadDataset', () => {
  it('names the HTTP status when the file cannot be fetched', async () => {
    const result = await loadDataset('data/missing.json', respond('', 404));
    expect(result).toMatchObject({ status: 'failed' });
    expect(result.status === 'failed' && result.message).toMatch(
      /data\/missing\.json \(HTTP 404\)/,
    );
  });

  it('says when the network fails', async () => {
    const result = await loadDataset('data/x.json', () =>
      Promise.reject(new TypeError('Failed to fetch')),
    );
    expect(result.status === 'failed' && result.message).toMatch(/Failed to fetch/);
  });

  it('says when the file is not JSON', async () => {
    const result = await loadDataset('data/x.json', respond('<html>oops</html>'));
    expect(result.status === 'failed' && result.message).toMatch(/is not valid JSON/);
  });

  it('lists what is wrong when the frame is not a dataset', async () => {
    const result = await loadDataset('data/x.json', respond('{"version":1}'));
    expect(result.status).toBe('failed');
    expect(result.problems.map((p) => p.field)).toEqual(
      expect.arrayContaining(['title', 'topics']),
    );
  });
});
