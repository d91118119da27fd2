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

/**
 * Remembers the last few calls, most recent first: a selector over several stores' states (the
 * app's and a test's, read in turn) returns the same result to each until one of its own inputs
 * changes, without a cache per store. Inputs are compared by identity, as React compares
 * snapshots; `size` bounds what stays alive.
 */
export function memoizeRecent<A extends readonly unknown[], R>(
  fn: (...args: A) => R,
  size = 4,
): (...args: A) => R {
  const recent: { args: A; result: R }[] = [];
  return (...args: A) => {
    const index = recent.findIndex(
      (entry) =>
        entry.args.length === args.length && entry.args.every((a, i) => Object.is(a, args[i])),
    );
    const hit = index < 0 ? undefined : recent.splice(index, 1)[0];
    const entry = hit ?? { args, result: fn(...args) };
    recent.unshift(entry);
    if (recent.length > size) recent.pop();
    return entry.result;
  };
}
