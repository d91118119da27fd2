import {
  DEFAULT_RUNTIME_CONFIG,
  parseRuntimeConfig,
  type RuntimeConfig,
} from './allowed-origins.ts';
import type { ConfigProblem } from './config-problem.ts';

/**
 * Fetches config.json from beside the page. A missing file means the default (this site's data
 * only) and says nothing; any other failure is a problem for the reader, never an exception, so a
 * broken config leaves the app working on its own site's data.
 */
export async function loadRuntimeConfig(
  fetchImpl: typeof fetch = fetch,
  url = 'config.json',
): Promise<RuntimeConfig> {
  let response: Response;
  try {
    // no-cache: a newsroom that adds a site expects the next reader to see it.
    response = await fetchImpl(url, { cache: 'no-cache' });
  } catch (error) {
    return failed({ code: 'config-unreachable', detail: errorText(error) });
  }
  if (response.status === 404) return DEFAULT_RUNTIME_CONFIG;
  if (!response.ok) {
    return failed({ code: 'config-unreachable', detail: `HTTP ${response.status}` });
  }
  // Hosts that answer every unknown path with index.html (single-page fallbacks) mean "missing".
  if (response.headers.get('content-type')?.includes('text/html')) return DEFAULT_RUNTIME_CONFIG;
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    return failed({ code: 'config-not-json', detail: errorText(error) });
  }
  return parseRuntimeConfig(json);
}

function failed(problem: ConfigProblem): RuntimeConfig {
  return { allowedDataOrigins: [], allowedMediaOrigins: [], problems: [problem] };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
