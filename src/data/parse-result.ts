/** What parsing a store comes to, whatever its format, and the schema check they share. */
import { parseDataset, type Dataset, type JSON_NAMING, type Problem } from './schema.ts';
import { quoteName } from '../lib/display-text.ts';

export type LoadResult =
  | {
      status: 'ready';
      dataset: Dataset;
      /** What is wrong in the data: each bad record, and anything else left out. */
      problems: Problem[];
      /** How many events were left out because of their problems. */
      skipped: number;
    }
  | { status: 'failed'; message: string; problems: Problem[] };

/** Told how many records the store holds once they are read, before they are checked. */
export type OnRecords = (count: number) => void;

/** Checks a store's JSON (as read from JSON or CSV) against the schema. */
export function validateStore(json: unknown, name: string, naming: typeof JSON_NAMING): LoadResult {
  const result = parseDataset(json, naming);
  if (!result.ok) {
    return {
      status: 'failed',
      message: `${quoteName(name)} is not a timeline in the expected format. What is wrong:`,
      problems: result.problems,
    };
  }
  return {
    status: 'ready',
    dataset: result.dataset,
    problems: result.problems,
    skipped: result.skipped,
  };
}

/** A store that could not be read, said in one sentence. */
export function failedLoad(message: string): LoadResult {
  return { status: 'failed', message, problems: [] };
}
