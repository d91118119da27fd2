import { checkFinalUrl } from './allowed-origins.ts';
import { pagePolicy, policyAllowsConnect } from './csp-connect.ts';
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
  /** The page's Content-Security-Policy as its `<meta>` states it (null without one). */
  policy?: () => string | null;
  /** What a relative data link is resolved against: the page's address. */
  baseUrl?: string;
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
  policy = () => pagePolicy(),
  baseUrl = typeof document === 'undefined' ? pageOrigin : document.baseURI,
}: AllowedDataFetchOptions): typeof fetch {
  return async (input, init) => {
    const requested = input instanceof Request ? input.url : String(input);
    let blocked = false;
    let blockedOrigin: string | null = null;
    const onViolation = (event: Event) => {
      const violation = event as SecurityPolicyViolationEvent;
      if (violation.effectiveDirective === 'connect-src') {
        blocked = true;
        blockedOrigin = originOf(violation.blockedURI);
      }
    };
    violations?.addEventListener('securitypolicyviolation', onViolation);
    try {
      let response: Response;
      try {
        response = await fetchImpl(input, init);
      } catch (error) {
        if (!(error instanceof TypeError)) throw error;
        // Where our Content-Security-Policy stops the fetch, it only fails ("Failed to fetch"),
        // as it would offline. A site config.json lists but the policy does not (config.json
        // edited by hand, after the build wrote the policy) is refused before any request: the
        // page's own policy says so.
        const url = resolve(requested, baseUrl);
        const stated = policy();
        if (url && stated !== null && !policyAllowsConnect(stated, url, pageOrigin)) {
          throw new DataLinkError({
            code: 'blocked-by-policy',
            link: requested,
            origin: url.origin,
          });
        }
        // A redirect to another site is stopped the same way, without the address. Asking again
        // without following redirects tells a redirect from a network failure; the violation
        // report (by then arrived) says whether the policy refused it, and which site.
        if (await redirects(fetchImpl, input, init)) {
          throw new DataLinkError(
            blocked
              ? { code: 'led-elsewhere', link: requested, origin: null }
              : { code: 'redirect-failed', link: requested },
          );
        }
        // A policy the page was served with as a header only, which no <meta> states.
        if (url && blockedOrigin === url.origin) {
          throw new DataLinkError({
            code: 'blocked-by-policy',
            link: requested,
            origin: url.origin,
          });
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

function resolve(link: string, base: string): URL | null {
  try {
    return new URL(link, base);
  } catch {
    return null;
  }
}

function originOf(address: string): string | null {
  try {
    const { origin } = new URL(address);
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}
