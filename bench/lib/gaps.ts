/**
 * Why a record has no value, in one place: the tables print the short code, the chart leaves a
 * gap in a line and explains the code under it.
 */
import { assertNever } from '../../src/lib/assert-never.ts';
import type { MetricRecord } from './records.ts';

export type Gap =
  /** The app is not measured at this size, or the step does not apply to it. */
  | { kind: 'not-applicable'; reason: string }
  /** The step ran out of time. */
  | { kind: 'did-not-finish'; timeoutMs: number }
  /** Not run with the CPU slowed, because it did not finish without. */
  | { kind: 'did-not-finish-unthrottled' }
  /** Not reached: the page never finished its first render. */
  | { kind: 'not-measured' }
  /** Not part of this run at all. */
  | { kind: 'not-run' };

/** Why a record has no value; the checks run in the order the tables have always used. */
export function gapOf(record: MetricRecord | undefined): Gap {
  if (!record) return { kind: 'not-run' };
  if (record.notApplicable) return { kind: 'not-applicable', reason: record.notApplicable };
  if (record.dnf) return { kind: 'did-not-finish', timeoutMs: record.timeoutMs ?? 0 };
  if (record.dnfUnthrottled) return { kind: 'did-not-finish-unthrottled' };
  if (record.notMeasured) return { kind: 'not-measured' };
  return { kind: 'not-run' };
}

/** The short code a table cell shows. */
export function gapCode(gap: Gap): string {
  switch (gap.kind) {
    case 'not-applicable':
      return 'n/a';
    case 'did-not-finish':
      return `DNF (>${Math.round(gap.timeoutMs / 1000)} s)`;
    case 'did-not-finish-unthrottled':
      return 'DNF (1×)';
    case 'not-measured':
      return 'n/m';
    case 'not-run':
      return '—';
    default:
      return assertNever(gap);
  }
}

/** The code in words, short enough for one line under a chart. */
export function gapMeaning(gap: Gap): string {
  switch (gap.kind) {
    case 'not-applicable':
      return 'not measured at that size (bench/README.md says why)';
    case 'did-not-finish':
      return `did not finish within ${Math.round(gap.timeoutMs / 1000)} s`;
    case 'did-not-finish-unthrottled':
      return 'not run with the CPU slowed, as it did not finish at full speed';
    case 'not-measured':
      return 'not measured, as the page never finished its first render';
    case 'not-run':
      return 'not run in this run';
    default:
      return assertNever(gap);
  }
}
