/**
 * Allows one more site's data, pictures or video player in a built app, without rebuilding:
 *
 *   npm run allow-origin -- https://docs.google.com [dist]
 *   npm run allow-origin -- --media https://images.example.org [dist]
 *   npm run allow-origin -- --player youtube [dist]     (or vimeo)
 *
 * config.json (read by the app) and the Content-Security-Policy (fixed in the pages and in
 * _headers at build time) must list the same sites, or the app allows a link the browser then
 * blocks: this updates all three together.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseOriginPattern, parseRuntimeConfig } from '../src/data/allowed-origins.ts';
import { configProblemText, originProblemText } from '../src/ui/config-problem-text.ts';
import {
  addConnectSource,
  addSource,
  cspFromHtml,
  PLAYER_ORIGINS,
  withCspMeta,
  type Player,
} from '../build/csp.ts';

/** Adds `originText` everywhere; returns the canonical origin and the files it changed. */
export function allowOrigin(
  originText: string,
  distDir: string,
): { origin: string; changed: string[] } {
  const parsed = parseOriginPattern(originText);
  if (parsed.kind === 'failed')
    throw new Error(`“${originText}” cannot be allowed: ${originProblemText(parsed.reason)}.`);
  const { origin } = parsed.pattern;
  requireBuild(distDir);
  const changed = [
    updateConfig(path.join(distDir, 'config.json'), origin, 'allowedDataOrigins'),
    ...updatePolicies(distDir, (policy) => addConnectSource(policy, origin)),
  ].filter((file): file is string => file !== null);
  return { origin, changed };
}

/** Lets the data show pictures, video and sound from `originText` (img-src and media-src). */
export function allowMediaOrigin(
  originText: string,
  distDir: string,
): { origin: string; changed: string[] } {
  const parsed = parseOriginPattern(originText);
  if (parsed.kind === 'failed')
    throw new Error(`“${originText}” cannot be allowed: ${originProblemText(parsed.reason)}.`);
  const { origin } = parsed.pattern;
  requireBuild(distDir);
  const changed = [
    updateConfig(path.join(distDir, 'config.json'), origin, 'allowedMediaOrigins'),
    ...updatePolicies(distDir, (policy) =>
      addSource(
        addSource(policy, 'img-src', origin, ["'self'", 'data:', 'blob:']),
        'media-src',
        origin,
        ["'self'"],
      ),
    ),
  ].filter((file): file is string => file !== null);
  return { origin, changed };
}

/** Lets the pages frame a video player, for data that plays YouTube or Vimeo videos. */
export function allowPlayer(
  player: string,
  distDir: string,
): { origin: string; changed: string[] } {
  if (player !== 'youtube' && player !== 'vimeo') {
    throw new Error(`“${player}” is not a player the timeline plays: name youtube or vimeo.`);
  }
  const origin = PLAYER_ORIGINS[player satisfies Player];
  requireBuild(distDir);
  const changed = updatePolicies(distDir, (policy) =>
    addSource(policy, 'frame-src', origin, []),
  ).filter((file): file is string => file !== null);
  return { origin, changed };
}

function requireBuild(distDir: string): void {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error(`${distDir} holds no index.html: name the folder of the built site.`);
  }
}

/** Every page's policy and the `_headers` one, changed alike. */
function updatePolicies(distDir: string, change: (policy: string) => string): (string | null)[] {
  return [
    ...htmlFiles(distDir).map((file) => updatePage(file, change)),
    updateHeaders(path.join(distDir, '_headers'), change),
  ];
}

function updateConfig(
  file: string,
  origin: string,
  setting: 'allowedDataOrigins' | 'allowedMediaOrigins',
): string | null {
  const json: unknown = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const config = parseRuntimeConfig(json);
  if (config.problems.length) {
    const problems = config.problems.map((p) => `  ${configProblemText(p)}`);
    throw new Error(`Fix ${file} first:\n${problems.join('\n')}`);
  }
  if (config[setting].includes(origin)) return null;
  const updated = { ...(json as object), [setting]: [...config[setting], origin] };
  writeFileSync(file, `${JSON.stringify(updated, null, 2)}\n`);
  return file;
}

function updatePage(file: string, change: (policy: string) => string): string | null {
  const html = readFileSync(file, 'utf8');
  const policy = cspFromHtml(html);
  if (policy === null) return null;
  const updated = change(policy);
  if (updated === policy) return null;
  writeFileSync(file, withCspMeta(html, updated));
  return file;
}

function updateHeaders(file: string, change: (policy: string) => string): string | null {
  if (!existsSync(file)) return null;
  const text = readFileSync(file, 'utf8');
  const updated = text.replace(
    /^(\s*Content-Security-Policy:\s*)(.*)$/gim,
    (_, name: string, policy: string) => `${name}${change(policy)}`,
  );
  if (updated === text) return null;
  writeFileSync(file, updated);
  return file;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function main(args: string[]): number {
  const kind = args[0] === '--media' ? 'media' : args[0] === '--player' ? 'player' : 'data';
  const [origin, distDir = 'dist'] = kind === 'data' ? args : args.slice(1);
  if (!origin) {
    console.error(
      'Usage: npm run allow-origin -- [--media | --player] <origin or player> [dist folder]',
    );
    console.error('  e.g. npm run allow-origin -- https://docs.google.com          (data)');
    console.error(
      '       npm run allow-origin -- --media https://images.example.org (pictures, video, sound)',
    );
    console.error('       npm run allow-origin -- --player youtube                  (or vimeo)');
    return 2;
  }
  try {
    const result =
      kind === 'media'
        ? allowMediaOrigin(origin, distDir)
        : kind === 'player'
          ? allowPlayer(origin, distDir)
          : allowOrigin(origin, distDir);
    console.log(
      result.changed.length
        ? `Allowed ${result.origin}; updated ${result.changed.join(', ')}.`
        : `${result.origin} was already allowed; nothing changed.`,
    );
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
