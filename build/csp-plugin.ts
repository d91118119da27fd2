import path from 'node:path';
import type { Plugin } from 'vite';
import {
  contentSecurityPolicy,
  headersFile,
  inlineCode,
  readConfigOrigins,
  withCspMeta,
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
      const origins = config.publicDir
        ? readConfigOrigins(path.join(config.publicDir, 'config.json'))
        : [];
      policy = contentSecurityPolicy(origins);
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
