import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/schema.ts';
import { linkHub, makeDataset, withLinks } from '../../scripts/lib/generated-store.ts';
import { LINKED_EVENTS } from './apps.ts';
import { dataPath, mostLinked } from './stores.ts';

describe('the stores of each size', () => {
  it.each([
    ['seed', '/data/trump-russia.json'],
    [1000, '/bench-data/events-1000.json'],
    ['thumbnails', '/bench-data/events-1000-thumbnails.json'],
    ['links', '/bench-data/events-1000-links.json'],
    ['groups', '/bench-data/events-10000-groups.json'],
    [1_000_000, '/bench-data/events-1000000-minimal.json'],
  ] as const)('%j is served from %s', (size, path) => {
    expect(dataPath(size)).toBe(path);
  });

  it('open the store with links at the event the generator gave them to', () => {
    const plain = makeDataset(LINKED_EVENTS, 1);
    const result = parseDataset(JSON.parse(JSON.stringify(withLinks(plain, 1))));
    const events = result.kind === 'ok' ? result.dataset.events : [];
    expect(mostLinked(events)).toBe(linkHub(plain.events).id);
  });

  it('find no event to open in a store without links', () => {
    expect(mostLinked([{ id: 'a', links: [] }])).toBeUndefined();
  });
});
