import { describe, expect, it } from 'vitest';
import { memoizeRecent } from './memoize.ts';

describe('memoizeRecent', () => {
  const counted = () => {
    const calls: string[] = [];
    const join = memoizeRecent((list: readonly string[], sep: string) => {
      calls.push(sep);
      return { text: list.join(sep) };
    }, 2);
    return { calls, join };
  };

  it('returns the same result for the same inputs, and computes again when one changes', () => {
    const { calls, join } = counted();
    const list = ['a', 'b'];
    const first = join(list, '-');
    expect(join(list, '-')).toBe(first);
    expect(join(list, '+')).toEqual({ text: 'a+b' });
    // Equal contents, another array: inputs are compared by identity.
    expect(join(['a', 'b'], '-')).not.toBe(first);
    expect(calls).toEqual(['-', '+', '-']);
  });

  it('keeps results for inputs read in turn, up to its size', () => {
    const { calls, join } = counted();
    const [one, two, three] = [['1'], ['2'], ['3']];
    const a = join(one, ',');
    const b = join(two, ',');
    for (let i = 0; i < 3; i++) {
      expect(join(one, ',')).toBe(a);
      expect(join(two, ',')).toBe(b);
    }
    expect(calls).toHaveLength(2);
    join(three, ','); // Pushes out the least recently read: `one`.
    expect(join(two, ',')).toBe(b);
    expect(join(one, ',')).not.toBe(a);
    expect(calls).toHaveLength(4);
  });
});
