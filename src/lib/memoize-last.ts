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
