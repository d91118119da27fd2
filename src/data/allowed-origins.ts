import * as v from 'valibot';
import { failed, type Result } from './result.ts';
import {
  CONFIG_SETTINGS,
  ORIGIN_PROBLEMS,
  type ConfigProblem,
  type OriginProblem,
} from './config-problem.ts';
import type { LinkRefusal } from './load-failure.ts';

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
export function parseOriginPattern(
  text: string,
): Result<{ pattern: OriginPattern }, OriginProblem> {
  const fail = (code: OriginProblem['code']) => failed({ code });
  const trimmed = text.trim().replace(/([^/])\/$/, '$1');
  // The canonical text goes into a security policy: nothing that could end or add a directive.
  if (/[\s'";,]/.test(trimmed)) return fail('origin-bad-characters');
  const match = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/i.exec(trimmed);
  if (!match) return fail('origin-no-scheme');
  const [, name = '', rest = ''] = match;
  const scheme = `${name.toLowerCase()}:`;
  if (scheme !== 'https:' && scheme !== 'http:') return fail('origin-not-web-scheme');
  if (/[/?#@\\]/.test(rest)) {
    return fail('origin-not-site-only');
  }
  const wildcard = rest.startsWith('*.');
  const hostAndPort = wildcard ? rest.slice(2) : rest;
  if (hostAndPort.includes('*')) {
    return fail('origin-wildcard-not-first');
  }
  let url: URL;
  try {
    url = new URL(`${scheme}//${hostAndPort}`);
  } catch {
    return fail('origin-invalid');
  }
  if (!url.hostname) return fail('origin-no-host');
  const isIp = /^[\d.]+$/.test(url.hostname) || url.hostname.startsWith('[');
  if (wildcard && (isIp || !url.hostname.includes('.'))) {
    return fail('origin-wildcard-too-short');
  }
  if (scheme === 'http:' && (wildcard || !LOCAL_HOSTS.has(url.hostname))) {
    return fail('origin-plain-http');
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
 * why not. An empty `final` (a response built in memory) has nothing to check.
 */
export function checkFinalUrl(
  requested: string,
  final: string,
  pageOrigin: string,
  allowed: readonly string[],
): LinkRefusal | null {
  if (!final) return null;
  let url: URL;
  try {
    url = new URL(final);
  } catch {
    return null;
  }
  if (isAllowedDataUrl(url, pageOrigin, allowed)) return null;
  return {
    code: 'led-elsewhere',
    link: requested,
    origin: url.origin === 'null' ? null : url.origin,
  };
}

/** A check's message is the code of its problem, as store-shape.ts's are. */
const says = <Code extends ConfigProblem['code'] | OriginProblem['code']>(code: Code): Code => code;

const OriginEntry = v.pipe(
  v.string(says('origin-not-text')),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const parsed = parseOriginPattern(dataset.value);
    if (parsed.kind === 'ok') return parsed.pattern.origin;
    addIssue({ message: parsed.reason.code });
    return NEVER;
  }),
);

const NOT_AN_OBJECT = says('config-not-an-object');
const NOT_A_LIST = says('config-not-a-list');

/** config.json, read at run time from beside index.html. */
export const RuntimeConfigSchema = v.pipe(
  // strictObject alone would take a list for an object with settings "0", "1"…
  v.custom<unknown>((input) => !Array.isArray(input), NOT_AN_OBJECT),
  v.strictObject(
    {
      /** Sites, beyond this one, whose data `?data=` may load. */
      allowedDataOrigins: v.optional(v.array(OriginEntry, NOT_A_LIST), []),
      /** Sites, beyond this one, whose pictures, video and sound the data may show. */
      allowedMediaOrigins: v.optional(v.array(OriginEntry, NOT_A_LIST), []),
    },
    (issue) =>
      issue.kind === 'schema' && issue.type === 'strict_object' && issue.expected !== 'Object'
        ? says('config-unknown-setting')
        : NOT_AN_OBJECT,
  ),
);

export interface RuntimeConfig {
  allowedDataOrigins: string[];
  /** Read at build time, for the policy's img-src and media-src. */
  allowedMediaOrigins: string[];
  /** What is wrong with config.json; entries with a problem are left out. */
  problems: ConfigProblem[];
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

/** A valibot issue as a problem: each check's message above is the code it stands for. */
function describeIssue(issue: v.GenericIssue): ConfigProblem {
  const keys = (issue.path ?? []).map((item) => item.key);
  const [setting, index] = keys;
  if (setting === undefined) return { code: 'config-not-an-object' };
  const known = CONFIG_SETTINGS.find((key) => key === setting);
  if (known === undefined) return { code: 'config-unknown-setting', setting: String(setting) };
  if (typeof index !== 'number') return { code: 'config-not-a-list', setting: known };
  const code = ORIGIN_PROBLEMS.find((problem) => problem === issue.message) ?? 'origin-invalid';
  return {
    code: 'config-bad-entry',
    setting: known,
    index,
    value: issue.input === undefined ? '' : JSON.stringify(issue.input),
    because: { code },
  };
}
