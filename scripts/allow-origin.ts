/**
 * Allows one more site's data in a built app, without rebuilding:
 *
 *   npm run allow-origin -- https://docs.google.com [dist]
 *
 * config.json (read by the app) and the Content-Security-Policy (fixed in the pages and in
 * _headers at build time) must list the same sites, or the app allows a link the browser then
 * blocks: this updates all three together.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseOriginPattern, parseRuntimeConfig } from '../src/data/allowed-origins.ts';
import { addConnectSource, cspFromHtml, withCspMeta } from '../build/csp.ts';

/** Adds `originText` everywhere; returns the canonical origin and the files it changed. */
export function allowOrigin(
  originText: string,
  distDir: string,
): { origin: string; changed: string[] } {
  const parsed = parseOriginPattern(originText);
  if (!parsed.ok) throw new Error(`“${originText}” cannot be allowed: ${parsed.reason}.`);
  const { origin } = parsed.pattern;
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error(`${distDir} holds no index.html: name the folder of the built site.`);
  }
  const changed = [
    updateConfig(path.join(distDir, 'config.json'), origin),
    ...htmlFiles(distDir).map((file) => updatePage(file, origin)),
    updateHeaders(path.join(distDir, '_headers'), origin),
  ].filter((file): file is string => file !== null);
  return { origin, changed };
}

function updateConfig(file: string, origin: string): string | null {
  const json: unknown = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const config = parseRuntimeConfig(json);
  if (config.problems.length) {
    throw new Error(`Fix ${file} first:\n${config.problems.map((p) => `  ${p}`).join('\n')}`);
  }
  if (config.allowedDataOrigins.includes(origin)) return null;
  const updated = {
    ...(json as object),
    allowedDataOrigins: [...config.allowedDataOrigins, origin],
  };
  writeFileSync(file, `${JSON.stringify(updated, null, 2)}\n`);
  return file;
}

function updatePage(file: string, origin: string): string | null {
  const html = readFileSync(file, 'utf8');
  const policy = cspFromHtml(html);
  if (policy === null) return null;
  const updated = addConnectSource(policy, origin);
  if (updated === policy) return null;
  writeFileSync(file, withCspMeta(html, updated));
  return file;
}

function updateHeaders(file: string, origin: string): string | null {
  if (!existsSync(file)) return null;
  const text = readFileSync(file, 'utf8');
  const updated = text.replace(
    /^(\s*Content-Security-Policy:\s*)(.*)$/gim,
    (_, name: string, policy: string) => `${name}${addConnectSource(policy, origin)}`,
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
  const [origin, distDir = 'dist'] = args;
  if (!origin) {
    console.error('Usage: npm run allow-origin -- <origin> [dist folder]');
    console.error('  e.g. npm run allow-origin -- https://docs.google.com');
    return 2;
  }
  try {
    const result = allowOrigin(origin, distDir);
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
