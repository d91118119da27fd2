/** Remembers the last call: derived data is recomputed only when one of its inputs changes. */
export function memoizeLast<A extends readonly unknown[], R>(
  fn: (...args: A) => R,
): (...args: A) => R {
  let lastArgs: A | undefined;
  let lastResult: R;
  return (...args: A) => {
    if (
      lastArgs &&
      args.length === lastArgs.length &&
      args.every((a, i) => Object.is(a, lastArgs?.[i]))
    ) {
      return lastResult;
    }
    lastResult = fn(...args);
    lastArgs = args;
    return lastResult;
  };
}

/**
 * Caches a derivation of one object for as long as that object lives: any number of callers (two
 * stores, two datasets) share it without evicting each other, and nothing outlives its key.
 */
export function memoizeByObject<K extends object, R>(fn: (key: K) => R): (key: K) => R {
  const cache = new WeakMap<K, R>();
  return (key: K) => {
    if (cache.has(key)) return cache.get(key) as R;
    const result = fn(key);
    cache.set(key, result);
    return result;
  };
}
