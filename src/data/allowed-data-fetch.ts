import { checkFinalUrl, ledElsewhere } from './allowed-origins.ts';
import { quoteName } from '../lib/display-text.ts';
import { DataLinkError } from './data-link-error.ts';

interface AllowedDataFetchOptions {
  pageOrigin: string;
  /**
   * config.json's `allowedDataOrigins`, or their promise: a store on this site is then asked for
   * while config.json is still on its way, and only a redirect elsewhere waits for it.
   */
  allowed: readonly string[] | Promise<readonly string[]>;
  fetchImpl?: typeof fetch;
  /** Where the browser reports Content-Security-Policy violations (the document). */
  violations?: EventTarget | null;
}

/**
 * A fetch for data links that refuses what arrives from a site that is not allowed, checking the
 * address the response came from after redirects, not only the one asked for: a redirect on our
 * host must not carry `?data=` to another site.
 */
export function allowedDataFetch({
  pageOrigin,
  allowed,
  fetchImpl = fetch,
  violations = typeof document === 'undefined' ? null : document,
}: AllowedDataFetchOptions): typeof fetch {
  return async (input, init) => {
    const requested = input instanceof Request ? input.url : String(input);
    let blocked = false;
    const onViolation = (event: Event) => {
      if ((event as SecurityPolicyViolationEvent).effectiveDirective === 'connect-src') {
        blocked = true;
      }
    };
    violations?.addEventListener('securitypolicyviolation', onViolation);
    try {
      let response: Response;
      try {
        response = await fetchImpl(input, init);
      } catch (error) {
        // Where our Content-Security-Policy stops a redirect to another site, fetch only fails
        // ("Failed to fetch"), without the address. Asking again without following redirects
        // tells a redirect from a network failure; the violation report (by then arrived) says
        // whether the policy refused it.
        if (error instanceof TypeError && (await redirects(fetchImpl, input, init))) {
          throw new DataLinkError(
            blocked
              ? ledElsewhere(requested)
              : `The data link ${quoteName(requested)} redirects to another address, which could not be loaded.`,
          );
        }
        throw error;
      }
      const refused = checkFinalUrl(requested, response.url, pageOrigin, await allowed);
      if (refused) {
        // Nothing from that site is read.
        void response.body?.cancel();
        throw new DataLinkError(refused);
      }
      return response;
    } finally {
      violations?.removeEventListener('securitypolicyviolation', onViolation);
    }
  };
}

async function redirects(
  fetchImpl: typeof fetch,
  input: Parameters<typeof fetch>[0],
  init: RequestInit | undefined,
): Promise<boolean> {
  try {
    const response = await fetchImpl(input, { ...init, redirect: 'manual' });
    return response.type === 'opaqueredirect';
  } catch {
    return false;
  }
}
