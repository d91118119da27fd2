import { DataLinkError } from './allowed-data-fetch.ts';
import { parseDataset, type Dataset, type Problem } from './schema.ts';

export type LoadResult =
  | { status: 'ready'; dataset: Dataset; problems: Problem[] }
  | { status: 'failed'; message: string; problems: Problem[] };

/** Fetches, parses and validates a store; never throws, so the UI always has something to say. */
export async function loadDataset(
  url: string,
  fetchImpl: typeof fetch = fetch,
): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch (error) {
    if (error instanceof DataLinkError) return failed(error.message);
    return failed(`Could not load the timeline data from ${url}: ${errorText(error)}.`);
  }
  if (!response.ok) {
    return failed(`Could not load the timeline data from ${url} (HTTP ${response.status}).`);
  }
  let json: unknown;
  try {
    // response.json() parses straight from the bytes: no 70 MB string for a large store.
    json = await response.json();
  } catch (error) {
    return error instanceof SyntaxError
      ? notJson(url, error)
      : failed(`Could not read the timeline data from ${url}: ${errorText(error)}.`);
  }
  return validate(json, url);
}

/** Parses and validates a store already in memory (tests, other sources). */
export function parseText(text: string, url: string): LoadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return notJson(url, error);
  }
  return validate(json, url);
}

function validate(json: unknown, url: string): LoadResult {
  const result = parseDataset(json);
  if (!result.ok) {
    return {
      status: 'failed',
      message: `The timeline data at ${url} is not in the expected format.`,
      problems: result.problems,
    };
  }
  return { status: 'ready', dataset: result.dataset, problems: result.problems };
}

function notJson(url: string, error: unknown): LoadResult {
  return failed(`The timeline data at ${url} is not valid JSON: ${errorText(error)}.`);
}

function failed(message: string): LoadResult {
  return { status: 'failed', message, problems: [] };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
