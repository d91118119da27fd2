/**
 * What reading, parsing or checking something came to, in one form everywhere in src/data: the
 * value's own fields beside `kind: 'ok'`, or `kind: 'failed'` and why. Callers switch on `kind`
 * (with assertNever for the default), and a failure's reason is data, worded by the interface.
 */
export type Result<Value extends object, Reason> =
  (Value & { kind: 'ok' }) | { kind: 'failed'; reason: Reason };

export const failed = <Reason>(reason: Reason): { kind: 'failed'; reason: Reason } => ({
  kind: 'failed',
  reason,
});
