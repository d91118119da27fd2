import { readFileSync } from 'node:fs';
import { parseRuntimeConfig } from '../src/data/allowed-origins.ts';

/**
 * The app's Content-Security-Policy. `connect-src` is this site plus the origins config.json
 * allowed at build time. Styles need no 'unsafe-inline': the app sets styles through the CSSOM
 * (React's `style` prop on a client render, `element.style`), which the policy does not govern.
 */
export function contentSecurityPolicy(connectOrigins: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    ['connect-src', "'self'", ...connectOrigins].join(' '),
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * `_headers` for static hosts that read one (Netlify, Cloudflare Pages): the policy plus what a
 * `<meta>` cannot carry. `frame-ancestors *` because news articles embed the timeline in iframes.
 */
export function headersFile(policy: string): string {
  return [
    '/*',
    `  Content-Security-Policy: ${policy}; frame-ancestors *`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
  ].join('\n');
}

const META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/i;

const escapeAttribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
const unescapeAttribute = (text: string) => text.replaceAll('&quot;', '"').replaceAll('&amp;', '&');

/** The policy of a page's CSP `<meta>`, if it has one. */
export function cspFromHtml(html: string): string | null {
  const match = META.exec(html);
  return match ? unescapeAttribute(match[1] ?? '') : null;
}

/**
 * Puts the policy's `<meta>` into a page, replacing one already there, else right after the
 * charset (the policy governs only what comes after it, and the charset must stay first).
 */
export function withCspMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}" />`;
  if (META.test(html)) return html.replace(META, () => meta);
  const charset = /<meta\s+charset=[^>]*>/i.exec(html);
  if (charset) {
    const end = charset.index + charset[0].length;
    return `${html.slice(0, end)}\n    ${meta}${html.slice(end)}`;
  }
  return html.replace(/<head[^>]*>/i, (head) => `${head}\n    ${meta}`);
}

/** The policy with `origin` added to `connect-src` (a no-op if it is there already). */
export function addConnectSource(policy: string, origin: string): string {
  const directives = policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
  const index = directives.findIndex((d) => /^connect-src(\s|$)/i.test(d));
  if (index === -1) return [...directives, `connect-src 'self' ${origin}`].join('; ');
  const sources = (directives[index] ?? '').split(/\s+/).slice(1);
  if (sources.includes(origin)) return directives.join('; ');
  directives[index] = ['connect-src', ...sources.filter((s) => s !== "'none'"), origin].join(' ');
  return directives.join('; ');
}

/** Script and style that a policy without 'unsafe-inline' would block, found in a page. */
export function inlineCode(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    if (!/\bsrc\s*=/i.test(tag)) found.push(tag);
  }
  found.push(...(html.match(/<style\b[^>]*>/gi) ?? []));
  found.push(...(html.match(/<[a-z][^>]*\s(?:style|on[a-z]+)\s*=[^>]*>/gi) ?? []));
  return found;
}

/**
 * The origins a config.json file allows, for the build's policy. A missing file allows none; a
 * broken one stops the build, where the app at run time would only say so.
 */
export function readConfigOrigins(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const config = parseRuntimeConfig(json);
  if (config.problems.length) {
    throw new Error(`${file} has problems:\n${config.problems.map((p) => `  ${p}`).join('\n')}`);
  }
  return config.allowedDataOrigins;
}
