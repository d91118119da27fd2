/** A seeded random stream and the few sampling helpers the store generator needs. */

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** `entries` is a list of [value, weight]; weights need not sum to 1. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** `count` distinct items, without replacement. */
  sample<T>(items: readonly T[], count: number): T[];
  /** Fisher–Yates, in place. */
  shuffle<T>(items: T[]): T[];
}

/** mulberry32: tiny, fast and good enough for test data; same seed, same sequence everywhere. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every helper draws from one seeded stream, so a whole store follows from its seed. */
export function makeRandom(seed: number): Random {
  const next = mulberry32(seed);
  // Index draws are always in range (next() < 1), so the lookups below cannot miss.
  const at = <T>(items: readonly T[], index: number): T => items[index] as T;
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (!items.length) throw new Error('pick() needs at least one item');
      return at(items, Math.floor(next() * items.length));
    },
    weighted(entries) {
      const last = entries[entries.length - 1];
      if (!last) throw new Error('weighted() needs at least one entry');
      const total = entries.reduce((sum, [, w]) => sum + w, 0);
      let r = next() * total;
      for (const [value, w] of entries) {
        r -= w;
        if (r < 0) return value;
      }
      return last[0];
    },
    sample(items, count) {
      const pool = [...items];
      const out = [];
      while (out.length < count && pool.length) {
        out.push(...pool.splice(Math.floor(next() * pool.length), 1));
      }
      return out;
    },
    shuffle(items) {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [items[i], items[j]] = [at(items, j), at(items, i)];
      }
      return items;
    },
  };
}
