import { readFileSync } from 'node:fs';
import { parseRuntimeConfig } from '../src/data/allowed-origins.ts';
import { configProblemText } from '../src/ui/config-problem-text.ts';

/**
 * The app's Content-Security-Policy. `connect-src` is this site plus the origins config.json
 * allowed at build time. Styles need no 'unsafe-inline': the app sets styles through the CSSOM
 * (React's `style` prop on a client render, `element.style`), which the policy does not govern.
 */
export function contentSecurityPolicy(
  connectOrigins: readonly string[],
  media: MediaSources = NO_MEDIA_SOURCES,
): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    ['img-src', "'self'", 'data:', 'blob:', ...media.origins].join(' '),
    ...(media.origins.length ? [['media-src', "'self'", ...media.origins].join(' ')] : []),
    ...(media.players.length
      ? [['frame-src', ...media.players.map((player) => PLAYER_ORIGINS[player])].join(' ')]
      : []),
    ['connect-src', "'self'", ...connectOrigins].join(' '),
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

export type Player = 'youtube' | 'vimeo';

/** Where the players load from: YouTube's without cookies, Vimeo's. */
export const PLAYER_ORIGINS: Record<Player, string> = {
  youtube: 'https://www.youtube-nocookie.com',
  vimeo: 'https://player.vimeo.com',
};

/**
 * Sites whose pictures, video and sound the data shows (config.json's allowedMediaOrigins), and
 * the players it uses. Frames are allowed only for a player the data uses: a page that embeds no
 * video frames none.
 */
export interface MediaSources {
  origins: readonly string[];
  players: readonly Player[];
}

export const NO_MEDIA_SOURCES: MediaSources = { origins: [], players: [] };

/** The players a store's text names, read as text: a YouTube or Vimeo address anywhere in it. */
export function playersIn(storeText: string): Player[] {
  const players: Player[] = [];
  if (/(?:youtube\.com|youtube-nocookie\.com|youtu\.be)\//i.test(storeText))
    players.push('youtube');
  if (/vimeo\.com\/(?:video\/)?\d/i.test(storeText)) players.push('vimeo');
  return players;
}

/** The policy with `source` added to `directive` (made from `fallback` if it has none). */
export function addSource(
  policy: string,
  directive: string,
  source: string,
  fallback: string[],
): string {
  const directives = policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
  const pattern = new RegExp(`^${directive}(\\s|$)`, 'i');
  const index = directives.findIndex((d) => pattern.test(d));
  if (index === -1) return [...directives, [directive, ...fallback, source].join(' ')].join('; ');
  const sources = (directives[index] ?? '').split(/\s+/).slice(1);
  if (sources.includes(source)) return directives.join('; ');
  directives[index] = [directive, ...sources.filter((s) => s !== "'none'"), source].join(' ');
  return directives.join('; ');
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
  return addSource(policy, 'connect-src', origin, ["'self'"]);
}

/**
 * Script and style that a policy without 'unsafe-inline' would block, found in a page: `<script>`
 * without `src`, `<style>`, and `style` or `on…` attributes. Tags are read attribute by attribute,
 * so that text inside an attribute's value ("Why style = substance") is never taken for one.
 */
export function inlineCode(html: string): string[] {
  const found: string[] = [];
  for (const { tag, name, attributes } of tagsOf(html)) {
    if (name === 'script' && !attributes.includes('src')) found.push(tag);
    else if (name === 'style') found.push(tag);
    else if (attributes.some((a) => a === 'style' || /^on[a-z]+$/.test(a))) found.push(tag);
  }
  return found;
}

// A start tag's name, then its attributes: a name, and a value quoted or not. A quoted value may
// hold ">" and "=", which are part of the value, not of the tag.
const TAG_NAME = /<([a-z][a-z0-9-]*)/giy;
const ATTRIBUTE = /[\s/]*([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/y;
const TAG_END = /[\s/]*>/y;

function* tagsOf(html: string): Generator<{ tag: string; name: string; attributes: string[] }> {
  for (let at = html.indexOf('<'); at !== -1; at = html.indexOf('<', at + 1)) {
    TAG_NAME.lastIndex = at;
    const opened = TAG_NAME.exec(html);
    if (!opened) continue;
    const attributes: string[] = [];
    let end = TAG_NAME.lastIndex;
    for (;;) {
      TAG_END.lastIndex = end;
      if (TAG_END.test(html)) {
        end = TAG_END.lastIndex;
        break;
      }
      ATTRIBUTE.lastIndex = end;
      const attribute = ATTRIBUTE.exec(html);
      if (!attribute) break; // not a well-formed tag: an unclosed one at the end of the text
      attributes.push((attribute[1] ?? '').toLowerCase());
      end = ATTRIBUTE.lastIndex;
    }
    yield { tag: html.slice(at, end), name: (opened[1] ?? '').toLowerCase(), attributes };
    at = end - 1;
  }
}

/**
 * config.json as the build reads it: both lists of sites, for the policy. A missing file allows
 * none; a broken one stops the build, where the app at run time would only say so.
 */
export function readConfig(file: string): {
  allowedDataOrigins: string[];
  allowedMediaOrigins: string[];
} {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { allowedDataOrigins: [], allowedMediaOrigins: [] };
    }
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
    const problems = config.problems.map((p) => `  ${configProblemText(p)}`);
    throw new Error(`${file} has problems:\n${problems.join('\n')}`);
  }
  return config;
}
