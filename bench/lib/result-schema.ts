/**
 * A run's results as read back from bench/results/*.json (`--report-from`): the file is checked
 * against this schema before any report is written from it, and a file that does not fit is
 * named with what is wrong where.
 */
import * as v from 'valibot';
import { APP_IDS, NAMED_SIZES } from './apps.ts';
import { UNITS } from './records.ts';
import type { BenchResult } from './report.ts';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const value = v.nullable(v.number());
const size = v.union([v.picklist(NAMED_SIZES), v.number()]);

const metricRecord = v.object({
  app: v.picklist(APP_IDS),
  size: v.union([size, v.literal('all')]),
  cpu: v.number(),
  metric: v.string(),
  label: v.string(),
  unit: v.picklist(UNITS),
  median: value,
  p95: value,
  runs: v.union([v.array(value), v.array(v.nullable(v.array(value)))]),
  n: v.exactOptional(count),
  dnf: v.exactOptional(count),
  timeoutMs: v.exactOptional(v.number()),
  notMeasured: v.exactOptional(count),
  dnfUnthrottled: v.exactOptional(v.literal(true)),
  notApplicable: v.exactOptional(v.string()),
  files: v.exactOptional(
    v.array(
      v.object({
        url: v.string(),
        file: v.string(),
        raw: v.number(),
        gzip: v.number(),
        brotli: v.number(),
      }),
    ),
  ),
});

/** Typed as BenchResult, so that the two cannot drift apart: a field added there fails here. */
const benchResult: v.GenericSchema<unknown, BenchResult> = v.object({
  date: v.pipe(v.string(), v.isoTimestamp()),
  machine: v.object({
    cpus: count,
    cpuModel: v.string(),
    totalMemGB: v.number(),
    platform: v.string(),
  }),
  chromium: v.object({
    version: v.string(),
    executablePath: v.string(),
    flags: v.array(v.string()),
    headless: v.boolean(),
  }),
  viewport: v.object({ width: v.number(), height: v.number(), deviceScaleFactor: v.number() }),
  reps: v.pipe(count, v.minValue(1)),
  sizes: v.array(size),
  cpuRates: v.array(v.number()),
  apps: v.array(v.picklist(APP_IDS)),
  smoke: v.boolean(),
  versions: v.record(v.string(), v.string()),
  timeouts: v.object({ firstRenderMs: v.number(), phaseMs: v.number() }),
  durationS: v.number(),
  records: v.array(metricRecord),
});

export type Parsed = { ok: true; result: BenchResult } | { ok: false; problems: string[] };

/** Checks parsed JSON; each problem names where it is, as "records.12.unit: …". */
export function parseBenchResult(json: unknown): Parsed {
  const parsed = v.safeParse(benchResult, json);
  if (parsed.success) return { ok: true, result: parsed.output };
  return {
    ok: false,
    problems: parsed.issues.map(
      (issue) =>
        `${v.getDotPath(issue) ?? '(the file)'}: ${issue.received === 'undefined' ? 'missing' : issue.message}`,
    ),
  };
}
