/** Summary statistics for benchmark samples. Nulls (did-not-finish, not measured) are skipped. */

export type Sample = number | null | undefined;

export function finite(values: readonly Sample[]): number[] {
  return values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
}

/**
 * Nearest-rank percentile (`p` in [0, 100]): always one of the samples, so a p95 of five runs is
 * their maximum rather than an interpolation that no run produced.
 */
export function percentile(values: readonly Sample[], p: number): number | null {
  const sorted = finite(values).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? null;
}

/** The middle value (mean of the two middle ones for an even count). */
export function median(values: readonly Sample[]): number | null {
  const sorted = finite(values).sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const upper = sorted[mid];
  if (upper === undefined) return null;
  if (sorted.length % 2) return upper;
  return ((sorted[mid - 1] ?? upper) + upper) / 2;
}

export function max(values: readonly Sample[]): number | null {
  const numbers = finite(values);
  return numbers.length ? Math.max(...numbers) : null;
}

/** Rounds to `digits` decimals, keeping null. */
export function round(value: number | null | undefined, digits = 1): number | null {
  if (value === null || value === undefined) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
