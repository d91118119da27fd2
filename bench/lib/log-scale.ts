/**
 * The log-scale maths of the benchmark chart. d3-scale is not among the project's packages, and
 * a log axis over a few decades needs only these lines.
 */

/** Rounding slack: 10 ** Math.log10(x) need not give x back exactly. */
const EPSILON = 1e-9;

const decadeOf = (value: number): number => 10 ** Math.floor(Math.log10(value) + EPSILON);

/** The largest of 1, 2 or 5 × a power of ten that is not above `value` (814 → 500). */
export function niceFloor(value: number): number {
  const decade = decadeOf(value);
  const step = [5, 2, 1].find((s) => s * decade <= value * (1 + EPSILON)) ?? 1;
  return step * decade;
}

/** The smallest of 1, 2 or 5 × a power of ten that is not below `value` (28,767 → 50,000). */
export function niceCeil(value: number): number {
  const decade = decadeOf(value);
  const step = [1, 2, 5, 10].find((s) => s * decade >= value * (1 - EPSILON)) ?? 10;
  return step * decade;
}

/**
 * A domain that holds every value, widened to 1-2-5 values so that both ends get a tick.
 * Values must be positive; with none, one decade.
 */
export function niceLogDomain(values: readonly number[]): [number, number] {
  const positive = values.filter((v) => v > 0 && Number.isFinite(v));
  if (!positive.length) return [1, 10];
  const lo = niceFloor(Math.min(...positive));
  const hi = niceCeil(Math.max(...positive));
  // A single value still needs a span to draw on.
  return lo === hi ? [niceFloor(lo / 2), niceCeil(hi * 2)] : [lo, hi];
}

/**
 * Tick values from `lo` to `hi`: 1, 2 and 5 in every decade when they are at most `most`,
 * otherwise the powers of ten alone (every other one, and so on, until few enough).
 */
export function logTicks(lo: number, hi: number, most = 10): number[] {
  const within = (v: number) => v >= lo * (1 - EPSILON) && v <= hi * (1 + EPSILON);
  const first = Math.floor(Math.log10(lo) + EPSILON);
  const last = Math.ceil(Math.log10(hi) - EPSILON);
  const decades: number[] = [];
  for (let power = first; power <= last; power += 1) decades.push(power);
  // Powers of ten below 1 (0.1, 0.01) are exact only when divided, not multiplied.
  const at = (step: number, power: number) =>
    power < 0 ? step / 10 ** -power : step * 10 ** power;
  const fine = decades.flatMap((power) => [1, 2, 5].map((step) => at(step, power))).filter(within);
  if (fine.length <= most) return fine;
  const powers = decades.map((power) => at(1, power)).filter(within);
  const every = Math.ceil(powers.length / most);
  return powers.filter((_, i) => i % every === 0);
}

/** Maps a value in `domain` (both ends positive) to `range`, linearly in its logarithm. */
export function logScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): (value: number) => number {
  const d0 = Math.log10(domain[0]);
  const d1 = Math.log10(domain[1]);
  const [r0, r1] = range;
  return (value) => r0 + ((Math.log10(value) - d0) / (d1 - d0)) * (r1 - r0);
}

/**
 * A log axis for some values: a 1-2-5 domain with 1, 2 and 5 ticks in every decade when they
 * are at most `most`; otherwise whole decades, each end on a labelled power of ten.
 */
export function logAxis(
  values: readonly number[],
  most = 10,
): { domain: [number, number]; ticks: number[] } {
  const domain = niceLogDomain(values);
  const ticks = logTicks(domain[0], domain[1], most);
  if (ticks[0] === domain[0] && ticks[ticks.length - 1] === domain[1]) return { domain, ticks };
  const decades: [number, number] = [
    10 ** Math.floor(Math.log10(domain[0]) + EPSILON),
    10 ** Math.ceil(Math.log10(domain[1]) - EPSILON),
  ];
  return { domain: decades, ticks: logTicks(decades[0], decades[1], most) };
}
