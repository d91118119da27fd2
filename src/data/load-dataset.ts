import { parseDataset, type Dataset, type Problem } from './schema.ts';

export type LoadResult =
  | { status: 'ready'; dataset: Dataset; problems: Problem[] }
  | { status: 'failed'; message: string; problems: Problem[] };

/** Fetches, parses and validates a store; never throws, so the UI always has something to say. */
export async function loadDataset(
  url: string,
  fetchImpl: typeof fetch = fetch,
): Promise<LoadResult> {
  let text: string;
  try {
    const response = await fetchImpl(url);
    if (!response.ok) {
      return {
        status: 'failed',
        message: `Could not load the timeline data from ${url} (HTTP ${response.status}).`,
        problems: [],
      };
    }
    text = await response.text();
  } catch (error) {
    return {
      status: 'failed',
      message: `Could not load the timeline data from ${url}: ${errorText(error)}.`,
      problems: [],
    };
  }
  return parseText(text, url);
}

export function parseText(text: string, url: string): LoadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      status: 'failed',
      message: `The timeline data at ${url} is not valid JSON: ${errorText(error)}.`,
      problems: [],
    };
  }
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

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
