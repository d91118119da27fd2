import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import {
  contentSecurityPolicy,
  headersFile,
  inlineCode,
  playersIn,
  readConfig,
  withCspMeta,
  type Player,
} from './csp.ts';

/**
 * Ships the Content-Security-Policy with the build: a `<meta>` in index.html and a `_headers`
 * file. Build only: the dev server injects inline script for hot reloading.
 */
export function cspPlugin(): Plugin {
  let policy = contentSecurityPolicy([]);
  return {
    name: 'newsline:content-security-policy',
    apply: 'build',
    configResolved(config) {
      if (!config.publicDir) return;
      const settings = readConfig(path.join(config.publicDir, 'config.json'));
      policy = contentSecurityPolicy(settings.allowedDataOrigins, {
        origins: settings.allowedMediaOrigins,
        players: playersOfData(path.join(config.publicDir, 'data')),
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const inline = inlineCode(html);
        if (inline.length) {
          throw new Error(
            `index.html has inline code the Content-Security-Policy would block: ${inline.join(', ')}`,
          );
        }
        return withCspMeta(html, policy);
      },
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(policy) });
    },
  };
}

/** The players the shipped data uses, so that the policy frames those and no others. */
function playersOfData(dir: string): Player[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((name) => /\.(?:json|csv)$/i.test(name));
  } catch {
    return [];
  }
  const players = new Set(
    files.flatMap((name) => playersIn(readFileSync(path.join(dir, name), 'utf8'))),
  );
  return [...players].sort();
}
