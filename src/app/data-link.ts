/**
 * What following a `?data=` link takes: config.json's list of allowed sites, the check of an
 * address against it, and a fetch that holds redirects to it. start-app.ts loads this module only
 * when the URL has a data link, so that the default page does not carry it.
 */
import { allowedDataFetch } from '../data/allowed-data-fetch.ts';
import { isAllowedDataUrl, type RuntimeConfig } from '../data/allowed-origins.ts';
import { loadRuntimeConfig } from '../data/runtime-config.ts';

export interface DataLinkPolicy {
  /** config.json, read once, and asked for at once. */
  config: Promise<RuntimeConfig>;
  /**
   * Whether a data link's address may be loaded at all. An address on this site may without
   * config.json, so that its store is fetched beside it rather than after it.
   */
  allows: (url: URL) => boolean | Promise<boolean>;
  /** The fetch to load it with, refusing what a redirect brings from elsewhere. */
  fetchImpl: typeof fetch;
}

export function readDataLinkPolicy(
  pageOrigin: string,
  readConfig: () => Promise<RuntimeConfig> = () => loadRuntimeConfig(),
): DataLinkPolicy {
  const config = readConfig();
  const allowed = config.then((c) => c.allowedDataOrigins);
  return {
    config,
    allows: (url) =>
      isAllowedDataUrl(url, pageOrigin, []) ||
      allowed.then((origins) => isAllowedDataUrl(url, pageOrigin, origins)),
    fetchImpl: allowedDataFetch({ pageOrigin, allowed }),
  };
}
