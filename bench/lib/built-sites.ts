/**
 * Builds, for each generated store of BUILT_AHEAD_SIZES, the site a newsroom publishing it would
 * serve: the app built by Vite into bench/.built-<size>/, and its home page built ahead of time
 * from the store (`scripts/prerender.ts --store … --home-only`), timeline picture and all. The
 * event pages, which the benchmark does not open, are left out.
 */
import { execFile } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { builtSiteDir, builtSitePath } from './page-url.ts';
import { storeFile } from './stores.ts';

const run = promisify(execFile);
const BENCH = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = resolve(BENCH, '..');

/**
 * Builds the sites for `sizes`, each anew: one left from an earlier run could hold another build
 * of the app than dist/. `serverUrl` is the benchmark's server, which the pages' absolute
 * addresses (canonical link, og:url) name.
 */
export async function buildSitesAhead(sizes: readonly number[], serverUrl: string): Promise<void> {
  for (const size of sizes) {
    const started = performance.now();
    const out = join(BENCH, builtSiteDir(size));
    const npx = (args: string[], env: NodeJS.ProcessEnv = {}) =>
      run('npx', args, { cwd: ROOT, env: { ...process.env, ...env } });
    await npx(['vite', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error']);
    await npx(['tsx', 'scripts/prerender.ts', '--store', storeFile(size), '--home-only', out], {
      SITE_URL: new URL(builtSitePath(size), serverUrl).href,
    });
    console.log(
      `Built the home page for ${size.toLocaleString('en-US')} events ahead of time into ` +
        `bench/${builtSiteDir(size)}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  }
}
