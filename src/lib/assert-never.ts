/**
 * The `default` of a switch over a union: it type-checks only while every variant has its case,
 * so a new variant breaks the build wherever it is not handled yet.
 */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
