import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { arrowFixtures, fixturePath } from './write-arrow-fixtures.ts';

describe('the committed Arrow fixtures', () => {
  it.each(arrowFixtures())('%s is what write-arrow-fixtures.ts writes', (path, bytes) => {
    expect(new Uint8Array(readFileSync(fixturePath(path)))).toEqual(bytes);
  });
});
