import { describe, expect, it, vi } from 'vitest';
import { allowedDataFetch } from './allowed-data-fetch.ts';
import { DataLinkError } from './data-link-error.ts';

const PAGE = 'https://news.example';

/** A response as fetch gives it, with the address it finally came from. */
function arrivedFrom(url: string, body = '{}'): Response {
  const response = new Response(body);
  Object.defineProperty(response, 'url', { value: url });
  return response;
}

/** Why the guarded fetch refused, or a failing test where it did not refuse. */
async function refusalOf(fetched: Promise<Response>): Promise<unknown> {
  const error = await fetched.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataLinkError);
  return error instanceof DataLinkError ? error.refusal : null;
}

describe('allowedDataFetch', () => {
  it('passes on a response from this site', async () => {
    const response = arrivedFrom(`${PAGE}/data/x.json`);
    const guarded = allowedDataFetch({
      pageOrigin: PAGE,
      allowed: [],
      fetchImpl: () => Promise.resolve(response),
    });
    expect(await guarded('data/x.json')).toBe(response);
  });

  it('asks before the list of sites is known, and judges a redirect once it is', async () => {
    let answer: (allowed: readonly string[]) => void = () => undefined;
    const allowed = new Promise<readonly string[]>((resolve) => (answer = resolve));
    const fetchImpl = vi.fn(() => Promise.resolve(arrivedFrom('https://evil.example/x.json')));
    const guarded = allowedDataFetch({ pageOrigin: PAGE, allowed, fetchImpl });
    const fetched = guarded('data/x.json');
    expect(fetchImpl).toHaveBeenCalledOnce();
    answer(['https://docs.google.com']);
    await expect(fetched).rejects.toBeInstanceOf(DataLinkError);
  });

  it('passes on a response from a listed site', async () => {
    const response = arrivedFrom('https://a.googleusercontent.com/pub');
    const guarded = allowedDataFetch({
      pageOrigin: PAGE,
      allowed: ['https://*.googleusercontent.com'],
      fetchImpl: () => Promise.resolve(response),
    });
    expect(await guarded('/sheet')).toBe(response);
  });

  it('refuses a response that a redirect brought from a site not listed', async () => {
    const guarded = allowedDataFetch({
      pageOrigin: PAGE,
      allowed: ['https://docs.google.com'],
      fetchImpl: () => Promise.resolve(arrivedFrom('https://evil.example/store.json')),
    });
    expect(await refusalOf(guarded('/redirect-away'))).toEqual({
      code: 'led-elsewhere',
      link: '/redirect-away',
      origin: 'https://evil.example',
    });
  });

  it('explains a redirect the security policy stopped', async () => {
    const document = new EventTarget();
    const fetchImpl = vi.fn<typeof fetch>((_, init) => {
      if (init?.redirect === 'manual') {
        return Promise.resolve({ type: 'opaqueredirect' } as Response);
      }
      // As the browser does: the fetch fails, then the violation is reported.
      queueMicrotask(() =>
        document.dispatchEvent(
          Object.assign(new Event('securitypolicyviolation'), {
            effectiveDirective: 'connect-src',
          }),
        ),
      );
      return Promise.reject(new TypeError('Failed to fetch'));
    });
    const guarded = allowedDataFetch({
      pageOrigin: PAGE,
      allowed: [],
      fetchImpl,
      violations: document,
    });
    expect(await refusalOf(guarded('/redirect-away'))).toEqual({
      code: 'led-elsewhere',
      link: '/redirect-away',
      origin: null,
    });
  });

  it('says a redirect led nowhere when no policy stopped it', async () => {
    const fetchImpl = vi.fn<typeof fetch>((_, init) =>
      init?.redirect === 'manual'
        ? Promise.resolve({ type: 'opaqueredirect' } as Response)
        : Promise.reject(new TypeError('Failed to fetch')),
    );
    const guarded = allowedDataFetch({
      pageOrigin: PAGE,
      allowed: [],
      fetchImpl,
      violations: null,
    });
    expect(await refusalOf(guarded('/moved'))).toEqual({ code: 'redirect-failed', link: '/moved' });
  });

  describe('a site config.json lists but the page’s security policy does not', () => {
    const POLICY = "default-src 'self'; connect-src 'self' https://docs.google.com";
    const offline = () =>
      vi.fn<typeof fetch>(() => Promise.reject(new TypeError('Failed to fetch')));

    it('is said to be refused by the policy, with how to allow it', async () => {
      const fetchImpl = offline();
      const guarded = allowedDataFetch({
        pageOrigin: PAGE,
        allowed: ['https://data.example'],
        fetchImpl,
        violations: null,
        policy: () => POLICY,
      });
      expect(await refusalOf(guarded('https://data.example/x.json'))).toEqual({
        code: 'blocked-by-policy',
        link: 'https://data.example/x.json',
        origin: 'https://data.example',
      });
      // Nothing more is asked of a site the policy refuses.
      expect(fetchImpl).toHaveBeenCalledOnce();
    });

    it('is a network failure still where the policy allows the site', async () => {
      const guarded = allowedDataFetch({
        pageOrigin: PAGE,
        allowed: ['https://docs.google.com'],
        fetchImpl: offline(),
        violations: null,
        policy: () => POLICY,
      });
      await expect(guarded('https://docs.google.com/x.csv')).rejects.toThrow(/^Failed to fetch$/);
      // And so is a link on this site, resolved against the page.
      const own = allowedDataFetch({
        pageOrigin: PAGE,
        allowed: [],
        fetchImpl: offline(),
        violations: null,
        policy: () => POLICY,
        baseUrl: `${PAGE}/timeline/`,
      });
      await expect(own('data/x.json')).rejects.toThrow(/^Failed to fetch$/);
    });

    it('is found by the violation report where no <meta> states the policy', async () => {
      const document = new EventTarget();
      const fetchImpl = vi.fn<typeof fetch>(() => {
        // As the browser does: the fetch fails, then the violation is reported.
        queueMicrotask(() =>
          document.dispatchEvent(
            Object.assign(new Event('securitypolicyviolation'), {
              effectiveDirective: 'connect-src',
              blockedURI: 'https://data.example/x.json',
            }),
          ),
        );
        return Promise.reject(new TypeError('Failed to fetch'));
      });
      const guarded = allowedDataFetch({
        pageOrigin: PAGE,
        allowed: ['https://data.example'],
        fetchImpl,
        violations: document,
        policy: () => null,
      });
      expect(await refusalOf(guarded('https://data.example/x.json'))).toEqual({
        code: 'blocked-by-policy',
        link: 'https://data.example/x.json',
        origin: 'https://data.example',
      });
    });
  });

  it('leaves a plain network failure as it is', async () => {
    const fetchImpl = vi.fn<typeof fetch>(() => Promise.reject(new TypeError('Failed to fetch')));
    const guarded = allowedDataFetch({
      pageOrigin: PAGE,
      allowed: [],
      fetchImpl,
      violations: null,
    });
    await expect(guarded('data/x.json')).rejects.toThrow(/^Failed to fetch$/);
  });
});
