import { describe, expect, it } from 'vitest';
import { lazyPositions } from './lazy-positions.ts';

describe('lazyPositions', () => {
  it('finds each item by id, and nothing for an id not in the list', () => {
    const positions = lazyPositions([{ id: 'a' }, { id: 'b' }, { id: 'c' }]);
    expect(positions.get('c')).toBe(2);
    expect(positions.get('a')).toBe(0);
    expect(positions.has('b')).toBe(true);
    expect(positions.has('z')).toBe(false);
    expect(positions.get('z')).toBeUndefined();
  });

  it('reads the list only when a position is first asked for', () => {
    let reads = 0;
    const items = [{ id: 'a' }, { id: 'b' }];
    const counted = new Proxy(items, {
      get(target, key, receiver) {
        if (key === 'length') reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const positions = lazyPositions(counted);
    expect(reads).toBe(0);
    expect(positions.has('b')).toBe(true);
    const afterFirst = reads;
    expect(afterFirst).toBeGreaterThan(0);
    expect(positions.get('a')).toBe(0);
    expect(reads).toBe(afterFirst);
  });
});
