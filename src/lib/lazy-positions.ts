/** Where each item of a list sits in it, by id: the part of a map that callers use. */
export interface Positions {
  get(id: string): number | undefined;
  has(id: string): boolean;
}

/**
 * Positions worked out the first time one is asked for. A timeline opened on nothing asks for
 * none, and at a million events the map costs a few hundred milliseconds of the first render.
 */
export function lazyPositions(items: readonly { id: string }[]): Positions {
  let byId: Map<string, number> | null = null;
  const positions = () => {
    if (byId) return byId;
    byId = new Map();
    // A loop, not new Map(items.map(…)): a pair array per item is a million arrays to collect.
    for (let i = 0; i < items.length; i++) byId.set((items[i] as { id: string }).id, i);
    return byId;
  };
  return {
    get: (id) => positions().get(id),
    has: (id) => positions().has(id),
  };
}
