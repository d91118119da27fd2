import * as v from 'valibot';
import { failed, type Result } from './result.ts';
import { quoteName } from '../lib/display-text.ts';

/**
 * An entry of `allowedDataOrigins` in config.json, in canonical form: an exact origin
 * (`https://docs.google.com`) or one whose first label is a wildcard (`https://*.example.com`).
 */
export interface OriginPattern {
  /** The canonical text, as written into the Content-Security-Policy. */
  origin: string;
  scheme: 'https:' | 'http:';
  /** The host name after any `*.`, lower case and in ASCII (punycode). */
  hostname: string;
  /** '' for the scheme's default port, as URL#port gives it. */
  port: string;
  /** Whether the pattern matches subdomains of `hostname` (and not `hostname` itself). */
  wildcard: boolean;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Reads one configured origin. Lenient where a person typing it might be (case, a trailing slash,
 * spaces around it), strict about everything that would widen it: paths, user names, wildcards
 * other than a leading `*.`, plain http beyond this machine.
 */
export function parseOriginPattern(text: string): Result<{ pattern: OriginPattern }, string> {
  const fail = (reason: string) => failed(reason);
  const trimmed = text.trim().replace(/([^/])\/$/, '$1');
  // The canonical text goes into a security policy: nothing that could end or add a directive.
  if (/[\s'";,]/.test(trimmed)) return fail('an origin cannot contain spaces, quotes or ; and ,');
  const match = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/i.exec(trimmed);
  if (!match) return fail('it must start with https://, as in https://example.com');
  const [, name = '', rest = ''] = match;
  const scheme = `${name.toLowerCase()}:`;
  if (scheme !== 'https:' && scheme !== 'http:') return fail('it must start with https://');
  if (/[/?#@\\]/.test(rest)) {
    return fail('it must be a site only (scheme, host and port), with no path, query or user name');
  }
  const wildcard = rest.startsWith('*.');
  const hostAndPort = wildcard ? rest.slice(2) : rest;
  if (hostAndPort.includes('*')) {
    return fail(
      'a wildcard may only stand for the first part of the host, as in https://*.example.com',
    );
  }
  let url: URL;
  try {
    url = new URL(`${scheme}//${hostAndPort}`);
  } catch {
    return fail('it is not a valid web address');
  }
  if (!url.hostname) return fail('it names no host');
  const isIp = /^[\d.]+$/.test(url.hostname) || url.hostname.startsWith('[');
  if (wildcard && (isIp || !url.hostname.includes('.'))) {
    return fail('a wildcard needs a domain of at least two parts, as in https://*.example.com');
  }
  if (scheme === 'http:' && (wildcard || !LOCAL_HOSTS.has(url.hostname))) {
    return fail('it must use https (plain http is allowed only for localhost)');
  }
  return {
    kind: 'ok',
    pattern: {
      origin: `${scheme}//${wildcard ? '*.' : ''}${url.host}`,
      scheme,
      hostname: url.hostname,
      port: url.port,
      wildcard,
    },
  };
}

function matches(pattern: OriginPattern, url: URL): boolean {
  if (url.protocol !== pattern.scheme || url.port !== pattern.port) return false;
  return pattern.wildcard
    ? url.hostname.endsWith(`.${pattern.hostname}`)
    : url.hostname === pattern.hostname;
}

/**
 * Whether the app may load data from `url`: its own origin always, others only when listed in
 * `allowed` (entries of config.json; ones that do not read as origins are ignored).
 */
export function isAllowedDataUrl(
  url: URL,
  pageOrigin: string,
  allowed: readonly string[],
): boolean {
  // fetch refuses addresses with credentials; refusing them here keeps the message ours.
  if (url.username || url.password) return false;
  // Opaque origins ("null": data:, file:) are never the same site as anything.
  if (url.origin === 'null') return false;
  if (url.origin === pageOrigin) return true;
  return allowed.some((entry) => {
    const parsed = parseOriginPattern(entry);
    return parsed.kind === 'ok' && matches(parsed.pattern, url);
  });
}

/**
 * Checks where a data request ended up after redirects: `null` when that site is allowed, else
 * the message for the reader. An empty `final` (a response built in memory) has nothing to check.
 */
export function checkFinalUrl(
  requested: string,
  final: string,
  pageOrigin: string,
  allowed: readonly string[],
): string | null {
  if (!final) return null;
  let url: URL;
  try {
    url = new URL(final);
  } catch {
    return null;
  }
  if (isAllowedDataUrl(url, pageOrigin, allowed)) return null;
  return ledElsewhere(requested, url.origin);
}

/** The reader's message when a data link redirects to a site that is not allowed. */
export function ledElsewhere(requested: string, finalOrigin?: string): string {
  const where = finalOrigin && finalOrigin !== 'null' ? ` (${finalOrigin})` : '';
  return (
    `The data link ${quoteName(requested)} led to another site${where}, which is not allowed: ` +
    'only this site’s data and data from the sites listed in config.json can be shown.'
  );
}

/**
 * The reader's message when the page's Content-Security-Policy stopped a data link: config.json
 * lists the site (else the app would have refused it first), but the policy, fixed when the site
 * was built, does not, and the browser does not say why the fetch failed.
 */
export function refusedByPolicy(requested: string, origin: string): string {
  return (
    `The data link ${quoteName(requested)} could not be loaded: this site’s security policy ` +
    `does not allow data from ${origin}, even though config.json lists it. Whoever runs the site ` +
    `can allow it with “npm run allow-origin -- ${origin}”, which updates config.json and the ` +
    'policy together (or by adding it to public/config.json and building again).'
  );
}

const OriginEntry = v.pipe(
  v.string('it must be text in quotes, such as "https://example.com"'),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const parsed = parseOriginPattern(dataset.value);
    if (parsed.kind === 'ok') return parsed.pattern.origin;
    addIssue({ message: parsed.reason });
    return NEVER;
  }),
);

const NOT_AN_OBJECT = 'config.json must hold an object, such as { "allowedDataOrigins": [] }';

/** config.json, read at run time from beside index.html. */
export const RuntimeConfigSchema = v.pipe(
  // strictObject alone would take a list for an object with settings "0", "1"…
  v.custom<unknown>((input) => !Array.isArray(input), NOT_AN_OBJECT),
  v.strictObject(
    {
      /** Sites, beyond this one, whose data `?data=` may load. */
      allowedDataOrigins: v.optional(
        v.array(
          OriginEntry,
          '“allowedDataOrigins” must be a list, such as ["https://example.com"]',
        ),
        [],
      ),
      /** Sites, beyond this one, whose pictures, video and sound the data may show. */
      allowedMediaOrigins: v.optional(
        v.array(
          OriginEntry,
          '“allowedMediaOrigins” must be a list, such as ["https://images.example.com"]',
        ),
        [],
      ),
    },
    (issue) =>
      issue.kind === 'schema' && issue.type === 'strict_object' && issue.expected !== 'Object'
        ? 'is not a setting this app knows (it reads “allowedDataOrigins” and “allowedMediaOrigins”)'
        : NOT_AN_OBJECT,
  ),
);

export interface RuntimeConfig {
  allowedDataOrigins: string[];
  /** Read at build time, for the policy's img-src and media-src. */
  allowedMediaOrigins: string[];
  /** Plain-words problems, each naming config.json; entries with a problem are left out. */
  problems: string[];
}

export const DEFAULT_RUNTIME_CONFIG: RuntimeConfig = {
  allowedDataOrigins: [],
  allowedMediaOrigins: [],
  problems: [],
};

/**
 * Reads config.json's contents. Never throws: what is wrong is described, the entries that are
 * right are kept, so one typo does not take the other sites away (nor this one).
 */
export function parseRuntimeConfig(json: unknown): RuntimeConfig {
  const result = v.safeParse(RuntimeConfigSchema, json);
  if (result.success) {
    return {
      allowedDataOrigins: [...new Set(result.output.allowedDataOrigins)],
      allowedMediaOrigins: [...new Set(result.output.allowedMediaOrigins)],
      problems: [],
    };
  }
  return {
    allowedDataOrigins: salvage(json, 'allowedDataOrigins'),
    allowedMediaOrigins: salvage(json, 'allowedMediaOrigins'),
    problems: result.issues.map(describeIssue),
  };
}

function salvage(json: unknown, setting: 'allowedDataOrigins' | 'allowedMediaOrigins'): string[] {
  if (typeof json !== 'object' || json === null || !(setting in json)) return [];
  const entries = (json as Record<string, unknown>)[setting];
  if (!Array.isArray(entries)) return [];
  const origins = entries.flatMap((entry: unknown) => {
    const parsed = v.safeParse(OriginEntry, entry);
    return parsed.success ? [parsed.output] : [];
  });
  return [...new Set(origins)];
}

function describeIssue(issue: v.GenericIssue): string {
  const keys = (issue.path ?? []).map((item) => item.key);
  const [setting, index] = keys;
  if (setting === undefined) return issue.message;
  if (typeof index === 'number') {
    const value = issue.input === undefined ? '' : ` ${JSON.stringify(issue.input)}`;
    return `config.json: entry ${index + 1} of “${String(setting)}”${value}: ${issue.message}.`;
  }
  if (issue.type === 'strict_object') return `config.json: “${String(setting)}” ${issue.message}.`;
  return `config.json: ${issue.message}.`;
}
