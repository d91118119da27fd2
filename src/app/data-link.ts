/**
 * What following a `?data=` link takes: config.json's list of allowed sites, the check of an
 * address against it, and a fetch that holds redirects to it. start-app.ts loads this module only
 * when the URL has a data link, so that the default page does not carry it.
 */
import { allowedDataFetch } from '../data/allowed-data-fetch.ts';
import { isAllowedDataUrl, type RuntimeConfig } from '../data/allowed-origins.ts';
import { loadRuntimeConfig } from '../data/runtime-config.ts';

export interface DataLinkPolicy {
  config: RuntimeConfig;
  /** Whether a data link's address may be loaded at all. */
  allows: (url: URL) => boolean;
  /** The fetch to load it with, refusing what a redirect brings from elsewhere. */
  fetchImpl: typeof fetch;
}

export async function readDataLinkPolicy(
  pageOrigin: string,
  readConfig: () => Promise<RuntimeConfig> = () => loadRuntimeConfig(),
): Promise<DataLinkPolicy> {
  const config = await readConfig();
  const allowed = config.allowedDataOrigins;
  return {
    config,
    allows: (url) => isAllowedDataUrl(url, pageOrigin, allowed),
    fetchImpl: allowedDataFetch({ pageOrigin, allowed }),
  };
}
