/**
 * Reading the page's own Content-Security-Policy, to tell a fetch the policy refused from one the
 * network failed: the browser reports both as the same TypeError ("Failed to fetch").
 */

/** The policy the page's `<meta http-equiv="Content-Security-Policy">` states, if it has one. */
export function pagePolicy(doc: Document | undefined = globalThis.document): string | null {
  const meta = doc?.querySelector<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy" i]');
  return meta?.content ?? null;
}

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443' };

/**
 * Whether `policy` lets a page at `pageOrigin` fetch `url`, by its `connect-src` (or, without
 * one, its `default-src`), as CSP Level 3 matches source expressions. What it cannot judge (a
 * source with a path) counts as allowed: the caller only says "the policy refused" when sure.
 */
export function policyAllowsConnect(policy: string, url: URL, pageOrigin: string): boolean {
  return policyAllows(policy, 'connect-src', url, pageOrigin);
}

/**
 * Whether `policy`'s `directive` (or, without it, `default-src`) lets the page load `url`: for
 * pictures (img-src) and sound and video (media-src) as for fetches.
 */
export function policyAllows(
  policy: string,
  directive: 'connect-src' | 'img-src' | 'media-src' | 'frame-src',
  url: URL,
  pageOrigin: string,
): boolean {
  const directives = new Map<string, string[]>();
  for (const directive of policy.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    // Only the first of two directives of a name counts, as in the browser.
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  const sources = directives.get(directive) ?? directives.get('default-src');
  if (!sources) return true;
  return sources.some((source) => matches(source, url, pageOrigin));
}

function matches(source: string, url: URL, pageOrigin: string): boolean {
  const expression = source.toLowerCase();
  if (expression === "'self'") return url.origin === pageOrigin;
  // Other keywords, nonces and hashes name no address.
  if (expression.startsWith("'")) return false;
  if (expression === '*') return /^(https?|wss?):$/.test(url.protocol);
  if (/^[a-z][a-z0-9+.-]*:$/.test(expression)) return schemeMatches(expression, url.protocol);

  const host =
    /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*|(?:\*\.)?(?:\[[^\]]+\]|[^:/[\]]+))(?::(\d+|\*))?(\/.*)?$/.exec(
      expression,
    );
  if (!host) return false;
  const [, scheme, hostname = '', port, path] = host;
  if (path !== undefined && path !== '/') return true;
  // A source without a scheme takes the page's.
  if (!schemeMatches(scheme ? `${scheme}:` : schemeOf(pageOrigin), url.protocol)) return false;
  const target = url.hostname.toLowerCase();
  if (hostname.startsWith('*.')) {
    if (!target.endsWith(hostname.slice(1))) return false;
  } else if (hostname !== '*' && target !== hostname) {
    return false;
  }
  if (port === '*') return true;
  // Without a port, the scheme's default; ":80" lets the https default through as well.
  if (port === undefined) return url.port === '';
  const actual = url.port || DEFAULT_PORTS[url.protocol] || '';
  return actual === port || (port === '80' && actual === '443');
}

function schemeOf(origin: string): string {
  try {
    return new URL(origin).protocol;
  } catch {
    return 'https:';
  }
}

/** A source's scheme lets its secure form through too (http: → https:, ws: → wss:). */
function schemeMatches(source: string, actual: string): boolean {
  return (
    source === actual ||
    (source === 'http:' && actual === 'https:') ||
    (source === 'ws:' && actual === 'wss:')
  );
}
