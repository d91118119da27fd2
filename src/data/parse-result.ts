/** What parsing a store comes to, whatever its format, and the schema check they share. */
import { assertNever } from '../lib/assert-never.ts';
import {
  parseDataset,
  type JSON_NAMING,
  type Parsed,
  type ParseResult,
  type Problem,
} from './schema.ts';
import type { LoadFailure } from './load-failure.ts';
import { failed, type Result } from './result.ts';

/** A store's dataset and what is wrong in it, or the reason it cannot be shown at all. */
export type LoadResult = Result<Parsed, LoadFailure>;

/** A load result that has its dataset. */
export type Loaded = LoadResult & { kind: 'ok' };

/** Told how many records the store holds once they are read, before they are checked. */
export type OnRecords = (count: number) => void;

/** Checks a store's JSON (as read from JSON or CSV) against the schema. */
export function validateStore(json: unknown, name: string, naming: typeof JSON_NAMING): LoadResult {
  const result = parseDataset(json, naming);
  switch (result.kind) {
    case 'ok':
      return result;
    case 'failed':
      return failed({ code: 'not-a-timeline', name, problems: result.reason.problems });
    default:
      return assertNever(result);
  }
}

/**
 * The result with `before` listed ahead of its own problems: what reading the file found comes
 * before what the schema found, whether or not the store can be shown.
 */
export function withProblemsBefore(result: LoadResult, before: readonly Problem[]): LoadResult {
  if (!before.length) return result;
  switch (result.kind) {
    case 'ok':
      return { ...result, problems: [...before, ...result.problems] };
    case 'failed':
      return result.reason.code === 'not-a-timeline'
        ? failed({ ...result.reason, problems: [...before, ...result.reason.problems] })
        : result;
    default:
      return assertNever(result);
  }
}

/**
 * What is wrong in the data, whether or not it can be shown: the problems of a dataset, or those
 * that keep a store from being a timeline. None for a failure with another reason.
 */
export function problemsOf(result: LoadResult | ParseResult): readonly Problem[] {
  if (result.kind === 'ok') return result.problems;
  const { reason } = result;
  return 'problems' in reason ? reason.problems : [];
}
