/** Summary statistics for benchmark samples. Nulls (did-not-finish, not measured) are skipped. */

/** @param {Array<number | null | undefined>} values */
export function finite(values) {
  return values.filter((v) => typeof v === 'number' && Number.isFinite(v));
}

/**
 * Nearest-rank percentile: always one of the samples, so a p95 of five runs is their maximum
 * rather than an interpolation that no run produced.
 * @param {Array<number | null | undefined>} values
 * @param {number} p in [0, 100]
 * @returns {number | null}
 */
export function percentile(values, p) {
  const sorted = finite(values).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1];
}

/**
 * The middle value (mean of the two middle ones for an even count).
 * @param {Array<number | null | undefined>} values
 * @returns {number | null}
 */
export function median(values) {
  const sorted = finite(values).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** @param {Array<number | null | undefined>} values */
export function max(values) {
  const numbers = finite(values);
  return numbers.length ? Math.max(...numbers) : null;
}

/** Rounds to `digits` decimals, keeping null. @param {number | null} value */
export function round(value, digits = 1) {
  if (value === null || value === undefined) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
